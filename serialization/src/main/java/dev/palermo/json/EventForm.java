package dev.palermo.json;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.vocabulary.Code;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of one kind of case event, declared once and used both to write and to read it:
 * {@code {"event": KIND, "person": id, "when": span?, ...attributes}}. Each attribute is one call
 * ({@link #truth}, {@link #code}, {@link #optionalCode}, {@link #optional}, {@link #codes},
 * {@link #facts}) naming the property (the accessor name), the accessor and the builder setter;
 * it follows the conventions of the rest of the JSON form: codes as strings, unknown facts and
 * {@link FactSet#unknown()} left out, absent optional values and empty sets left out.
 *
 * <p>Immutable once declared (the forms are built in {@link EventForms} and never changed);
 * thread-safe; internal.
 *
 * @param <E> the event type
 * @param <B> its builder
 */
final class EventForm<E extends CaseEvent, B> {
  /** One attribute: how to write it (or leave it out) and how to read it. */
  private interface Attribute<E, B> {
    String name();

    /** Writes the property, name and value, unless it is left out. */
    void write(JsonGenerator g, E event);

    /** Reads the property; returns the setter to apply, or null when absent or wrong. */
    Consumer<B> read(Decoder d, Decoder.Obj o);
  }

  private final Class<E> type;
  private final String kind;
  private final Supplier<B> builder;
  private final Function<B, E> build;
  private final BiConsumer<B, PersonId> person;
  private final BiConsumer<B, DateSpan> when;
  private final List<Attribute<E, B>> attributes = new ArrayList<>();
  private final List<Shape> shapes = new ArrayList<>();

  /** The kinds of attribute, for the JSON Schema of the event. */
  enum ShapeKind {
    /** A three-valued fact. */
    TRUTH,
    /** One code of a code system. */
    CODE,
    /** A set of codes. */
    CODES,
    /** A fact set of a code system. */
    FACTS,
    /** An age assessment (age evidence of kind "assessment"). */
    AGE_ASSESSMENT,
    /** An ISO 3166-1 alpha-2 country code. */
    COUNTRY,
    /** A short string token (a code of the jurisdiction's own law), never free text. */
    STRING,
    /** A whole number of zero or more. */
    INTEGER
  }

  /**
   * The JSON Schema shape of one attribute.
   *
   * @param name the property name
   * @param required whether it must be present
   * @param kind the kind of value
   * @param codes the code system, for codes, sets of codes and fact sets; else null
   */
  record Shape(String name, boolean required, ShapeKind kind, Class<? extends Code> codes) {}

  private EventForm(Class<E> type, String kind, Supplier<B> builder, Function<B, E> build,
      BiConsumer<B, PersonId> person, BiConsumer<B, DateSpan> when) {
    this.type = type;
    this.kind = kind;
    this.builder = builder;
    this.build = build;
    this.person = person;
    this.when = when;
  }

  /**
   * Starts the form of a kind of event; {@code person} and {@code when} are always part of it.
   */
  static <E extends CaseEvent, B> EventForm<E, B> of(Class<E> type, String kind,
      Supplier<B> builder, Function<B, E> build, BiConsumer<B, PersonId> person,
      BiConsumer<B, DateSpan> when) {
    return new EventForm<>(type, kind, builder, build, person, when);
  }

  Class<E> type() {
    return type;
  }

  String kind() {
    return kind;
  }

  /** @return the property names of the form, in the order written */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>(List.of("event", "person", "when"));
    attributes.forEach(a -> names.add(a.name()));
    return Collections.unmodifiableList(names);
  }

  // --- declaring attributes -----------------------------------------------------------------------

  /** @return the shape of each attribute, in the order written (without event, person, when) */
  List<Shape> shapes() {
    return Collections.unmodifiableList(shapes);
  }

  /** A three-valued fact, {@link Truth#UNKNOWN} by default (left out). */
  EventForm<E, B> truth(String name, Function<E, Truth> get, BiConsumer<B, Truth> set) {
    shapes.add(new Shape(name, false, ShapeKind.TRUTH, Truth.class));
    return add(name, false, (g, e) -> Encoder.codeUnless(g, name, get.apply(e), Truth.UNKNOWN),
        d -> d.code(Truth.class), set);
  }

  /** A required code. */
  <C extends Enum<C> & Code> EventForm<E, B> code(String name, Class<C> codes,
      Function<E, C> get, BiConsumer<B, C> set) {
    shapes.add(new Shape(name, true, ShapeKind.CODE, codes));
    return add(name, true, (g, e) -> g.writeStringProperty(name, get.apply(e).code()),
        d -> d.code(codes), set);
  }

  /** An optional code (left out when absent). */
  <C extends Enum<C> & Code> EventForm<E, B> optionalCode(String name, Class<C> codes,
      Function<E, Optional<C>> get, BiConsumer<B, C> set) {
    shapes.add(new Shape(name, false, ShapeKind.CODE, codes));
    return add(name, false, (g, e) -> {
      Optional<C> value = get.apply(e);
      if (value.isPresent()) {
        g.writeStringProperty(name, value.get().code());
      }
    }, d -> d.code(codes), set);
  }

  /**
   * Any optional value, written and read by the given functions (left out when absent).
   *
   * @param shape the kind of value, for the schema ({@link ShapeKind#AGE_ASSESSMENT} or
   *     {@link ShapeKind#COUNTRY})
   */
  <V> EventForm<E, B> optional(String name, ShapeKind shape, Function<E, Optional<V>> get,
      Encoder.Writer<V> write, Function<Decoder, Decoder.Reader<V>> read,
      BiConsumer<B, V> set) {
    shapes.add(new Shape(name, false, shape, null));
    return add(name, false, (g, e) -> {
      Optional<V> value = get.apply(e);
      if (value.isPresent()) {
        g.writeName(name);
        write.write(g, value.get());
      }
    }, read, set);
  }

  /** A set of codes, written in the order of the code system (left out when empty). */
  <C extends Enum<C> & Code> EventForm<E, B> codes(String name, Class<C> codes,
      Function<E, Set<C>> get, BiConsumer<B, Set<C>> set) {
    shapes.add(new Shape(name, false, ShapeKind.CODES, codes));
    attributes.add(new Attribute<E, B>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void write(JsonGenerator g, E event) {
        Set<C> values = get.apply(event);
        if (!values.isEmpty()) {
          // A lambda, not Encoder::code: a method reference on the intersection type C fails
          // to bootstrap.
          Encoder.list(g, name, new TreeSet<>(values), (gen, c) -> gen.writeString(c.code()));
        }
      }

      @Override
      public Consumer<B> read(Decoder d, Decoder.Obj o) {
        Set<C> values = o.set(name, d.code(codes));
        return b -> set.accept(b, values);
      }
    });
    return this;
  }

  /** A fact set, {@link FactSet#unknown()} by default (left out). */
  <C extends Enum<C> & Code> EventForm<E, B> facts(String name, Class<C> codes,
      Function<E, FactSet<C>> get, BiConsumer<B, FactSet<C>> set) {
    shapes.add(new Shape(name, false, ShapeKind.FACTS, codes));
    return add(name, false, (g, e) -> {
      FactSet<C> facts = get.apply(e);
      if (!facts.equals(FactSet.unknown())) {
        g.writeName(name);
        Encoder.factSet(g, facts);
      }
    }, d -> d.factSet(codes), set);
  }

  private <V> EventForm<E, B> add(String name, boolean required, Encoder.Writer<E> write,
      Function<Decoder, Decoder.Reader<V>> read, BiConsumer<B, V> set) {
    attributes.add(new Attribute<E, B>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void write(JsonGenerator g, E event) {
        write.write(g, event);
      }

      @Override
      public Consumer<B> read(Decoder d, Decoder.Obj o) {
        V value = o.get(name, required, read.apply(d));
        return value == null ? null : b -> set.accept(b, value);
      }
    });
    return this;
  }

  // --- writing and reading ------------------------------------------------------------------------

  void write(JsonGenerator g, CaseEvent event) {
    E e = type.cast(event);
    g.writeStartObject();
    g.writeStringProperty("event", kind);
    g.writeStringProperty("person", e.person().value());
    if (e.when().isPresent()) {
      g.writeName("when");
      Encoder.dateSpan(g, e.when().get());
    }
    for (Attribute<E, B> a : attributes) {
      a.write(g, e);
    }
    g.writeEndObject();
  }

  /** Reads an object already known to be of this kind; null when anything is wrong. */
  E read(Decoder d, JsonNode n, JsonPointer at, int mark) {
    Decoder.Obj o = d.obj(n, at, propertyNames().toArray(String[]::new));
    if (o == null) {
      return null;
    }
    PersonId id = o.get("person", true, d::personId);
    DateSpan span = o.get("when", false, d::dateSpan);
    List<Consumer<B>> sets = new ArrayList<>();
    for (Attribute<E, B> a : attributes) {
      Consumer<B> s = a.read(d, o);
      if (s != null) {
        sets.add(s);
      }
    }
    return d.ok(mark, at, () -> {
      B b = builder.get();
      person.accept(b, id);
      if (span != null) {
        when.accept(b, span);
      }
      sets.forEach(s -> s.accept(b));
      return build.apply(b);
    });
  }
}
