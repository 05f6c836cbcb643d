package dev.palermo.json;

/**
 * The counts of an NDJSON read: lines read (blank lines are skipped and not counted), valid and
 * invalid. {@code read == valid + invalid}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NdjsonSummary {
  private final long read;
  private final long valid;
  private final long invalid;

  NdjsonSummary(long read, long valid, long invalid) {
    this.read = read;
    this.valid = valid;
    this.invalid = invalid;
  }

  /** @return the non-blank lines read */
  public long read() {
    return read;
  }

  /** @return the lines that held a valid case */
  public long valid() {
    return valid;
  }

  /** @return the lines that did not */
  public long invalid() {
    return invalid;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NdjsonSummary && ((NdjsonSummary) o).read == read
        && ((NdjsonSummary) o).valid == valid && ((NdjsonSummary) o).invalid == invalid;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(read) * 961 + Long.hashCode(valid) * 31 + Long.hashCode(invalid);
  }

  /** @return e.g. {@code read 10, valid 9, invalid 1} */
  @Override
  public String toString() {
    return "read " + read + ", valid " + valid + ", invalid " + invalid;
  }
}
