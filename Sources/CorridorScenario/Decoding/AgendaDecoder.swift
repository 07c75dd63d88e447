import CorridorModel
import Yams

/// Decodes `agenda_corridors:`, the corridors a meeting discusses, in the order the brief's
/// charts show them.
enum AgendaDecoder {
  /// The corridor ids as written, each where it was written; `nil` when the list is unreadable.
  ///
  /// Whether each id names a corridor is checked once the scenario is resolved, since a
  /// child file may name a corridor of its base.
  static func decode(_ node: Yams.Node, context: DecodingContext) -> [Located<String>]? {
    guard let ids = context.strings(node, named: "'agenda_corridors'") else { return nil }
    guard !ids.isEmpty else {
      context.error(
        at: node.mark,
        "'agenda_corridors' is empty; list the ids of the corridors the brief should chart, "
          + "or leave the key out for the default (the Middle Corridor and "
          + "China-Kyrgyzstan-Uzbekistan corridors)")
      return nil
    }
    var seen: Set<String> = []
    var result: [Located<String>] = []
    for (id, mark) in ids {
      guard seen.insert(id).inserted else {
        context.error(at: mark, "corridor '\(id)' is listed twice in 'agenda_corridors'")
        continue
      }
      result.append(Located(value: id, location: context.location(mark)))
    }
    return result
  }
}
