package dev.palermo.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions over time: the law in force when the conduct happened (DOMAIN.md §3). */
class JurisdictionTest {
  private static final JurisdictionProfile BASE = Jurisdictions.PROTOCOL.latest().withId("xx")
      .withName("State X").withVersion("1").withEffectiveFrom(LocalDate.of(2010, 1, 1));
  private static final JurisdictionProfile V2 = BASE.withVersion("2").withName("State X (new)")
      .withEffectiveFrom(LocalDate.of(2020, 1, 1));

  @Test
  void versionAtPicksTheLawInForce() {
    Jurisdiction j = Jurisdiction.of(List.of(V2, BASE));
    assertThat(j.versions()).containsExactly(BASE, V2);
    assertThat(j.versionAt(LocalDate.of(2009, 12, 31))).isEmpty();
    assertThat(j.versionAt(LocalDate.of(2010, 1, 1))).contains(BASE);
    assertThat(j.versionAt(LocalDate.of(2019, 12, 31))).contains(BASE);
    assertThat(j.versionAt(LocalDate.of(2020, 1, 1))).contains(V2);
    assertThat(j.versionAt(LocalDate.of(2030, 1, 1))).contains(V2);
    assertThat(j.latest()).isEqualTo(V2);
    assertThat(j.id()).isEqualTo("xx");
    assertThat(j.name()).isEqualTo("State X (new)");
  }

  @Test
  void euVersionsSwitchOnTheAmendmentDate() {
    // EuAmendmentDate.ENTRY_INTO_FORCE (2024-07-14) by default.
    Jurisdiction eu = Jurisdictions.EUROPEAN_UNION;
    assertThat(eu.versionAt(LocalDate.of(2024, 7, 13)).orElseThrow().version()).isEqualTo("2011");
    assertThat(eu.versionAt(LocalDate.of(2024, 7, 14)).orElseThrow().version()).isEqualTo("2024");
    Jurisdiction late = Jurisdictions.europeanUnion(EuAmendmentDate.TRANSPOSITION_DEADLINE);
    assertThat(late.versionAt(LocalDate.of(2026, 7, 14)).orElseThrow().version())
        .isEqualTo("2011");
    assertThat(late.versionAt(LocalDate.of(2026, 7, 15)).orElseThrow().version())
        .isEqualTo("2024");
    assertThat(eu.versionAt(LocalDate.of(2011, 4, 14))).isEmpty();
  }

  @Test
  void rejectsMixedIdsDuplicateDatesAndNoVersions() {
    assertThatThrownBy(() -> Jurisdiction.of(List.of(BASE, V2.withId("yy"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jurisdiction.of(List.of(BASE, V2.withEffectiveFrom(
        BASE.effectiveFrom())))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jurisdiction.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jurisdiction.of(BASE).withVersion(V2.withId("yy")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withVersionAddsAndSorts() {
    Jurisdiction j = Jurisdiction.of(V2).withVersion(BASE);
    assertThat(j.versions()).containsExactly(BASE, V2);
    assertThat(j).isEqualTo(Jurisdiction.of(List.of(BASE, V2)));
  }

  @Test
  void builtInsAreIndexedAndDocumented() {
    // DOMAIN.md §3: profiles must state their sources and what was verified.
    assertThat(Jurisdictions.all()).extracting(Jurisdiction::id)
        .containsExactly("tip-protocol", "coe", "eu", "asean", "saarc", "us", "uk");
    for (Jurisdiction j : Jurisdictions.all()) {
      assertThat(Jurisdictions.byId(j.id())).containsSame(j);
      for (JurisdictionProfile p : j.versions()) {
        assertThat(p.sourceNotes()).as(p.toString()).isNotEmpty();
        assertThat(p.sourceNotes()).allSatisfy(n -> {
          assertThat(n.point()).isNotBlank();
          assertThat(n.source()).isNotBlank();
          assertThat(n.verification()).isNotNull();
        });
        assertThat(p.boundBy()).as(p.toString()).isNotEmpty();
        assertThat(p.definition()).isNotNull();
      }
    }
    assertThat(Jurisdictions.byId("nowhere")).isEmpty();
  }

  @Test
  void protocolProfileEncodesArticleThree() {
    // TIP Protocol art. 3(a)-(d), seeds/003_d1561a5ed447703d.txt:48-64.
    JurisdictionProfile p = Jurisdictions.PROTOCOL.latest();
    assertThat(p.acts()).hasSize(5);
    assertThat(p.means()).hasSize(9);
    assertThat(p.purposes()).hasSize(7);
    assertThat(p.childAge()).isEqualTo(18);
    assertThat(p.childRule()).isEqualTo(ChildRule.ALL_PURPOSES);
    assertThat(p.adultMeansRequired()).isTrue();
    assertThat(p.movementRequirement()).isEqualTo(MovementRequirement.NOT_REQUIRED);
    assertThat(p.personScope()).isEqualTo(PersonScope.ALL_PERSONS);
    assertThat(p.nonPunishment()).as("seeds/000_4ef45050c65d0a55.txt:183")
        .isEqualTo(NonPunishment.NONE);
    assertThat(p.sourceNotes()).anyMatch(n -> n.verification() == Verification.QUOTED_IN_SEEDS);
  }

  @Test
  void theEu2024VersionKeepsThe2011Notes() {
    JurisdictionProfile v2011 = Jurisdictions.EUROPEAN_UNION.versions().get(0);
    JurisdictionProfile v2024 = Jurisdictions.EUROPEAN_UNION.versions().get(1);
    assertThat(v2024.sourceNotes()).containsAll(v2011.sourceNotes())
        .hasSizeGreaterThan(v2011.sourceNotes().size());
    assertThat(v2024.purposes()).containsAll(v2011.purposes());
  }
}
