package dev.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI run in-process: output and exit codes. */
class PalermoTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Palermo.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void listsEveryBuiltInProfileWithItsConformity() {
    assertThat(run("profiles")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("tip-protocol", "coe", "eu", "asean", "saarc", "us",
        "uk").contains("2011,2024");
    assertThat(out.toString().lines().filter(l -> l.startsWith("tip-protocol")).findFirst()
        .orElseThrow()).contains("conforms");
    assertThat(out.toString().lines().filter(l -> l.startsWith("saarc")).findFirst()
        .orElseThrow()).contains("gaps");
  }

  @Test
  void showsAProfileWithSourcesAndShortfalls() {
    assertThat(run("profiles", "us")).isEqualTo(Palermo.OK);
    assertThat(out.toString())
        .contains("22 U.S.C. § 7102")
        .contains("child-rule-limited(forced-labour)")
        .contains("[stated-in-brief: DOMAIN.md §3]")
        .contains("[unverified:");
  }

  @Test
  void unknownProfileIsAUsageErrorWithoutStackTrace() {
    assertThat(run("profiles", "atlantis")).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).startsWith("palermo: no built-in profile 'atlantis'")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("profiles", "--bogus")).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).contains("Unknown option");
  }

  @Test
  void helpListsEveryCommandButTheHiddenOneInOrder() {
    assertThat(run("--help")).isEqualTo(Palermo.OK);
    String help = out.toString();
    assertThat(help).contains("assess", "validate", "check", "report", "profiles", "schema")
        .doesNotContain("corpus");
    assertThat(help.indexOf("assess")).isLessThan(help.indexOf("validate"));
    assertThat(help.indexOf("report")).isLessThan(help.indexOf("profiles"));
    out.getBuffer().setLength(0);
    assertThat(run("asess", "x.json")).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).contains("asess");
    for (String command : List.of("assess", "validate", "check", "report", "profiles", "schema",
        "corpus")) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isEqualTo(Palermo.OK);
      assertThat(out.toString()).contains("Usage: palermo " + command);
    }
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("profiles");
    assertThat(run("profiles", "--help")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("Usage: palermo profiles");
  }
}
