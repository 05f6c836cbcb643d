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
  static final List<LegalProvision> COOPERATION = List.of(
      entry("untoc-16-1", Instrument.UNTOC, "16(1)", NormativeStrength.BINDING,
          "Extradition under the Convention is for conduct punishable under the law of both the requesting and the requested State (dual criminality).",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533", "seeds/000_4ef45050c65d0a55.txt:529")),
      entry("ext-bar-no-dual-criminality", Instrument.SEED_000, "533", NormativeStrength.BINDING,
          "Deny extradition for conduct that is not an offence in the requested State.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533")),
      entry("ext-bar-double-jeopardy", Instrument.SEED_000, "533", NormativeStrength.BINDING,
          "Deny extradition for conduct that has already been the subject of an acquittal or a punishment.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533")),
      entry("ext-bar-discrimination", Instrument.SEED_000, "533", NormativeStrength.BINDING,
          "Do not extradite on a request that is discriminatory in purpose or effect.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533", "seeds/000_4ef45050c65d0a55.txt:545")),
      entry("untoc-16-14", Instrument.UNTOC, "16(14)", NormativeStrength.HORTATORY,
          "No obligation to extradite where there are substantial grounds to believe the request aims to prosecute or punish the person for race, sex, religion, nationality, ethnic origin or political opinions, or that complying would prejudice the person for those reasons.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:545")),
      entry("ext-bar-death-penalty", Instrument.SEED_000, "533", NormativeStrength.BINDING,
          "Do not extradite a person who may face the death penalty; some extradition treaties forbid it, others allow refusal.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533", "seeds/000_4ef45050c65d0a55.txt:417", "seeds/004_a416d8ba61ae2dbe.txt:794")),
      entry("ext-bar-torture", Instrument.SEED_000, "533", NormativeStrength.BINDING,
          "Do not extradite a person who may face torture or cruel, inhuman or degrading treatment or punishment.",
          Set.of(Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533")),
      entry("ext-fair-trial-assurance", Instrument.SEED_000, "533", NormativeStrength.EMERGING,
          "States can, and arguably should, refuse extradition when the requesting State cannot assure the minimum guarantees of a fair trial.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/000_4ef45050c65d0a55.txt:533")),
      entry("untoc-16-10", Instrument.UNTOC, "16(10)", NormativeStrength.BINDING,
          "A State that does not extradite a person because the person is its national must submit the case to its own authorities for prosecution (extradite or prosecute).",
          Set.of(Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:535", "seeds/000_4ef45050c65d0a55.txt:553")),
      entry("untoc-15-3", Instrument.UNTOC, "15(3)", NormativeStrength.BINDING,
          "Establish jurisdiction over the offences when the alleged offender is present and is not extradited on the ground of nationality.",
          Set.of(Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:161", "seeds/000_4ef45050c65d0a55.txt:553")),
      entry("coe-31-3", Instrument.COE_CONVENTION, "31(3)", NormativeStrength.BINDING,
          "A Party that refuses extradition on the ground of nationality must prosecute the offence itself.",
          Set.of(Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:535", "seeds/000_4ef45050c65d0a55.txt:555", "seeds/000_4ef45050c65d0a55.txt:567")),
      entry("coop-victim-data", Instrument.SEED_001, "148", NormativeStrength.SOFT_LAW,
          "Where mutual legal assistance may affect victims, their rights and needs come first, including the confidentiality of sensitive information shared in document exchanges.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.DATA, Stage.PROCEEDINGS),
          List.of("seeds/001_ab6577e9586ed171.txt:148", "seeds/001_ab6577e9586ed171.txt:101")),
      entry("coop-informal-rights", Instrument.SEED_001, "152", NormativeStrength.SOFT_LAW,
          "Informal cooperation, whatever its form, must comply with legal requirements and respect victims' rights.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.DATA, Stage.PROCEEDINGS),
          List.of("seeds/001_ab6577e9586ed171.txt:152")),
      entry("coop-extradition-victim-safety", Instrument.SEED_001, "150", NormativeStrength.SOFT_LAW,
          "Take victims into account in extradition: the alleged perpetrator's presence may expose them to threats, retribution, intimidation and retraumatisation.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS, Stage.RETURN),
          List.of("seeds/001_ab6577e9586ed171.txt:150", "seeds/001_ab6577e9586ed171.txt:62")),
      entry("coop-forum-choice", Instrument.SEED_001, "248", NormativeStrength.SOFT_LAW,
          "Choose the State that conducts transferred proceedings in a transparent and objective way, protecting victims' rights and interests and avoiding any breach of ne bis in idem.",
          Set.of(Beneficiary.VICTIM, Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/001_ab6577e9586ed171.txt:248", "seeds/001_ab6577e9586ed171.txt:238")),
      entry("untoc-18-18-option", Instrument.UNTOC, "18(18)", NormativeStrength.HORTATORY,
          "Wherever possible, a witness abroad for whom appearing in person is not possible or not desirable can be heard by video conference.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/001_ab6577e9586ed171.txt:244")),
      entry("coop-video-at-risk", Instrument.SEED_001, "97", NormativeStrength.SOFT_LAW,
          "Use video technology to hear at-risk witnesses, in particular children testifying as victims.",
          Set.of(Beneficiary.VICTIM, Beneficiary.CHILD), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/001_ab6577e9586ed171.txt:97")),
      entry("coop-mla-human-rights", Instrument.SEED_000, "563", NormativeStrength.BINDING,
          "Nothing in a mutual legal assistance request may amount to an actual or potential infringement of the human rights of its subject or of third parties; the death penalty impedes cooperation.",
          Set.of(Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:563", "seeds/000_4ef45050c65d0a55.txt:581", "seeds/004_a416d8ba61ae2dbe.txt:794")),
      entry("assets-to-victims-advisory", Instrument.SEED_000, "489", NormativeStrength.SOFT_LAW,
          "Using confiscated assets and proceeds for victims, including their compensation, is encouraged; international law on it is advisory rather than mandatory.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.COMPENSATION),
          List.of("seeds/000_4ef45050c65d0a55.txt:489", "seeds/000_4ef45050c65d0a55.txt:491", "seeds/000_4ef45050c65d0a55.txt:507")));

  /** The State's response: due diligence, investigation, corruption. */
  static final List<LegalProvision> STATE = List.of();

  static LegalProvision entry(String id, Instrument instrument, String pinpoint,
      NormativeStrength strength, String summary, Set<Beneficiary> protects, Set<Stage> stages,
      List<String> sources) {
    return LegalProvision.of(id, Provision.of(instrument, pinpoint), summary, strength, protects,
        stages, sources);
  }
}
