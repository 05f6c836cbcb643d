package dev.palermo.cli;

import dev.palermo.comparison.ConformityCheck;
import dev.palermo.comparison.ConformityReport;
import dev.palermo.comparison.Shortfall;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.jurisdiction.SourceNote;
import dev.palermo.vocabulary.Code;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code palermo profiles [ID]}: lists the built-in jurisdiction profiles, or shows one: its
 * versions, definition, sources with their verification, and its conformity with the Trafficking
 * Protocol floor.
 */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the built-in jurisdiction profiles, or show one.")
final class ProfilesCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "ID",
      description = "Profile to show: tip-protocol, coe, eu, asean, saarc, us, uk.")
  String id;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      out.printf("%-13s %-9s %-11s %s%n", "ID", "VERSIONS", "CONFORMITY", "NAME");
      for (Jurisdiction j : Jurisdictions.all()) {
        ConformityReport r = ConformityCheck.check(j.latest());
        out.printf("%-13s %-9s %-11s %s%n", j.id(), j.versions().stream()
            .map(JurisdictionProfile::version).collect(Collectors.joining(",")),
            r.conforms() ? "conforms" : r.shortfalls().size() + " gaps", j.name());
      }
      return Palermo.OK;
    }
    Optional<Jurisdiction> found = Jurisdictions.byId(id);
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("palermo: no built-in profile '" + id
          + "'; run 'palermo profiles' for the list");
      return Palermo.USAGE;
    }
    for (JurisdictionProfile p : found.get().versions()) {
      show(p, out);
    }
    return Palermo.OK;
  }

  private static void show(JurisdictionProfile p, PrintWriter out) {
    out.printf("%s version %s, in force from %s (%s)%n", p.name(), p.version(),
        p.effectiveFrom(), p.definition());
    out.printf("  acts:      %s%n", codes(p.acts()));
    out.printf("  means:     %s%s%n", codes(p.means()),
        p.adultMeansRequired() ? "" : " (no means element)");
    out.printf("  purposes:  %s%n", codes(p.purposes()));
    out.printf("  child:     under %d; %s%s%n", p.childAge(), p.childRule().code(),
        p.childRulePurposes().isEmpty() ? "" : " " + codes(p.childRulePurposes()));
    out.printf("  persons:   %s; movement: %s%n", p.personScope().code(),
        p.movementRequirement().code());
    out.printf("  sources:%n");
    for (SourceNote n : p.sourceNotes()) {
      out.printf("    - %s [%s: %s]%n", n.point(), n.verification().code(), n.source());
    }
    ConformityReport r = ConformityCheck.check(p);
    out.printf("  conformity with the Protocol floor: %s%n",
        r.conforms() ? "conforms" : r.shortfalls().size() + " shortfalls");
    for (Shortfall s : r.shortfalls()) {
      out.printf("    - %s%n", s);
    }
  }

  private static String codes(Collection<? extends Code> codes) {
    return codes.isEmpty() ? "(none)"
        : codes.stream().map(Code::code).collect(Collectors.joining(", "));
  }
}
