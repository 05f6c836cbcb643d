package dev.palermo.cli;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.json.PalermoJson;
import dev.palermo.person.Person;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code palermo assess}: the outcome of the definition of trafficking in persons for every
 * conduct of every case, under one or more jurisdictions side by side, with the elements that
 * decided it, and the smuggling of migrants assessment.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess each conduct of each case against the definitions of trafficking in "
        + "persons (side by side) and of smuggling of migrants.")
final class AssessCommand extends CaseCommand {
  @Mixin
  SchemaOption schema;

  @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID",
      description = "Jurisdiction to assess under; repeat for several side by side "
          + "(default: tip-protocol). See 'palermo profiles'.")
  List<String> ids;

  @Option(names = "--all", description = "Assess under every built-in jurisdiction.")
  boolean all;

  private List<Jurisdiction> jurisdictions;

  @Override
  void prepare() {
    jurisdictions = jurisdictions(ids, all);
  }

  @Override
  void header() {
    if (format() == Format.TABLE) {
      out().printf("%-30s %-4s %-18s %-14s %s%n", "CASE", "#", "JURISDICTION", "OUTCOME",
          "ELEMENTS");
    }
  }

  @Override
  void handle(Inputs.Item item) {
    Case c = item.result().value().orElseThrow();
    List<Conduct> conducts = c.conducts();
    for (int i = 0; i < conducts.size(); i++) {
      Conduct conduct = conducts.get(i);
      Person victim = c.person(conduct.victim()).orElseGet(() -> Person.of(conduct.victim()));
      ObjectNode node = PalermoJson.mapper().createObjectNode();
      node.put("case", c.id());
      node.put("conduct", i);
      ObjectNode trafficking = node.putObject("trafficking");
      for (Jurisdiction j : jurisdictions) {
        DefinitionAssessment a = TraffickingDefinition.assess(conduct, victim, j);
        trafficking.set(j.id(), PalermoJson.toTree(a));
        if (format() == Format.TABLE) {
          out().printf("%-30s %-4d %-18s %-14s %s%n", c.id(), i,
              j.id() + "@" + a.profileVersion(), a.outcome().name(), elements(a));
        }
      }
      SmugglingAssessment s = SmugglingDefinition.assess(conduct, victim);
      node.set("smuggling", PalermoJson.toTree(s));
      if (format() == Format.TABLE) {
        out().printf("%-30s %-4d %-18s %-14s %s%n", c.id(), i, "smuggling", s.outcome().name(),
            s.elements().entrySet().stream().map(e -> e.getKey().code() + "="
                + e.getValue().code()).collect(Collectors.joining(" ")));
      }
      emit(node);
    }
  }

  private static String elements(DefinitionAssessment a) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<DefinitionElement, ElementStatus> e : a.elements().entrySet()) {
      boolean optional = e.getKey() == DefinitionElement.PERSON_SCOPE
          || e.getKey() == DefinitionElement.MOVEMENT;
      if (!(optional && e.getValue() == ElementStatus.NOT_REQUIRED)) {
        sb.append(e.getKey().code()).append('=').append(e.getValue().code()).append(' ');
      }
    }
    a.ifChild().ifPresent(o -> sb.append("| if child ").append(o.name()).append(", if adult ")
        .append(a.ifAdult().orElseThrow().name()));
    return sb.toString().strip();
  }

  @Override
  boolean schemaValidation() {
    return schema.on;
  }
}
