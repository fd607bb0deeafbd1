/** The simulator's control endpoints under {@code /__sim/} and the ground truth. */
package dev.graphwright.qualys.sim.admin;
