package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.person.Person;
import dev.palermo.testkit.SeededCases;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path of the strict reader ({@link StreamingBinder}) binds every valid document to the
 * same value as the tree and walker, and never accepts a document they reject: for thousands of
 * mutations of valid documents (nulls, wrong types, unknown and repeated properties, repeated
 * items, unknown codes, malformed dates and ids, truncations), reading gives the very same result
 * (value or report) with the fast path as without it.
 */
class StreamingBinderTest {
  private static final long SEED = 20_261_124L;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The fast path alone: the value, or null when it gives up. */
  private static Object fast(String json, Class<?> type) {
    try (JsonParser p = PalermoJson.mapper().tokenStreamFactory().createParser(json)) {
      return StreamingBinder.read(p, type);
    }
  }

  private static <T> void sameResult(String json, Class<T> type) {
    ReadResult<T> slow = PalermoJson.reader().readThroughTree(json, type);
    Object fast = fast(json, type);
    if (!slow.isValid()) {
      assertThat(fast).as("the fast path accepted an invalid document: %s", json).isNull();
    } else if (fast != null) {
      assertThat(fast).as(json).isEqualTo(slow.value().orElseThrow());
    }
    assertThat(PalermoJson.reader().read(json, type)).as(json).isEqualTo(slow);
  }

  private static <T> void fastAndSame(T value, Class<T> type) {
    for (String json : List.of(PalermoJson.write(value), PalermoJson.writePretty(value))) {
      Object fast = fast(json, type);
      assertThat(fast).as("the fast path gave up on a valid document: %s", json).isNotNull();
      assertThat(fast).isEqualTo(value);
      assertThat(PalermoJson.reader().readThroughTree(json, type).orElseThrow())
          .isEqualTo(value);
    }
  }

  @Test
  void validDocumentsTakeTheFastPathToTheSameValue() {
    RandomGenerator random = SeededCases.random(SEED);
    for (int i = 0; i < 300; i++) {
      fastAndSame(SeededCases.caseFile(random), Case.class);
      fastAndSame(SeededCases.person(random), Person.class);
      fastAndSame(SeededCases.conduct(random), Conduct.class);
      fastAndSame(SeededCases.smugglingOnly(random).conduct(), Conduct.class);
    }
    for (int i = 0; i < 20; i++) {
      fastAndSame(SeededCases.casesWithEvents(random), Case.class);
    }
  }

  @Test
  void theSampleCasesTakeTheFastPath() throws IOException {
    Path folder = Path.of("..", "examples", "cases");
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : files) {
        String json = Files.readString(file);
        assertThat(fast(json, Case.class)).as(file.toString()).isNotNull()
            .isEqualTo(PalermoJson.reader().readThroughTree(json, Case.class).orElseThrow());
        n++;
      }
    }
    assertThat(n).isGreaterThan(5);
  }

  @Test
  void mutatedDocumentsGiveTheSameResultWithAndWithoutTheFastPath() {
    RandomGenerator random = SeededCases.random(SEED + 1);
    List<JsonNode> documents = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      documents.add(PalermoJson.toTree(SeededCases.caseFile(random)));
      documents.add(PalermoJson.toTree(SeededCases.smugglingOnly(random).conduct()));
    }
    documents.add(PalermoJson.toTree(SeededCases.casesWithEvents(random)));
    documents.add(PalermoJson.toTree(SeededCases.person(random)));
    int checked = 0;
    for (JsonNode doc : documents) {
      Class<?> type = doc.has("victim") ? Conduct.class : Case.class;
      String text = PalermoJson.mapper().writeValueAsString(doc);
      // the case with events is long: a sample of its places
      int stride = text.length() > 5_000 ? 37 : 1;
      for (String json : mutations(doc, stride)) {
        sameResult(json, type);
        checked++;
      }
      for (int cut = 0; cut < text.length(); cut += 7 * stride) {
        sameResult(text.substring(0, cut), type);
        sameResult(text + text.substring(0, cut % 3), type);
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  @Test
  void edgeCases() {
    for (String json : List.of("", " ", "null", "[]", "{}", "{\"id\":\"c\"} {}",
        "{\"id\":\"c\"}]", "{\"id\":\"c\",\"id\":\"c\"}", "{\"id\":\"c\",\"persons\":null}",
        "{\"id\":\"c\",\"persons\":[null]}", "{\"id\":\"c\",\"persons\":{}}",
        "{\"id\":\"c\",\"conducts\":[{\"victim\":\"p\",\"acts\":{\"true\":[\"recruitment\"],"
            + "\"false\":[\"recruitment\"]}}]}",
        "{\"id\":\"c\",\"conducts\":[{\"victim\":\"p\",\"acts\":{\"true\":[]}}]}",
        "{\"id\":\"c\",\"conducts\":[{\"victim\":\"p\",\"period\":{\"start\":\"2020-02-29\","
            + "\"end\":\"2020-02-28\"}}]}",
        "{\"id\":\"c\",\"conducts\":[{\"victim\":\"p\",\"period\":{\"start\":\"2021-02-29\"}}]}",
        "{\"id\":\"c\",\"conducts\":[{\"victim\":\"p\",\"period\":{\"start\":\"0000-01-01\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"unknown\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"date-of-birth\","
            + "\"date\":\"0000\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"date-of-birth\","
            + "\"date\":\"2001-13\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"date\":\"2001-12\","
            + "\"kind\":\"date-of-birth\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"assessment\","
            + "\"minAge\":15,\"maxAge\":13,\"method\":\"interview\","
            + "\"assessedOn\":\"2020-01-01\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"assessment\","
            + "\"minAge\":13.0,\"maxAge\":15,\"method\":\"interview\","
            + "\"assessedOn\":\"2020-01-01\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"ageEvidence\":{\"kind\":\"assessment\","
            + "\"minAge\":13,\"maxAge\":99999999999,\"method\":\"interview\","
            + "\"assessedOn\":\"2020-01-01\"}}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"-p\"}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"nationalities\":[\"IT\",\"IT\"]}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"nationalities\":[\"it\"]}]}",
        "{\"id\":\"c\",\"persons\":[{\"id\":\"p\",\"nationalities\":[\"XX\"]}]}")) {
      sameResult(json, Case.class);
    }
  }

  // --- mutations --------------------------------------------------------------------------------

  private static final List<JsonNode> REPLACEMENTS = List.of(F.nullNode(), F.numberNode(1),
      F.numberNode(1.5), F.numberNode(Long.MAX_VALUE), F.booleanNode(true), F.stringNode(""),
      F.stringNode("x"), F.stringNode("TRUE"), F.stringNode("2020-02-30"),
      F.stringNode("2020-1-01"), F.stringNode("2020"), F.stringNode("2020-02"),
      F.stringNode("IT"), F.objectNode(), F.arrayNode());

  /** Documents that differ from {@code doc} in one place each, in every stride-th container. */
  private static List<String> mutations(JsonNode doc, int stride) {
    List<String> out = new ArrayList<>();
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    for (int c = 0; c < containers.size(); c += stride) {
      JsonNode container = containers.get(c);
      if (container instanceof ObjectNode) {
        ObjectNode o = (ObjectNode) container;
        for (String name : List.copyOf(o.propertyNames())) {
          JsonNode original = o.get(name);
          for (JsonNode r : REPLACEMENTS) {
            o.set(name, r);
            out.add(write(doc));
          }
          o.remove(name);
          out.add(write(doc));
          o.set(name, original);
          out.add(write(doc, o, name));   // the property twice
        }
        o.put("zz", "x");
        out.add(write(doc));
        o.remove("zz");
      } else {
        ArrayNode a = (ArrayNode) container;
        for (int i = 0; i < a.size(); i++) {
          JsonNode original = a.get(i);
          for (JsonNode r : REPLACEMENTS) {
            a.set(i, r);
            out.add(write(doc));
          }
          a.set(i, original);
          a.add(original.deepCopy());   // the item twice
          out.add(write(doc));
          a.remove(a.size() - 1);
        }
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainer()) {
      out.add(n);
      for (JsonNode child : n) {
        collect(child, out);
      }
    }
  }

  private static String write(JsonNode doc) {
    return write(doc, null, null);
  }

  /** Writes a tree, repeating the property {@code name} of the object {@code twice}. */
  private static String write(JsonNode doc, JsonNode twice, String name) {
    StringBuilder b = new StringBuilder();
    append(b, doc, twice, name);
    return b.toString();
  }

  private static void append(StringBuilder b, JsonNode n, JsonNode twice, String name) {
    if (n.isObject()) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        int times = n == twice && e.getKey().equals(name) ? 2 : 1;
        for (int t = 0; t < times; t++) {
          b.append(first ? "" : ",").append(F.stringNode(e.getKey())).append(':');
          append(b, e.getValue(), twice, name);
          first = false;
        }
      }
      b.append('}');
    } else if (n.isArray()) {
      b.append('[');
      for (int i = 0; i < n.size(); i++) {
        b.append(i == 0 ? "" : ",");
        append(b, n.get(i), twice, name);
      }
      b.append(']');
    } else {
      b.append(n);
    }
  }
}
