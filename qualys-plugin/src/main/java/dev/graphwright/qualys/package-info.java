/**
 * The Qualys integration: VMDR hosts, detections and knowledge base, Asset Management host assets
 * and WAS web apps and findings, as a graph.
 */
@NullMarked
package dev.graphwright.qualys;

import org.jspecify.annotations.NullMarked;
