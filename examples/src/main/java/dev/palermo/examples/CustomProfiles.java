package dev.palermo.examples;

import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.jurisdiction.SourceNote;
import dev.palermo.jurisdiction.Verification;
import dev.palermo.law.Instrument;
import dev.palermo.law.InstrumentKind;
import dev.palermo.law.Provision;
import java.time.LocalDate;
import java.util.Map;

/**
 * A custom jurisdiction profile built in code: the definition of a fictional State, Ruritania,
 * whose penal code (also fictional) narrows the Protocol's definition. Its JSON form is
 * {@code examples/profiles/ruritania.json}, which any program can read with
 * {@code PalermoJson.reader().read(json, JurisdictionProfile.class)}; a test keeps the two
 * identical and checks that the conformity check reports the shortfalls built in here.
 *
 * <p>It starts from the Protocol baseline and changes it with the {@code with*} methods, the
 * shortest way to write a profile; {@link JurisdictionProfile#builder()} builds one from
 * nothing. Every provision cites the State's own statute, a user-defined {@link Instrument}.
 */
public final class CustomProfiles {
  /** Ruritania's penal code, a user-defined instrument (fictional). */
  public static final Instrument RURITANIA_PENAL_CODE = Instrument.of("ruritania-penal-code",
      "Ruritanian Penal Code", "Penal Code of the Republic of Ruritania (fictional)", 2019,
      InstrumentKind.NATIONAL_LAW, "s.");

  private CustomProfiles() {}

  /**
   * Ruritania's definition, in force from 1 July 2019: the Protocol's acts and means, but only
   * four of its seven purposes (no practices similar to slavery, servitude or removal of organs),
   * and a child rule for sexual exploitation only.
   *
   * @return the profile
   */
  public static JurisdictionProfile ruritania() {
    return Jurisdictions.PROTOCOL.latest()
        .withId("ruritania")
        .withName("Republic of Ruritania (fictional)")
        .withVersion("2019")
        .withEffectiveFrom(LocalDate.of(2019, 7, 1))
        .withDefinition(Provision.of(RURITANIA_PENAL_CODE, "210(1)"))
        .withElementProvisions(Map.of())
        .withPurposes(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.SLAVERY)
        .withChildRule(ChildRule.LISTED_PURPOSES)
        .withChildRulePurposes(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION)
        .withChildAgeProvision(Provision.of(RURITANIA_PENAL_CODE, "210(4)"))
        .withConsentProvision(Provision.of(RURITANIA_PENAL_CODE, "210(3)"))
        .withBoundBy(Instrument.TIP_PROTOCOL, Instrument.UNTOC, RURITANIA_PENAL_CODE)
        .withSourceNotes(SourceNote.of("the whole profile: a fictional State, for the example",
            "examples/src/main/java/dev/palermo/examples/CustomProfiles.java",
            Verification.UNVERIFIED));
  }

  /** @return Ruritania as a jurisdiction with one version, to assess under */
  public static Jurisdiction ruritaniaJurisdiction() {
    return Jurisdiction.of(ruritania());
  }
}
