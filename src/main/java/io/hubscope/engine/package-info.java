/** Orchestration: runs replications and shards on threads (and, for large studies, on Spark) with derived random streams. */
package io.hubscope.engine;
