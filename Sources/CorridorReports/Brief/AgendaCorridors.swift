import CorridorModel

/// Which corridors the brief charts: those a meeting of the Organization of Turkic States
/// discusses.
///
/// In order of precedence: the ids given on the command line (`--corridors`), the scenario's
/// `agenda_corridors:`, the corridors of the OTS agenda recognised by id or name (see
/// ``isOnOTSAgenda(_:)``), and, when the scenario has none of those, the three corridors that
/// carry the most TEU a year.
public enum AgendaCorridors {
  /// How the corridors were chosen.
  public enum Reason: Sendable, Equatable {
    /// Named by `--corridors` or `agenda_corridors:`.
    case named
    /// Recognised as the OTS agenda's by id or name.
    case recognised
    /// The scenario has no agenda corridors: the three with most flow.
    case mostFlow
  }

  /// Whether `corridor` is on the OTS agenda: a Middle Corridor (Trans-Caspian) route or a
  /// China–Kyrgyzstan–Uzbekistan route.
  ///
  /// Recognised, ignoring case and treating every run of characters other than letters and
  /// digits as one space, when the id's first word is `mc` or `cku`, the id or the name has the
  /// word `titr` or `cku`, or the id or the name contains `middle corridor`,
  /// `trans caspian`, `transcaspian` or `china kyrgyzstan uzbekistan`.
  public static func isOnOTSAgenda(_ corridor: Corridor) -> Bool {
    isMiddleCorridor(corridor) || isChinaKyrgyzstanUzbekistan(corridor)
  }

  /// Whether `corridor` is a Middle Corridor (Trans-Caspian) route, by id or name.
  public static func isMiddleCorridor(_ corridor: Corridor) -> Bool {
    matches(
      corridor, firstWord: "mc",
      phrases: ["middle corridor", "trans caspian", "transcaspian", "titr"])
  }

  /// Whether `corridor` is a China–Kyrgyzstan–Uzbekistan route, by id or name.
  public static func isChinaKyrgyzstanUzbekistan(_ corridor: Corridor) -> Bool {
    matches(corridor, firstWord: "cku", phrases: ["cku", "china kyrgyzstan uzbekistan"])
  }

  /// Whether the corridor's id starts with the word `firstWord`, or its id or name holds one of
  /// `phrases` as whole words.
  private static func matches(_ corridor: Corridor, firstWord: String, phrases: [String]) -> Bool {
    let id = words(corridor.id)
    guard id.first != firstWord else { return true }
    let texts = [id, words(corridor.name)].map { " " + $0.joined(separator: " ") + " " }
    return texts.contains { text in phrases.contains { text.contains(" \($0) ") } }
  }

  /// The corridors to chart, in order, and why: `ids` when given (each must be a corridor of
  /// `scenario`; unknown ones are left out), else the scenario's agenda, else the recognised
  /// ones (Middle Corridor first, then China–Kyrgyzstan–Uzbekistan, each in the scenario's
  /// order), else the three with the most `flow` (TEU a year; ties by name).
  public static func select(
    _ scenario: Scenario, ids: [String]? = nil, flow: (Corridor) -> Double
  ) -> (corridors: [Corridor], reason: Reason) {
    if let named = ids ?? scenario.agendaCorridors {
      return (named.compactMap { id in scenario.corridors.first { $0.id == id } }, .named)
    }
    let recognised =
      scenario.corridors.filter(isMiddleCorridor)
      + scenario.corridors.filter { isChinaKyrgyzstanUzbekistan($0) && !isMiddleCorridor($0) }
    if !recognised.isEmpty { return (recognised, .recognised) }
    let busiest = scenario.corridors.map { ($0, flow($0)) }.filter { $0.1 > 0 }
      .sorted { ($0.1, $1.0.name) > ($1.1, $0.0.name) }
      .prefix(3).map(\.0)
    return (Array(busiest), .mostFlow)
  }

  /// The ids of `ids` that are not corridors of `scenario`.
  public static func unknown(_ ids: [String], in scenario: Scenario) -> [String] {
    ids.filter { id in !scenario.corridors.contains { $0.id == id } }
  }

  /// The lowercased words of `text`: runs of letters and digits.
  private static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
