package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.report.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Lenient mode ignores unknown properties and nothing else; limits reject hostile input. */
class LenientAndLimitsTest {
  private static final String EXTRA = "{\"id\":\"c1\",\"schemaVersion\":2,\"persons\":[{\"id\":"
      + "\"p1\",\"note\":{\"any\":[1,2]}}]}";

  @Test
  void lenientModeIgnoresUnknownProperties() {
    assertThat(PalermoJson.reader().readCase(EXTRA).isValid()).isFalse();
    ReadResult<Case> r = PalermoReader.lenient().readCase(EXTRA);
    assertThat(r.isValid()).isTrue();
    assertThat(r.orElseThrow().persons()).hasSize(1);
    assertThat(PalermoReader.lenient().isLenient()).isTrue();
    assertThat(PalermoReader.strict().isLenient()).isFalse();
  }

  @Test
  void lenientModeStillRejectsEverythingElse() {
    ReadResult<Case> r = PalermoReader.lenient().readCase("{\"id\":\"c1\",\"x\":1,\"persons\":"
        + "[{\"id\":\"p1\",\"gender\":\"f\",\"id\":\"p2\"}]}");
    assertThat(r.report().problems()).extracting(Problem::code)
        .containsExactly("PAL-J-0007", "PAL-J-0012");
  }

  @Test
  void defaultLimitsAreDocumented() {
    JsonLimits d = JsonLimits.defaults();
    assertThat(d.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(100_000);
    assertThat(d.maxNumberLength()).isEqualTo(20);
    assertThat(d.maxNameLength()).isEqualTo(256);
  }

  @Test
  void nestingTooDeep() {
    String deep = "{\"id\":\"c1\",\"persons\":" + "[".repeat(40) + "]".repeat(40) + "}";
    Problem p = only(PalermoJson.reader().readCase(deep));
    assertThat(p.code()).isEqualTo("PAL-J-0003");
    assertThat(p.path().toString()).startsWith("/persons/0/0/0");
  }

  @Test
  void stringTooLong() {
    Problem p = only(PalermoJson.reader().readCase("{\"id\":\"" + "x".repeat(100_001)
        + "\"}"));
    assertThat(p.code()).isEqualTo("PAL-J-0004");
    assertThat(p.path()).hasToString("/id");
    assertThat(p.message()).doesNotContain("xxx");
  }

  @Test
  void numberTooLong() {
    Problem p = only(PalermoJson.reader().readCase("{\"id\":\"c1\",\"persons\":[{\"id\":\"p1\","
        + "\"ageEvidence\":{\"kind\":\"assessment\",\"minAge\":" + "9".repeat(25) + "}}]}"));
    assertThat(p.code()).isEqualTo("PAL-J-0005");
    assertThat(p.path()).hasToString("/persons/0/ageEvidence/minAge");
  }

  @Test
  void nameTooLong() {
    Problem p = only(PalermoJson.reader().readCase("{\"" + "n".repeat(300) + "\":1}"));
    assertThat(p.code()).isEqualTo("PAL-J-0006");
  }

  @Test
  void documentTooLongAsTextAndAsAStream() {
    PalermoReader small = PalermoJson.reader().withLimits(JsonLimits.defaults()
        .withMaxDocumentLength(1000));
    String big = "{\"id\":\"c1\",\"persons\":[" + "{\"id\":\"p1\"},".repeat(200)
        + "{\"id\":\"p2\"}]}";
    assertThat(only(small.readCase(big)).code()).isEqualTo("PAL-J-0002");
    assertThat(only(small.read(new StringReader(big), Case.class)).code())
        .isEqualTo("PAL-J-0002");
    assertThat(small.limits().maxDocumentLength()).isEqualTo(1000);
    assertThat(small.withLimits(JsonLimits.defaults())).isSameAs(PalermoReader.strict());
  }

  @Test
  void customLimitsApplyToEveryDimension() {
    PalermoReader tight = PalermoReader.lenient().withLimits(JsonLimits.defaults()
        .withMaxNestingDepth(2).withMaxStringLength(3).withMaxNumberLength(2)
        .withMaxNameLength(8));
    assertThat(tight.isLenient()).isTrue();
    assertThat(only(tight.readCase("{\"id\":\"c1\",\"persons\":[{}]}")).code())
        .isEqualTo("PAL-J-0003");
    assertThat(only(tight.readCase("{\"id\":\"case\"}")).code()).isEqualTo("PAL-J-0004");
    assertThat(only(tight.readCase("{\"id\":\"c1\",\"n\":123}")).code())
        .isEqualTo("PAL-J-0005");
    assertThat(only(tight.readCase("{\"id\":\"c1\",\"nationality\":1}")).code())
        .isEqualTo("PAL-J-0006");
  }

  private static Problem only(ReadResult<?> r) {
    assertThat(r.report().problems()).hasSize(1);
    return r.report().problems().get(0);
  }
}
