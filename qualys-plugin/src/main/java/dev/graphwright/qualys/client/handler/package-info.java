/**
 * What the client hands its callers while it streams: each record as it is parsed, and each page
 * or record that could not be ingested. Shared by the client's API and its fetchers.
 */
@NullMarked
package dev.graphwright.qualys.client.handler;

import org.jspecify.annotations.NullMarked;
