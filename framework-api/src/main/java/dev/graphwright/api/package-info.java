/**
 * The SPI an integration implements: an {@link dev.graphwright.api.Integration} declares its config
 * fields and its {@link dev.graphwright.api.Step steps}; the host runs the steps with a
 * {@link dev.graphwright.api.StepContext} through which they write graph objects.
 */
@NullMarked
package dev.graphwright.api;

import org.jspecify.annotations.NullMarked;
