// Where two jurisdictions disagree on the same facts; also written as CSV to -R-Dpalermo.out
// (default disagreements.csv).
Path out = Path.of(System.getProperty("palermo.out", "disagreements.csv"));
List<List<String>> rows = new ArrayList<>();
rows.add(List.of("CASE", "CONDUCT", "JURISDICTION_A", "OUTCOME_A", "JURISDICTION_B", "OUTCOME_B"));
for (Case c : cases) {
  for (int i = 0; i < c.conducts().size(); i++) {
    Conduct k = c.conducts().get(i);
    Comparison cmp = SideBySide.assess(k, victimOf(c, k), Jurisdictions.all());
    List<Map.Entry<String, Outcome>> outcomes = new ArrayList<>(cmp.outcomes().entrySet());
    for (int a = 0; a < outcomes.size(); a++) {
      for (int b = a + 1; b < outcomes.size(); b++) {
        if (outcomes.get(a).getValue() != outcomes.get(b).getValue()) {
          rows.add(List.of(c.id(), "" + i, outcomes.get(a).getKey(), outcomes.get(a).getValue().code(),
              outcomes.get(b).getKey(), outcomes.get(b).getValue().code()));
        }
      }
    }
  }
}
table(rows);
Files.write(out, rows.stream().map(r -> String.join(",", r)).collect(Collectors.toList()));
System.out.println((rows.size() - 1) + " disagreements; CSV written to " + out);
/exit
