// Which element most often leaves a case INDETERMINATE, by jurisdiction.
Map<DefinitionElement, Map<String, Long>> open = new EnumMap<>(DefinitionElement.class);
long indeterminate = 0;
for (Case c : cases) {
  for (Conduct k : c.conducts()) {
    for (Jurisdiction j : Jurisdictions.all()) {
      DefinitionAssessment a = TraffickingDefinition.assess(k, victimOf(c, k), j);
      if (a.outcome() == Outcome.INDETERMINATE) {
        indeterminate++;
        for (DefinitionElement e : a.undecided()) {
          open.computeIfAbsent(e, x -> new TreeMap<>()).merge(j.id(), 1L, Long::sum);
        }
      }
    }
  }
}
List<List<String>> rows = new ArrayList<>();
rows.add(List.of("ELEMENT", "TIMES_UNDECIDED", "BY_JURISDICTION"));
List<DefinitionElement> ranked = new ArrayList<>(open.keySet());
ranked.sort(Comparator.comparingLong((DefinitionElement e) -> -open.get(e).values().stream().mapToLong(v -> v).sum()));
for (DefinitionElement e : ranked) {
  rows.add(List.of(e.code(), "" + open.get(e).values().stream().mapToLong(v -> v).sum(), open.get(e).toString()));
}
table(rows);
System.out.println(indeterminate + " indeterminate assessments");
/exit
