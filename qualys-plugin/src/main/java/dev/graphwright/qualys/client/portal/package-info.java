@NullMarked
package dev.graphwright.qualys.client.portal;

import org.jspecify.annotations.NullMarked;
