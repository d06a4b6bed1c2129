/**
 * The command line (picocli): {@code annals extract}, {@code eval}, {@code bench} and the commands
 * of later stages. The only package that writes to the console.
 *
 * <p>Exit codes, the same for every command: {@link org.annals.cli.ExitCodes}.
 */
package org.annals.cli;
