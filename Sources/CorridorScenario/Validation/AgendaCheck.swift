/// Checks that `agenda_corridors:` names corridors of the resolved scenario.
struct AgendaCheck {
  let sink: DiagnosticSink
  let draft: ScenarioDraft

  func run() {
    guard let agenda = draft.agendaCorridors else { return }
    let ids = draft.corridors.keys
    for entry in agenda where draft.corridors[entry.value] == nil {
      sink.error(
        entry.location,
        "'agenda_corridors' names corridor '\(entry.value)', which is not defined"
          + Spelling.hint(for: entry.value, among: ids)
          + (ids.isEmpty
            ? "; define it under 'corridors:'"
            : "; the corridors are \(ids.map { "'\($0)'" }.joined(separator: ", "))"))
    }
  }
}
