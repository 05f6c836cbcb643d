package dev.palermo.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes NDJSON: one document a line, in the compact JSON form of {@link PalermoJson}, each line
 * ended by {@code \n}. Cases are the usual content; any type with a JSON form can be written (e.g.
 * assessments). Nothing is buffered beyond the underlying writer, so memory is constant.
 *
 * <p>Not thread-safe; close it to close the output.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final Writer out;
  private long written;

  /**
   * A writer over a character stream.
   *
   * @param out the output, closed by {@link #close()}
   */
  public NdjsonWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one document as one line.
   *
   * @param value a case, or any value with a JSON form
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the value has no JSON form
   */
  public void write(Object value) throws IOException {
    out.write(PalermoJson.write(value));
    out.write('\n');
    written++;
  }

  /** @return the number of lines written */
  public long written() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
