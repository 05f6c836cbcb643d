package dev.palermo.checks;

import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.law.Provision;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.rights.Stage;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The base of every check: holds its id, code, stage, provisions and the facts it reads, and makes
 * findings whose messages come from the resource bundle {@code messages} of the check's package
 * (keys {@code <id>.rule}, {@code <id>.finding}, {@code <id>.cannot-tell}, {@code <id>.remedy};
 * English first, other languages as {@code messages_fr.properties} and so on). Every text is a
 * {@link MessageFormat} pattern, so a quote is written {@code ''}. Message arguments must be
 * codes, dates, numbers or pointers, never personal data.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class AbstractCheck implements Check {
  private final String id;
  private final String code;
  private final Stage stage;
  private final List<LegalProvision> provisions;
  private final List<Provision> citations;
  private final List<String> reads;
  /**
   * The English texts, parsed once on first use: a finding is made for every fact, and looking
   * up the bundle and parsing the pattern each time cost several kilobytes a finding.
   */
  private final ConcurrentMap<String, MessageFormat> rootFormats = new ConcurrentHashMap<>(4);
  private volatile String rootRemedy;

  /**
   * Creates a check.
   *
   * @param id the stable id
   * @param code the stable code {@code PAL-C-nnnn}
   * @param stage the stage
   * @param provisionIds ids of the catalogue provisions, the main one first
   * @param reads the facts read, as JSON paths
   */
  protected AbstractCheck(String id, String code, Stage stage, List<String> provisionIds,
      List<String> reads) {
    this.id = Objects.requireNonNull(id);
    if (!code.matches("PAL-C-\\d{4}")) {
      throw new IllegalArgumentException("check code must be PAL-C-nnnn: " + code);
    }
    this.code = code;
    this.stage = Objects.requireNonNull(stage);
    this.provisions = provisionIds.stream().map(ProvisionCatalogue::require).toList();
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("a check needs at least one provision: " + id);
    }
    this.citations = provisions.stream().map(LegalProvision::provision).toList();
    this.reads = List.copyOf(reads);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Stage stage() {
    return stage;
  }

  @Override
  public final List<LegalProvision> provisions() {
    return provisions;
  }

  @Override
  public final List<String> reads() {
    return reads;
  }

  @Override
  public String rule() {
    return text(Locale.ROOT, "rule");
  }

  /**
   * A finding that the rule was not respected, with the severity of the strongest of its
   * provisions in the jurisdiction's law on the day of the fact: a rule stated both in soft law
   * and in a treaty the jurisdiction is bound by is a violation there ({@link SeverityRule}).
   *
   * @param profile the version of the jurisdiction's law that applies
   * @param path where the fact is
   * @param args message arguments (codes, dates, numbers; never personal data)
   * @return the finding
   */
  protected final Problem finding(JurisdictionProfile profile, JsonPointer path, Object... args) {
    Severity strongest = Severity.RECOMMENDATION;
    for (LegalProvision p : provisions) {
      Severity s = SeverityRule.of(p, profile);
      if (s.compareTo(strongest) < 0) {
        strongest = s;
      }
    }
    return make(strongest, path, "finding", args);
  }

  /**
   * A finding that the facts needed are unknown.
   *
   * @param path where the missing fact belongs
   * @param args message arguments
   * @return the finding, with severity {@link Severity#CANNOT_TELL}
   */
  protected final Problem cannotTell(JsonPointer path, Object... args) {
    return make(Severity.CANNOT_TELL, path, "cannot-tell", args);
  }

  private Problem make(Severity severity, JsonPointer path, String kind, Object... args) {
    String remedy = rootRemedy;
    if (remedy == null) {
      remedy = text(Locale.ROOT, "remedy");
      rootRemedy = remedy;
    }
    return Problem.of(code, severity, path, text(Locale.ROOT, kind, args))
        .withCitations(citations)
        .withRemedy(remedy);
  }

  /**
   * A message of this check.
   *
   * @param locale the language
   * @param kind {@code finding}, {@code cannot-tell}, {@code remedy} or {@code rule}
   * @param args message arguments
   * @return the text
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  public final String text(Locale locale, String kind, Object... args) {
    if (Locale.ROOT.equals(locale)) {
      MessageFormat parsed = rootFormats.computeIfAbsent(kind,
          k -> new MessageFormat(pattern(Locale.ROOT, k), Locale.ROOT));
      // A MessageFormat is not thread-safe: format a copy (far cheaper than parsing again).
      return ((MessageFormat) parsed.clone()).format(args);
    }
    return new MessageFormat(pattern(locale, kind), Locale.ROOT).format(args);
  }

  private String pattern(Locale locale, String kind) {
    ResourceBundle bundle = ResourceBundle.getBundle(getClass().getPackageName() + ".messages",
        locale, getClass().getModule());
    return bundle.getString(id + "." + kind);
  }

  @Override
  public String toString() {
    return code + " " + id;
  }
}
