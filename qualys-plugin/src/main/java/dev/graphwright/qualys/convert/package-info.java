@NullMarked
package dev.graphwright.qualys.convert;

import org.jspecify.annotations.NullMarked;
