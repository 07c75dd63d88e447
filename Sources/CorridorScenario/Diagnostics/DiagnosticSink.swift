/// Collects the diagnostics of one load, so that all problems are reported at once.
///
/// A reference type because every reader of a load shares one list. The number of
/// diagnostics kept is bounded so that a pathological file cannot flood the output.
final class DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var droppedCount = 0
  let limit: Int

  /// Mappings decoded so far, against a budget: aliases can make a small file expand into
  /// millions of entries, and decoding stops (with one error) when the budget is spent.
  private(set) var decodedObjects = 0
  static let objectBudget = 500_000

  /// Whether decoding should stop: the budget of mappings is spent.
  var budgetSpent: Bool { decodedObjects > Self.objectBudget }

  init(limit: Int = 200) { self.limit = limit }

  /// Counts one decoded mapping; false once the budget is spent (reported the first time).
  func spendObject(at location: @autoclosure () -> SourceLocation) -> Bool {
    decodedObjects += 1
    if decodedObjects == Self.objectBudget + 1 {
      error(
        location(),
        "the file expands to more than \(Self.objectBudget) entries (through YAML aliases?); "
          + "write the scenario out plainly")
    }
    return decodedObjects <= Self.objectBudget
  }

  var errorCount: Int { diagnostics.count { $0.severity == .error } + droppedCount }

  var hasErrors: Bool { errorCount > 0 }

  /// Records an error; once the limit is reached only counts it, without building the message.
  func error(_ location: @autoclosure () -> SourceLocation, _ message: @autoclosure () -> String) {
    if diagnostics.count < limit {
      diagnostics.append(Diagnostic(.error, at: location(), message()))
    } else {
      droppedCount += 1
    }
  }

  /// Records a warning, unless the limit is reached.
  func warning(_ location: @autoclosure () -> SourceLocation, _ message: @autoclosure () -> String)
  {
    if diagnostics.count < limit {
      diagnostics.append(Diagnostic(.warning, at: location(), message()))
    }
  }

  /// The diagnostics in a stable order, with a closing note when some were dropped.
  func sorted() -> [Diagnostic] {
    var result = diagnostics.enumerated().sorted { a, b in
      a.element.location == b.element.location
        ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
    if droppedCount > 0, let last = result.last {
      result.append(
        Diagnostic(
          .error, at: last.location,
          "\(droppedCount) more errors not shown; fix the ones above and validate again"))
    }
    return result
  }
}
