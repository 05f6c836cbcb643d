package dev.palermo.state;

import dev.palermo.checks.SeverityRule;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.law.Provision;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.ProvisionCatalogue;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One rule of the State-level due-diligence test ({@link DueDiligence}): a stable id, a stable
 * finding code {@code PAL-D-nnnn} that is never reused, the catalogue provisions it comes from
 * (the main one first), the {@link StateResponse} properties it reads, and its messages, taken
 * from the resource bundle {@code dev/palermo/state/messages.properties} (keys {@code <id>.rule},
 * {@code <id>.finding}, {@code <id>.cannot-tell}, {@code <id>.remedy}; every text a
 * {@link MessageFormat} pattern). A finding's severity is the strongest of its provisions in the
 * jurisdiction's law, as for the case checks ({@link SeverityRule}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DueDiligenceRule {
  private final String id;
  private final String code;
  private final List<LegalProvision> provisions;
  private final List<String> reads;

  DueDiligenceRule(String id, String code, List<String> provisionIds, List<String> reads) {
    this.id = Objects.requireNonNull(id);
    if (!code.matches("PAL-D-\\d{4}")) {
      throw new IllegalArgumentException("due-diligence code must be PAL-D-nnnn: " + code);
    }
    this.code = code;
    this.provisions = provisionIds.stream().map(ProvisionCatalogue::require).toList();
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one provision: " + id);
    }
    this.reads = List.copyOf(reads);
  }

  /** @return the stable id, lower-case words joined by hyphens, e.g. {@code no-prosecutions} */
  public String id() {
    return id;
  }

  /** @return the stable finding code, {@code PAL-D-nnnn} */
  public String code() {
    return code;
  }

  /** @return the provisions the rule comes from, the main one first; unmodifiable */
  public List<LegalProvision> provisions() {
    return provisions;
  }

  /** @return the {@link StateResponse} properties read, as JSON paths; unmodifiable */
  public List<String> reads() {
    return reads;
  }

  /** @return the rule in one sentence, for a docs table */
  public String rule() {
    return text(Locale.ROOT, "rule");
  }

  /**
   * The severity of a breach of this rule in a jurisdiction: the strongest of its provisions.
   *
   * @param profile the version of the jurisdiction's law that applies
   * @return VIOLATION, CONCERN or RECOMMENDATION
   */
  public Severity severityIn(JurisdictionProfile profile) {
    Severity strongest = Severity.RECOMMENDATION;
    for (LegalProvision p : provisions) {
      Severity s = SeverityRule.of(p, profile);
      if (s.compareTo(strongest) < 0) {
        strongest = s;
      }
    }
    return strongest;
  }

  Problem finding(JurisdictionProfile profile, JsonPointer path, Object... args) {
    return make(severityIn(profile), path, "finding", args);
  }

  Problem cannotTell(JsonPointer path, Object... args) {
    return cannotTell("cannot-tell", path, args);
  }

  Problem cannotTell(String kind, JsonPointer path, Object... args) {
    return make(Severity.CANNOT_TELL, path, kind, args);
  }

  private Problem make(Severity severity, JsonPointer path, String kind, Object... args) {
    List<Provision> citations = provisions.stream().map(LegalProvision::provision).toList();
    return Problem.of(code, severity, path, text(Locale.ROOT, kind, args))
        .withCitations(citations)
        .withRemedy(text(Locale.ROOT, "remedy"));
  }

  /**
   * A message of this rule.
   *
   * @param locale the language
   * @param kind {@code finding}, {@code cannot-tell}, {@code remedy}, {@code rule}, or for the
   *     indicia of an investigation {@code none-reviewed}
   * @param args message arguments (codes, dates, numbers; never personal data)
   * @return the text
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  public String text(Locale locale, String kind, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(DueDiligenceRule.class.getPackageName()
        + ".messages", locale, DueDiligenceRule.class.getModule());
    return new MessageFormat(bundle.getString(id + "." + kind), Locale.ROOT).format(args);
  }

  @Override
  public String toString() {
    return code + " " + id;
  }
}
