import CorridorModel
import Testing

@testable import CorridorReports

@Suite("Text formatting")
struct TextTableTests {
  @Test("columns align and trailing spaces are trimmed")
  func table() {
    var table = TextTable(headers: ["name", "km"], alignments: [.left, .right])
    table.append(["Almaty", "293"])
    table.append(["Aktau", "2,900"])
    #expect(
      table.render(indent: "")
        == """
        name       km
        ------  -----
        Almaty    293
        Aktau   2,900
        """)
  }

  @Test(
    "numbers group by thousands without locale",
    arguments: [
      (0.0, 0, "0"), (999.0, 0, "999"), (1000.0, 0, "1,000"), (1234567.891, 1, "1,234,567.9"),
      (-4500.0, 0, "-4,500"), (-0.01, 0, "0"), (.nan, 0, "n/a"),
    ])
  func grouping(value: Double, decimals: Int, text: String) {
    #expect(NumberFormat.grouped(value, decimals: decimals) == text)
  }
}
