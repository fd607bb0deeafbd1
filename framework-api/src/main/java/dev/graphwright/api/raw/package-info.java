@NullMarked
package dev.graphwright.api.raw;

import org.jspecify.annotations.NullMarked;
