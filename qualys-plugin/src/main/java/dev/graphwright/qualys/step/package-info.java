@NullMarked
package dev.graphwright.qualys.step;

import org.jspecify.annotations.NullMarked;
