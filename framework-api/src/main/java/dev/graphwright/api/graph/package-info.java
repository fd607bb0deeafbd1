@NullMarked
package dev.graphwright.api.graph;

import org.jspecify.annotations.NullMarked;
