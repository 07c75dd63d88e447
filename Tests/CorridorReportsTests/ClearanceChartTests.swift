import Testing

@testable import CorridorReports

@Suite("The clearance chart")
struct ClearanceChartTests {
  @Test("long crossing names and series keep their texts apart and inside the chart")
  func longLabels() {
    let rows: [(label: String, values: [Double])] = [
      ("Khorgos rail (Horgos / Altynkol) CN->KZ both sides", [12, 10, 8]),
      ("Red Bridge road (Krasny Most / Tsiteli Khidi) AZ->GE GE side of the crossing", [3, 2, 1]),
      ("Irkeshtam road", [30, 20, .nan]),
    ]
    let series = [
      "ots-calibrated-2025", "ots-digital-customs-2025-with-every-measure-of-the-study",
      "khorgos-24-7", "middle-corridor-2030",
    ]
    let svg = BriefCharts.clearance(
      rows: rows, series: series, title: "Hours to clear the slowest crossings: base and variants")
    let texts = SVGText(svg)
    #expect(texts.overlaps.isEmpty, "\(texts.overlaps)")
    #expect(texts.outside.isEmpty, "\(texts.outside)")
    // A label too long for its column is cut at a word, and given whole as its tooltip.
    #expect(texts.elements.contains { $0.text == "Irkeshtam road" })
    #expect(
      svg.contains(
        "<title>Red Bridge road (Krasny Most / Tsiteli Khidi) AZ-&gt;GE GE side of the crossing"
          + "</title>"))
    #expect(texts.elements.contains { $0.text.hasSuffix("…") })
  }
}
