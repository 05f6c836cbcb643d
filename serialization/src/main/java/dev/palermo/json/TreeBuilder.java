package dev.palermo.json;

import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
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
 * Reads one JSON value from a parser into a tree, tracking the place of every value so that a
 * duplicate property (kept: the first value; reported: every repeat) and a syntax error or limit
 * exceeded are reported at their JSON pointer. Duplicates do not stop the reading; a syntax error
 * or a limit does (nothing after it can be trusted). The place is kept as a stack of tokens
 * (property names and array indexes); a {@link JsonPointer} is built only for a problem. Not
 * thread-safe: one instance per document; internal.
 */
final class TreeBuilder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final List<Problem> problems;
  /**
   * The place of the last value started: its tokens are {@code tokens[0, whereDepth)}. The
   * tokens of the values being read (the ancestors of the current one) are a prefix of it.
   */
  private Object[] tokens = new Object[16];
  private int whereDepth;

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
      JsonNode node = b.value(parser, t, 0);
      if (whole && parser.nextToken() != null) {
        problems.add(JsonProblemCode.MALFORMED_JSON.at(JsonPointer.root(),
            "content follows the end of the JSON document"));
        return null;
      }
      return node;
    } catch (JacksonIOException e) {
      problems.add(JsonProblemCode.READ_FAILED.at(b.where(), "the input could not be read"));
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
    Deque<Object> fromContext = new ArrayDeque<>();
    TokenStreamContext ctx = parser.streamReadContext();
    while (ctx != null && !ctx.inRoot()) {
      if (ctx.inObject() && ctx.currentName() != null) {
        fromContext.push(ctx.currentName());
      } else if (ctx.inArray() && ctx.getCurrentIndex() >= 0) {
        fromContext.push(ctx.getCurrentIndex());
      }
      ctx = ctx.getParent();
    }
    JsonPointer fromParser = JsonPointer.of(fromContext.toArray());
    JsonPointer where = where();
    return fromParser.toString().length() > where.toString().length() ? fromParser : where;
  }

  /** @return the pointer of the last value started */
  private JsonPointer where() {
    return pointer(whereDepth);
  }

  private JsonPointer pointer(int depth) {
    return depth == 0 ? JsonPointer.root() : JsonPointer.of(Arrays.copyOf(tokens, depth));
  }

  /** Starts the value at depth {@code depth + 1}, whose last token is {@code token}. */
  private void enter(int depth, Object token) {
    if (depth == tokens.length) {
      tokens = Arrays.copyOf(tokens, depth * 2);
    }
    tokens[depth] = token;
    whereDepth = depth + 1;
  }

  /** Reads a value whose place is {@code tokens[0, depth)}. */
  private JsonNode value(JsonParser p, JsonToken t, int depth) {
    whereDepth = depth;
    switch (t) {
      case START_OBJECT:
        return object(p, depth);
      case START_ARRAY:
        return array(p, depth);
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

  private ObjectNode object(JsonParser p, int depth) {
    ObjectNode o = F.objectNode();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      enter(depth, name);
      JsonNode v = value(p, p.nextToken(), depth + 1);
      if (o.has(name)) {
        // tokens[0, depth] is still the place of this property: only deeper tokens changed
        problems.add(JsonProblemCode.DUPLICATE_PROPERTY.at(pointer(depth + 1),
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

  private ArrayNode array(JsonParser p, int depth) {
    ArrayNode a = F.arrayNode();
    JsonToken t;
    int i = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      enter(depth, i++);
      a.add(value(p, t, depth + 1));
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
