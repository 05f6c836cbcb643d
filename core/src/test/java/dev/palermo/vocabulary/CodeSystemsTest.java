package dev.palermo.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.concepts.ForcedLabourIndicator;
import dev.palermo.concepts.RelatedConcept;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.report.Severity;
import dev.palermo.report.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code system: stable, unique, lower-case-hyphenated codes, each value traced to a source. */
class CodeSystemsTest {
  private static final List<Class<? extends Code>> KNOWN = Codes.systems();

  static Stream<Class<? extends Code>> codeSystems() throws Exception {
    Set<Class<? extends Code>> all = new HashSet<>(KNOWN);
    all.addAll(discovered());
    return all.stream();
  }

  /** Every enum implementing Code among the compiled main classes. */
  @SuppressWarnings("unchecked")
  static Set<Class<? extends Code>> discovered() throws IOException, URISyntaxException {
    Path root = Path.of(Code.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replace('\\', '.'))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .map(n -> {
            try {
              return (Class<?>) Class.forName(n, false, Code.class.getClassLoader());
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          })
          .filter(c -> c.isEnum() && Code.class.isAssignableFrom(c))
          .map(c -> (Class<? extends Code>) c)
          .collect(Collectors.toSet());
    }
  }

  @Test
  void discoveryFindsExactlyTheKnownCodeSystems() throws Exception {
    assertThat(discovered()).containsExactlyInAnyOrderElementsOf(KNOWN);
  }

  @ParameterizedTest
  @MethodSource("codeSystems")
  void codesAreUniqueLowerCaseHyphenatedAndSourced(Class<? extends Code> type) {
    Code[] values = type.getEnumConstants();
    assertThat(values).isNotEmpty();
    Set<String> seen = new HashSet<>();
    for (Code value : values) {
      assertThat(value.code()).as("%s.%s", type.getSimpleName(), value)
          .matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(seen.add(value.code())).as("duplicate code %s in %s", value.code(), type)
          .isTrue();
      assertThat(value.label()).as("label of %s", value).isNotNull().isNotBlank();
      assertThat(value.definedBy()).as("definedBy of %s", value).isNotNull();
      assertThat(value.definedBy().instrument()).isNotNull();
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @ParameterizedTest
  @MethodSource("codeSystems")
  void everyCodeParsesBack(Class type) {
    for (Object value : type.getEnumConstants()) {
      assertThat((Object) Codes.parse(type, ((Code) value).code())).isSameAs(value);
    }
  }

  @Test
  void theProtocolHasFiveActsNineMeansAndSevenPurposes() {
    // TIP Protocol art. 3(a), seeds/003_d1561a5ed447703d.txt:48; DOMAIN.md §1.
    assertThat(Stream.of(Act.values()).filter(a -> a.tier() == Tier.BASELINE))
        .containsExactly(Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER, Act.HARBOURING,
            Act.RECEIPT);
    assertThat(Means.values()).hasSize(9);
    assertThat(Stream.of(Means.values()).map(Means::tier)).containsOnly(Tier.BASELINE);
    assertThat(Stream.of(ExploitationPurpose.values()).filter(p -> p.tier() == Tier.BASELINE))
        .containsExactly(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.SLAVERY, ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
            ExploitationPurpose.SERVITUDE, ExploitationPurpose.REMOVAL_OF_ORGANS);
  }

  @Test
  void baselineValuesAreDefinedByTheProtocol() {
    for (Act a : Act.values()) {
      if (a.tier() == Tier.BASELINE) {
        assertThat(a.definedBy().toString()).isEqualTo("TIP Protocol art. 3(a)");
      }
    }
    for (ExploitationPurpose p : ExploitationPurpose.values()) {
      if (p.tier() == Tier.BASELINE) {
        assertThat(p.definedBy().toString()).isEqualTo("TIP Protocol art. 3(a)");
        assertThat(p.refines()).isEmpty();
      }
    }
  }

  @Test
  void debtBondageRefinesPracticesSimilarToSlavery() {
    // seeds/003_d1561a5ed447703d.txt:86; 1956 Supplementary Convention art. 1.
    assertThat(ExploitationPurpose.DEBT_BONDAGE.refines())
        .contains(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY);
    assertThat(ExploitationPurpose.DEBT_BONDAGE
        .fallsUnder(ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY)).isTrue();
    assertThat(ExploitationPurpose.FORCED_BEGGING.fallsUnder(ExploitationPurpose.FORCED_LABOUR))
        .isFalse();
    assertThat(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION.isSexual()).isTrue();
    assertThat(ExploitationPurpose.FORCED_LABOUR.isSexual()).isFalse();
  }

  @Test
  void relatedConceptsAndIndicators() {
    assertThat(ForcedLabourIndicator.values()).hasSize(11);
    assertThat(RelatedConcept.FORCED_LABOUR.definedBy().toString()).isEqualTo("ILO C29 art. 2(1)");
    assertThat(RelatedConcept.FORCED_LABOUR.definingText()).get().asString()
        .startsWith("all work or service which is exacted");
    assertThat(RelatedConcept.SLAVERY.definedBy().toString())
        .isEqualTo("Slavery Convention art. 1(1)");
    for (RelatedConcept c : RelatedConcept.values()) {
      assertThat(c.supports()).isNotEmpty();
      assertThat(c.source()).isNotBlank();
    }
  }
}
