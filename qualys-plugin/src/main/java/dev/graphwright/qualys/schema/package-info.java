@NullMarked
package dev.graphwright.qualys.schema;

import org.jspecify.annotations.NullMarked;
