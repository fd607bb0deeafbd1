@NullMarked
package dev.graphwright.qualys.client.limits;

import org.jspecify.annotations.NullMarked;
