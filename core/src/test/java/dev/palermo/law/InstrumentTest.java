package dev.palermo.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  @Test
  void builtInsHaveUniqueCodesAndShortNames() {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Instrument i : Instrument.builtIns()) {
      assertThat(codes.add(i.code())).as(i.code()).isTrue();
      assertThat(names.add(i.shortName())).as(i.shortName()).isTrue();
      assertThat(i.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(i.title()).isNotBlank();
      assertThat(i.kind()).isNotNull();
      assertThat(Instrument.byCode(i.code())).containsSame(i);
    }
  }

  @Test
  void yearsFromTheBrief() {
    assertThat(Instrument.TIP_PROTOCOL.year()).hasValue(2000);
    assertThat(Instrument.SMUGGLING_PROTOCOL.year()).hasValue(2000);
    assertThat(Instrument.COE_CONVENTION.year()).hasValue(2005);
    assertThat(Instrument.ASEAN_CONVENTION.year()).hasValue(2015);
    assertThat(Instrument.SAARC_CONVENTION.year()).hasValue(2002);
    assertThat(Instrument.ILO_C29.year()).hasValue(1930);
    assertThat(Instrument.SLAVERY_CONVENTION.year()).hasValue(1926);
    assertThat(Instrument.SUPPLEMENTARY_CONVENTION.year()).hasValue(1956);
    assertThat(Instrument.ILO_C182.year()).hasValue(1999);
  }

  @Test
  void customInstruments() {
    Instrument penal = Instrument.of("xx-penal-code", "Penal Code", "Penal Code of X", 1990,
        InstrumentKind.NATIONAL_LAW, "s.");
    assertThat(Provision.of(penal, "12")).hasToString("Penal Code s. 12");
    assertThat(Instrument.builtIns()).doesNotContain(penal);
    assertThatThrownBy(() -> Instrument.of("tip-protocol", "X", "X", 2000,
        InstrumentKind.TREATY, "art.")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instrument.of("Penal Code", "X", "X", 2000,
        InstrumentKind.TREATY, "art.")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instrument.of("penal", " ", "X", 2000,
        InstrumentKind.TREATY, "art.")).isInstanceOf(IllegalArgumentException.class);
  }
}
