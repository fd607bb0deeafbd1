/**
 * What the steps of one Qualys run share: the config and its typed values, the run's API client,
 * the incremental windows and the host scope.
 */
@NullMarked
package dev.graphwright.qualys.run;

import org.jspecify.annotations.NullMarked;
