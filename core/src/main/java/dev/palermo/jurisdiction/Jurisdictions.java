package dev.palermo.jurisdiction;

import static dev.palermo.jurisdiction.Verification.QUOTED_IN_SEEDS;
import static dev.palermo.jurisdiction.Verification.STATED_IN_BRIEF;
import static dev.palermo.jurisdiction.Verification.UNVERIFIED;

import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in jurisdictions (DOMAIN.md §3). Each profile lists, in
 * {@link JurisdictionProfile#sourceNotes()}, where every point comes from and how far it was
 * verified: only the Protocol's definition is quoted in the seed documents
 * ({@code seeds/003_d1561a5ed447703d.txt:48-64}); the other definitions rest on the legal brief
 * and, where flagged {@link Verification#UNVERIFIED}, on the official texts as recalled, which
 * should be checked before relying on them. Effective dates are entry-into-force dates and are
 * flagged the same way.
 *
 * <p>Immutable and thread-safe; has no instances.
 */
public final class Jurisdictions {
  private static final String SEED_003 = "seeds/003_d1561a5ed447703d.txt";
  private static final String SEED_000 = "seeds/000_4ef45050c65d0a55.txt";
  private static final String SEED_001 = "seeds/001_ab6577e9586ed171.txt";
  private static final String SEED_004 = "seeds/004_a416d8ba61ae2dbe.txt";

  private static final Set<Act> PROTOCOL_ACTS = EnumSet.of(Act.RECRUITMENT, Act.TRANSPORTATION,
      Act.TRANSFER, Act.HARBOURING, Act.RECEIPT);
  private static final Set<ExploitationPurpose> PROTOCOL_PURPOSES = EnumSet.of(
      ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
      ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
      ExploitationPurpose.SLAVERY, ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
      ExploitationPurpose.SERVITUDE, ExploitationPurpose.REMOVAL_OF_ORGANS);

  /** The Trafficking Protocol baseline: art. 3 as written. */
  public static final Jurisdiction PROTOCOL = Jurisdiction.of(protocolProfile());
  /** The Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197). */
  public static final Jurisdiction COUNCIL_OF_EUROPE = Jurisdiction.of(councilOfEuropeProfile());
  /**
   * The European Union: Directive 2011/36/EU, and as amended by Directive (EU) 2024/1712 from its
   * entry into force ({@link EuAmendmentDate#ENTRY_INTO_FORCE}).
   */
  public static final Jurisdiction EUROPEAN_UNION =
      europeanUnion(EuAmendmentDate.ENTRY_INTO_FORCE);
  /** The ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015). */
  public static final Jurisdiction ASEAN = Jurisdiction.of(aseanProfile());
  /** The SAARC Convention: women and children, for prostitution only. */
  public static final Jurisdiction SAARC = Jurisdiction.of(saarcProfile());
  /** The United States: "severe forms of trafficking in persons", 22 U.S.C. 7102. */
  public static final Jurisdiction UNITED_STATES = Jurisdiction.of(unitedStatesProfile());
  /** The United Kingdom (England and Wales): Modern Slavery Act 2015 s. 2. */
  public static final Jurisdiction UNITED_KINGDOM = Jurisdiction.of(unitedKingdomProfile());

  private static final Map<String, Jurisdiction> ALL = index(PROTOCOL, COUNCIL_OF_EUROPE,
      EUROPEAN_UNION, ASEAN, SAARC, UNITED_STATES, UNITED_KINGDOM);

  private Jurisdictions() {}

  /**
   * The built-in jurisdictions, the Protocol first.
   *
   * @return an unmodifiable list
   */
  public static List<Jurisdiction> all() {
    return List.copyOf(ALL.values());
  }

  /**
   * Looks up a built-in jurisdiction.
   *
   * @param id its id, e.g. {@code tip-protocol}, {@code coe}, {@code eu}, {@code asean},
   *     {@code saarc}, {@code us}, {@code uk}
   * @return the jurisdiction, or empty
   */
  public static Optional<Jurisdiction> byId(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  /**
   * The European Union with the 2024 amendment applied from the chosen date.
   *
   * @param amendmentDate the entry into force or the transposition deadline of 2024/1712
   * @return the jurisdiction with its 2011 and 2024 versions
   */
  public static Jurisdiction europeanUnion(EuAmendmentDate amendmentDate) {
    JurisdictionProfile v2011 = eu2011Profile();
    Set<ExploitationPurpose> purposes2024 = EnumSet.copyOf(v2011.purposes());
    purposes2024.addAll(EnumSet.of(ExploitationPurpose.FORCED_MARRIAGE,
        ExploitationPurpose.ILLEGAL_ADOPTION, ExploitationPurpose.EXPLOITATION_OF_SURROGACY));
    JurisdictionProfile v2024 = JurisdictionProfile.builder().from(v2011)
        .version("2024")
        .effectiveFrom(amendmentDate.date())
        .definition(Provision.of(Instrument.EU_DIRECTIVE_2024_1712, "1"))
        .purposes(purposes2024)
        .addBoundBy(Instrument.EU_DIRECTIVE_2024_1712)
        .addSourceNotes(
            SourceNote.of("2024: forced marriage, illegal adoption and exploitation of surrogacy "
                + "added", "DOMAIN.md §1 item 7, §3", STATED_IN_BRIEF),
            SourceNote.of("2024 version applies from " + amendmentDate.date() + " ("
                + amendmentDate.label() + "); configurable, EuAmendmentDate",
                "Official Journal, as recalled; no project source gives the date", UNVERIFIED))
        .build();
    return Jurisdiction.of(List.of(v2011, v2024));
  }

  private static Map<String, Jurisdiction> index(Jurisdiction... all) {
    Map<String, Jurisdiction> map = new LinkedHashMap<>();
    for (Jurisdiction j : all) {
      map.put(j.id(), j);
    }
    return map;
  }

  private static JurisdictionProfile.Builder protocolShaped(Instrument instrument, String def,
      String consent, String child, String age) {
    return JurisdictionProfile.builder()
        .definition(Provision.of(instrument, def))
        .putElementProvisions(DefinitionElement.CHILD_RULE, Provision.of(instrument, child))
        .childAgeProvision(Provision.of(instrument, age))
        .acts(PROTOCOL_ACTS)
        .means(EnumSet.allOf(Means.class))
        .purposes(PROTOCOL_PURPOSES)
        .childRule(ChildRule.ALL_PURPOSES)
        .childAge(18)
        .putElementProvisions(DefinitionElement.MOVEMENT, Provision.of(Instrument.UNTOC, "34(2)"))
        .consentProvision(Provision.of(instrument, consent));
  }

  private static JurisdictionProfile protocolProfile() {
    return protocolShaped(Instrument.TIP_PROTOCOL, "3(a)", "3(b)", "3(c)", "3(d)")
        .id("tip-protocol")
        .name("Trafficking in Persons Protocol (baseline)")
        .version("2000")
        .effectiveFrom(LocalDate.of(2003, 12, 25))
        .addBoundBy(Instrument.TIP_PROTOCOL, Instrument.UNTOC)
        .nonPunishment(NonPunishment.NONE)
        .addSourceNotes(
            SourceNote.of("acts: the five of art. 3(a)", SEED_003 + ":48, 50, 56",
                QUOTED_IN_SEEDS),
            SourceNote.of("means: the nine of art. 3(a), required for adults", SEED_003
                + ":48, 51", QUOTED_IN_SEEDS),
            SourceNote.of("purposes: the seven-form floor, 'at a minimum'", SEED_003
                + ":48, 62, 106", QUOTED_IN_SEEDS),
            SourceNote.of("child rule: no means for a child, every purpose (art. 3(c))", SEED_003
                + ":64", QUOTED_IN_SEEDS),
            SourceNote.of("child: under eighteen (art. 3(d))", SEED_003 + ":64", QUOTED_IN_SEEDS),
            SourceNote.of("consent irrelevant where means used (art. 3(b))", "DOMAIN.md §1",
                STATED_IN_BRIEF),
            SourceNote.of("movement and transnationality are not elements", SEED_003
                + ":84; DOMAIN.md §1 item 5", QUOTED_IN_SEEDS),
            SourceNote.of("no non-punishment provision in the Protocol", SEED_000 + ":183",
                QUOTED_IN_SEEDS),
            SourceNote.of("in force from 2003-12-25", "UN Treaty Collection, as recalled",
                UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile councilOfEuropeProfile() {
    return protocolShaped(Instrument.COE_CONVENTION, "4(a)", "4(b)", "4(c)", "4(d)")
        .id("coe")
        .name("Council of Europe Convention on Action against Trafficking in Human Beings")
        .version("2005")
        .effectiveFrom(LocalDate.of(2008, 2, 1))
        .addBoundBy(Instrument.COE_CONVENTION, Instrument.CRC)
        .nonPunishment(NonPunishment.COMPELLED)
        .nonPunishmentProvision(Provision.of(Instrument.COE_CONVENTION, "26"))
        .reflectionPeriodDays(30)
        .minimumCustodyMonths(12)
        .addSourceNotes(
            SourceNote.of("bound by the CRC: every member State is a party (every UN member but "
                + "the United States is)", "UN Treaty Collection, as recalled", UNVERIFIED),
            SourceNote.of("definition: the same as the Protocol's", "DOMAIN.md §3",
                STATED_IN_BRIEF),
            SourceNote.of("definition in art. 4(a)-(d)", "CETS 197, as recalled", UNVERIFIED),
            SourceNote.of("sanctions floor: custodial penalties that can give rise to extradition "
                + "(art. 23(1)), at least one year (Explanatory Report, para. 252)", SEED_000
                + ":383, 393", QUOTED_IN_SEEDS),
            SourceNote.of("non-punishment: art. 26, 'compelled' formulation", SEED_000
                + ":183, 197", QUOTED_IN_SEEDS),
            SourceNote.of("recovery and reflection period of at least 30 days (art. 13)",
                SEED_001 + ":270", QUOTED_IN_SEEDS),
            SourceNote.of("in force from 2008-02-01", "Council of Europe Treaty Office, as "
                + "recalled", UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile eu2011Profile() {
    Set<ExploitationPurpose> purposes = EnumSet.copyOf(PROTOCOL_PURPOSES);
    purposes.add(ExploitationPurpose.FORCED_BEGGING);
    purposes.add(ExploitationPurpose.EXPLOITATION_OF_CRIMINAL_ACTIVITIES);
    Set<Act> acts = EnumSet.copyOf(PROTOCOL_ACTS);
    acts.add(Act.EXCHANGE_OR_TRANSFER_OF_CONTROL);
    return protocolShaped(Instrument.EU_DIRECTIVE_2011_36, "2(1)", "2(4)", "2(5)", "2(6)")
        .id("eu")
        .name("European Union")
        .version("2011")
        .effectiveFrom(LocalDate.of(2011, 4, 15))
        .acts(acts)
        .purposes(purposes)
        .addBoundBy(Instrument.EU_DIRECTIVE_2011_36, Instrument.CRC)
        .nonPunishment(NonPunishment.COMPELLED_AS_DIRECT_CONSEQUENCE)
        .nonPunishmentProvision(Provision.of(Instrument.EU_DIRECTIVE_2011_36, "8"))
        .addSourceNotes(
            SourceNote.of("bound by the CRC: every member State is a party (every UN member but "
                + "the United States is)", "UN Treaty Collection, as recalled", UNVERIFIED),
            SourceNote.of("adds the act 'exchange or transfer of control'", "DOMAIN.md §3",
                STATED_IN_BRIEF),
            SourceNote.of("the added act is in the 2011 text, art. 2(1)", "Directive 2011/36/EU, "
                + "as recalled", UNVERIFIED),
            SourceNote.of("adds forced begging and exploitation of criminal activities",
                "DOMAIN.md §1 item 7, §3", STATED_IN_BRIEF),
            SourceNote.of("means, child rule (art. 2(5)) and age (art. 2(6)) as in the Protocol",
                "Directive 2011/36/EU, as recalled", UNVERIFIED),
            SourceNote.of("non-punishment: art. 8, compelled as a direct consequence", SEED_000
                + ":183, 199", QUOTED_IN_SEEDS),
            SourceNote.of("adopted 5 April 2011", SEED_000 + ":127", QUOTED_IN_SEEDS),
            SourceNote.of("in force from 2011-04-15", "Official Journal, as recalled",
                UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile aseanProfile() {
    return protocolShaped(Instrument.ASEAN_CONVENTION, "2(a)", "2(b)", "2(c)", "2(d)")
        .id("asean")
        .name("ASEAN Convention against Trafficking in Persons, Especially Women and Children")
        .version("2015")
        .effectiveFrom(LocalDate.of(2017, 3, 8))
        .addBoundBy(Instrument.ASEAN_CONVENTION, Instrument.CRC)
        .nonPunishment(NonPunishment.DIRECT_CONSEQUENCE)
        .nonPunishmentProvision(Provision.of(Instrument.ASEAN_CONVENTION, "14(7)"))
        .addSourceNotes(
            SourceNote.of("bound by the CRC: every member State is a party (every UN member but "
                + "the United States is)", "UN Treaty Collection, as recalled", UNVERIFIED),
            SourceNote.of("definition: the Protocol's", "DOMAIN.md §3", STATED_IN_BRIEF),
            SourceNote.of("definition in art. 2(a)-(d)", "ASEAN Convention, as recalled",
                UNVERIFIED),
            SourceNote.of("explicit non-punishment provision at art. 14(7)", SEED_004 + ":102",
                QUOTED_IN_SEEDS),
            SourceNote.of("non-punishment wording 'directly related' (direct consequence), "
                + "hortatory ('consider')", "ASEAN Convention art. 14(7), as recalled",
                UNVERIFIED),
            SourceNote.of("in force from 2017-03-08", "ASEAN, as recalled", UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile saarcProfile() {
    return JurisdictionProfile.builder()
        .id("saarc")
        .name("SAARC Convention on Preventing and Combating Trafficking in Women and Children "
            + "for Prostitution")
        .version("2002")
        .effectiveFrom(LocalDate.of(2002, 1, 5))
        .definition(Provision.of(Instrument.SAARC_CONVENTION, "1(3)"))
        .acts(EnumSet.of(Act.TRANSPORTATION, Act.TRANSFER, Act.SELLING, Act.BUYING))
        .means(EnumSet.noneOf(Means.class))
        .adultMeansRequired(false)
        .purposes(EnumSet.of(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION))
        .childRule(ChildRule.ALL_PURPOSES)
        .childAge(18)
        .personScope(PersonScope.WOMEN_AND_CHILDREN)
        .consentProvision(Provision.of(Instrument.SAARC_CONVENTION, "1(3)"))
        .addBoundBy(Instrument.SAARC_CONVENTION, Instrument.CRC)
        .addSourceNotes(
            SourceNote.of("bound by the CRC: every member State is a party (every UN member but "
                + "the United States is)", "UN Treaty Collection, as recalled", UNVERIFIED),
            SourceNote.of("women and children, for prostitution only", "DOMAIN.md §3; title at "
                + SEED_000 + ":127", STATED_IN_BRIEF),
            SourceNote.of("acts: 'the moving, selling or buying' (moving read as transportation or"
                + " transfer); 'with or without the consent'", "SAARC Convention art. 1(3), as "
                + "recalled", UNVERIFIED),
            SourceNote.of("no means element", "SAARC Convention art. 1(3), as recalled",
                UNVERIFIED),
            SourceNote.of("the element 'for monetary or other considerations' is not modelled",
                "SAARC Convention art. 1(3), as recalled", UNVERIFIED),
            SourceNote.of("effective from 2002-01-05 (signature); entry into force not verified",
                "SAARC, as recalled", UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile unitedStatesProfile() {
    Provision tvpa = Provision.of(Instrument.US_TVPA, "7102");
    return JurisdictionProfile.builder()
        .id("us")
        .name("United States (TVPA, severe forms of trafficking in persons)")
        .version("2000")
        .effectiveFrom(LocalDate.of(2000, 10, 28))
        .definition(tvpa)
        .acts(EnumSet.of(Act.RECRUITMENT, Act.HARBOURING, Act.TRANSPORTATION, Act.PROVISION,
            Act.OBTAINING))
        .means(EnumSet.of(Means.USE_OF_FORCE, Means.THREAT_OF_FORCE, Means.OTHER_COERCION,
            Means.FRAUD, Means.DECEPTION, Means.ABDUCTION))
        .purposes(EnumSet.of(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.SERVITUDE, ExploitationPurpose.SLAVERY,
            ExploitationPurpose.DEBT_BONDAGE))
        .childRule(ChildRule.LISTED_PURPOSES)
        .childRulePurposes(EnumSet.of(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION))
        .childAge(18)
        .addBoundBy(Instrument.US_TVPA, Instrument.TIP_PROTOCOL, Instrument.UNTOC,
            Instrument.ICCPR, Instrument.CAT, Instrument.OPSC)
        .addSourceNotes(
            SourceNote.of("acts include 'provision' and 'obtaining'", "DOMAIN.md §3",
                STATED_IN_BRIEF),
            SourceNote.of("acts: recruitment, harboring, transportation, provision, obtaining "
                + "(patronizing and soliciting, for sex trafficking only, not modelled)",
                "22 U.S.C. 7102, as recalled", UNVERIFIED),
            SourceNote.of("under-18 rule for sex trafficking only; labour trafficking needs "
                + "force, fraud or coercion", "DOMAIN.md §3", STATED_IN_BRIEF),
            SourceNote.of("means read as: force (use, threat, abduction), fraud (fraud, "
                + "deception), coercion", "interpretation of 'force, fraud, or coercion'",
                UNVERIFIED),
            SourceNote.of("purposes: commercial sex act (both sexual forms); involuntary "
                + "servitude, peonage, debt bondage, slavery; no removal of organs",
                "22 U.S.C. 7102, as recalled", UNVERIFIED),
            SourceNote.of("bound by the TIP Protocol and UNTOC (ratified 2005), the ICCPR, CAT and "
                + "the OPSC; not a party to the CRC", "UN Treaty Collection, as recalled",
                UNVERIFIED),
            SourceNote.of("in force from 2000-10-28", "Public Law 106-386, as recalled",
                UNVERIFIED))
        .build();
  }

  private static JurisdictionProfile unitedKingdomProfile() {
    Set<Act> acts = EnumSet.copyOf(PROTOCOL_ACTS);
    acts.add(Act.EXCHANGE_OR_TRANSFER_OF_CONTROL);
    acts.add(Act.ARRANGING_OR_FACILITATING_TRAVEL);
    return JurisdictionProfile.builder()
        .id("uk")
        .name("United Kingdom (Modern Slavery Act 2015)")
        .version("2015")
        .effectiveFrom(LocalDate.of(2015, 7, 31))
        .definition(Provision.of(Instrument.UK_MSA, "2(1)"))
        .putElementProvisions(DefinitionElement.PURPOSE, Provision.of(Instrument.UK_MSA, "3"))
        .putElementProvisions(DefinitionElement.MOVEMENT, Provision.of(Instrument.UK_MSA, "2(5)"))
        .acts(acts)
        .means(EnumSet.noneOf(Means.class))
        .adultMeansRequired(false)
        .purposes(PROTOCOL_PURPOSES)
        .childRule(ChildRule.ALL_PURPOSES)
        .childAge(18)
        .movementRequirement(MovementRequirement.ANY_MOVEMENT)
        .consentProvision(Provision.of(Instrument.UK_MSA, "2(2)"))
        .addBoundBy(Instrument.UK_MSA, Instrument.TIP_PROTOCOL, Instrument.UNTOC,
            Instrument.COE_CONVENTION, Instrument.SMUGGLING_PROTOCOL, Instrument.CRC,
            Instrument.OPSC, Instrument.ICCPR, Instrument.CAT, Instrument.REFUGEE_CONVENTION)
        .nonPunishment(NonPunishment.COMPELLED)
        .nonPunishmentProvision(Provision.of(Instrument.UK_MSA, "45"))
        .addSourceNotes(
            SourceNote.of("bound by the TIP and Smuggling Protocols, UNTOC, the CoE Convention, "
                + "the CRC and OPSC, the ICCPR, CAT and the Refugee Convention",
                "UN Treaty Collection and CoE Treaty Office, as recalled", UNVERIFIED),
            SourceNote.of("act: arranging or facilitating the travel of a person with a view to "
                + "exploitation; no means element for adults", "DOMAIN.md §3", STATED_IN_BRIEF),
            SourceNote.of("travel may be arranged by recruiting, transporting, transferring, "
                + "harbouring, receiving or exchanging control (s. 2(3)); travel within any "
                + "country counts (s. 2(5)); consent irrelevant (s. 2(2))",
                "Modern Slavery Act 2015, as recalled", UNVERIFIED),
            SourceNote.of("exploitation (s. 3) read as the Protocol's seven forms", "Modern "
                + "Slavery Act 2015 s. 3, as recalled", UNVERIFIED),
            SourceNote.of("non-punishment: s. 45 defence, 'compelled' for adults (direct "
                + "consequence for under-18s, not modelled)", "Modern Slavery Act 2015 s. 45, "
                + "as recalled", UNVERIFIED),
            SourceNote.of("in force from 2015-07-31", "commencement regulations, as recalled",
                UNVERIFIED))
        .build();
  }
}
