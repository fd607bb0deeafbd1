/** Streaming XML output and Qualys' date formats. */
package dev.graphwright.qualys.sim.xml;
