@NullMarked
package dev.graphwright.qualys.client.http;

import org.jspecify.annotations.NullMarked;
