package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.report.Problem;
import dev.palermo.testkit.SeededCases;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** NDJSON: one case a line, bad lines reported with their number, the stream goes on. */
class NdjsonTest {

  private static List<Case> cases(int n) {
    RandomGenerator random = SeededCases.random(99);
    List<Case> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(SeededCases.caseFile(random));
    }
    return list;
  }

  private static String write(List<Case> cases) throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonWriter w = new NdjsonWriter(out)) {
      for (Case c : cases) {
        w.write(c);
      }
      assertThat(w.written()).isEqualTo(cases.size());
    }
    return out.toString();
  }

  @Test
  void writtenCasesAreReadBackLineByLine() throws IOException {
    List<Case> cases = cases(50);
    String text = write(cases);
    assertThat(text.lines()).hasSize(50);
    List<Case> back = new ArrayList<>();
    NdjsonSummary summary;
    try (NdjsonReader r = PalermoJson.reader().ndjson(new StringReader(text))) {
      summary = r.forEach(line -> back.add(line.value().orElseThrow()));
    }
    assertThat(back).isEqualTo(cases);
    assertThat(summary).isEqualTo(new NdjsonSummary(50, 50, 0));
  }

  @Test
  void aBadLineInTheMiddleIsReportedWithItsNumberAndTheStreamGoesOn() throws IOException {
    List<String> lines = new ArrayList<>(write(cases(6)).lines().toList());
    lines.add(3, "{\"id\":\"bad\",\"persons\":[{\"id\":\"p1\",\"gender\":\"f\"}]}");
    lines.add(5, "");
    lines.add(6, "{\"id\":\"broken\"");
    String text = String.join("\r\n", lines) + "\r\n";
    List<NdjsonLine> read;
    NdjsonSummary summary;
    try (NdjsonReader r = PalermoJson.reader().ndjson(new StringReader(text))) {
      read = r.stream().collect(Collectors.toList());
      summary = r.summary();
    }
    assertThat(read).hasSize(8);
    assertThat(read).filteredOn(l -> !l.isValid()).extracting(NdjsonLine::lineNumber)
        .containsExactly(4L, 7L);
    NdjsonLine bad = read.get(3);
    assertThat(bad.report().problems()).extracting(Problem::code, p -> p.path().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PAL-J-0012", "/persons/0/gender"));
    assertThat(read.get(5).report().problems()).extracting(Problem::code)
        .containsExactly("PAL-J-0001");
    assertThat(read).extracting(NdjsonLine::lineNumber)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 8L, 9L);
    assertThat(summary).isEqualTo(new NdjsonSummary(8, 6, 2));
    assertThat(summary).hasToString("read 8, valid 6, invalid 2");
  }

  @Test
  void aLastLineWithoutNewlineAndAnOverlongLine() throws IOException {
    PalermoReader small = PalermoJson.reader().withLimits(JsonLimits.defaults()
        .withMaxDocumentLength(200));
    String text = "{\"id\":\"a\"}\n{\"id\":\"" + "x".repeat(10_000) + "\"}\n{\"id\":\"c\"}";
    try (NdjsonReader r = small.ndjson(new StringReader(text))) {
      List<NdjsonLine> lines = r.stream().toList();
      assertThat(lines).extracting(NdjsonLine::isValid).containsExactly(true, false, true);
      assertThat(lines.get(1).report().problems()).extracting(Problem::code)
          .containsExactly("PAL-J-0002");
      assertThat(r.summary()).isEqualTo(new NdjsonSummary(3, 2, 1));
    }
  }

  /**
   * A large input generated on the fly (about 60 MB of text): the reader pulls it a buffer at a
   * time, so it never holds more than a buffer and a line, whatever the input's size.
   */
  @Test
  void constantMemoryOverAManyLineInput() throws IOException {
    String line = write(cases(1)).strip();
    long n = 60_000;
    long[] consumed = {0};
    Reader endless = new Reader() {
      private long emitted;
      private int pos;
      private final String unit = line + "\n";

      @Override
      public int read(char[] buf, int off, int len) {
        if (emitted >= n) {
          return -1;
        }
        int count = 0;
        while (count < len && emitted < n) {
          buf[off + count++] = unit.charAt(pos++);
          if (pos == unit.length()) {
            pos = 0;
            emitted++;
          }
        }
        consumed[0] += count;
        return count;
      }

      @Override
      public void close() {}
    };
    try (NdjsonReader r = PalermoJson.reader().ndjson(endless)) {
      long i = 0;
      while (r.hasNext()) {
        NdjsonLine next = r.next();
        assertThat(next.isValid()).isTrue();
        i++;
        // Read ahead is bounded by one buffer (8192 chars) past the line returned.
        assertThat(consumed[0] - i * (line.length() + 1)).isLessThanOrEqualTo(8192);
      }
      assertThat(r.summary()).isEqualTo(new NdjsonSummary(n, n, 0));
      assertThat(consumed[0]).isEqualTo(n * (line.length() + 1));
    }
  }

  @Test
  void theSchemaValidatingReaderChecksEachLineAgainstTheCaseSchema() throws IOException {
    List<Case> cases = cases(5);
    List<String> lines = new ArrayList<>(write(cases).lines().toList());
    lines.add(2, "{\"id\":\"bad\",\"persons\":[{\"id\":\"p1\",\"gender\":\"f\"}]}");
    String text = String.join("\n", lines) + "\n";
    SchemaValidatingReader schema = SchemaValidatingReader.strict();
    List<NdjsonLine> read;
    try (NdjsonReader r = schema.ndjson(new StringReader(text))) {
      read = r.stream().toList();
      assertThat(r.summary()).isEqualTo(new NdjsonSummary(6, 5, 1));
    }
    assertThat(read).filteredOn(NdjsonLine::isValid).map(l -> l.value().orElseThrow())
        .isEqualTo(cases);
    // The line is rejected by the schema (PAL-S) where the strict reader says PAL-J-0012.
    assertThat(read.get(2).report()).isEqualTo(schema.readCase(lines.get(2)).report());
    assertThat(read.get(2).report().problems()).extracting(Problem::code)
        .allMatch(c -> c.startsWith("PAL-S-"));
    // Lines over the document limit are skipped without being held, as by the strict reader.
    try (NdjsonReader r = schema.withLimits(JsonLimits.defaults().withMaxDocumentLength(20))
        .ndjson(new StringReader(text))) {
      assertThat(r.stream().filter(NdjsonLine::isValid).count()).isZero();
    }
  }

  @Test
  void aVeryLongLineDoesNotDisturbTheLinesAfterIt() throws IOException {
    String padded = "{\"id\":\"b\"" + " ".repeat(200_000) + "}";
    String text = "{\"id\":\"a\"}\n" + padded + "\n{\"id\":\"c\"}\n{\"id\":\"d\"}";
    try (NdjsonReader r = PalermoJson.reader().ndjson(new StringReader(text))) {
      assertThat(r.stream().map(l -> l.value().orElseThrow().id()).toList())
          .containsExactly("a", "b", "c", "d");
    }
  }
}
