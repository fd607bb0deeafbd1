@NullMarked
package dev.graphwright.api.config;

import org.jspecify.annotations.NullMarked;
