import Foundation
import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("Readers of the AP, node-value and CAB files")
struct ReaderTests {
  /// A valid 2-node AP file, line by line.
  static let apLines = [
    "2", "0 0", "3000 4000", "1.5 2", "3 0.25", "1", "3.000000", "0.750000", "2.000000",
  ]

  func apError(_ lines: [String]) throws -> HubDataError? {
    let path = try Fixture.temporary(lines.joined(separator: "\n") + "\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try APFile(path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test("an AP file: distances are Euclidean / 1000, factors and p as written")
  func apSmall() throws {
    let path = try Fixture.temporary(Self.apLines.joined(separator: "\r\n"))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try APFile(path: path)
    #expect(file.hubCount == 1)
    #expect(file.instance.distance(from: 0, to: 1) == 5)
    #expect(file.instance.flows == [1.5, 2, 3, 0.25])
    #expect(file.instance.chi == 3 && file.instance.alpha == 0.75 && file.instance.delta == 2)
    #expect(file.instance.coordinates?[1] == HubCoordinate(x: 3000, y: 4000))
  }

  @Test("the AP fixtures read with their sizes and total flow")
  func apFixtures() throws {
    for nodes in [10, 20, 25] {
      let file = try APFile(path: Fixture.path("AP/\(nodes).5"))
      #expect(file.instance.nodeCount == nodes)
      // Every aggregation keeps the total flow of APdata200.
      #expect(abs(file.instance.totalFlow - 3978.91525) < 0.01)
    }
  }

  @Test(
    "malformed AP files fail on the right line",
    arguments: [
      (Array(apLines.prefix(5)), 5, "the number of hubs p"),  // truncated
      (Array(apLines.prefix(3)) + ["1.5 x", "3 0.25", "1", "3", "0.75", "2"], 4, "not"),
      (
        Array(apLines.prefix(3)) + ["1.5 -2", "3 0.25", "1", "3", "0.75", "2"], 4,
        "expected a number from 0 to 10^12"
      ),
      (
        Array(apLines.prefix(3)) + ["1.5 nan", "3 0.25", "1", "3", "0.75", "2"], 4,
        "expected a number from 0 to 10^12"
      ),
      (
        Array(apLines.prefix(3)) + ["1.5 1e308", "3 0.25", "1", "3", "0.75", "2"], 4,
        "expected a number from 0 to 10^12"
      ),
      (
        Array(apLines.prefix(7)) + ["1e308", "2"], 8,
        "alpha is '1e308'; expected a number from 0 to 1000"
      ),
      (Array(apLines.prefix(5)) + ["3", "3", "0.75", "2"], 6, "p"),  // p > n
      (apLines + ["7"], 10, "end of the file"),  // extra content
      (["two"] + apLines.dropFirst(), 1, "node count"),
    ] as [([String], Int, String)])
  func apErrors(lines: [String], line: Int, fragment: String) throws {
    let error = try #require(try apError(lines))
    #expect(error.line == line, "\(error)")
    if fragment == "not" {
      #expect(error.message.contains("'x'"), "\(error)")
    } else {
      #expect(error.message.contains(fragment), "\(error)")
    }
  }

  @Test("node-value files: one number per node, whitespace-separated, exactly n")
  func nodeValues() throws {
    let loose = try NodeValuesFile(path: Fixture.path("AP/FcostL.10"), count: 10)
    let tight = try NodeValuesFile(path: Fixture.path("AP/FcostT.10"), count: 10)
    #expect(loose.values.count == 10 && tight.values.count == 10)
    #expect(loose.values[0] == 28766.736921)
    let short = try Fixture.temporary("1\n2\n3\n")
    let long = try Fixture.temporary("1 2 3 4 5\n")
    let negative = try Fixture.temporary("1\n-2\n3\n4\n")
    defer {
      for path in [short, long, negative] { try? FileManager.default.removeItem(atPath: path) }
    }
    #expect {
      try NodeValuesFile(path: short, count: 4)
    } throws: { error in
      // Three values: the file ends after line 3 where the fourth was expected.
      guard let error = error as? HubDataError else { return false }
      return error.line == 3 && error.message.contains("node 4 of 4")
    }
    #expect {
      try NodeValuesFile(path: long, count: 4)
    } throws: { ($0 as? HubDataError)?.message.contains("after 4 values") ?? false }
    #expect {
      try NodeValuesFile(path: negative, count: 4)
    } throws: { ($0 as? HubDataError)?.line == 2 }
    #expect {
      try NodeValuesFile(path: Fixture.path("AP/missing"), count: 4)
    } throws: { ($0 as? HubDataError)?.line == 0 }
  }

  @Test("the CAB file: 25 cities, CRLF, flows normalised over the first n")
  func cab() throws {
    let file = try Fixture.cab()
    #expect(file.cityCount == 25)
    let instance = try file.instance(cities: 10, alpha: 0.4)
    #expect(instance.nodeCount == 10)
    #expect(abs(instance.totalFlow - 1) < 1e-12)
    #expect(instance.chi == 1 && instance.delta == 1 && instance.alpha == 0.4)
    #expect(instance.distance(from: 0, to: 1) == 576.9631)
    #expect(throws: HubModelError.self) { try file.instance(cities: 26, alpha: 0.2) }
  }

  @Test(
    "malformed CAB files name the line or the missing pair",
    arguments: [
      ("param: W C :=\r\n1 1 0 0\r\n1 2 5 10\r\n2 1 5 10\r\n2 2 0 0\r\n;\r\n", 0, ""),
      ("param: W C :=\n1 1 0 0\n1 2 5 10\n2 1 5 10\n", 0, "(2, 2) is missing"),
      ("param: W C :=\n1 1 0 0\n1 2 5 10\n2 1 5 10\n2 2 0 0\n1 2 5 10\n", 6, "twice"),
      ("param: W C :=\n1 1 0 0\n1 2 -5 10\n2 1 5 10\n2 2 0 0\n", 3, "from 0 to 10^12"),
      ("param: W C :=\n1 1 0 0\n1 2 nan 10\n2 1 5 10\n2 2 0 0\n", 3, "from 0 to 10^12"),
      ("param: W C :=\n1 1 0 0\n1 2 5 1e308\n2 1 5 10\n2 2 0 0\n", 3, "from 0 to 10^9"),
      ("param: W C :=\n1 1 0\n", 2, "4 fields"),
      ("W C\n1 1 0 0\n", 1, "header"),
    ] as [(String, Int, String)])
  func cabErrors(text: String, line: Int, fragment: String) throws {
    let path = try Fixture.temporary(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    if fragment.isEmpty {
      let file = try CABFile(path: path)
      #expect(file.cityCount == 2)
      #expect(try file.instance(cities: 2, alpha: 1).flows == [0, 0.5, 0.5, 0])
      return
    }
    #expect {
      try CABFile(path: path)
    } throws: { error in
      guard let error = error as? HubDataError else { return false }
      return error.line == line && error.message.contains(fragment)
    }
  }
}
