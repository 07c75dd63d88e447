import Foundation
import Testing

@testable import CorridorScenario

@Suite("Malformed files fail fast with a message")
struct MalformedFileTests {
  @Test("an empty file", arguments: ["", "   \n\n\t\n"])
  func empty(_ text: String) throws {
    let files = ScenarioFiles()
    files.write("empty.yaml", text)
    let error = try #require(files.validate("empty.yaml").onlyError)
    #expect(
      error.message == "file is empty; expected a scenario mapping starting with 'scenario: <id>'")
    #expect((error.location.line, error.location.column) == (1, 1))
  }

  @Test("a file of comments only")
  func commentsOnly() throws {
    let files = ScenarioFiles()
    files.write("c.yaml", "# nothing here\n# at all\n")
    let error = try #require(files.validate("c.yaml").onlyError)
    #expect(error.message.hasPrefix("file has no YAML document"))
  }

  @Test("a binary file")
  func binary() throws {
    let files = ScenarioFiles()
    // The start of a PNG file: two line feeds, then a NUL byte at the start of line 3.
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    files.write("image.yaml", bytes: Data(png))
    let error = try #require(files.validate("image.yaml").onlyError)
    #expect(
      error.message == "file contains binary data (a NUL byte); expected a YAML text file in UTF-8")
    #expect((error.location.line, error.location.column) == (3, 1))
  }

  @Test("a file that is not UTF-8")
  func notUTF8() throws {
    let files = ScenarioFiles()
    // Latin-1 "ü" (0xFC) in the third line's name.
    var bytes = Data("scenario: s\nnodes:\n  - {id: M, name: M".utf8)
    bytes.append(0xFC)
    bytes.append(contentsOf: Data("nchen}\n".utf8))
    files.write("latin1.yaml", bytes: bytes)
    let error = try #require(files.validate("latin1.yaml").onlyError)
    #expect(
      error.message == "file is not valid UTF-8 text; save it as UTF-8 (expected a YAML scenario)")
    #expect((error.location.line, error.location.column) == (3, 20))
  }

  @Test("deeply nested flow lists are refused before parsing")
  func deepFlow() throws {
    let files = ScenarioFiles()
    files.write("deep.yaml", "scenario: s\nnodes: " + String(repeating: "[", count: 1_000_000))
    let error = try #require(files.validate("deep.yaml").onlyError)
    #expect(error.message.hasPrefix("nesting is deeper than 200 levels"))
    #expect((error.location.line, error.location.column) == (2, 208))
  }

  @Test("deeply nested block lists are refused before parsing")
  func deepBlock() throws {
    let files = ScenarioFiles()
    files.write("deep.yaml", "scenario: s\nnodes:\n" + String(repeating: "- ", count: 500) + "x\n")
    let error = try #require(files.validate("deep.yaml").onlyError)
    #expect(error.message.hasPrefix("nesting is deeper than 200 levels"))
    #expect(error.location.line == 3)
  }

  @Test("a file over the size limit is refused without reading it whole")
  func tooLarge() throws {
    let files = ScenarioFiles()
    // 50 MB of nested lists.
    let chunk = Data(String(repeating: "- [[[1]]]\n", count: 100_000).utf8)
    var data = Data("scenario: s\nnodes:\n".utf8)
    for _ in 0..<50 { data.append(chunk) }
    files.write("big.yaml", bytes: data)
    let error = try #require(files.validate("big.yaml").onlyError)
    #expect(error.message.hasPrefix("file is larger than 16 MB"))
  }

  @Test("a huge flat list inside the limit gives a bounded number of errors")
  func manyErrors() throws {
    let files = ScenarioFiles()
    let items = String(repeating: "  - 1\n", count: 200_000)
    files.write(
      "flat.yaml", "scenario: s\ncommodities: []\nlinks: []\ndemand: []\nnodes:\n" + items)
    let report = files.validate("flat.yaml")
    #expect(report.errors.count == 201)
    #expect(
      report.errors.last?.message
        == "199800 more errors not shown; fix the ones above and validate again")
    #expect(
      report.errors.first?.message == "expected a mapping (key: value lines) for node #1, found '1'"
    )
  }
}
