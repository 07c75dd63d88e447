/// A linear pre-scan that refuses YAML shapes that could make parsing blow up, before parsing.
///
/// - **Nesting.** The YAML composer builds its tree recursively, so a file of a million
///   nested `[` would exhaust the stack. Depth is over-approximated: block depth by the
///   indentation and indicators at the start of each line, flow depth by unquoted brackets.
/// - **Tags.** A value starting with `!` (`!!str 670`, `!!binary`) would change how it is
///   read; scenario values are read by their plain form, so tags are refused.
/// - **Complex keys.** The parser compares mapping keys to find duplicates by hashing them
///   whole; a key that is an alias of, or a collection holding aliases of, a large anchored
///   structure would take exponential time. Scenario keys are plain words, so aliases,
///   lists and mappings as keys (and the `? ` explicit-key indicator) are refused.
enum StructureScan {
  /// The deepest nesting accepted, in block-indentation columns plus flow levels.
  static let maximumDepth = 200

  struct Problem: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  // The bytes the scan looks at.
  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
  private static let dash = UInt8(ascii: "-")
  private static let question = UInt8(ascii: "?")
  private static let colon = UInt8(ascii: ":")
  private static let hash = UInt8(ascii: "#")
  private static let singleQuote = UInt8(ascii: "'")
  private static let doubleQuote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let star = UInt8(ascii: "*")
  private static let exclamation = UInt8(ascii: "!")
  private static let comma = UInt8(ascii: ",")
  private static let openers: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "{")]
  private static let closers: Set<UInt8> = [UInt8(ascii: "]"), UInt8(ascii: "}")]
  private static let valueStarts: Set<UInt8> = [
    UInt8(ascii: "\n"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: "["),
    UInt8(ascii: "{"), UInt8(ascii: "?"),
  ]

  /// The first problem in the text, if any.
  static func firstProblem(in bytes: some Collection<UInt8>) -> Problem? {
    let bytes = Array(bytes)
    var line = 1
    var lineStart = 0
    var atLineStart = true
    var blockDepth = 0
    var flowDepth = 0
    var quote: UInt8? = nil
    // The last byte on the line that is not blank, outside quotes: a quote opens a quoted
    // scalar only where a value can start (after `:`, `-`, `,`, `[`, `{`, `?` or nothing).
    var lastSignificant = newline
    var i = 0
    func column(_ index: Int) -> Int {
      // Columns count Unicode scalars: skip UTF-8 continuation bytes.
      bytes[lineStart..<index].count { $0 & 0xC0 != 0x80 } + 1
    }
    func followedByKeyColon(_ index: Int) -> Bool {
      var j = index + 1
      while j < bytes.count, bytes[j] == space || bytes[j] == tab { j += 1 }
      guard j < bytes.count, bytes[j] == colon else { return false }
      return j + 1 >= bytes.count || [space, tab, newline].contains(bytes[j + 1])
        || (flowDepth > 0 && (bytes[j + 1] == comma || closers.contains(bytes[j + 1])))
    }
    while i < bytes.count {
      let byte = bytes[i]
      let previous = i > 0 ? bytes[i - 1] : newline
      if byte == newline {
        line += 1
        lineStart = i + 1
        atLineStart = true
        blockDepth = 0
        if quote == nil { lastSignificant = newline }
        i += 1
        continue
      }
      if let q = quote {
        if q == doubleQuote && byte == backslash {
          i += 2  // an escape: the next byte is part of the scalar
          continue
        }
        if byte == q {
          quote = nil
          lastSignificant = byte
        }
        i += 1
        continue
      }
      if atLineStart {
        if byte == question, i + 1 >= bytes.count || [space, tab, newline].contains(bytes[i + 1]) {
          return Problem(
            line: line, column: column(i),
            message: "explicit mapping keys ('? ') are not used in scenario files; write "
              + "'key: value'")
        }
        if byte == space || byte == tab || byte == dash || byte == colon {
          blockDepth += 1
        } else {
          atLineStart = false
        }
      }
      let tokenStart =
        [space, tab, newline, comma, colon, dash].contains(previous)
        || openers.contains(previous)
      switch byte {
      case hash where tokenStart:
        // A comment: skip to the end of the line.
        while i + 1 < bytes.count, bytes[i + 1] != newline { i += 1 }
      case singleQuote where tokenStart && valueStarts.contains(lastSignificant),
        doubleQuote where tokenStart && valueStarts.contains(lastSignificant):
        quote = byte
      case exclamation where tokenStart && valueStarts.contains(lastSignificant):
        return Problem(
          line: line, column: column(i),
          message: "YAML tags ('!!str', '!!int', '!name') are not used in scenario files; write "
            + "the value plainly (quote it to make it text)")
      case star where tokenStart:
        var end = i + 1
        while end < bytes.count, ![space, tab, newline, comma, colon].contains(bytes[end]),
          !closers.contains(bytes[end])
        {
          end += 1
        }
        if followedByKeyColon(end - 1) {
          return Problem(
            line: line, column: column(i),
            message: "an alias ('*…') cannot be a mapping key in a scenario file; keys are "
              + "plain words")
        }
        i = end - 1
      case _ where openers.contains(byte):
        flowDepth += 1
      case _ where closers.contains(byte):
        flowDepth = max(0, flowDepth - 1)
        if followedByKeyColon(i) {
          return Problem(
            line: line, column: column(i),
            message: "a list or mapping cannot be a mapping key in a scenario file; keys are "
              + "plain words")
        }
      default:
        break
      }
      if byte != space && byte != tab { lastSignificant = byte }
      if blockDepth + flowDepth > maximumDepth {
        return Problem(
          line: line, column: column(i),
          message: "nesting is deeper than \(maximumDepth) levels; a scenario needs fewer "
            + "than 10 (is this file generated by mistake?)")
      }
      i += 1
    }
    return nil
  }
}
