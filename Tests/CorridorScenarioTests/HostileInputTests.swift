import Foundation
import Testing

@testable import CorridorScenario

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs that once crashed, hung, ran away with memory, or were wrongly accepted or refused:
/// each must now give its located message (Benchmarks/malformed-inputs.sh runs the same
/// classes through the command line).
@Suite("Hostile input")
struct HostileInputTests {
  /// The errors of `text` validated as a file.
  func errors(_ text: String) -> [Diagnostic] {
    let files = ScenarioFiles()
    files.write("s.yaml", text)
    return files.validate("s.yaml").errors
  }

  @Test(
    "out-of-range figures in any written form are errors at the value",
    arguments: [
      (
        "lanes: 2,", "lanes: {value: 9223372036854775807},",
        "'value' in 'lanes' in stage #1 of process #1 of node 'X' must be a whole number from 1 to 10000, found 9223372036854775807"
      ),
      (
        "speed_kmh: 60", "speed_kmh: 1e-310",
        "'speed_kmh' in link #1 (A to X) must be a number from 0.1 to 1000, found 1e-310"
      ),
      (
        "km: 600", "km: 1e300",
        "'km' in link #1 (A to X) must be a number from 0.01 to 20000, found 1e300"
      ),
      (
        "value_usd_per_teu: 48000", "value_usd_per_teu: 1e308",
        "must be a number from 1 to 10^9, found 1e308"
      ),
      (
        "teu_per_year: 1000", "teu_per_year: 1e-320",
        "'teu_per_year' in demand #1 is 1e-320, too small to be a real figure; write 0 or a number of at least 1e-09"
      ),
      ("service_hours: 2,", "service_hours: {mean: 2, cv: 1e-300},", "'cv' in 'service_hours'"),
      (
        "service_hours: 2,", "service_hours: {distribution: erlang, mean: 2, phases: 99999999},",
        "must be a whole number from 1 to 1000"
      ),
    ] as [(String, String, String)])
  func ranges(old: String, new: String, message: String) throws {
    let text = minimal(replacing: old, with: new)
    let found = errors(text)
    let error = try #require(found.first { $0.message.contains(message) }, "\(found)")
    #expect(error.location.line == position(of: new, in: text)?.line)
  }

  @Test("tonnes per TEU so small that loads would overflow")
  func tinyTonnesPerTEU() {
    let text = "settings: {tonnes_per_teu: 1e-300}\n" + minimalScenario
    #expect(
      errors(text).map(\.message) == [
        "'tonnes_per_teu' in settings must be a number from 0.1 to 40, found 1e-300"
      ])
  }

  @Test("a scale that would push a figure out of range is an error at the change")
  func scaledOutOfRange() {
    let text = minimal(
      replacing: "demand:\n",
      with:
        "measures:\n  - id: m\n    changes:\n      - link: A-X-road\n        scale: {km: 1000}\n"
        + "demand:\n")
    #expect(
      errors(text).map(\.message) == [
        "measure 'm' on link 'A-X-road': 'km' would become 600000; it must be a number from 0.01 to 20000"
      ])
  }

  @Test("a byte-order mark and Windows line ends are read; a control character is located")
  func encodings() throws {
    let files = ScenarioFiles()
    files.write("bom.yaml", bytes: Data([0xEF, 0xBB, 0xBF]) + Data(minimalScenario.utf8))
    #expect(files.validate("bom.yaml").isValid)
    let crlf = minimalScenario.replacingOccurrences(of: "\n", with: "\r\n")
    files.write("crlf.yaml", bytes: Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8))
    #expect(files.validate("crlf.yaml").isValid)
    let bad = minimal(replacing: "lat: 44.2", with: "lat: 44.2 # \u{1B}[31m")
    files.write("control.yaml", bad)
    let error = try #require(files.validate("control.yaml").onlyError)
    #expect(error.message.hasPrefix("control character U+001B is not allowed"))
    #expect(error.location.line == position(of: "lat: 44.2", in: bad)?.line)
    #expect(error.location.column == position(of: "\u{1B}", in: bad)?.column)
  }

  @Test("a named pipe is refused without being opened, as the file and as a base")
  func namedPipes() throws {
    let files = ScenarioFiles()
    let pipe = files.directory.appendingPathComponent("pipe.yaml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let direct = try #require(files.validate("pipe.yaml").onlyError)
    #expect(direct.message.contains("is a named pipe (FIFO), not a regular file"))
    files.write("child.yaml", "scenario: child\nextends: pipe.yaml\n")
    let base = try #require(files.validate("child.yaml").onlyError)
    #expect(
      base.message
        == "base scenario 'pipe.yaml' is a named pipe (FIFO), not a regular file; 'extends' takes the path of a scenario file"
    )
    #expect((base.location.line, base.location.column) == (2, 10))
  }

  @Test("merge keys that amplify are cut at a budget of keys, not followed")
  func mergeAmplification() {
    // K and M sit under a key the format does not have: one error, and they are not decoded.
    var text = "scenario: s\ndefaults:\n  - &K {"
    text += (0..<2000).map { "k\($0): \($0)" }.joined(separator: ", ") + "}\n"
    text += "  - &M {<<: [" + Array(repeating: "*K", count: 900).joined(separator: ", ") + "]}\n"
    text += "commodities: []\nnodes:\n" + String(repeating: "  - *M\n", count: 2000)
    text += "links: []\ndemand: []\n"
    let found = errors(text)
    #expect(
      found.contains { $0.message.contains("takes more than 1000 keys through merge keys '<<'") })
    #expect(found.count <= 201)
  }

  @Test("aliases of aliases are cut at the budget of values read")
  func aliasAmplification() {
    // A link repeated 12 times in a change, the change 12 times in a measure, the measure 12
    // times: 1,728 links from a few lines. A budget of 1,000 values stops the decoding.
    func twelve(_ alias: String) -> String {
      "[" + Array(repeating: "*\(alias)", count: 12).joined(separator: ", ") + "]"
    }
    let text = """
      scenario: s
      commodities:
        - {id: goods, value_usd_per_teu: 48000}
      nodes:
        - {id: A, kind: city, country: CN, lat: 43.8, lon: 87.6}
        - {id: B, kind: city, country: CN, lat: 43.9, lon: 87.7}
      links:
        - &L {from: A, to: B, mode: road, km: 20, speed_kmh: 50}
      demand: []
      measures:
        - &M
          id: m
          changes: &C [&A {add_links: \(twelve("L"))}, *A, *A, *A, *A, *A, *A, *A, *A, *A, *A, *A]
        - {id: m2, changes: *C}
      """ + "\n" + (3...12).map { "  - {id: m\($0), changes: *C}" }.joined(separator: "\n") + "\n"
    let files = ScenarioFiles()
    files.write("bomb.yaml", text)
    let path = files.directory.appendingPathComponent("bomb.yaml").path
    let small = ScenarioLoader.validate(path: path, valueBudget: 1000)
    #expect(
      small.errors.contains {
        $0.message.contains("the file holds or expands to more than 1000 values")
      },
      "\(small.errors.prefix(3))")
    // With the full budget it decodes, and reports the links added again by the measures.
    let full = ScenarioLoader.validate(path: path).errors.map(\.message)
    #expect(full.contains { $0.contains("adds link 'A-B-road', which already exists") })
    #expect(!full.contains { $0.contains("expands to more than") })
  }

  @Test("a corridor of 10,000 waypoints is refused at its list")
  func manyWaypoints() throws {
    let via = (0..<10_000).map { $0 % 2 == 0 ? "A" : "B" }.joined(separator: ", ")
    let text = minimalScenario + "\ncorridors:\n  - {id: long, via: [\(via)]}\n"
    let error = try #require(errors(text).first)
    #expect(
      error.message
        == "'via' in corridor 'long' lists 10000 nodes; a corridor takes at most 100 waypoints (only the ones that tell its route apart)"
    )
  }

  /// The minimal scenario with `count` more cities on a spur from B, and `measure` appended.
  func spur(_ count: Int, measure: String) -> String {
    var nodes = ""
    var links = ""
    for i in 0..<count {
      nodes += "  - {id: S\(i), kind: city, country: KZ, lat: 43.2, lon: 76.9}\n"
      links +=
        "  - {from: \(i == 0 ? "B" : "S\(i - 1)"), to: S\(i), mode: road, km: 1, speed_kmh: 50}\n"
    }
    return minimal(replacing: "links:\n", with: nodes + "links:\n" + links)
      .replacingOccurrences(of: "demand:\n", with: "measures:\n" + measure + "demand:\n")
  }

  @Test("removing 20,000 nodes is one pass over the links", .tags(.slow))
  func manyRemovals() throws {
    let ids = (0..<20_000).map { "S\($0)" }.joined(separator: ", ")
    let files = ScenarioFiles()
    files.write(
      "remove.yaml",
      spur(20_000, measure: "  - id: cut\n    changes:\n      - remove_nodes: [\(ids)]\n"))
    let report = files.validate("remove.yaml")
    #expect(report.errors.isEmpty, "\(report.errors.prefix(3))")
    let scenario = try #require(report.scenario)
    #expect(scenario.nodes.count == 3)
    #expect(scenario.links.count == 4)
    // Unknown ids: one error each, capped, with hints only for the first few.
    let unknown = (0..<20_000).map { "Q\($0)" }.joined(separator: ", ")
    files.write(
      "unknown.yaml",
      minimal(
        replacing: "demand:\n",
        with: "measures:\n  - id: cut\n    changes:\n      - remove_nodes: [\(unknown)]\ndemand:\n")
    )
    let errors = files.validate("unknown.yaml").errors
    #expect(errors.count == 201)
    #expect(
      errors.last?.message == "19800 more errors not shown; fix the ones above and validate again")
  }

  @Test(
    "a suggestion among 20,000 nodes is found, and after 50 hints no more are worked out",
    .tags(.slow))
  func suggestionsAmongMany() throws {
    var text = spur(20_000, measure: "")
    text = text.replacingOccurrences(of: "measures:\n", with: "")
    text += "\n"
    // Sixty near misses, each one letter from a node: hints for the first fifty only.
    for i in 0..<60 {
      text += "  - {from: A, to: S\(1000 + i)x, commodity: goods, teu_per_year: 1}\n"
    }
    let found = errors(text)
    #expect(found.count == 60)
    #expect(
      found.first?.message.contains(
        "node 'S1000x', which is not defined; did you mean 'S1000' (KZ)?") == true)
    #expect(found.filter { $0.message.contains("did you mean") }.count == 50)
  }

  @Test(
    "scenario ids that would not be one plain folder name are refused",
    arguments: ["..", ".", "../x", "a/b", ".hidden", "-x", "a\\b"])
  func unsafeIDs(id: String) throws {
    let text = minimal(
      replacing: "scenario: mini",
      with: "scenario: \"\(id.replacingOccurrences(of: "\\", with: "\\\\"))\"")
    let error = try #require(errors(text).first)
    #expect(error.message.hasPrefix("'scenario' is '\(id)'; the id names the report folder"))
    #expect(error.location.line == 1)
  }

  @Test("control characters written as YAML escapes are refused in texts and ids")
  func escapedControls() throws {
    let name = errors(
      minimal(replacing: "{id: B, kind: city,", with: "{id: B, name: \"Al\\ematy\", kind: city,"))
    #expect(
      name.map(\.message) == [
        "'name' in node 'B' holds the control character U+001B (written as an escape?); remove it"
      ])
    let via = errors(minimalScenario + "\ncorridors:\n  - {id: c, via: [A, \"B\\0\"]}\n")
    #expect(
      via.contains {
        $0.message.hasPrefix("an entry of 'via' in corridor 'c' holds the control character U+0000")
      })
  }

  @Test("YAML tags are refused where they are written")
  func tags() throws {
    let text = minimal(replacing: "km: 600", with: "km: !!str 600")
    let error = try #require(errors(text).first)
    #expect(
      error.message.hasPrefix(
        "YAML tags ('!!str', '!!int', '!name') are not used in scenario files"))
    #expect(error.location.line == position(of: "!!str", in: text)?.line)
    // An exclamation mark inside a text is not a tag.
    #expect(
      errors(
        minimal(replacing: "{id: B, kind: city,", with: "{id: B, name: Wow ! Almaty, kind: city,")
      ).isEmpty)
  }

  @Test(
    "keys a distribution does not take are errors, not ignored",
    arguments: [
      (
        "{distribution: empirical, values: [1, 2], mean: 5}",
        "'mean' does not apply to the empirical distribution"
      ),
      (
        "{distribution: exponential, mean: 2, cv: 0.5}",
        "'cv' does not apply to the exponential distribution"
      ),
      ("{min: 1, max: 3, mean: 2}", "'mean' does not apply to the uniform distribution"),
      (
        "{distribution: erlang, phases: 4, mean: 1, cv: 0.3}",
        "'cv' does not apply to the erlang distribution"
      ),
    ])
  func distributionKeys(written: String, message: String) throws {
    let found = errors(minimal(replacing: "service_hours: 2,", with: "service_hours: \(written),"))
    #expect(found.contains { $0.message.hasPrefix(message) }, "\(found)")
    // Notes on a figure are not keys of the distribution.
    #expect(
      errors(
        minimal(
          replacing: "service_hours: 2,",
          with: "service_hours: {mean: 2, cv: 0.5, estimate: true, note: x},")
      ).isEmpty)
  }

  @Test("a change that takes demand past its range, or a stage below one lane, is an error")
  func changesOutOfRange() throws {
    let demand = errors(
      minimal(
        replacing: "demand:\n",
        with: "measures:\n  - id: boom\n    changes:\n      - {demand: all, scale: 1000}\n"
          + "      - {demand: all, scale: 1000}\n      - {demand: all, scale: 1000}\ndemand:\n"))
    #expect(
      demand.map(\.message) == [
        "measure 'boom' would make the demand A to B (goods) 1000000000000 TEU a year; it must be a number from 0 to 10^9"
      ])
    let lanes = errors(
      minimal(
        replacing: "demand:\n",
        with:
          "measures:\n  - id: shut\n    changes:\n      - stage: {checkpoint: X, stage: documents}\n"
          + "        scale: {lanes: 0.1}\ndemand:\n"))
    #expect(
      lanes.first?.message.contains("would become 0.2; a stage keeps at least 1 lane") == true)
  }

  @Test("a bad 'extends' is the only error, not the root sections it would need")
  func badExtends() throws {
    for written in ["\"\"", "", "[base.yaml]"] {
      let found = errors("scenario: x\nextends: \(written)\n")
      #expect(found.count == 1, "\(found)")
      #expect(found.first?.location.line == 2)
    }
  }

  @Test("a scenario with no demand at all is warned about")
  func noDemand() throws {
    let files = ScenarioFiles()
    files.write("zero.yaml", minimal(replacing: "teu_per_year: 1000", with: "teu_per_year: 0"))
    let report = files.validate("zero.yaml")
    #expect(report.isValid)
    #expect(
      report.warnings.map(\.message) == [
        "the demand adds up to 0 TEU a year: nothing will be assigned or simulated, and every table of the reports will be empty"
      ])
  }
}
