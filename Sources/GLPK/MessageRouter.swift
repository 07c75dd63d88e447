/// Collects GLPK's terminal output during one solve and passes it on line by line.
///
/// GLPK hands over text in pieces that need not end at line breaks. The router joins
/// them into lines for the caller's handler, and keeps the text GLPK prints while
/// reporting an internal error so that it can go into the thrown ``SolverError``.
final class MessageRouter {
  private let handler: (@Sendable (String) -> Void)?
  private var pendingLine = ""
  /// The text of GLPK's internal-error report, if one was printed.
  private(set) var errorText = ""
  /// The last few hundred characters GLPK printed, kept even when output is silenced so
  /// that a failure can say what GLPK reported.
  private(set) var recentText = ""

  init(_ messages: SolverMessages) {
    switch messages {
    case .silent: handler = nil
    case .log(_, let handler): self.handler = handler
    }
  }

  /// Takes one piece of GLPK output.
  func receive(_ text: String, isError: Bool) {
    if isError { errorText += text }
    recentText += text
    if recentText.count > 600 { recentText = String(recentText.suffix(400)) }
    guard handler != nil else { return }
    pendingLine += text
    while let lineBreak = pendingLine.firstIndex(of: "\n") {
      let line = String(pendingLine[..<lineBreak])
      pendingLine.removeSubrange(...lineBreak)
      handler?(line)
    }
  }

  /// Passes a note of this layer, such as why a heuristic solution was rejected.
  func note(_ line: String) {
    handler?(line)
  }

  /// Passes on a last line that GLPK left without a line break.
  func flush() {
    guard !pendingLine.isEmpty else { return }
    handler?(pendingLine)
    pendingLine = ""
  }

  /// GLPK's internal-error report on one line, or a fallback when nothing was printed.
  var errorSummary: String { oneLine(errorText) }

  /// GLPK's recent output on one line, or a fallback when nothing was printed.
  var recentSummary: String { oneLine(recentText) }

  private func oneLine(_ text: String) -> String {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    return lines.isEmpty ? "GLPK printed no details" : lines.joined(separator: " / ")
  }
}
