/// A linear pre-scan that bounds the nesting depth of a YAML text before it is parsed.
///
/// The YAML composer builds its tree recursively, so a file of a million nested `[` would
/// exhaust the stack. The scan over-approximates depth: block depth by the indentation and
/// sequence or mapping indicators at the start of each line, flow depth by unquoted brackets.
enum NestingScan {
  /// The deepest nesting accepted, in block-indentation columns plus flow levels.
  static let maximumDepth = 200

  /// The first place where nesting goes past ``maximumDepth``, if any.
  static func firstTooDeep(in bytes: some Collection<UInt8>) -> (line: Int, column: Int)? {
    var line = 1
    var column = 0
    var atLineStart = true
    var blockDepth = 0
    var flowDepth = 0
    var quote: UInt8? = nil
    var inComment = false
    var previous: UInt8 = UInt8(ascii: "\n")
    for byte in bytes {
      column += 1
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 0
        atLineStart = true
        blockDepth = 0
        inComment = false
        if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
          // Quoted scalars may span lines; keep the state.
        }
        previous = byte
        continue
      }
      if inComment { continue }
      if let q = quote {
        if byte == q && previous != UInt8(ascii: "\\") { quote = nil }
        previous = byte
        continue
      }
      if atLineStart {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"),
          UInt8(ascii: "\t"):
          blockDepth += 1
        default:
          atLineStart = false
        }
      }
      switch byte {
      case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || column == 1:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "[")
          || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
          || previous == UInt8(ascii: ":") || column == 1
        {
          quote = byte
        }
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        flowDepth += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        flowDepth = max(0, flowDepth - 1)
      default:
        break
      }
      if blockDepth + flowDepth > maximumDepth { return (line, column) }
      previous = byte
    }
    return nil
  }
}
