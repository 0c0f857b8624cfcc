/** Stage 8: comparing variants and sweeping parameters, with confidence intervals and tests. */
package io.hubscope.compare;
