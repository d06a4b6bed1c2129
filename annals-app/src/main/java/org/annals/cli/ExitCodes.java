package org.annals.cli;

/** What the process's exit status means, for every command. */
public final class ExitCodes {
  /** Every input succeeded (warnings allowed). */
  public static final int OK = 0;

  /** Some inputs failed; the others succeeded and their output was written. */
  public static final int SOME_FAILED = 1;

  /** The command line was wrong: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;

  /** Nothing succeeded: every input failed, or the command could not run at all. */
  public static final int NOTHING_SUCCEEDED = 3;

  private ExitCodes() {}

  /** The exit code of a batch with {@code ok} successes and {@code failed} failures. */
  public static int of(int ok, int failed) {
    if (failed == 0) {
      return OK;
    }
    return ok == 0 ? NOTHING_SUCCEEDED : SOME_FAILED;
  }
}
