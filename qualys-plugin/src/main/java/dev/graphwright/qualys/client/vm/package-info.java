@NullMarked
package dev.graphwright.qualys.client.vm;

import org.jspecify.annotations.NullMarked;
