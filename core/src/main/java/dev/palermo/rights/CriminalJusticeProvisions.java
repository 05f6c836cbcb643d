package dev.palermo.rights;

import dev.palermo.law.Instrument;
import dev.palermo.law.NormativeStrength;
import dev.palermo.law.Provision;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's provisions on criminal justice (issue "Criminal justice safeguards"): fair trial
 * and sanctions, international cooperation and assets, and the State's response. Kept apart from
 * the victims' provisions so that each part can grow on its own; {@link ProvisionCatalogue} lists
 * them all. Immutable and thread-safe; has no instances.
 */
final class CriminalJusticeProvisions {
  private CriminalJusticeProvisions() {}

  /** Suspects and defendants, fair trial, evidence, sanctions. */
  static final List<LegalProvision> TRIAL = List.of();

  /** International cooperation, extradition, mutual legal assistance, assets. */
  static final List<LegalProvision> COOPERATION = List.of();

  /** The State's response: due diligence, investigation, corruption. */
  static final List<LegalProvision> STATE = List.of();

  static LegalProvision entry(String id, Instrument instrument, String pinpoint,
      NormativeStrength strength, String summary, Set<Beneficiary> protects, Set<Stage> stages,
      List<String> sources) {
    return LegalProvision.of(id, Provision.of(instrument, pinpoint), summary, strength, protects,
        stages, sources);
  }
}
