package dev.palermo.concepts;

import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The concepts the purposes of art. 3(a) point to, each defined in its own instrument, as
 * reference data: the defining text where a project source quotes it, the provision, where the
 * text comes from, and the purposes the concept supports (DOMAIN.md §1, "Related concepts").
 * Where neither the seeds nor the brief quote the defining text, {@link #definingText()} is empty
 * rather than filled in from memory.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum RelatedConcept implements Code {
  /** Forced or compulsory labour, ILO C29 art. 2(1). */
  FORCED_LABOUR("forced-labour", "Forced or compulsory labour", Instrument.ILO_C29, "2(1)",
      "all work or service which is exacted from any person under the menace of any penalty and "
          + "for which the said person has not offered himself voluntarily",
      "DOMAIN.md §1", EnumSet.of(ExploitationPurpose.FORCED_LABOUR)),
  /** Slavery, Slavery Convention 1926 art. 1(1). */
  SLAVERY("slavery", "Slavery", Instrument.SLAVERY_CONVENTION, "1(1)",
      "the status or condition of a person over whom any or all of the powers attaching to the "
          + "right of ownership are exercised",
      "DOMAIN.md §1", EnumSet.of(ExploitationPurpose.SLAVERY)),
  /** Debt bondage, one of the practices similar to slavery (1956 Supplementary Convention). */
  DEBT_BONDAGE("debt-bondage", "Debt bondage", Instrument.SUPPLEMENTARY_CONVENTION, "1(a)", null,
      "seeds/003_d1561a5ed447703d.txt:86 (named)",
      EnumSet.of(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
          ExploitationPurpose.DEBT_BONDAGE)),
  /** Serfdom, one of the practices similar to slavery (1956 Supplementary Convention). */
  SERFDOM("serfdom", "Serfdom", Instrument.SUPPLEMENTARY_CONVENTION, "1(b)", null,
      "seeds/003_d1561a5ed447703d.txt:86 (named)",
      EnumSet.of(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY)),
  /** Servile marriage, in three forms (1956 Supplementary Convention art. 1(c)). */
  SERVILE_MARRIAGE("servile-marriage", "Servile marriage", Instrument.SUPPLEMENTARY_CONVENTION,
      "1(c)",
      "Any institution or practice whereby: (i) a woman, without the right to refuse, is promised "
          + "or given in marriage on payment of a consideration in money or in kind to her "
          + "parents, guardian, family or any other person or group; or (ii) the husband of a "
          + "woman, his family, or his clan, has the right to transfer her to another person for "
          + "value received or otherwise; or (iii) a woman on the death of her husband is liable "
          + "to be inherited by another person",
      "seeds/003_d1561a5ed447703d.txt:88",
      EnumSet.of(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
          ExploitationPurpose.FORCED_MARRIAGE)),
  /** The transfer of a child for exploitation (1956 Supplementary Convention). */
  TRANSFER_OF_CHILD_FOR_EXPLOITATION("transfer-of-child-for-exploitation",
      "Transfer of a child for exploitation", Instrument.SUPPLEMENTARY_CONVENTION, "1(d)", null,
      "seeds/003_d1561a5ed447703d.txt:86 (named)",
      EnumSet.of(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY)),
  /**
   * The worst forms of child labour, ILO C182 art. 3. The seeds paraphrase them: "all forms of
   * slavery or practices similar to slavery, such as the sale and trafficking of children, debt
   * bondage and serfdom and forced or compulsory labour, as well as the use, procuring or offering
   * of all children for the purpose of prostitution" ({@code seeds/003…:90}); the full text of
   * art. 3(a)-(d) is in no project source.
   */
  WORST_FORMS_OF_CHILD_LABOUR("worst-forms-of-child-labour", "Worst forms of child labour",
      Instrument.ILO_C182, "3", null, "seeds/003_d1561a5ed447703d.txt:90 (paraphrase)",
      EnumSet.of(ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR,
          ExploitationPurpose.FORCED_LABOUR, ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
          ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION));

  private final String code;
  private final String label;
  private final Provision definedBy;
  private final String definingText;
  private final String source;
  private final Set<ExploitationPurpose> supports;

  RelatedConcept(String code, String label, Instrument instrument, String pinpoint,
      String definingText, String source, Set<ExploitationPurpose> supports) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(instrument, pinpoint);
    this.definingText = definingText;
    this.source = source;
    this.supports = supports;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Provision definedBy() {
    return definedBy;
  }

  /** @return the defining text, exactly as a project source quotes it, or empty if none does */
  public Optional<String> definingText() {
    return Optional.ofNullable(definingText);
  }

  /** @return where the text or name comes from: a seed file and line, or a DOMAIN.md section */
  public String source() {
    return source;
  }

  /** @return the exploitation purposes this concept gives content to; unmodifiable */
  public Set<ExploitationPurpose> supports() {
    return java.util.Collections.unmodifiableSet(supports);
  }
}
