import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The report folder: replaced whole, for reports only, never through a symbolic link, and
/// locked against a second writer, including one writing a report inside it.
@Suite("Report folders")
struct ReportFolderTests {
  typealias Folder = HostileCommandTests.Folder

  /// Runs the teaching example into `out` (a short run).
  func run(_ out: String, seed: Int = 1, in directory: URL? = nil) throws -> CommandRunner.Result {
    try CommandRunner.run(
      [
        "run",
        CommandRunner.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
          .path, "--quiet", "--replications", "1", "--days", "5", "--seed", "\(seed)", "--out",
        out,
      ], in: directory)
  }

  @Test("a new report replaces the old whole, keeps the reports inside, and clears temporaries")
  func replacement() throws {
    let folder = Folder()
    let out = folder.url.appendingPathComponent("report")
    #expect(try run(out.path).status == 0)
    let manager = FileManager.default
    // A comparison inside it, a link to a data folder, and what killed runs leave behind.
    try manager.createDirectory(
      at: out.appendingPathComponent("comparisons"), withIntermediateDirectories: true)
    try Data("kept".utf8).write(to: out.appendingPathComponent("comparisons/keep.md"))
    try manager.createDirectory(
      at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
    #expect(symlink("../../data", out.appendingPathComponent("comparisons/data").path) == 0)
    #expect(symlink(".", out.appendingPathComponent("comparisons/loop").path) == 0)
    let stale = folder.url.appendingPathComponent(".report.corridor-tmp-424242")
    try manager.createDirectory(at: stale, withIntermediateDirectories: true)
    try manager.createDirectory(
      at: out.appendingPathComponent(".corridor-tmp-1"), withIntermediateDirectories: true)
    let second = try run(out.path, seed: 2)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(
      try String(contentsOf: out.appendingPathComponent("comparisons/keep.md"), encoding: .utf8)
        == "kept")
    // Links are carried as links, never followed.
    #expect(
      try manager.destinationOfSymbolicLink(
        atPath: out.appendingPathComponent("comparisons/data").path)
        == "../../data")
    #expect(
      try manager.destinationOfSymbolicLink(
        atPath: out.appendingPathComponent("comparisons/loop").path)
        == ".")
    #expect(!manager.fileExists(atPath: stale.path))
    #expect(!manager.fileExists(atPath: out.appendingPathComponent(".corridor-tmp-1").path))
    let names = try manager.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names.contains("summary.md") && names.contains("brief.html"))
    let beside = try manager.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(beside == [".report.lock", "data", "report"])
  }

  @Test("a folder with files corridor does not write is refused before any work")
  func foreignFiles() throws {
    let folder = Folder()
    let scenario = folder.write("mine.yaml", "scenario: x\n")
    let result = try run(folder.url.path)
    #expect(result.status == 73)
    #expect(result.stderr.contains("it holds files that corridor does not write (mine.yaml)"))
    #expect(try String(contentsOfFile: scenario, encoding: .utf8) == "scenario: x\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["mine.yaml"])
  }

  @Test("the current folder, a folder above it, an empty path and a symbolic link are refused")
  func refusedPlaces() throws {
    let folder = Folder()
    let inside = folder.url.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
    for out in ["", ".", "..", inside.path] {
      let result = try run(out, in: inside)
      #expect(result.status == 73, "--out '\(out)': \(result.stderr)")
      #expect(result.stderr.contains("cannot write the report to"))
    }
    #expect(symlink(inside.path, folder.url.appendingPathComponent("link").path) == 0)
    let linked = try run(folder.url.appendingPathComponent("link").path)
    #expect(linked.status == 73)
    #expect(linked.stderr.contains("it is a symbolic link; give the folder it points to"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: inside.path).isEmpty)
  }

  @Test("a folder another process is writing is refused, and so is a report inside it")
  func locks() throws {
    let folder = Folder()
    let out = folder.url.appendingPathComponent("report")
    let lock = open(folder.url.appendingPathComponent(".report.lock").path, O_RDWR | O_CREAT, 0o644)
    defer { close(lock) }
    #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
    let direct = try run(out.path)
    #expect(direct.status == 73)
    #expect(direct.stderr.contains("\(out.path) is being written by another corridor process"))
    // A comparison into report/comparisons while the report is being replaced.
    let inner = try CommandRunner.run([
      "compare", "Scenarios/examples/two-corridors.yaml", "Scenarios/examples/two-corridors.yaml",
      "--quiet", "--replications", "2", "--days", "5", "--out",
      out.appendingPathComponent("comparisons").path,
    ])
    #expect(inner.status == 73)
    #expect(inner.stderr.contains("\(out.path) is being written by another corridor process"))
  }
}
