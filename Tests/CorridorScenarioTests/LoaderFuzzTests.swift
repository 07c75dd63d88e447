import CorridorRandom
import Foundation
import Testing

@testable import CorridorScenario

/// A mutation fuzzer over the scenario library: each case takes a library file, applies one
/// to three random edits (extreme numbers, YAML indicators, control bytes, deleted, repeated or
/// swapped lines, swapped words, truncation, flipped bytes), and validates the result.
///
/// A case passes when validation returns, within 10 s, with every diagnostic located at a
/// line and column of a file it read. A crash ends the test process; the case being run is
/// kept in `$TMPDIR/corridor-fuzz-last/` to reproduce it.
///
/// The suite runs 150 cases; `CORRIDOR_FUZZ_CASES=N` or `CORRIDOR_FUZZ_SECONDS=S` run more,
/// and `CORRIDOR_FUZZ_SEED` another sequence (Benchmarks/fuzz-loader.sh runs it for minutes).
@Suite("Loader fuzzing")
struct LoaderFuzzTests {
  /// The library files, by path relative to `Scenarios/`.
  static func library() throws -> [(name: String, text: String)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")
    var files: [(String, String)] = []
    for folder in ["", "examples"] {
      let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      where name.hasSuffix(".yaml") {
        let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        files.append((folder.isEmpty ? name : "\(folder)/\(name)", text))
      }
    }
    return files
  }

  @Test(
    "mutated library files validate to located diagnostics, never a crash or a hang", .tags(.slow))
  func fuzz() throws {
    let environment = ProcessInfo.processInfo.environment
    let seconds = environment["CORRIDOR_FUZZ_SECONDS"].flatMap(Double.init)
    let cases =
      environment["CORRIDOR_FUZZ_CASES"].flatMap(Int.init) ?? (seconds == nil ? 150 : .max)
    var random = SplitMix64(state: environment["CORRIDOR_FUZZ_SEED"].flatMap(UInt64.init) ?? 1)
    let library = try Self.library()
    try #require(!library.isEmpty)
    let files = ScenarioFiles()
    for file in library { files.write(file.name, file.text) }
    let keep = FileManager.default.temporaryDirectory.appendingPathComponent("corridor-fuzz-last")
    try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
    let clock = ContinuousClock()
    let start = clock.now
    var run = 0
    var valid = 0
    var slowest = 0.0
    while run < cases, seconds.map({ (clock.now - start) < .seconds($0) }) ?? true {
      let source = library[random.below(library.count)]
      var bytes = Array(source.text.utf8)
      var edits: [String] = []
      for _ in 0..<(1 + random.below(3)) { edits.append(FuzzMutation.apply(to: &bytes, &random)) }
      // Beside the original, so that a relative 'extends' still resolves.
      let folder = (source.name as NSString).deletingLastPathComponent
      let name = (folder.isEmpty ? "" : folder + "/") + "fuzz-case.yaml"
      let path = files.write(name, bytes: Data(bytes))
      try? Data(bytes).write(to: keep.appendingPathComponent("case.yaml"))
      try? Data("case \(run) of \(source.name): \(edits.joined(separator: "; "))\n".utf8)
        .write(to: keep.appendingPathComponent("case.txt"))
      let caseStart = clock.now
      let report = ScenarioLoader.validate(path: path)
      let elapsed = (clock.now - caseStart) / .seconds(1)
      slowest = max(slowest, elapsed)
      #expect(elapsed < 10, "case \(run) (\(source.name): \(edits)) took \(elapsed) s")
      // Lines as YAML counts them: LF, CR not before LF, NEL, and the Unicode separators.
      let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
      let lineCount =
        scalars.indices.count { i in
          let v = scalars[i].value
          return v == 0x0A || v == 0x85 || v == 0x2028 || v == 0x2029
            || (v == 0x0D && (i + 1 == scalars.count || scalars[i + 1].value != 0x0A))
        } + 1
      for diagnostic in report.diagnostics {
        let location = diagnostic.location
        // A file of the case's folder (the case or a library file it extends), at a line
        // the case has, or just past its end where the parser found the file cut short.
        #expect(
          location.file.hasPrefix(files.directory.path) && location.line >= 1
            && location.column >= 1 && (location.file != path || location.line <= lineCount + 1),
          "case \(run) (\(source.name): \(edits)): unlocated \(diagnostic)")
      }
      #expect(report.isValid == (report.scenario != nil && report.errors.isEmpty))
      if report.isValid { valid += 1 }
      run += 1
    }
    print(
      "fuzz: \(run) cases in \(String(format: "%.1f", (clock.now - start) / .seconds(1))) s, "
        + "\(valid) still valid, slowest \(String(format: "%.2f", slowest)) s")
    #expect(run > 0)
  }
}

/// The edits the fuzzer makes, on the file's bytes.
enum FuzzMutation {
  static let numbers = [
    "0", "-1", "1e308", "-1e308", "1e-310", ".nan", ".inf", "-.inf", "9223372036854775807",
    "-9223372036854775808", "99999999999999999999999", "0x7f", "1_000", "4.0e6", "1e400",
  ]
  static let tokens = [
    "&a ", "*a", "<<: *a", "[", "]", "{", "}", ": ", "- ", "? ", "\t", "\u{FEFF}", "\u{1B}",
    "\r", "'", "\"", "#", "---\n", "!!binary ", "%YAML 1.2\n", "*", "&", "~", "null",
    "extends: ots-baseline-2025.yaml", "<<: [*a, *a]", "\u{85}", "\u{2028}",
  ]

  /// Applies one random edit and says which.
  static func apply(to bytes: inout [UInt8], _ random: inout SplitMix64) -> String {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map(Array.init)
    guard !lines.isEmpty else { return "none" }
    let l = random.below(lines.count)
    let kind = random.below(10)
    switch kind {
    case 0:
      // An extreme number in place of the first number on a line.
      let text = String(decoding: lines[l], as: UTF8.self)
      guard let range = text.range(of: #"-?[0-9]+(\.[0-9]+)?"#, options: .regularExpression)
      else { return "no number on line \(l + 1)" }
      let number = numbers[random.below(numbers.count)]
      lines[l] = Array(text.replacingCharacters(in: range, with: number).utf8)
      bytes = join(lines)
      return "number \(number) on line \(l + 1)"
    case 1:
      lines.remove(at: l)
      bytes = join(lines)
      return "delete line \(l + 1)"
    case 2:
      let count = random.below(3) == 0 ? 200 : 1
      lines.insert(contentsOf: Array(repeating: lines[l], count: count), at: l)
      bytes = join(lines)
      return "repeat line \(l + 1) x\(count)"
    case 3:
      let m = random.below(lines.count)
      lines.swapAt(l, m)
      bytes = join(lines)
      return "swap lines \(l + 1) and \(m + 1)"
    case 4:
      let token = tokens[random.below(tokens.count)]
      let at = random.below(lines[l].count + 1)
      lines[l].insert(contentsOf: Array(token.utf8), at: at)
      bytes = join(lines)
      return "insert \(token.debugDescription) on line \(l + 1)"
    case 5:
      // A word of another line in place of a word of this one (ids, modes, keys).
      let words = String(decoding: bytes, as: UTF8.self)
        .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
      guard let word = words.randomElement(using: &random) else { return "no words" }
      let text = String(decoding: lines[l], as: UTF8.self)
      guard let range = text.range(of: #"[A-Za-z][A-Za-z0-9_-]*"#, options: .regularExpression)
      else { return "no word on line \(l + 1)" }
      lines[l] = Array(text.replacingCharacters(in: range, with: word).utf8)
      bytes = join(lines)
      return "word \(word) on line \(l + 1)"
    case 6:
      let at = random.below(bytes.count + 1)
      bytes.removeSubrange(at...)
      return "truncate at byte \(at)"
    case 7:
      guard !bytes.isEmpty else { return "empty" }
      let at = random.below(bytes.count)
      bytes[at] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
      return "flip a bit of byte \(at)"
    case 8:
      let indent = random.below(2) == 0 ? Array("  ".utf8) : []
      if indent.isEmpty {
        lines[l] = Array(lines[l].drop { $0 == UInt8(ascii: " ") })
      } else {
        lines[l] = indent + lines[l]
      }
      bytes = join(lines)
      return "reindent line \(l + 1)"
    default:
      // An anchor on one line and an alias to it on another.
      let m = random.below(lines.count)
      if let colon = lines[l].firstIndex(of: UInt8(ascii: ":")) {
        lines[l].insert(contentsOf: Array(" &a".utf8), at: colon + 1)
      }
      if let colon = lines[m].firstIndex(of: UInt8(ascii: ":")) {
        lines[m] = Array(lines[m][...colon]) + Array(" *a".utf8)
      }
      bytes = join(lines)
      return "anchor on line \(l + 1), alias on line \(m + 1)"
    }
  }

  private static func join(_ lines: [[UInt8]]) -> [UInt8] {
    Array(lines.joined(separator: [UInt8(ascii: "\n")]))
  }
}
