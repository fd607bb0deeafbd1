@NullMarked
package dev.graphwright.qualys.client.am;

import org.jspecify.annotations.NullMarked;
