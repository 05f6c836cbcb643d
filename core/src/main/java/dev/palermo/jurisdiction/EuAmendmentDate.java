package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;

/**
 * From which day the European Union profile applies the definition as amended by Directive (EU)
 * 2024/1712. Neither the seeds nor the legal brief give the date ("since 2024", DOMAIN.md §1 item
 * 7), and a directive binds individuals only through national transposition, so the choice is
 * configurable: {@link Jurisdictions#europeanUnion(EuAmendmentDate)}. Both dates are from the
 * Official Journal as recalled and are flagged unverified in the profile's source notes.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum EuAmendmentDate implements Code {
  /** The amending directive's entry into force, 14 July 2024 (the default). */
  ENTRY_INTO_FORCE("entry-into-force", "Entry into force of Directive (EU) 2024/1712",
      LocalDate.of(2024, 7, 14)),
  /** The transposition deadline, 15 July 2026. */
  TRANSPOSITION_DEADLINE("transposition-deadline", "Transposition deadline of Directive (EU) "
      + "2024/1712", LocalDate.of(2026, 7, 15));

  private final String code;
  private final String label;
  private final LocalDate date;

  EuAmendmentDate(String code, String label, LocalDate date) {
    this.code = code;
    this.label = label;
    this.date = date;
  }

  /** @return the day the amended definition applies from */
  public LocalDate date() {
    return date;
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
    return Provision.of(Instrument.EU_DIRECTIVE_2024_1712, "1");
  }
}
