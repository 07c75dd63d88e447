import CorridorModel
import CorridorSweep

/// A tornado chart: for each input, the KPI's change from its scenario value when the input
/// is at its low and at its high value, widest bar on top.
enum SweepTornadoChart {
  static func svg(
    _ tornado: SweepAnalysis.Tornado, inputs: [SweepManifest.Input], names: SweepNames,
    headline: SweepHeadline
  )
    -> String
  {
    let rowHeight = 22.0
    let width = 640.0
    let labelWidth = 230.0
    let top = 30.0
    let height = top + rowHeight * Double(tornado.bars.count) + 34
    let extent =
      tornado.bars.flatMap {
        [abs($0.atLow.lower), abs($0.atLow.upper), abs($0.atHigh.lower), abs($0.atHigh.upper)]
      }.filter(\.isFinite).max() ?? 1
    let step = Markup.tickStep(max(extent, 1e-9), ticks: 3)
    let limit = (extent / step).rounded(.up) * step
    let plotLeft = labelWidth + 10
    let plotRight = width - 14
    let x = { (value: Double) in plotLeft + (plotRight - plotLeft) * (value + limit) / (2 * limit) }
    let c = Markup.coordinate
    var out = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\">",
      "<text class=\"title\" x=\"4\" y=\"12\">"
        + Markup.escape(
          t(
            "Change in {0} ({1}) with each input at its P10 and P90", headline.label,
            headline.unit)) + "</text>",
    ]
    let axisBottom = top + rowHeight * Double(tornado.bars.count)
    var tick = -limit
    while tick <= limit + step / 2 {
      out.append(
        "<line class=\"grid\" x1=\"\(c(x(tick)))\" y1=\"\(c(top - 4))\" x2=\"\(c(x(tick)))\" y2=\"\(c(axisBottom))\"/>"
      )
      out.append(
        "<text x=\"\(c(x(tick)))\" y=\"\(c(axisBottom + 12))\" text-anchor=\"middle\">"
          + "\(LocalNumber.fixed(tick, decimals: step < 1 ? 2 : 0, signed: tick > 0))</text>")
      tick += step
    }
    out.append(
      "<line class=\"axis\" x1=\"\(c(x(0)))\" y1=\"\(c(top - 4))\" x2=\"\(c(x(0)))\" y2=\"\(c(axisBottom))\"/>"
    )
    for (row, bar) in tornado.bars.enumerated() {
      let y = top + rowHeight * Double(row)
      let input = inputs[bar.input]
      out.append(
        "<text x=\"\(c(labelWidth))\" y=\"\(c(y + 9))\" text-anchor=\"end\">"
          + "\(Markup.escape(String(names.input(bar.input).prefix(44))))</text>")
      out.append(
        "<text class=\"label\" x=\"\(c(labelWidth))\" y=\"\(c(y + 17))\" text-anchor=\"end\">"
          + "\(LocalNumber.significant(input.low)) – \(LocalNumber.significant(input.high))</text>"
      )
      for (value, series) in [(bar.atLow.mean, "series1"), (bar.atHigh.mean, "series0")] {
        let left = min(x(0), x(value))
        out.append(
          "<rect class=\"\(series)\" x=\"\(c(left))\" y=\"\(c(y + 3))\" width=\"\(c(abs(x(value) - x(0))))\" height=\"\(c(rowHeight - 8))\"/>"
        )
      }
    }
    let legendY = axisBottom + 26
    let low = t("input at its P10")
    // The second entry starts after the first's text, however long its translation.
    let second = plotLeft + max(110, 12 + TextBox.width(low, size: 8) + 14)
    out.append(
      "<rect class=\"series1\" x=\"\(c(plotLeft))\" y=\"\(c(legendY - 7))\" width=\"9\" height=\"8\"/>"
        + "<text x=\"\(c(plotLeft + 12))\" y=\"\(c(legendY))\">" + Markup.escape(low) + "</text>"
        + "<rect class=\"series0\" x=\"\(c(second))\" y=\"\(c(legendY - 7))\" width=\"9\" height=\"8\"/>"
        + "<text x=\"\(c(second + 12))\" y=\"\(c(legendY))\">"
        + Markup.escape(t("input at its P90")) + "</text>")
    out.append("</svg>")
    return out.joined(separator: "\n")
  }
}
