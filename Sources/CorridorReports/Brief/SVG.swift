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

  /// Axes with grid lines, tick labels, axis titles and a title.
  func axes(title: String, xLabel: String, yLabel: String) -> [String] {
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
        "<text x=\"\(c(left - 4))\" y=\"\(c(y(tick) + 3))\" text-anchor=\"end\">\(NumberFormat.grouped(tick, decimals: yStep < 1 ? 1 : 0))</text>"
      )
      tick += yStep
    }
    tick = 0
    while tick <= xMaximum + 1e-9 {
      out.append(
        "<text x=\"\(c(x(tick)))\" y=\"\(c(height - bottom + 13))\" text-anchor=\"middle\">\(NumberFormat.grouped(tick))</text>"
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
      "<text x=\"\(c((left + width - right) / 2))\" y=\"\(c(height - 6))\" text-anchor=\"middle\">\(Markup.escape(xLabel))</text>"
    )
    out.append(
      "<text x=\"12\" y=\"\(c((top + height - bottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(c((top + height - bottom) / 2)))\">\(Markup.escape(yLabel))</text>"
    )
    out.append(
      "<text x=\"\(c(left))\" y=\"14\" class=\"title\">\(Markup.escape(title))</text>")
    return out
  }
}

/// The charts of a brief, as inline SVG.
enum BriefCharts {
  /// Time–distance and cost–distance panels of a corridor profile, side by side.
  static func profile(_ profile: CorridorProfile) -> String {
    let total = profile.total
    var out: [String] = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 660 230\" width=\"660\" height=\"230\" role=\"img\" aria-label=\"Time and cost against distance: \(Markup.escape(profile.corridor))\">"
    ]
    let panels: [(String, String, Double, (CorridorProfile.Point) -> Double, Double)] = [
      ("Time", "days", total.hours / 24, { $0.hours / 24 }, 0),
      ("Cost", "US$ per TEU", total.usd, { $0.usd }, 330),
    ]
    for (name, unit, maximum, value, offset) in panels {
      let frame = PlotFrame(xMaximum: max(total.km, 1), yMaximum: max(maximum * 1.05, 1e-6))
      out.append("<g transform=\"translate(\(Markup.coordinate(offset)) 0)\">")
      out += frame.axes(title: "\(name) against distance", xLabel: "km", yLabel: unit)
      for (a, b) in zip(profile.points, profile.points.dropFirst()) {
        let isStop = b.km == a.km
        let c = Markup.coordinate
        out.append(
          "<line x1=\"\(c(frame.x(a.km)))\" y1=\"\(c(frame.y(value(a))))\" x2=\"\(c(frame.x(b.km)))\" y2=\"\(c(frame.y(value(b))))\" class=\"\(isStop ? "stop" : "run")\">"
            + (b.stop.map { "<title>\(Markup.escape($0))</title>" } ?? "") + "</line>")
      }
      out.append("</g>")
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  /// Horizontal bars of clearance hours per crossing, one bar per series (or of another
  /// quantity, named by `axis` with values in `unit`).
  static func clearance(
    rows: [(label: String, values: [Double])], series: [String], title: String,
    axis: String = "hours to clear", unit: String = "h"
  ) -> String {
    let barHeight = 9.0
    let groupHeight = barHeight * Double(series.count) + 6
    let labelWidth = 170.0
    let width = 660.0
    let top = 40.0
    let height = top + groupHeight * Double(rows.count) + 30
    let maximum = rows.flatMap(\.values).filter(\.isFinite).max() ?? 1
    let frame = PlotFrame(
      width: width, height: height, left: labelWidth, right: 20, top: top, bottom: 30,
      xMaximum: max(maximum * 1.05, 1e-6), yMaximum: 1)
    let c = Markup.coordinate
    var out: [String] = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">",
      "<text x=\"4\" y=\"14\" class=\"title\">\(Markup.escape(title))</text>",
    ]
    let legendStep = min(140, (width - labelWidth) / Double(max(series.count, 1)))
    for (s, name) in series.enumerated() {
      let x = labelWidth + Double(s) * legendStep
      out.append(
        "<rect x=\"\(c(x))\" y=\"22\" width=\"10\" height=\"8\" class=\"series\(s % 5)\"/>"
          + "<text x=\"\(c(x + 14))\" y=\"30\">\(Markup.escape(name))</text>")
    }
    let step = Markup.tickStep(frame.xMaximum)
    var tick = 0.0
    while tick <= frame.xMaximum + 1e-9 {
      out.append(
        "<line x1=\"\(c(frame.x(tick)))\" y1=\"\(c(top))\" x2=\"\(c(frame.x(tick)))\" y2=\"\(c(height - 30))\" class=\"grid\"/>"
          + "<text x=\"\(c(frame.x(tick)))\" y=\"\(c(height - 16))\" text-anchor=\"middle\">\(NumberFormat.grouped(tick, decimals: step < 1 ? 1 : 0))</text>"
      )
      tick += step
    }
    out.append(
      "<text x=\"\(c((labelWidth + width) / 2))\" y=\"\(c(height - 3))\" text-anchor=\"middle\">\(Markup.escape(axis))</text>"
    )
    for (r, row) in rows.enumerated() {
      let y0 = top + groupHeight * Double(r)
      out.append(
        "<text x=\"\(c(labelWidth - 6))\" y=\"\(c(y0 + groupHeight / 2 + 2))\" text-anchor=\"end\">\(Markup.escape(row.label))</text>"
      )
      for (s, value) in row.values.enumerated() where value.isFinite {
        out.append(
          "<rect x=\"\(c(labelWidth))\" y=\"\(c(y0 + 3 + barHeight * Double(s)))\" width=\"\(c(max(frame.x(value) - labelWidth, 0.5)))\" height=\"\(c(barHeight - 1))\" class=\"series\(s % 5)\"><title>\(Markup.escape(series[s])): \(NumberFormat.fixed(value, decimals: 2)) \(Markup.escape(unit))</title></rect>"
        )
      }
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }
}
