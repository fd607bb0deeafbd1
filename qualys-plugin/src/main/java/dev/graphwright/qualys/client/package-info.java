@NullMarked
package dev.graphwright.qualys.client;

import org.jspecify.annotations.NullMarked;
