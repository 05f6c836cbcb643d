package dev.palermo.json;

import dev.palermo.casefile.Case;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON (newline-delimited JSON, one case document a line) as a stream: each non-blank
 * line yields an {@link NdjsonLine}, the case or the line's problems with its line number, and
 * reading goes on after a bad line, so nothing valid is lost. Memory is constant whatever the
 * size of the input: one line is held at a time, and a line longer than
 * {@link JsonLimits#maxDocumentLength()} is skipped without being held and reported as
 * {@link JsonProblemCode#DOCUMENT_TOO_LONG}. Line ends are {@code \n} or {@code \r\n}.
 * {@link #summary()} counts the lines read, valid and invalid so far. An I/O error ends the
 * stream with a last line reporting {@link JsonProblemCode#READ_FAILED}.
 *
 * <p>Created by {@link PalermoReader#ndjson(Reader)}, or by
 * {@link SchemaValidatingReader#ndjson(Reader)} to check each line against the case schema too.
 * Not thread-safe (it is an iterator); close it to close the input.
 */
public final class NdjsonReader implements Iterator<NdjsonLine>, Closeable {
  private final Function<String, ReadResult<Case>> reader;
  private final Reader in;
  /** The largest line builder kept from one line to the next, in chars. */
  private static final int KEPT_CAPACITY = 1 << 16;
  private final char[] buffer = new char[8192];
  private StringBuilder line = new StringBuilder(256);
  private int pos;
  private int limit;
  private final long maxLine;
  private long lineNumber;
  private long read;
  private long valid;
  private NdjsonLine next;
  private boolean done;

  NdjsonReader(PalermoReader reader, Reader in) {
    this(reader.limits(), line -> reader.read(line, Case.class), in);
  }

  /** Lines read by another reader of case documents (the schema-validating one). */
  NdjsonReader(JsonLimits limits, Function<String, ReadResult<Case>> reader, Reader in) {
    this.reader = reader;
    this.in = java.util.Objects.requireNonNull(in, "in");
    this.maxLine = limits.maxDocumentLength();
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public NdjsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NdjsonLine line = next;
    next = null;
    read++;
    if (line.isValid()) {
      valid++;
    }
    return line;
  }

  /** @return the counts of the lines returned so far */
  public NdjsonSummary summary() {
    return new NdjsonSummary(read, valid, read - valid);
  }

  /**
   * Reads every remaining line.
   *
   * @param action what to do with each line
   * @return the summary of the whole read
   */
  public NdjsonSummary forEach(Consumer<NdjsonLine> action) {
    while (hasNext()) {
      action.accept(next());
    }
    return summary();
  }

  /** @return the remaining lines as a sequential stream; closing it closes this reader */
  public Stream<NdjsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }

  private NdjsonLine advance() {
    // One builder for every line (a new one per line cost about 4 KB a line in growing); one
    // that a long line made large is dropped, so that it is not kept for the whole stream.
    if (line.capacity() > KEPT_CAPACITY) {
      line = new StringBuilder(256);
    }
    while (true) {
      line.setLength(0);
      boolean tooLong = false;
      boolean newline = false;
      try {
        while (!newline) {
          if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit < 0) {
              limit = 0;
              break;
            }
          }
          int start = pos;
          while (pos < limit && buffer[pos] != '\n') {
            pos++;
          }
          int room = (int) Math.min(Integer.MAX_VALUE, maxLine + 1 - line.length());
          int take = Math.min(pos - start, Math.max(0, room));
          line.append(buffer, start, take);
          tooLong |= take < pos - start;
          if (pos < limit) {
            pos++;
            newline = true;
          }
        }
      } catch (IOException e) {
        done = true;
        return new NdjsonLine(lineNumber + 1, ReadResult.invalid(Report.of(List.of(
            JsonProblemCode.READ_FAILED.at(JsonPointer.root(), "the input could not be read")))));
      }
      if (!newline && line.length() == 0 && !tooLong) {
        done = true;
        return null;
      }
      lineNumber++;
      if (!newline) {
        done = true;
      }
      int end = line.length();
      if (end > 0 && line.charAt(end - 1) == '\r') {
        line.setLength(end - 1);
      }
      if (tooLong || line.length() > maxLine) {
        return new NdjsonLine(lineNumber, ReadResult.invalid(Report.of(List.of(
            JsonProblemCode.DOCUMENT_TOO_LONG.at(JsonPointer.root(),
                "the line is longer than the document limit allows")))));
      }
      String text = line.toString();
      if (text.isBlank()) {
        if (done) {
          return null;
        }
        continue;
      }
      return new NdjsonLine(lineNumber, reader.apply(text));
    }
  }
}
