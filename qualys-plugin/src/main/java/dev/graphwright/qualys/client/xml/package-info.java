@NullMarked
package dev.graphwright.qualys.client.xml;

import org.jspecify.annotations.NullMarked;
