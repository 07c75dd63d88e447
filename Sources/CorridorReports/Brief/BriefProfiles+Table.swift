import Foundation

extension BriefProfiles {
  /// Where a corridor's time and money go: a row per part and one for the total, with its
  /// hours and its US$ per TEU, each with its share.
  ///
  /// Each column is rounded so that its parts add up to its total as printed (largest
  /// remainders), and the totals are the chart's.
  static func table(_ profile: CorridorProfile) -> String {
    let parts = profile.breakdown.filter { $0.hours > 0 || $0.usd > 0 }
    let total = profile.total
    let columns = [(parts.map(\.hours), total.hours, 1), (parts.map(\.usd), total.usd, 0)].map {
      values, total, decimals in
      let rounded = apportioned(values, decimals: decimals)
      let shares = apportioned(values.map { total > 0 ? 100 * $0 / total : 0 }, decimals: 0)
      let cells = zip(rounded, shares).map { value, share in
        Markup.escape(
          t(
            "{0} ({1} %)", LocalNumber.grouped(value, decimals: decimals),
            LocalNumber.fixed(share, decimals: 0)))
      }
      return cells + ["<b>\(LocalNumber.grouped(rounded.reduce(0, +), decimals: decimals))</b>"]
    }
    let names =
      parts.map { part in
        "<span style=\"display:inline-block;width:8px;height:8px;margin-right:4px;"
          + "background:\(ProfileChart.colour(part.part))\"></span>"
          + Markup.escape(ProfileChart.name(part.part))
      } + ["<b>\(Markup.escape(t("Total")))</b>"]
    var out = [
      "<table style=\"width:auto;min-width:62%\">",
      BriefTables.header(
        [t("where the time and money go"), t("hours (share)"), t("US$ per TEU (share)")].map(
          Markup.escape), numeric: [1, 2]),
      "<tbody>",
    ]
    for (i, name) in names.enumerated() {
      out.append(BriefTables.row([name, columns[0][i], columns[1][i]], numeric: [1, 2]))
    }
    out.append("</tbody></table>")
    return out.joined(separator: "\n")
  }

  /// `values` (none negative) rounded to `decimals` so that they add up to their sum rounded
  /// the same way: each is rounded down, and the units left go to the largest remainders
  /// (the earlier value on a tie).
  static func apportioned(_ values: [Double], decimals: Int) -> [Double] {
    let unit = pow(10, Double(decimals))
    let scaled = values.map { max($0, 0) * unit }
    var whole = scaled.map { $0.rounded(.down) }
    let target = scaled.reduce(0, +).rounded()
    var left = Int(target - whole.reduce(0, +))
    let order = scaled.indices.sorted {
      (scaled[$0] - whole[$0], -$0) > (scaled[$1] - whole[$1], -$1)
    }
    for i in order where left > 0 {
      whole[i] += 1
      left -= 1
    }
    return whole.map { $0 / unit }
  }
}
