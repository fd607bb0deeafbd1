@NullMarked
package dev.graphwright.qualys.client.was;

import org.jspecify.annotations.NullMarked;
