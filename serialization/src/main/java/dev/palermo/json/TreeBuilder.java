package dev.palermo.json;

import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into a tree, tracking the JSON pointer of every value so
 * that a duplicate property (kept: the first value; reported: every repeat) and a syntax error or
 * limit exceeded are reported at their place. Duplicates do not stop the reading; a syntax error
 * or a limit does (nothing after it can be trusted). Not thread-safe: one instance per document;
 * internal.
 */
final class TreeBuilder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final List<Problem> problems;
  private JsonPointer where = JsonPointer.root();

  private TreeBuilder(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * Reads the next value of the parser, which must be at the start of the input or on the first
   * token of the value, and checks that nothing follows it when {@code whole} is set.
   *
   * @param parser the parser
   * @param whole whether the value must be the whole input
   * @param problems where problems are added
   * @return the tree, or null when the input could not be read (the problem is added)
   */
  static JsonNode read(JsonParser parser, boolean whole, List<Problem> problems) {
    TreeBuilder b = new TreeBuilder(problems);
    try {
      JsonToken t = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (t == null) {
        problems.add(JsonProblemCode.MALFORMED_JSON.at(JsonPointer.root(),
            "the input is empty: a JSON document was expected"));
        return null;
      }
      JsonNode node = b.value(parser, t, JsonPointer.root());
      if (whole && parser.nextToken() != null) {
        problems.add(JsonProblemCode.MALFORMED_JSON.at(JsonPointer.root(),
            "content follows the end of the JSON document"));
        return null;
      }
      return node;
    } catch (JacksonIOException e) {
      problems.add(JsonProblemCode.READ_FAILED.at(b.where, "the input could not be read"));
      return null;
    } catch (StreamConstraintsException e) {
      problems.add(limit(e, b.errorAt(parser)));
      return null;
    } catch (JacksonException e) {
      problems.add(JsonProblemCode.MALFORMED_JSON.at(b.errorAt(parser), "not well-formed JSON"
          + location(e)));
      return null;
    }
  }

  /**
   * Where an error happened: the parser's own context when it is deeper than the last value
   * started (Jackson reads a scalar together with its property name), else that value.
   */
  private JsonPointer errorAt(JsonParser parser) {
    java.util.Deque<Object> tokens = new java.util.ArrayDeque<>();
    TokenStreamContext ctx = parser.streamReadContext();
    while (ctx != null && !ctx.inRoot()) {
      if (ctx.inObject() && ctx.currentName() != null) {
        tokens.push(ctx.currentName());
      } else if (ctx.inArray() && ctx.getCurrentIndex() >= 0) {
        tokens.push(ctx.getCurrentIndex());
      }
      ctx = ctx.getParent();
    }
    JsonPointer fromParser = JsonPointer.of(tokens.toArray());
    return fromParser.toString().length() > where.toString().length() ? fromParser : where;
  }

  private JsonNode value(JsonParser p, JsonToken t, JsonPointer at) {
    where = at;
    switch (t) {
      case START_OBJECT:
        return object(p, at);
      case START_ARRAY:
        return array(p, at);
      case VALUE_STRING:
        return F.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return F.numberNode(p.getIntValue());
          case LONG:
            return F.numberNode(p.getLongValue());
          default:
            return F.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return F.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return F.booleanNode(true);
      case VALUE_FALSE:
        return F.booleanNode(false);
      case VALUE_NULL:
        return F.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private ObjectNode object(JsonParser p, JsonPointer at) {
    ObjectNode o = F.objectNode();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonPointer child = at.child(name);
      where = child;
      JsonNode v = value(p, p.nextToken(), child);
      if (o.has(name)) {
        problems.add(JsonProblemCode.DUPLICATE_PROPERTY.at(child,
            "the property appears more than once in the object; the first is kept"));
      } else {
        o.set(name, v);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + t);
    }
    return o;
  }

  private ArrayNode array(JsonParser p, JsonPointer at) {
    ArrayNode a = F.arrayNode();
    JsonToken t;
    int i = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      a.add(value(p, t, at.child(i++)));
    }
    return a;
  }

  /** Maps a Jackson limit error to its PAL-J code, by the limit named in Jackson's message. */
  static Problem limit(StreamConstraintsException e, JsonPointer at) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("getMaxNestingDepth")) {
      return JsonProblemCode.NESTING_TOO_DEEP.at(at, "objects and arrays are nested deeper than "
          + "the limit allows");
    } else if (m.contains("getMaxStringLength")) {
      return JsonProblemCode.STRING_TOO_LONG.at(at, "a string is longer than the limit allows");
    } else if (m.contains("getMaxNumberLength")) {
      return JsonProblemCode.NUMBER_TOO_LONG.at(at, "a number is longer than the limit allows");
    } else if (m.contains("getMaxNameLength")) {
      return JsonProblemCode.NAME_TOO_LONG.at(at,
          "a property name is longer than the limit allows");
    }
    return JsonProblemCode.DOCUMENT_TOO_LONG.at(at, "the document is longer than the limit "
        + "allows");
  }

  private static String location(JacksonException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
        + ")";
  }
}
