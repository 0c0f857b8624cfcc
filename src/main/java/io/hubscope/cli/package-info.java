/**
 * The command line: thin picocli commands that parse options, call the pipeline packages and return exit codes.
 * Nothing outside this package imports it.
 */
package io.hubscope.cli;
