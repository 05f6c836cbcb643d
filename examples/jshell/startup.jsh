// Palermo JShell startup: imports the public API and loads the cases.
// Cases come from -R-Dpalermo.cases=PATH (a .json, an .ndjson or a directory), by default the
// bundled samples in examples/cases. Run it with bin/palermo-shell.
import dev.palermo.assessment.*;
import dev.palermo.casefile.*;
import dev.palermo.checks.*;
import dev.palermo.comparison.*;
import dev.palermo.definition.*;
import dev.palermo.events.*;
import dev.palermo.facts.*;
import dev.palermo.json.*;
import dev.palermo.jurisdiction.*;
import dev.palermo.law.*;
import dev.palermo.person.*;
import dev.palermo.report.*;
import dev.palermo.rights.*;
import dev.palermo.validation.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;

Path CASES = Path.of(System.getProperty("palermo.cases", "examples/cases"));
List<Case> cases = CaseFiles.load(CASES);

/** The person a conduct was directed at (with nothing known but the id if not in the case). */
Person victimOf(Case c, Conduct k) {
  return c.person(k.victim()).orElseGet(() -> Person.of(k.victim()));
}

/** Prints rows as an aligned table; the first row is the header. */
void table(List<List<String>> rows) {
  int[] w = new int[rows.get(0).size()];
  for (List<String> r : rows) for (int i = 0; i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
  for (List<String> r : rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.size(); i++) sb.append(String.format("%-" + (w[i] + 2) + "s", r.get(i)));
    System.out.println(sb.toString().stripTrailing());
  }
}

System.out.println("Palermo: " + cases.size() + " cases loaded from " + CASES);
