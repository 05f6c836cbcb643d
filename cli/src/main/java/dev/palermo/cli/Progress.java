package dev.palermo.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress counter on standard error, shown only when standard error is a terminal and the run
 * has lasted more than a second, refreshed at most five times a second.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final long start;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
    this.err = err;
    this.terminal = terminal;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** @param count cases processed so far */
  void update(long count) {
    if (!terminal) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (now - start < 1_000_000_000L || now - lastShown < 200_000_000L) {
      return;
    }
    lastShown = now;
    shown = true;
    err.print("\r" + count + " cases...");
    err.flush();
  }

  /** Ends the line if anything was shown. */
  void done(long count) {
    if (shown) {
      err.println("\r" + count + " cases.   ");
    }
  }

  /** @return whether anything was printed */
  boolean wasShown() {
    return shown;
  }
}
