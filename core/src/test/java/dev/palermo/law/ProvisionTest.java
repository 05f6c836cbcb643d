package dev.palermo.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule carries its citation (DOMAIN.md, opening): citations must round-trip. */
class ProvisionTest {
  private static final List<String> PINPOINTS =
      List.of("3", "3(a)", "8(1)(a)", "18-19", "7102(9)", "Principle 7", "88");

  @Test
  void toStringParsesBackForEveryBuiltInInstrument() {
    assertThat(Instrument.builtIns()).hasSizeGreaterThanOrEqualTo(20);
    for (Instrument instrument : Instrument.builtIns()) {
      for (String pinpoint : PINPOINTS) {
        Provision p = Provision.of(instrument, pinpoint);
        assertThat(Provision.parse(p.toString())).as(p.toString()).isEqualTo(p);
        assertThat(Provision.parse(instrument.code() + " " + instrument.pinpointPrefix() + " "
            + pinpoint)).as("by code: %s", p).isEqualTo(p);
        assertThat(p.pinpoint()).isEqualTo(pinpoint);
      }
    }
  }

  @Test
  void citationText() {
    assertThat(Provision.of(Instrument.TIP_PROTOCOL, "3(a)")).hasToString("TIP Protocol art. 3(a)");
    assertThat(Provision.of(Instrument.UK_MSA, "2(1)")).hasToString("Modern Slavery Act 2015 s. 2(1)");
    assertThat(Provision.of(Instrument.US_TVPA, "7102")).hasToString("22 U.S.C. § 7102");
    assertThat(Provision.of(Instrument.OHCHR_PRINCIPLES, "Principle 7"))
        .hasToString("OHCHR RPG Principle 7");
    assertThat(Provision.of(Instrument.INTERPRETATIVE_NOTES, "88"))
        .hasToString("Interpretative notes (A/55/383/Add.1) para. 88");
  }

  @Test
  void splitsArticleAndSubdivisions() {
    Provision p = Provision.of(Instrument.CRC, " 8 (1)(a) ");
    assertThat(p.article()).isEqualTo("8");
    assertThat(p.subdivisions()).containsExactly("1", "a");
    assertThat(p.pinpoint()).isEqualTo("8(1)(a)");
    assertThat(p.instrument()).isEqualTo(Instrument.CRC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "(a)", "3()", "3(a", "3(a)b", "3)(a"})
  void rejectsMalformedPinpoints(String pinpoint) {
    assertThatThrownBy(() -> Provision.of(Instrument.TIP_PROTOCOL, pinpoint))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsUnknownInstruments() {
    assertThatThrownBy(() -> Provision.parse("Penal Code art. 3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Provision.parse("TIP Protocol"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isWithin() {
    Provision art3a = Provision.of(Instrument.TIP_PROTOCOL, "3(a)");
    assertThat(art3a.isWithin(Provision.of(Instrument.TIP_PROTOCOL, "3"))).isTrue();
    assertThat(art3a.isWithin(art3a)).isTrue();
    assertThat(Provision.of(Instrument.TIP_PROTOCOL, "3").isWithin(art3a)).isFalse();
    assertThat(art3a.isWithin(Provision.of(Instrument.TIP_PROTOCOL, "3(b)"))).isFalse();
    assertThat(art3a.isWithin(Provision.of(Instrument.COE_CONVENTION, "3"))).isFalse();
    assertThat(art3a.isWithin(Provision.of(Instrument.TIP_PROTOCOL, "30"))).isFalse();
  }

  @Test
  void defaultStrengthFollowsTheInstrumentKind() {
    assertThat(Provision.of(Instrument.TIP_PROTOCOL, "3").defaultStrength())
        .isEqualTo(NormativeStrength.BINDING);
    assertThat(Provision.of(Instrument.OHCHR_PRINCIPLES, "Principle 7").defaultStrength())
        .isEqualTo(NormativeStrength.SOFT_LAW);
    assertThat(Provision.of(Instrument.INTERPRETATIVE_NOTES, "88").defaultStrength())
        .isEqualTo(NormativeStrength.SOFT_LAW);
  }
}
