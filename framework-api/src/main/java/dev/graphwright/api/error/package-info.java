@NullMarked
package dev.graphwright.api.error;

import org.jspecify.annotations.NullMarked;
