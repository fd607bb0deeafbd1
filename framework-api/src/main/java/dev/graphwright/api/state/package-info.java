@NullMarked
package dev.graphwright.api.state;

import org.jspecify.annotations.NullMarked;
