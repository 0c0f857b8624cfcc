/** Stage 8: human-facing output — text tables, charts, HTML report, graph exports. */
package io.hubscope.report;
