import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("agenda_corridors")
struct AgendaCorridorsTests {
  /// The minimal scenario with two corridors and `agenda` as its agenda line.
  func scenario(agenda: String) -> String {
    minimalScenario + """

      corridors:
        - {id: main, name: Main road, via: [A, X, B]}
        - {id: spur, name: Spur, via: [X, B]}
      \(agenda)

      """
  }

  @Test("the list is read in order, inherited by a child file, and replaced by a child's own")
  func inheritance() throws {
    let files = ScenarioFiles()
    files.write("base.yaml", scenario(agenda: "agenda_corridors: [spur, main]"))
    files.write("child.yaml", "scenario: child\nextends: base.yaml\n")
    files.write(
      "own.yaml", "scenario: own\nextends: base.yaml\nagenda_corridors: [main]\n")
    files.write("none.yaml", scenario(agenda: ""))
    let base = files.validate("base.yaml")
    #expect(base.errors.isEmpty, "\(base.diagnostics)")
    #expect(base.scenario?.agendaCorridors == ["spur", "main"])
    #expect(files.validate("child.yaml").scenario?.agendaCorridors == ["spur", "main"])
    #expect(files.validate("own.yaml").scenario?.agendaCorridors == ["main"])
    let none = try #require(files.validate("none.yaml").scenario)
    #expect(none.agendaCorridors == nil)
  }

  @Test("an unknown id is an error at the id, with a suggestion and the corridors' ids")
  func unknownID() throws {
    let text = scenario(agenda: "agenda_corridors: [main, spurr]")
    let files = ScenarioFiles()
    files.write("s.yaml", text)
    let error = try #require(files.validate("s.yaml").onlyError)
    let at = try #require(position(of: "spurr", in: text))
    #expect(error.location.file.hasSuffix("s.yaml"))
    #expect(error.location.line == at.line)
    #expect(error.location.column == at.column)
    #expect(
      error.message
        == "'agenda_corridors' names corridor 'spurr', which is not defined; did you mean "
        + "'spur'?; the corridors are 'main', 'spur'")
  }

  @Test("a child naming a corridor its base lacks is located in the child")
  func unknownInChild() throws {
    let files = ScenarioFiles()
    files.write("base.yaml", scenario(agenda: ""))
    let child = "scenario: child\nextends: base.yaml\nagenda_corridors: [mian]\n"
    files.write("child.yaml", child)
    let error = try #require(files.validate("child.yaml").onlyError)
    #expect(error.location.file.hasSuffix("child.yaml"))
    #expect(error.location.line == 3)
    #expect(error.location.column == 20)
    #expect(error.message.contains("did you mean 'main'?"))
  }

  @Test("a repeated id, an empty list and a list that is not one are errors")
  func malformed() throws {
    let files = ScenarioFiles()
    for (agenda, message, marker) in [
      (
        "agenda_corridors: [main, main]", "corridor 'main' is listed twice in 'agenda_corridors'",
        "main]"
      ),
      ("agenda_corridors: []", "'agenda_corridors' is empty; list the ids", "[]"),
      ("agenda_corridors: main", "'agenda_corridors' must be a list, found", "main"),
    ] {
      let text = scenario(agenda: agenda)
      files.write("bad.yaml", text)
      let error = try #require(files.validate("bad.yaml").onlyError, "\(agenda)")
      #expect(error.message.hasPrefix(message), "\(error.message)")
      let at = try #require(position(of: marker, in: text, after: "agenda_corridors"))
      #expect(error.location.line == at.line, "\(agenda)")
      #expect(error.location.column == at.column, "\(agenda)")
    }
  }

  @Test("the calibrated OTS scenario names its Middle Corridor and CKU corridors")
  func library() throws {
    let loaded = try ScenarioLoader.load(
      path: repositoryRoot.appendingPathComponent("Scenarios/ots-calibrated-2025.yaml").path)
    #expect(
      loaded.scenario.agendaCorridors
        == ["mc-btk", "mc-btk-dostyk", "mc-poti-sea", "mc-baku", "cku-road"])
  }
}
