/// Collects the diagnostics of one load, so that all problems are reported at once.
///
/// A reference type because every reader of a load shares one list. The number of
/// diagnostics kept is bounded so that a pathological file cannot flood the output.
final class DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var droppedCount = 0
  let limit: Int

  /// YAML values read so far: mappings, their keys, list items.
  ///
  /// They count against a budget: aliases and merge keys can make a small file expand into
  /// billions of values, and decoding stops (with one error) when the budget is spent. A
  /// 16 MB file written out plainly holds fewer.
  private(set) var valuesRead = 0
  /// The budget of values of a load: 5 million unless a test sets a smaller one.
  let valueBudget: Int
  static let defaultValueBudget = 5_000_000

  /// Whether decoding should stop: the budget of values is spent.
  var budgetSpent: Bool { valuesRead > valueBudget }

  /// Counts `count` values read; false once the budget is spent (reported the first time).
  func spend(_ count: Int = 1, at location: @autoclosure () -> SourceLocation) -> Bool {
    let before = valuesRead
    valuesRead = valuesRead.addingReportingOverflow(count).overflow ? .max : valuesRead + count
    if before <= valueBudget && valuesRead > valueBudget {
      error(
        location(),
        "the file holds or expands to more than \(valueBudget) values (through YAML "
          + "aliases '*' or merge keys '<<'?); write the scenario out plainly")
    }
    return valuesRead <= valueBudget
  }

  init(limit: Int = 200, valueBudget: Int = defaultValueBudget) {
    self.limit = limit
    self.valueBudget = valueBudget
  }

  /// "Did you mean" suggestions among a scenario's nodes still to be worked out in this load:
  /// each compares with every node, so a file full of bad references gets hints for the
  /// first ones only.
  private(set) var hintsLeft = 50

  /// Takes one suggestion from the budget; false when it is spent.
  func takeHint() -> Bool {
    guard hintsLeft > 0 else { return false }
    hintsLeft -= 1
    return true
  }

  /// Entries read that cite a `source`, and entries marked `estimate: true`.
  var sourcedEntries = 0
  var estimatedEntries = 0

  /// Whether the next diagnostic will be kept (rather than only counted).
  var willRecord: Bool { diagnostics.count < limit }

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
