import Foundation
import Testing

@testable import CorridorAssignment

@Suite("TNTP reader")
struct TNTPReaderTests {
  /// Writes NAME_net.tntp and NAME_trips.tntp in a fresh folder and returns the stem.
  func write(net: String, trips: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tntp-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(net.utf8).write(to: folder.appendingPathComponent("T_net.tntp"))
    try? Data(trips.utf8).write(to: folder.appendingPathComponent("T_trips.tntp"))
    return folder.appendingPathComponent("T").path
  }

  let header =
    "<NUMBER OF ZONES>\t\t\t2\n<NUMBER OF NODES> 3\n<FIRST THRU NODE>\t3\n<NUMBER OF LINKS> 3\n<END OF METADATA>\n\n~ init term cap len fft b power speed toll type ;\n"
  let goodLinks =
    "\t1\t3\t100\t1\t2.0E+00\t0.15\t4\t0\t5\t1\t;\n\t3\t2\t100\t1\t2\t0.00000000000000000000E+00\t0\t0\t0\t1\t;\n\t2\t1\t100\t1\t0\t0\t0\t0\t0\t1;\n"
  let goodTrips =
    "<NUMBER OF ZONES> 2\n<TOTAL OD FLOW> 12\n<END OF METADATA>\n\nOrigin 1\n  1 :  2.0;   2 :  5.0;\n~ a comment inside the body\nOrigin 2\n 1 : 5\n"

  @Test("a link whose time would overflow at the network's total demand is refused at its line")
  func overflow() throws {
    // Capacity 0.001 and power 100: (10 / 0.001)^100 = 10^400 at the total demand of 10.
    let links =
      "\t1\t3\t0.001\t1\t2\t0.15\t100\t0\t0\t1\t;\n\t3\t2\t100\t1\t2\t0\t0\t0\t0\t1\t;\n"
      + "\t2\t1\t100\t1\t0\t0\t0\t0\t0\t1;\n"
    let stem = write(net: header + links, trips: goodTrips)
    #expect {
      try TNTPNetwork(stem: stem)
    } throws: { error in
      guard let error = error as? TNTPError else { return false }
      return error.line == 8
        && error.message.hasPrefix(
          "at the network's total demand (10.0) this link's time overflows")
    }
    // The same link with power 4 is fine.
    let tame = links.replacingOccurrences(of: "\t100\t0\t0\t1\t;", with: "\t4\t0\t0\t1\t;")
    #expect(try TNTPNetwork(stem: write(net: header + tame, trips: goodTrips)).links[0].power == 4)
  }

  @Test("the format traps of the published files are read")
  func traps() throws {
    let network = try TNTPNetwork(stem: write(net: header + goodLinks, trips: goodTrips))
    #expect(network.zones == 2)
    #expect(network.firstThroughNode == 3)
    #expect(network.links.count == 3)
    #expect(network.links[0].freeFlowTime == 2)
    #expect(network.links[0].toll == 5)
    #expect(network.links[1].b == 0)
    #expect(network.links[2].freeFlowTime == 0)
    // Intrazonal 1 → 1 is skipped; entries without ';' are read.
    #expect(network.totalDemand == 10)
    let input = try network.assignmentInput(tollFactor: 0.5)
    #expect(input.network.passable == [false, false, true])
    #expect(input.demandClass.fixedCost == [2.5, 0, 0])
  }

  @Test(
    "malformed files give the file, the line and what was expected",
    arguments: [
      (
        "\t1\t3\t100\t1\tfast\t0.15\t4\t0\t0\t1\t;\n", 8,
        "free_flow_time is 'fast'; expected a number from 0 to 10^6"
      ),
      (
        "\t1\t9\t100\t1\t2\t0.15\t4\t0\t0\t1\t;\n", 8,
        "term_node is '9'; expected a node number from 1 to 3"
      ),
      (
        "\t1\t3\t100\t1\t-2\t0.15\t4\t0\t0\t1\t;\n", 8,
        "free_flow_time is '-2'; expected a number from 0 to 10^6"
      ),
      ("\t1\t3\t0\t1\t2\t0.15\t4\t0\t0\t1\t;\n", 8, "capacity is 0 while b is 0.15"),
      ("\t1\t3\t1e13\t1\t2\t0.15\t4\t0\t0\t1\t;\n", 8, "capacity is '1e13'; expected a number"),
      ("\t1\t3\t100\n", 8, "expected at least 7 fields"),
    ])
  func malformedNet(line: String, number: Int, message: String) throws {
    let stem = write(net: header + line + goodLinks, trips: goodTrips)
    #expect {
      try TNTPNetwork(stem: stem)
    } throws: { error in
      guard let error = error as? TNTPError else { return false }
      return error.file == stem + "_net.tntp" && error.line == number
        && error.message.hasPrefix(message)
    }
  }

  @Test("a link count that disagrees with the metadata")
  func linkCount() throws {
    let stem = write(net: header + goodLinks + goodLinks, trips: goodTrips)
    #expect {
      try TNTPNetwork(stem: stem)
    } throws: { error in
      (error as? TNTPError)?.message == "'<NUMBER OF LINKS>' says 3 but the file has 6 link lines"
    }
  }

  @Test(
    "malformed trips give the line",
    arguments: [
      ("<END OF METADATA>\nOrigin 1\n 2 ; 5;\n", 3, "'2' is not 'destination : volume'"),
      ("<END OF METADATA>\nOrigin 7\n", 2, "'Origin 7' is not a node number from 1 to 3"),
      ("<END OF METADATA>\n 2 : 5;\n", 2, "demand entries before the first 'Origin' line"),
      (
        "<END OF METADATA>\nOrigin 1\n 2 : -5;\n", 3,
        "demand -5.0 to 2 must be a number from 0 to 10^12"
      ),
      ("no metadata here\n", 1, "expected a metadata line"),
    ])
  func malformedTrips(text: String, number: Int, message: String) throws {
    let stem = write(net: header + goodLinks, trips: text)
    #expect {
      try TNTPNetwork(stem: stem)
    } throws: { error in
      guard let error = error as? TNTPError else { return false }
      return error.line == number && error.message.hasPrefix(message)
    }
  }

  @Test("a binary file is refused")
  func binary() throws {
    let stem = write(net: "\u{0}\u{1}binary", trips: goodTrips)
    #expect {
      try TNTPNetwork(stem: stem)
    } throws: { error in
      (error as? TNTPError)?.message == "file is not text; expected a TNTP file"
    }
  }
}
