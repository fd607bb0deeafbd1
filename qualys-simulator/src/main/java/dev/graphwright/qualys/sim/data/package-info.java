/**
 * The simulated account, derived on demand from a seed: hosts, detections, knowledge base, web
 * applications and findings. Nothing proportional to the account is ever stored.
 */
package dev.graphwright.qualys.sim.data;
