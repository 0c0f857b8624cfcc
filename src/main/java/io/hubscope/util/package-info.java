/** Cross-cutting helpers every stage may use: exit codes, the expected-failure exception, formatting. */
package io.hubscope.util;
