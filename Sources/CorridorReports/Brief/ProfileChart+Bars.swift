extension ProfileChart {
  /// Two bars whose top is at `top`, the profile's hours and its US$ per TEU split by part,
  /// with the key of the parts' colours below; and their height.
  func bars(top: Double) -> (lines: [String], height: Double) {
    let c = Markup.coordinate
    let parts = profile.breakdown.filter { $0.hours > 0 || $0.usd > 0 }
    let total = profile.total
    let rows: [(label: String, total: Double, value: (Double, Double) -> Double, unit: String)] = [
      (
        t("Time, {0} h", LocalNumber.grouped(total.hours)), total.hours, { h, _ in h },
        t("h")
      ),
      (
        t("Cost, US$ {0} per TEU", LocalNumber.grouped(total.usd)), total.usd, { _, u in u },
        t("US$ per TEU")
      ),
    ]
    let labelWidth = rows.map { TextBox.width($0.label, size: Self.textSize) }.max() ?? 0
    let barLeft = 4 + labelWidth + 6
    let barWidth = Self.width - Self.right - barLeft
    var out: [String] = []
    for (r, row) in rows.enumerated() {
      let y = top + 4 + Double(r) * 18
      out.append(
        "<text x=\"4\" y=\"\(c(y + 9))\">\(Markup.escape(row.label))</text>")
      var x = barLeft
      for part in parts {
        let value = row.value(part.hours, part.usd)
        guard value > 0, row.total > 0 else { continue }
        let w = barWidth * value / row.total
        let share = LocalNumber.fixed(100 * value / row.total, decimals: 0)
        let amount = LocalNumber.grouped(value, decimals: value < 10 ? 1 : 0)
        out.append(
          "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(w, 0.3)))\" height=\"12\" "
            + "fill=\"\(Self.colour(part.part))\"><title>"
            + Markup.escape(
              t("{0}: {1} {2} ({3} %)", Self.name(part.part), amount, row.unit, share))
            + "</title></rect>")
        x += w
      }
    }
    // The key, wrapped to the width.
    var keyLines: [String] = []
    var x = 4.0
    var y = top + 4 + 2 * 18 + 6
    for part in parts {
      let name = Self.name(part.part)
      let w = 12 + TextBox.width(name, size: Self.textSize) + 14
      if x + w > Self.width - 4 && x > 4 {
        x = 4
        y += 14
      }
      keyLines.append(
        "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"9\" height=\"9\" "
          + "fill=\"\(Self.colour(part.part))\"/>"
          + "<text x=\"\(c(x + 12))\" y=\"\(c(y + 8))\">\(Markup.escape(name))</text>")
      x += w
    }
    return (out + keyLines, y + 14 - top)
  }
}
