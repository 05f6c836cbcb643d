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
  static final List<LegalProvision> TRIAL = List.of(
      // The ICCPR sub-paragraph letters are the Covenant's. The fair-trial table of seeds/004
      // gives adequate time and facilities as 14(3)(a) (line 704) and undue delay as 14(3)(b)
      // (line 705), against line 672 which gives 14(3)(b) for adequate time; the catalogue of
      // seeds/004 flags this (its anomaly A-09).
      entry("iccpr-14-1", Instrument.ICCPR, "14(1)", NormativeStrength.BINDING,
          "Everyone, alleged traffickers and smugglers included, is entitled to a fair and public hearing by a competent, independent and impartial tribunal established by law; judgments are public unless a juvenile's interests require otherwise.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:662", "seeds/004_a416d8ba61ae2dbe.txt:701", "seeds/000_4ef45050c65d0a55.txt:359", "seeds/000_4ef45050c65d0a55.txt:377")),
      entry("iccpr-14-3-a", Instrument.ICCPR, "14(3)(a)", NormativeStrength.BINDING,
          "A person charged is told promptly and in detail, in a language the person understands, what the charge is and why.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:703", "seeds/000_4ef45050c65d0a55.txt:377", "seeds/000_4ef45050c65d0a55.txt:387")),
      entry("iccpr-14-3-b", Instrument.ICCPR, "14(3)(b)", NormativeStrength.BINDING,
          "A person charged has adequate time and facilities to prepare a defence and to communicate with counsel of choice.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:672", "seeds/004_a416d8ba61ae2dbe.txt:683", "seeds/004_a416d8ba61ae2dbe.txt:704")),
      entry("iccpr-14-3-c", Instrument.ICCPR, "14(3)(c)", NormativeStrength.BINDING,
          "A person charged is tried without undue delay: proceedings start and finish within a reasonable time.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:682", "seeds/004_a416d8ba61ae2dbe.txt:705", "seeds/004_a416d8ba61ae2dbe.txt:675")),
      entry("iccpr-14-3-d", Instrument.ICCPR, "14(3)(d)", NormativeStrength.BINDING,
          "A person charged may defend in person or through counsel of choice, is told of that right, and gets free legal aid where justice requires it and means are lacking.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:683", "seeds/004_a416d8ba61ae2dbe.txt:706", "seeds/004_a416d8ba61ae2dbe.txt:666")),
      entry("iccpr-14-3-e", Instrument.ICCPR, "14(3)(e)", NormativeStrength.BINDING,
          "A person charged may examine the witnesses against them and call witnesses on the same conditions.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:707", "seeds/000_4ef45050c65d0a55.txt:377", "seeds/000_4ef45050c65d0a55.txt:387")),
      entry("iccpr-14-3-f", Instrument.ICCPR, "14(3)(f)", NormativeStrength.BINDING,
          "A person charged who cannot understand or speak the court's language has a free interpreter.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:708")),
      entry("iccpr-14-3-g", Instrument.ICCPR, "14(3)(g)", NormativeStrength.BINDING,
          "No one is compelled to testify against themselves or to confess guilt.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:709")),
      entry("iccpr-14-5", Instrument.ICCPR, "14(5)", NormativeStrength.BINDING,
          "A person convicted may have conviction and sentence reviewed by a higher tribunal.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:711")),
      entry("iccpr-14-7", Instrument.ICCPR, "14(7)", NormativeStrength.BINDING,
          "No one is tried or punished again for an offence of which they were finally convicted or acquitted.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:713")),
      entry("iccpr-9-3", Instrument.ICCPR, "9(3)", NormativeStrength.BINDING,
          "Anyone arrested or held on a criminal charge is brought promptly before a judge; pre-trial detention is the exception and as short as possible.",
          Set.of(Beneficiary.SUSPECT, Beneficiary.EVERYONE), Set.of(Stage.DETENTION, Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:496", "seeds/004_a416d8ba61ae2dbe.txt:511", "seeds/004_a416d8ba61ae2dbe.txt:675", "seeds/004_a416d8ba61ae2dbe.txt:699")),
      entry("cat-15", Instrument.CAT, "15", NormativeStrength.BINDING,
          "Evidence, confessions included, obtained by torture or other cruel, inhuman or degrading treatment is not used in any proceedings.",
          Set.of(Beneficiary.SUSPECT, Beneficiary.EVERYONE), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:673", "seeds/004_a416d8ba61ae2dbe.txt:516")),
      entry("sl-fair-trial-balance", Instrument.SEED_000, "377", NormativeStrength.SOFT_LAW,
          "Measures that protect victims and encourage their part in court must stay mindful of the accused's fair-trial rights, including examining the witnesses against them.",
          Set.of(Beneficiary.SUSPECT, Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:359", "seeds/000_4ef45050c65d0a55.txt:377", "seeds/004_a416d8ba61ae2dbe.txt:660", "seeds/004_a416d8ba61ae2dbe.txt:593")),
      entry("untoc-11-1", Instrument.UNTOC, "11(1)", NormativeStrength.BINDING,
          "Make the offences liable to sanctions that take account of their gravity, with sentencing discretion used with deterrence in mind.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:383", "seeds/000_4ef45050c65d0a55.txt:391", "seeds/000_4ef45050c65d0a55.txt:403", "seeds/004_a416d8ba61ae2dbe.txt:742")),
      entry("coe-23-1", Instrument.COE_CONVENTION, "23(1)", NormativeStrength.BINDING,
          "Trafficking is punishable by effective, proportionate and dissuasive sanctions, including custodial penalties that can give rise to extradition (at least one year, Explanatory Report para. 252).",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:383", "seeds/000_4ef45050c65d0a55.txt:393", "seeds/000_4ef45050c65d0a55.txt:403", "seeds/000_4ef45050c65d0a55.txt:413")),
      entry("untoc-10-4", Instrument.UNTOC, "10(4)", NormativeStrength.BINDING,
          "Legal persons held liable are subject to effective, proportionate and dissuasive criminal or non-criminal sanctions, including monetary sanctions.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:383", "seeds/000_4ef45050c65d0a55.txt:397", "seeds/004_a416d8ba61ae2dbe.txt:742")),
      entry("coe-23-2", Instrument.COE_CONVENTION, "23(2)", NormativeStrength.BINDING,
          "Legal persons held liable for trafficking are subject to effective, proportionate and dissuasive sanctions, including monetary ones.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:383", "seeds/000_4ef45050c65d0a55.txt:397")),
      entry("sl-rigid-sanctions", Instrument.SEED_000, "401", NormativeStrength.SOFT_LAW,
          "Rigid or extremely severe sanctions, such as mandatory minimum custodial terms or the death penalty, may not be effective and proportionate given offenders' very different complicity.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:401", "seeds/000_4ef45050c65d0a55.txt:403", "seeds/004_a416d8ba61ae2dbe.txt:727")),
      entry("sl-death-penalty-abolition", Instrument.SEED_004, "788", NormativeStrength.SOFT_LAW,
          "The UN advocates abolishing the death penalty; States should not impose it even for the most serious crimes nor extend it to more crimes.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:727", "seeds/004_a416d8ba61ae2dbe.txt:786", "seeds/004_a416d8ba61ae2dbe.txt:788", "seeds/004_a416d8ba61ae2dbe.txt:794")),
      entry("sl-corporal-punishment", Instrument.SEED_004, "727", NormativeStrength.SOFT_LAW,
          "Sanctions that are too severe, such as corporal punishment (caning or whipping), may fail to meet human rights standards.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:727", "seeds/004_a416d8ba61ae2dbe.txt:786", "seeds/004_a416d8ba61ae2dbe.txt:731")),
      entry("iccpr-6-2", Instrument.ICCPR, "6(2)", NormativeStrength.BINDING,
          "Where the death penalty is not abolished, it may be imposed only for the most serious crimes and after a fair trial; an unfair trial leading to death violates the right to life.",
          Set.of(Beneficiary.SUSPECT), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:734", "seeds/004_a416d8ba61ae2dbe.txt:786")),
      entry("iccpr-6-5", Instrument.ICCPR, "6(5)", NormativeStrength.BINDING,
          "The death penalty is not imposed for crimes committed under eighteen, nor carried out on pregnant women.",
          Set.of(Beneficiary.SUSPECT, Beneficiary.CHILD), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:786")),
      entry("coe-24", Instrument.COE_CONVENTION, "24", NormativeStrength.BINDING,
          "Regard as aggravating circumstances: endangering the victim's life, an offence against a child, an offence by a public official in the performance of duties, an offence within a criminal organization.",
          Set.of(Beneficiary.VICTIM, Beneficiary.CHILD), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:405", "seeds/000_4ef45050c65d0a55.txt:419", "seeds/000_4ef45050c65d0a55.txt:445", "seeds/000_4ef45050c65d0a55.txt:459")),
      entry("coe-25", Instrument.COE_CONVENTION, "25", NormativeStrength.HORTATORY,
          "Provide for the possibility of taking account of final sentences passed by another Party when determining the penalty.",
          Set.of(Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:421", "seeds/000_4ef45050c65d0a55.txt:435")),
      entry("rpg-g4-3", Instrument.OHCHR_PRINCIPLES, "Guideline 4.3", NormativeStrength.SOFT_LAW,
          "Consider additional penalties for trafficking in aggravating circumstances, such as offences against children or with complicity of State officials.",
          Set.of(Beneficiary.VICTIM, Beneficiary.CHILD), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/000_4ef45050c65d0a55.txt:421", "seeds/000_4ef45050c65d0a55.txt:433")),
      entry("sl-former-victim-mitigation", Instrument.SEED_004, "760", NormativeStrength.SOFT_LAW,
          "Weigh mitigating circumstances, such as an offender being a former victim of trafficking, in setting an individual penalty.",
          Set.of(Beneficiary.SUSPECT, Beneficiary.VICTIM), Set.of(Stage.PROCEEDINGS),
          List.of("seeds/004_a416d8ba61ae2dbe.txt:760", "seeds/004_a416d8ba61ae2dbe.txt:666", "seeds/004_a416d8ba61ae2dbe.txt:770")));

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
