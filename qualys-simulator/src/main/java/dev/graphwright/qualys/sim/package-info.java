/**
 * A faithful, scalable fake of the Qualys APIs on WireMock. Start one with
 * {@link dev.graphwright.qualys.sim.QualysSimulator#start(dev.graphwright.qualys.sim.SimulatorOptions)}
 * or from the command line with {@link dev.graphwright.qualys.sim.Main}; ask it what a correct client
 * should end with through {@code expected(...)} and what it served through {@code metrics()}.
 */
package dev.graphwright.qualys.sim;
