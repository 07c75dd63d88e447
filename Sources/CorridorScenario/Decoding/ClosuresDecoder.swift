import CorridorModel
import Yams

/// Decodes a process's `closures:`: the days its posts close each year, with the reason.
enum ClosuresDecoder {
  static let keys: Set<String> = ["from", "to", "reason"]

  /// The closed stretches of a `closures:` list; problems are reported and the item skipped.
  static func decode(_ node: Yams.Node, named name: String, context: DecodingContext)
    -> [ClosedDays]?
  {
    guard case .sequence(let items) = node else {
      context.error(
        at: node.mark,
        "\(name) must be a list of {from, to, reason}, found \(node.kindName)")
      return nil
    }
    guard context.sink.spend(items.count, at: context.location(node.mark)) else { return nil }
    var result: [ClosedDays] = []
    for (index, item) in items.enumerated() {
      let what = "closure #\(index + 1) of \(name)"
      guard let reader = ObjectReader(item, what: what, allowed: keys, context: context) else {
        continue
      }
      let from = date(reader, "from", what: what, context: context)
      let to = date(reader, "to", what: what, context: context)
      let reason = reader.string(
        "reason", required: true)
      guard let from, let to, let reason else { continue }
      let days = to.days(since: from) + 1
      guard days >= 1 else {
        context.error(
          at: reader.value("to")?.mark,
          "'to' in \(what) is \(to.text), before 'from' \(from.text); "
            + "expected the last closed day, on or after the first")
        continue
      }
      guard days <= 365 else {
        context.error(
          at: reader.value("to")?.mark,
          "\(what) closes \(days) days in a row; expected at most a year (365 days)")
        continue
      }
      result.append(
        ClosedDays(
          firstDay: from.dayOfYear, days: days, reason: reason,
          label: days == 1 ? from.text : "\(from.text) to \(to.text)"))
    }
    return result
  }

  private static func date(
    _ reader: ObjectReader, _ key: String, what: String, context: DecodingContext
  ) -> CalendarDate? {
    guard let text = reader.string(key, required: true) else { return nil }
    guard let date = CalendarDate(text) else {
      context.error(
        at: reader.value(key)?.mark,
        "'\(key)' in \(what) must be a date written YYYY-MM-DD (years 1900 to 2999), "
          + "found '\(text)'")
      return nil
    }
    return date
  }
}
