import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("YAML features and traps")
struct YAMLFeatureTests {
  @Test("anchors and merge keys share figures between checkpoints; written keys win")
  func mergeKeys() throws {
    let files = ScenarioFiles()
    let text = minimal(
      replacing: "        - mode: road\n          stages:",
      with:
        "        - &roadProcess\n          mode: road\n          fee_usd_per_teu: 20\n          stages:"
    )
    .replacingOccurrences(
      of: "  - {id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}",
      with: """
          - id: Y
            kind: checkpoint
            country: KZ
            lat: 44.0
            lon: 79.0
            checkpoint:
              countries: [CN, KZ]
              processes:
                - <<: *roadProcess
                  fee_usd_per_teu: 35
          - {id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}
        """)
    files.write("merge.yaml", text)
    let report = files.validate("merge.yaml")
    #expect(report.errors.isEmpty, "\(report.errors)")
    let scenario = try #require(report.scenario)
    let x = try #require(scenario.node("X")?.checkpoint?.processes.first)
    let y = try #require(scenario.node("Y")?.checkpoint?.processes.first)
    #expect(x.feeUSDPerTEU == 20)
    #expect(y.feeUSDPerTEU == 35)
    #expect(y.stages == x.stages)
  }

  @Test("nested merges of aliases are bounded")
  func mergeBomb() throws {
    var text = "scenario: s\nm0: &m0 {a: 1}\n"
    for i in 1...30 {
      text += "m\(i): &m\(i) {<<: [*m\(i - 1), *m\(i - 1)]}\n"
    }
    text += "settings: {<<: *m30}\n"
    let files = ScenarioFiles()
    files.write("bomb.yaml", text)
    let report = files.validate("bomb.yaml")
    #expect(
      report.errors.contains {
        $0.message
          == "settings takes more than 1000 keys through merge keys '<<'; simplify the anchors"
      }, "\(report.errors)")
  }

  @Test(
    "keys that could make parsing explode are refused before parsing",
    arguments: [
      ("big: &b [1, 2]\n*b : 3\n", 2, 1, "an alias ('*…') cannot be a mapping key"),
      ("big: &b [1, 2]\nx: {*b : 3}\n", 2, 5, "an alias ('*…') cannot be a mapping key"),
      ("[*b, *b]: 3\n", 1, 8, "a list or mapping cannot be a mapping key"),
      ("? [a]\n: 3\n", 1, 1, "explicit mapping keys ('? ') are not used in scenario files"),
      // A quote inside a plain scalar, or an escaped backslash, must not hide what follows.
      (
        "name: 12 \" pipe\nbig: &b [1]\nx: {*b : 3}\n", 3, 5,
        "an alias ('*…') cannot be a mapping key"
      ),
      (
        "name: \"a\\\\\"\nbig: &b [1]\nx: {*b : 3}\n", 3, 5,
        "an alias ('*…') cannot be a mapping key"
      ),
    ])
  func complexKeys(text: String, line: Int, column: Int, message: String) throws {
    let files = ScenarioFiles()
    files.write("keys.yaml", "scenario: s\n" + text)
    let error = try #require(files.validate("keys.yaml").onlyError)
    #expect(error.message.hasPrefix(message))
    #expect((error.location.line, error.location.column) == (line + 1, column))
  }

  @Test("the country code NO stays text, and quoted numbers are text")
  func norway() throws {
    let files = ScenarioFiles()
    files.write(
      "no.yaml",
      minimal(replacing: "country: CN, lat: 43.8", with: "country: NO, lat: 43.8")
        .replacingOccurrences(of: "km: 600", with: "km: \"600\""))
    let report = files.validate("no.yaml")
    let error = try #require(report.onlyError)
    #expect(
      error.message == "'km' in link #1 (A to X) must be a number from 0.01 to 20000, found '600'")
    files.write(
      "no2.yaml", minimal(replacing: "country: CN, lat: 43.8", with: "country: NO, lat: 43.8"))
    #expect(files.validate("no2.yaml").scenario?.node("A")?.country == "NO")
  }

  @Test("numbers in the forms YAML allows")
  func numberForms() throws {
    let files = ScenarioFiles()
    files.write(
      "n.yaml",
      minimal(replacing: "km: 600", with: "km: 6.0e2").replacingOccurrences(
        of: "km: 300", with: "km: +300"))
    let scenario = try #require(files.validate("n.yaml").scenario)
    #expect(scenario.links[0].distanceKm == 600)
    #expect(scenario.links[2].distanceKm == 300)
  }
}
