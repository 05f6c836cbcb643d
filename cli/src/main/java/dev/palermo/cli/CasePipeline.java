package dev.palermo.cli;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.json.NdjsonLine;
import dev.palermo.json.NdjsonReader;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.SchemaValidatingReader;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import java.io.Closeable;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole pipeline for one case, as {@code palermo report} runs it: the case (read strictly
 * from JSON) is validated ({@link CaseValidator}); when it can be assessed, every conduct is
 * assessed under the definition of trafficking in persons of one jurisdiction
 * ({@link TraffickingDefinition}) and under that of the smuggling of migrants, and the safeguard
 * checks ({@link Checks}) are run for a given day, reusing those assessments; the outcome is one
 * report document. The benchmarks measure this class (issue 8, {@code PipelineBenchmark}), so
 * the command and the measurement run the same code.
 *
 * <pre>{@code
 * CasePipeline pipeline = CasePipeline.of(Jurisdictions.PROTOCOL, LocalDate.of(2025, 1, 1));
 * CasePipeline.Result r = pipeline.process(aCase);   // or report(aCase): the JSON document
 * CasePipeline.Summary s = pipeline.run(ndjsonIn, ndjsonOut, bad -> log(bad.lineNumber()));
 * }</pre>
 *
 * <p>A report is an object with {@code case} (the case id) and {@code status}:
 *
 * <ul>
 *   <li>{@code "assessed"}: {@code jurisdiction}, {@code asOf}, {@code warnings} (validation
 *       problems that do not prevent an assessment), {@code assessments} (one per conduct:
 *       {@code conduct} index, {@code trafficking} and {@code smuggling} in their JSON forms) and
 *       {@code findings} (the checks' problems);
 *   <li>{@code "invalid"}: {@code problems}, the validation errors; nothing is assessed or
 *       checked, since the facts of an invalid case cannot be trusted.
 * </ul>
 *
 * <p>Checking a document against the case JSON Schema is off by default: the strict reader
 * already rejects everything the schema would, and the schema costs several times a plain read
 * (docs/PERFORMANCE.md). {@link #withSchemaValidation(boolean)} turns it on ({@code --schema} on
 * the command line). The day of the checks is always passed in: the pipeline never reads the
 * clock. Memory is constant in {@link #run}: one line and one report are held at a time.
 *
 * <p>Immutable and thread-safe.
 */
public final class CasePipeline {
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final boolean schema;

  private CasePipeline(Jurisdiction jurisdiction, LocalDate asOf, boolean schema) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.schema = schema;
  }

  /**
   * A pipeline without schema validation.
   *
   * @param jurisdiction the jurisdiction whose definition and law apply
   * @param asOf the day the safeguard checks are run for
   * @return the pipeline
   */
  public static CasePipeline of(Jurisdiction jurisdiction, LocalDate asOf) {
    return new CasePipeline(jurisdiction, asOf, false);
  }

  /**
   * The same pipeline with documents also checked against the case JSON Schema, or not.
   *
   * @param on whether to check documents against the schema before binding them
   * @return the pipeline
   */
  public CasePipeline withSchemaValidation(boolean on) {
    return on == schema ? this : new CasePipeline(jurisdiction, asOf, on);
  }

  /** @return the jurisdiction whose definition and law apply */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** @return the day the safeguard checks are run for */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return whether documents are checked against the case JSON Schema (off by default) */
  public boolean schemaValidation() {
    return schema;
  }

  /**
   * Validates, assesses and checks one case.
   *
   * @param aCase a case read from its JSON form (or built in code)
   * @return what was found; nothing is assessed or checked when the case has a validation error
   */
  public Result process(Case aCase) {
    Report validation = CaseValidator.validate(aCase);
    if (!validation.canBeAssessed()) {
      return new Result(aCase.id(), validation, List.of(), Report.empty());
    }
    List<Conduct> conducts = aCase.conducts();
    List<ConductAssessment> assessments = new ArrayList<>(conducts.size());
    List<DefinitionAssessment> trafficking = new ArrayList<>(conducts.size());
    List<SmugglingAssessment> smuggling = new ArrayList<>(conducts.size());
    for (int i = 0; i < conducts.size(); i++) {
      Conduct conduct = conducts.get(i);
      Person victim = aCase.person(conduct.victim())
          .orElseGet(() -> Person.of(conduct.victim()));
      DefinitionAssessment t = TraffickingDefinition.assess(conduct, victim, jurisdiction);
      SmugglingAssessment s = SmugglingDefinition.assess(conduct, victim);
      trafficking.add(t);
      smuggling.add(s);
      assessments.add(new ConductAssessment(i, t, s));
    }
    // The checks reuse these assessments instead of making them again.
    Report findings = Checks.run(Checks.all(),
        CheckContext.of(aCase, jurisdiction, asOf, trafficking, smuggling));
    return new Result(aCase.id(), validation, List.copyOf(assessments), findings);
  }

  /**
   * Validates, assesses and checks one case, and gives the report document.
   *
   * @param aCase a case read from its JSON form (or built in code)
   * @return the report document, a fresh tree
   */
  public ObjectNode report(Case aCase) {
    return toTree(process(aCase));
  }

  /**
   * The report document of a result.
   *
   * @param result a result of {@link #process(Case)}
   * @return the report document, a fresh tree
   */
  public ObjectNode toTree(Result result) {
    // The report's shape is written once, by write(); the tree is read back from its text.
    StringWriter text = new StringWriter();
    try (JsonGenerator g = PalermoJson.mapper().createGenerator(text)) {
      write(g, result);
    }
    return (ObjectNode) PalermoJson.mapper().readTree(text.toString());
  }

  /**
   * Writes the report document of a result straight to a generator, with no tree in between.
   * This is where the report's shape is defined: {@link #toTree(Result)} reads its output back.
   *
   * @param g the generator, from {@link PalermoJson#mapper()} (so that the model's types have
   *     their JSON forms)
   * @param result a result of {@link #process(Case)}
   */
  public void write(JsonGenerator g, Result result) {
    g.writeStartObject();
    g.writeStringProperty("case", result.caseId());
    if (!result.assessed()) {
      g.writeStringProperty("status", "invalid");
      problems(g, "problems", result.validation());
      g.writeEndObject();
      return;
    }
    g.writeStringProperty("status", "assessed");
    g.writeStringProperty("jurisdiction", jurisdiction.id());
    g.writeStringProperty("asOf", asOf.toString());
    problems(g, "warnings", result.validation());
    g.writeArrayPropertyStart("assessments");
    for (ConductAssessment a : result.assessments()) {
      g.writeStartObject();
      g.writeNumberProperty("conduct", a.conduct());
      g.writePOJOProperty("trafficking", a.trafficking());
      g.writePOJOProperty("smuggling", a.smuggling());
      g.writeEndObject();
    }
    g.writeEndArray();
    problems(g, "findings", result.findings());
    g.writeEndObject();
  }

  /** The problems of a report as an array property, each in the JSON form of a problem. */
  private static void problems(JsonGenerator g, String name, Report report) {
    g.writeArrayPropertyStart(name);
    for (Problem p : report.problems()) {
      g.writePOJO(p);
    }
    g.writeEndArray();
  }

  /**
   * Reads NDJSON, one case document a line, as this pipeline reads it: strictly, and against the
   * case JSON Schema when that is on.
   *
   * @param in the input; closed when the returned reader is closed
   * @return the lines
   */
  public NdjsonReader lines(Reader in) {
    return schema ? SchemaValidatingReader.strict().ndjson(in) : PalermoJson.reader().ndjson(in);
  }

  /**
   * Runs the pipeline over NDJSON: each readable line gives one report, written as one line of
   * compact JSON. Streams: one line and one report are held at a time.
   *
   * @param in the cases, one document a line; not closed
   * @param out where the reports go, one a line ({@link LineWriter}); flushed, not closed
   * @param unreadable told of each line that cannot be read (its number and problems)
   * @return the counts
   * @throws tools.jackson.core.JacksonException if the output fails
   */
  public Summary run(Reader in, Writer out, Consumer<NdjsonLine> unreadable) {
    long assessed = 0;
    long invalid = 0;
    long unread = 0;
    NdjsonReader lines = lines(in);
    try (LineWriter reports = new LineWriter(out)) {
      while (lines.hasNext()) {
        NdjsonLine line = lines.next();
        if (!line.isValid()) {
          unread++;
          unreadable.accept(line);
          continue;
        }
        Result result = process(line.value().orElseThrow());
        if (result.assessed()) {
          assessed++;
        } else {
          invalid++;
        }
        reports.write(g -> write(g, result));
      }
    }
    return new Summary(assessed, invalid, unread);
  }

  /**
   * A report as one line of compact JSON, as {@link LineWriter} writes it (without the line
   * end).
   *
   * @param report a report
   * @return the JSON text, without a line end
   */
  public static String write(JsonNode report) {
    return PalermoJson.mapper().writeValueAsString(report);
  }

  /**
   * Writes JSON trees as NDJSON, as {@link #run} and {@code -f ndjson} do: compact JSON, one
   * tree a line ended by {@code \n}, each line flushed (so that a pipe sees every report as
   * soon as it is made), straight into the output with no string of the line in between (that
   * string cost about 9 KB a report).
   *
   * <p>Not thread-safe; closing it does not close the output.
   */
  public static final class LineWriter implements Closeable {
    private static final ObjectWriter LINES = PalermoJson.mapper().writer()
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET).withRootValueSeparator("");
    private final JsonGenerator generator;

    /**
     * A writer of lines.
     *
     * @param out the output; flushed after every line, never closed
     */
    public LineWriter(Writer out) {
      this.generator = LINES.createGenerator(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one tree as one line, and flushes.
     *
     * @param tree the tree
     * @throws tools.jackson.core.JacksonException if the output fails
     */
    public void write(JsonNode tree) {
      generator.writeTree(tree);
      generator.writeRaw('\n');
      generator.flush();
    }

    /**
     * Writes one JSON value as one line, and flushes.
     *
     * @param value writes exactly one JSON value to the generator it is given
     * @throws tools.jackson.core.JacksonException if the output fails
     */
    public void write(Consumer<JsonGenerator> value) {
      value.accept(generator);
      generator.writeRaw('\n');
      generator.flush();
    }

    /** Flushes; the output stays open. */
    @Override
    public void close() {
      generator.close();
    }
  }

  /**
   * What the pipeline found in one case.
   *
   * @param caseId the case's id
   * @param validation the validation problems; when one is an error, nothing else was done
   * @param assessments one per conduct, in order; empty when the case was not assessed
   * @param findings the safeguard checks' problems; empty when the case was not checked
   */
  public record Result(String caseId, Report validation, List<ConductAssessment> assessments,
      Report findings) {
    /** @return whether the case was valid enough to be assessed and checked */
    public boolean assessed() {
      return validation.canBeAssessed();
    }

    /** @return whether there is anything to act on: validation problems or findings */
    public boolean hasFindings() {
      return !validation.isEmpty() || !findings.isEmpty();
    }
  }

  /**
   * The assessments of one conduct.
   *
   * @param conduct its index in the case's conducts
   * @param trafficking under the jurisdiction's definition of trafficking in persons
   * @param smuggling under the definition of the smuggling of migrants
   */
  public record ConductAssessment(int conduct, DefinitionAssessment trafficking,
      SmugglingAssessment smuggling) {}

  /**
   * The counts of one {@link #run}.
   *
   * @param assessed cases validated, assessed and checked
   * @param invalid cases read but not valid enough to be assessed
   * @param unreadable lines that could not be read as a case
   */
  public record Summary(long assessed, long invalid, long unreadable) {
    /** @return every line that was not blank */
    public long lines() {
      return assessed + invalid + unreadable;
    }
  }
}
