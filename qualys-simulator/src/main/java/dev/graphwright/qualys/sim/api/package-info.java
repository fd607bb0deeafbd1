/** The Qualys endpoints: v2 (VM) XML outputs and QPS (Asset Management, WAS) searches. */
package dev.graphwright.qualys.sim.api;
