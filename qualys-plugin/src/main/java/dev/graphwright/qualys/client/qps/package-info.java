@NullMarked
package dev.graphwright.qualys.client.qps;

import org.jspecify.annotations.NullMarked;
