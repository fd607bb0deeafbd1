/** The catalog of the Qualys APIs the simulator serves, which limits, faults and metrics name. */
@NullMarked
package dev.graphwright.qualys.sim.catalog;

import org.jspecify.annotations.NullMarked;
