/** Stage 7: results folders — run.json, tidy metrics.csv, summary.csv with confidence intervals, view exports — written atomically. */
package io.hubscope.results;
