import CorridorModel

/// Small helpers for writing SVG and HTML text.
enum Markup {
  /// Text with the characters that HTML and SVG reserve escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A coordinate with one decimal, so files stay small and identical across runs.
  static func coordinate(_ value: Double) -> String {
    NumberFormat.fixed(value.isFinite ? value : 0, decimals: 1).replacingOccurrences(
      of: ",", with: "")
  }

  /// The decimals that write every multiple of an axis step exactly: 0 for 1 and above, 1 for
  /// 0.5 or 0.2, 2 for 0.25 or 0.05, up to 6.
  static func decimals(of step: Double) -> Int {
    var decimals = 0
    var scaled = step
    while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
      decimals += 1
      scaled *= 10
    }
    return decimals
  }

  /// A "nice" step for an axis from 0 to `maximum` with about `ticks` ticks.
  static func tickStep(_ maximum: Double, ticks: Double = 5) -> Double {
    guard maximum > 0, maximum.isFinite else { return 1 }
    let raw = maximum / ticks
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2, 2.5, 5, 10] where magnitude * factor >= raw { return magnitude * factor }
    return magnitude * 10
  }
}

/// A plain x–y plot area with axes, ticks and labels.
struct PlotFrame {
  var width = 320.0
  var height = 220.0
  var left = 52.0
  var right = 12.0
  var top = 24.0
  var bottom = 36.0
  var xMaximum: Double
  var yMaximum: Double

  func x(_ value: Double) -> Double { left + (width - left - right) * value / max(xMaximum, 1e-9) }
  func y(_ value: Double) -> Double {
    height - bottom - (height - top - bottom) * value / max(yMaximum, 1e-9)
  }

  /// Axes with grid lines and tick labels, the x axis's title centred below it, the y axis's
  /// unit above it, and a title at `titleY` (14 when not given).
  func axes(title: String, xLabel: String, yLabel: String, titleY: Double = 14) -> [String] {
    var out: [String] = []
    let c = Markup.coordinate
    let xStep = Markup.tickStep(xMaximum)
    let yStep = Markup.tickStep(yMaximum)
    var tick = 0.0
    while tick <= yMaximum + 1e-9 {
      out.append(
        "<line x1=\"\(c(left))\" y1=\"\(c(y(tick)))\" x2=\"\(c(width - right))\" y2=\"\(c(y(tick)))\" class=\"grid\"/>"
      )
      out.append(
        "<text x=\"\(c(left - 4))\" y=\"\(c(y(tick) + 3))\" text-anchor=\"end\">\(LocalNumber.grouped(tick, decimals: Markup.decimals(of: yStep)))</text>"
      )
      tick += yStep
    }
    tick = 0
    while tick <= xMaximum + 1e-9 {
      out.append(
        "<text x=\"\(c(x(tick)))\" y=\"\(c(height - bottom + 13))\" text-anchor=\"middle\">\(LocalNumber.grouped(tick))</text>"
      )
      tick += xStep
    }
    out.append(
      "<line x1=\"\(c(left))\" y1=\"\(c(height - bottom))\" x2=\"\(c(width - right))\" y2=\"\(c(height - bottom))\" class=\"axis\"/>"
    )
    out.append(
      "<line x1=\"\(c(left))\" y1=\"\(c(top))\" x2=\"\(c(left))\" y2=\"\(c(height - bottom))\" class=\"axis\"/>"
    )
    out.append(
      "<text x=\"\(c((left + width - right) / 2))\" y=\"\(c(height - bottom + 26))\" text-anchor=\"middle\">\(Markup.escape(xLabel))</text>"
    )
    out.append("<text x=\"\(c(left))\" y=\"\(c(top - 6))\">\(Markup.escape(yLabel))</text>")
    out.append(
      "<text x=\"\(c(left))\" y=\"\(c(titleY))\" class=\"title\">\(Markup.escape(title))</text>")
    return out
  }
}

/// The charts of a brief, as inline SVG.
enum BriefCharts {
  /// The time/cost-distance chart of `profile`, its stops named by `names` (one per stop).
  static func profile(_ profile: CorridorProfile, names: [ProfileChart.StopName]) -> String {
    ProfileChart(profile: profile, names: names).svg
  }

  /// Horizontal bars of clearance hours per crossing, one bar per series (or of another
  /// quantity, named by `axis` with values in `unit`; by default hours to clear, in h).
  ///
  /// The labels' column is as wide as the longest label needs, up to 45 % of the chart; a
  /// longer label is cut with "…" and given whole as its tooltip. The key of the series wraps
  /// to the chart's width.
  static func clearance(
    rows: [(label: String, values: [Double])], series: [String], title: String,
    axis: String? = nil, unit: String? = nil
  ) -> String {
    let axis = axis ?? t("hours to clear")
    let unit = unit ?? t("h")
    let size = 8.0
    let barHeight = 9.0
    let groupHeight = barHeight * Double(series.count) + 6
    let width = 660.0
    let characters = Int(0.45 * width / (0.62 * size))
    let labels = rows.map { TextBox.shortened($0.label, to: characters) }
    let labelWidth = 14 + (labels.map { TextBox.width($0, size: size) }.max() ?? 0)
    let c = Markup.coordinate
    var key: [String] = []
    var x = labelWidth
    var keyY = 22.0
    for (s, name) in series.enumerated() {
      let w = 14 + TextBox.width(name, size: size) + 12
      if x + w > width - 4 && x > labelWidth {
        x = labelWidth
        keyY += 13
      }
      key.append(
        "<rect x=\"\(c(x))\" y=\"\(c(keyY))\" width=\"10\" height=\"8\" class=\"series\(s % 5)\"/>"
          + "<text x=\"\(c(x + 14))\" y=\"\(c(keyY + 8))\">\(Markup.escape(name))</text>")
      x += w
    }
    let top = keyY + 18
    let height = top + groupHeight * Double(rows.count) + 30
    let maximum = rows.flatMap(\.values).filter(\.isFinite).max() ?? 1
    let frame = PlotFrame(
      width: width, height: height, left: labelWidth, right: 24, top: top, bottom: 30,
      xMaximum: max(maximum * 1.05, 1e-6), yMaximum: 1)
    let titleText = TextBox.shortened(title, to: Int((width - 8) / (0.7 * 9)))
    var out: [String] = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">",
      "<text x=\"4\" y=\"14\" class=\"title\">\(Markup.escape(titleText))</text>",
    ]
    out += key
    let step = Markup.tickStep(frame.xMaximum)
    var tick = 0.0
    while tick <= frame.xMaximum + 1e-9 {
      out.append(
        "<line x1=\"\(c(frame.x(tick)))\" y1=\"\(c(top))\" x2=\"\(c(frame.x(tick)))\" y2=\"\(c(height - 30))\" class=\"grid\"/>"
          + "<text x=\"\(c(frame.x(tick)))\" y=\"\(c(height - 18))\" text-anchor=\"middle\">\(LocalNumber.grouped(tick, decimals: Markup.decimals(of: step)))</text>"
      )
      tick += step
    }
    out.append(
      "<text x=\"\(c((labelWidth + width) / 2))\" y=\"\(c(height - 4))\" text-anchor=\"middle\">\(Markup.escape(axis))</text>"
    )
    for (r, row) in rows.enumerated() {
      let y0 = top + groupHeight * Double(r)
      let full = labels[r] == row.label ? "" : "<title>\(Markup.escape(row.label))</title>"
      out.append(
        "<text x=\"\(c(labelWidth - 6))\" y=\"\(c(y0 + groupHeight / 2 + 3))\" text-anchor=\"end\">\(full)\(Markup.escape(labels[r]))</text>"
      )
      for (s, value) in row.values.enumerated() where value.isFinite {
        out.append(
          "<rect x=\"\(c(labelWidth))\" y=\"\(c(y0 + 3 + barHeight * Double(s)))\" width=\"\(c(max(frame.x(value) - labelWidth, 0.5)))\" height=\"\(c(barHeight - 1))\" class=\"series\(s % 5)\"><title>\(Markup.escape(series[s])): \(LocalNumber.fixed(value, decimals: 2)) \(Markup.escape(unit))</title></rect>"
        )
      }
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }
}
