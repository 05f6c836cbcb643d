// Safeguard findings by stage and severity, under -R-Dpalermo.jurisdiction (default coe), as of
// -R-Dpalermo.asOf (default today).
Jurisdiction law = Jurisdictions.byId(System.getProperty("palermo.jurisdiction", "coe")).orElseThrow();
LocalDate asOf = LocalDate.parse(System.getProperty("palermo.asOf", LocalDate.now().toString()));
Map<String, Check> byCode = Checks.all().stream().collect(Collectors.toMap(Check::code, x -> x));
Map<String, Map<Severity, Long>> byStage = new TreeMap<>();
for (Case c : cases) {
  for (Problem p : Checks.run(c, law, asOf).problems()) {
    String stage = Optional.ofNullable(byCode.get(p.code())).map(x -> x.stage().code()).orElse("?");
    byStage.computeIfAbsent(stage, x -> new EnumMap<>(Severity.class)).merge(p.severity(), 1L, Long::sum);
  }
}
List<List<String>> rows = new ArrayList<>();
List<Severity> cols = List.of(Severity.VIOLATION, Severity.CONCERN, Severity.RECOMMENDATION, Severity.CANNOT_TELL);
List<String> header = new ArrayList<>(List.of("STAGE"));
cols.forEach(s -> header.add(s.name()));
rows.add(header);
byStage.forEach((stage, m) -> {
  List<String> r = new ArrayList<>(List.of(stage));
  cols.forEach(s -> r.add("" + m.getOrDefault(s, 0L)));
  rows.add(r);
});
table(rows);
System.out.println(Checks.all().size() + " checks run under " + law.id() + " as of " + asOf);
/exit
