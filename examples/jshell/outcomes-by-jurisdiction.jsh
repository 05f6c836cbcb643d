// Outcome counts by jurisdiction: every conduct of every case, under every built-in jurisdiction.
Map<String, Map<Outcome, Long>> counts = new TreeMap<>();
for (Case c : cases) {
  for (Conduct k : c.conducts()) {
    for (Jurisdiction j : Jurisdictions.all()) {
      Outcome o = TraffickingDefinition.assess(k, victimOf(c, k), j).outcome();
      counts.computeIfAbsent(j.id(), x -> new EnumMap<>(Outcome.class)).merge(o, 1L, Long::sum);
    }
  }
}
List<List<String>> rows = new ArrayList<>();
rows.add(List.of("JURISDICTION", "MEETS", "DOES_NOT_MEET", "INDETERMINATE"));
counts.forEach((j, m) -> rows.add(List.of(j, "" + m.getOrDefault(Outcome.MEETS, 0L),
    "" + m.getOrDefault(Outcome.DOES_NOT_MEET, 0L), "" + m.getOrDefault(Outcome.INDETERMINATE, 0L))));
table(rows);
/exit
