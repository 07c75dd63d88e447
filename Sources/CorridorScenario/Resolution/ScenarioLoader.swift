import CorridorInput
import CorridorModel
import Foundation

/// Loads scenario files: reads, resolves `extends:` chains, applies measures and validates.
///
/// Loading never traps on bad input: every problem becomes a ``Diagnostic`` with its file,
/// line and column, and all of them are reported together.
public enum ScenarioLoader {
  /// The longest `extends:` chain accepted, counting the file itself.
  public static let maximumInheritanceDepth = 32

  /// The path of a file named in another (a base, a swept scenario) as users should see it:
  /// relative like the naming file's path.
  static func displayPath(_ base: String, relativeTo child: String) -> String {
    if base.hasPrefix("/") { return base }
    let directory = (child as NSString).deletingLastPathComponent
    let joined = directory.isEmpty ? base : (directory as NSString).appendingPathComponent(base)
    return (joined as NSString).standardizingPath
  }

  /// Loads and validates a scenario.
  ///
  /// - Parameter path: The scenario file, absolute or relative to the working directory.
  /// - Returns: The resolved scenario and its warnings.
  /// - Throws: ``ScenarioError`` with every diagnostic when there is at least one error.
  public static func load(path: String) throws(ScenarioError) -> LoadedScenario {
    try load(path: path, skipping: [])
  }

  /// Loads and validates a scenario without some of the measures written in the file itself
  /// (its bases' measures all apply): a variant of a what-if with only part of its measures.
  ///
  /// - Parameter skipping: Ids of measures of the file at `path` to leave out.
  /// - Throws: ``ScenarioError`` with every diagnostic when there is at least one error.
  public static func load(path: String, skipping: Set<String>) throws(ScenarioError)
    -> LoadedScenario
  {
    let report = validate(
      path: path, valueBudget: DiagnosticSink.defaultValueBudget, skipping: skipping)
    guard let scenario = report.scenario, report.errors.isEmpty else {
      throw ScenarioError(diagnostics: report.diagnostics)
    }
    return LoadedScenario(
      scenario: scenario, warnings: report.diagnostics, files: report.files,
      ownMeasures: report.ownMeasures)
  }

  /// Checks a scenario and returns every diagnostic, with the scenario when it has no errors.
  public static func validate(path: String) -> ValidationReport {
    validate(path: path, valueBudget: DiagnosticSink.defaultValueBudget)
  }

  /// ``validate(path:)`` with another budget of YAML values (tests use a small one), leaving
  /// out the measures of the file at `path` whose ids are in `skipping`.
  static func validate(path: String, valueBudget: Int, skipping: Set<String> = [])
    -> ValidationReport
  {
    let sink = DiagnosticSink(valueBudget: valueBudget)
    var resolver = Resolver(sink: sink, skipping: skipping)
    let url = URL(fileURLWithPath: path)
    var scenario: Scenario?
    if let draft = resolver.resolve(path: path, url: url, chain: []) {
      if !sink.hasErrors {
        ScenarioValidator(sink: sink, draft: draft, removedNodes: resolver.application.removedNodes)
          .run()
      }
      if !sink.hasErrors {
        scenario = draft.scenario
        scenario?.provenance = Scenario.Provenance(
          sourced: sink.sourcedEntries, estimated: sink.estimatedEntries)
      }
    }
    return ValidationReport(
      diagnostics: sink.sorted(), scenario: scenario, files: resolver.files,
      ownMeasures: resolver.ownMeasures)
  }
}

/// A scenario that loaded without errors, with its warnings.
public struct LoadedScenario: Sendable {
  /// The resolved scenario.
  public var scenario: Scenario
  /// Warnings about suspicious but legal values.
  public var warnings: [Diagnostic]
  /// The files read, root base first and the loaded file last.
  public var files: [String] = []
  /// Ids of the measures written in the loaded file itself (not in its bases), in file order.
  public var ownMeasures: [String] = []
}

/// The outcome of validating a scenario file.
public struct ValidationReport: Sendable {
  /// Every diagnostic, errors and warnings, sorted by location.
  public var diagnostics: [Diagnostic]
  /// The resolved scenario, when there were no errors.
  public var scenario: Scenario?
  /// The files read, root base first and the loaded file last.
  public var files: [String] = []
  /// Ids of the measures written in the loaded file itself, in file order.
  public var ownMeasures: [String] = []

  /// The errors alone.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  /// The warnings alone.
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
  /// Whether the scenario has no errors.
  public var isValid: Bool { errors.isEmpty && scenario != nil }
}

/// Follows `extends:` from a file to its root base, then overlays files back down the chain.
private struct Resolver {
  let sink: DiagnosticSink
  var application: MeasureApplication
  /// The files read so far, in the order their contents were applied.
  var files: [String] = []

  /// Ids of measures of the loaded file (not of its bases) that are not applied.
  let skipping: Set<String>
  /// Ids of the measures written in the loaded file itself, in file order.
  var ownMeasures: [String] = []

  init(sink: DiagnosticSink, skipping: Set<String> = []) {
    self.sink = sink
    self.skipping = skipping
    application = MeasureApplication(sink: sink)
  }

  /// The resolved draft of the file at `path`; `chain` holds the canonical paths of the files
  /// that extend it, to find cycles.
  mutating func resolve(path: String, url: URL, chain: [String]) -> ScenarioDraft? {
    guard let source = SourceText.read(path: path, url: url, sink: sink),
      let root = YAMLDocument.parse(source, sink: sink)
    else { return nil }
    let context = DecodingContext(path: path, sink: sink)
    guard let file = ScenarioFileDecoder.decode(root, context: context) else { return nil }
    let canonical = url.standardizedFileURL.resolvingSymlinksInPath().path
    var draft: ScenarioDraft
    if let base = file.extends {
      let baseURL = URL(fileURLWithPath: base.value, relativeTo: url.deletingLastPathComponent())
        .standardizedFileURL
      let basePath = ScenarioLoader.displayPath(base.value, relativeTo: path)
      let baseCanonical = baseURL.resolvingSymlinksInPath().path
      if let start = (chain + [canonical]).firstIndex(of: baseCanonical) {
        let cycle = (chain + [canonical])[start...].map { ($0 as NSString).lastPathComponent }
        sink.error(
          base.location,
          "'extends' makes a cycle: \((cycle + [cycle[cycle.startIndex]]).joined(separator: " -> ")); "
            + "a scenario cannot extend itself, directly or through its bases")
        return nil
      }
      if chain.count + 1 >= ScenarioLoader.maximumInheritanceDepth {
        sink.error(
          base.location,
          "'extends' chain is longer than \(ScenarioLoader.maximumInheritanceDepth) files; "
            + "flatten some levels into one base scenario")
        return nil
      }
      if let kind = InputFile.nonRegularKind(atPath: baseURL.path) {
        sink.error(
          base.location,
          "base scenario '\(base.value)' is \(kind), not a regular file; 'extends' takes the "
            + "path of a scenario file")
        return nil
      }
      guard FileManager.default.fileExists(atPath: baseURL.path) else {
        sink.error(
          base.location,
          "base scenario '\(base.value)' not found (looked for \(basePath)); 'extends' takes a "
            + "path relative to this file")
        return nil
      }
      guard let resolvedBase = resolve(path: basePath, url: baseURL, chain: chain + [canonical])
      else { return nil }
      draft = resolvedBase
      draft.overlay(file)
    } else {
      draft = ScenarioDraft(file: file)
    }
    // A file starts from its base as resolved: scaling demand that the base's measures scaled
    // (a what-if's growth on a calibrated baseline) is not scaling it twice.
    application.startFile()
    if chain.isEmpty { ownMeasures = file.measures.map(\.id) }
    for measure in file.measures where !chain.isEmpty || !skipping.contains(measure.id) {
      application.apply(measure, to: &draft)
    }
    files.append(path)
    return draft
  }
}
