package dev.palermo.cli;

import dev.palermo.casefile.Case;
import dev.palermo.json.NdjsonLine;
import dev.palermo.json.NdjsonReader;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.PalermoReader;
import dev.palermo.json.ReadResult;
import dev.palermo.json.SchemaValidatingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads case documents from files, directories and standard input: a {@code .json} file holds one
 * case document, a {@code .ndjson} file one case per line (streamed, constant memory), a
 * directory every such file directly in it (sorted by name), and {@code -} standard input (NDJSON
 * when {@code --ndjson} is given, else one document). Every input yields an {@link Item}, valid or
 * not, so that a bad document is reported with its place and the others go on.
 */
final class Inputs {
  /** One case read, or the problems of a document that could not be read. */
  record Item(String source, long line, ReadResult<Case> result) {
    /** @return {@code file} or {@code file:line} */
    String where() {
      return line > 0 ? source + ":" + line : source;
    }
  }

  private final PalermoReader reader = PalermoJson.reader();
  private final InputStream stdin;
  private final boolean stdinNdjson;
  private final boolean schema;

  Inputs(InputStream stdin, boolean stdinNdjson) {
    this(stdin, stdinNdjson, false);
  }

  /**
   * Inputs that are also validated against the case schema, or not: each {@code .json} document
   * and each NDJSON line is then parsed, checked against the schema and, when it conforms, bound
   * strictly ({@link SchemaValidatingReader}).
   */
  Inputs(InputStream stdin, boolean stdinNdjson, boolean schema) {
    this.stdin = stdin;
    this.stdinNdjson = stdinNdjson;
    this.schema = schema;
  }

  /**
   * Expands the arguments into the files to read, in order.
   *
   * @param args files, directories or {@code -}
   * @return the paths ({@code -} kept as is)
   * @throws IllegalArgumentException naming an argument that does not exist or has an unknown
   *     extension
   */
  static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        out.add(arg);
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(f -> Files.isRegularFile(f) && isCaseFile(f)).map(Path::toString).sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot list directory " + arg);
        }
      } else if (Files.isRegularFile(p)) {
        if (!isCaseFile(p)) {
          throw new IllegalArgumentException(arg + ": expected a .json or .ndjson file");
        }
        out.add(arg);
      } else {
        throw new IllegalArgumentException(arg + ": no such file or directory");
      }
    }
    return out;
  }

  private static boolean isCaseFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".ndjson");
  }

  /**
   * Reads every input and hands each item to the consumer as it is read.
   *
   * @param files the expanded inputs
   * @param each what to do with each item
   */
  void read(List<String> files, Consumer<Item> each) {
    for (String file : files) {
      boolean stdinFile = file.equals("-");
      String name = stdinFile ? "stdin" : file;
      boolean ndjson = stdinFile ? stdinNdjson : file.endsWith(".ndjson");
      try (Reader in = open(file)) {
        if (ndjson) {
          NdjsonReader lines = schema ? SchemaValidatingReader.strict().ndjson(in)
              : reader.ndjson(in);
          while (lines.hasNext()) {
            NdjsonLine line = lines.next();
            each.accept(new Item(name, line.lineNumber(), line.result()));
          }
        } else if (schema) {
          StringBuilder text = new StringBuilder();
          char[] buf = new char[8192];
          for (int n; (n = in.read(buf)) > 0; ) {
            text.append(buf, 0, n);
          }
          each.accept(new Item(name, 0,
              SchemaValidatingReader.strict().readCase(text.toString())));
        } else {
          each.accept(new Item(name, 0, reader.read(in, Case.class)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": cannot be read", e);
      }
    }
  }

  private Reader open(String file) throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }
}
