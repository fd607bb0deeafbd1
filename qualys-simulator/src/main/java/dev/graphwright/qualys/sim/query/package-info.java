/** Selections and filters shared by the API and the ground truth, so both agree by construction. */
package dev.graphwright.qualys.sim.query;
