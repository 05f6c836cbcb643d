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
  static final List<LegalProvision> STATE = List.of(
      entry("dd-obligation", Instrument.SEED_000, "293", NormativeStrength.BINDING,
          "States are under a legal obligation to investigate and prosecute trafficking with due diligence, that is, seriously, whether the alleged perpetrator is an official or a private actor.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:293", "seeds/000_4ef45050c65d0a55.txt:307", "seeds/000_4ef45050c65d0a55.txt:321")),
      entry("dd-clear-fail", Instrument.SEED_000, "309", NormativeStrength.BINDING,
          "Clear failure of due diligence: not criminalising trafficking, or, where there is reliable evidence of a trafficking problem, investigating no case, protecting no victim or prosecuting no perpetrator.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS, Stage.ASSISTANCE),
          List.of("seeds/000_4ef45050c65d0a55.txt:309")),
      entry("tip-5-1", Instrument.TIP_PROTOCOL, "5(1)", NormativeStrength.BINDING,
          "Establish trafficking in persons as a criminal offence; the obligation to criminalise is in every specialist trafficking treaty.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:119", "seeds/000_4ef45050c65d0a55.txt:127", "seeds/000_4ef45050c65d0a55.txt:145")),
      entry("coe-18", Instrument.COE_CONVENTION, "18", NormativeStrength.BINDING,
          "Establish trafficking in human beings as a criminal offence (cited with the other specialist treaties for the obligation to criminalise).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:119", "seeds/000_4ef45050c65d0a55.txt:127")),
      entry("eu-2", Instrument.EU_DIRECTIVE_2011_36, "2", NormativeStrength.BINDING,
          "Make trafficking in human beings punishable as an offence (cited with the other specialist treaties for the obligation to criminalise).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:119", "seeds/000_4ef45050c65d0a55.txt:127")),
      entry("saarc-iii", Instrument.SAARC_CONVENTION, "III", NormativeStrength.BINDING,
          "Make trafficking an offence under the criminal law (cited with the other specialist treaties for the obligation to criminalise).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:119", "seeds/000_4ef45050c65d0a55.txt:127")),
      entry("dd-identification-procedures", Instrument.SEED_000, "305", NormativeStrength.BINDING,
          "The obligation to investigate and prosecute requires procedures for the rapid and accurate identification of victims.",
          Set.of(Beneficiary.VICTIM, Beneficiary.PRESUMED_VICTIM), Set.of(Stage.IDENTIFICATION, Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:305", "seeds/000_4ef45050c65d0a55.txt:315")),
      entry("dd-specialisation", Instrument.SEED_000, "305", NormativeStrength.SOFT_LAW,
          "Specialise the investigation of trafficking (and perhaps its prosecution) in a dedicated capacity; failing to do so can contribute to a finding that due diligence was not met.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:305", "seeds/000_4ef45050c65d0a55.txt:339", "seeds/000_4ef45050c65d0a55.txt:353")),
      entry("coe-29", Instrument.COE_CONVENTION, "29", NormativeStrength.BINDING,
          "Specialised authorities and coordinating bodies against trafficking, as the seed summarises the article for a dedicated investigative capacity.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:339", "seeds/000_4ef45050c65d0a55.txt:349", "seeds/000_4ef45050c65d0a55.txt:351")),
      entry("dd-training", Instrument.SEED_000, "329", NormativeStrength.SOFT_LAW,
          "Train the officials who identify, investigate, prosecute and adjudicate trafficking cases, with a human rights approach, technical skills and evaluation.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:329", "seeds/000_4ef45050c65d0a55.txt:331", "seeds/000_4ef45050c65d0a55.txt:333", "seeds/000_4ef45050c65d0a55.txt:337")),
      entry("tip-10-2", Instrument.TIP_PROTOCOL, "10(2)", NormativeStrength.BINDING,
          "Training of officials: cited among the treaties that recognise that an effective criminal justice response needs trained and competent officials.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:329", "seeds/000_4ef45050c65d0a55.txt:345")),
      entry("coe-29-3", Instrument.COE_CONVENTION, "29(3)", NormativeStrength.BINDING,
          "Training of officials: cited among the treaties that recognise that an effective criminal justice response needs trained and competent officials.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:329", "seeds/000_4ef45050c65d0a55.txt:343", "seeds/000_4ef45050c65d0a55.txt:345")),
      entry("eu-18-3", Instrument.EU_DIRECTIVE_2011_36, "18(3)", NormativeStrength.BINDING,
          "Training of officials: cited among the instruments that recognise that an effective criminal justice response needs trained and competent officials.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:329", "seeds/000_4ef45050c65d0a55.txt:345")),
      entry("dd-effective-investigation", Instrument.SEED_000, "311", NormativeStrength.JURISPRUDENCE,
          "An investigation is judged by the independence of the investigators, its promptness, reasonable steps to secure evidence, and openness of the investigation or its results to public scrutiny (Finucane v. United Kingdom).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:311", "seeds/000_4ef45050c65d0a55.txt:323")),
      entry("dd-full-and-effective", Instrument.SEED_000, "327", NormativeStrength.SOFT_LAW,
          "A full and effective response also needs an adequate legislative framework, officials able to apply it, agencies with the powers, resources and technical capacity, and facilitated victim cooperation.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:311", "seeds/000_4ef45050c65d0a55.txt:325", "seeds/000_4ef45050c65d0a55.txt:327")),
      entry("dd-data", Instrument.SEED_000, "327", NormativeStrength.SOFT_LAW,
          "States should be able to produce data on investigations, arrests, prosecutions and convictions for trafficking and related offences.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS, Stage.DATA),
          List.of("seeds/000_4ef45050c65d0a55.txt:327")),
      entry("dd-corruption", Instrument.SEED_000, "449", NormativeStrength.SOFT_LAW,
          "Due diligence against trafficking-related corruption: a supporting legal framework, official involvement as an aggravated offence, effective, independent and public investigation of complaints against officials, and independent scrutiny of such complaints.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:449", "seeds/000_4ef45050c65d0a55.txt:465")),
      entry("dd-uncac-offences", Instrument.SEED_000, "447", NormativeStrength.BINDING,
          "The UN Convention against Corruption requires offences of bribery, abuse of functions and obstruction of justice, and applies to trafficking-related corruption.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:447", "seeds/000_4ef45050c65d0a55.txt:463")),
      entry("untoc-8", Instrument.UNTOC, "8", NormativeStrength.BINDING,
          "Take strong measures to criminalise corrupt practices, with laws harmonised to facilitate cooperation (as the seed summarises the article).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:429", "seeds/000_4ef45050c65d0a55.txt:443")),
      entry("untoc-9-2", Instrument.UNTOC, "9(2)", NormativeStrength.BINDING,
          "Ensure effective action by the authorities to prevent, detect and punish corruption of public officials, with adequate independence from inappropriate influence.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:445", "seeds/000_4ef45050c65d0a55.txt:457")),
      entry("coe-24-c", Instrument.COE_CONVENTION, "24(c)", NormativeStrength.BINDING,
          "Trafficking by a public official in the performance of duties is an aggravating circumstance (public sector complicity as an aggravated offence).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:445", "seeds/000_4ef45050c65d0a55.txt:459")),
      entry("eu-4-3", Instrument.EU_DIRECTIVE_2011_36, "4(3)", NormativeStrength.BINDING,
          "Trafficking by a public official in the performance of duties is an aggravating circumstance (public sector complicity as an aggravated offence).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:445", "seeds/000_4ef45050c65d0a55.txt:459")));

  static LegalProvision entry(String id, Instrument instrument, String pinpoint,
      NormativeStrength strength, String summary, Set<Beneficiary> protects, Set<Stage> stages,
      List<String> sources) {
    return LegalProvision.of(id, Provision.of(instrument, pinpoint), summary, strength, protects,
        stages, sources);
  }
}
