/// Safe, unique names for model files.
///
/// CPLEX LP format allows only some characters in names, none may start with a digit or
/// a period, and some words are keywords. GLPK would rewrite unsafe names on its own
/// (`open[A-B]` becomes `open(A~B)`), and aborts on a name with control characters or
/// more than 255 bytes; these rules give names that are predictable and diffable
/// instead. See ``LinearModel`` for the rules.
enum LPNames {
  /// Longest name produced before a uniqueness suffix.
  static let maximumLength = 240

  /// The name of the objective in model files; no constraint gets it.
  static let objectiveName = "obj"

  /// Safe, unique names for the model's variables, in index order.
  static func variableNames(of model: LinearModel) -> [String] {
    uniqueNames(model.columnNames, fallbackPrefix: "x_", reserved: [])
  }

  /// Safe, unique names for the model's constraints, in index order.
  static func constraintNames(of model: LinearModel) -> [String] {
    uniqueNames(model.rowNames, fallbackPrefix: "c_", reserved: [objectiveName])
  }

  /// A safe form of `name`, or nil when nothing of it remains.
  static func sanitized(_ name: String) -> String? {
    var safe = String(
      String.UnicodeScalarView(
        name.unicodeScalars.prefix(maximumLength).map { isAllowed($0) ? $0 : "_" }))
    guard let first = safe.unicodeScalars.first else { return nil }
    if first == "." || ("0"..."9").contains(first) || keywords.contains(safe.lowercased()) {
      safe = "_" + safe
    }
    return safe
  }

  private static func uniqueNames(
    _ names: [String], fallbackPrefix: String, reserved: Set<String>
  ) -> [String] {
    var used = reserved
    used.reserveCapacity(names.count + reserved.count)
    var result: [String] = []
    result.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      let base = sanitized(name) ?? "\(fallbackPrefix)\(index)"
      var candidate = base
      var suffix = 2
      while !used.insert(candidate).inserted {
        candidate = "\(base)_\(suffix)"
        suffix += 1
      }
      result.append(candidate)
    }
    return result
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", ".": return true
    default: return false
    }
  }

  /// Words with a meaning in CPLEX LP files, compared in lower case.
  private static let keywords: Set<String> = [
    "minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max",
    "subject", "such", "st", "s.t.", "bounds", "bound", "general", "generals", "gen",
    "integer", "integers", "int", "binary", "binaries", "bin", "end", "free", "inf",
    "infinity",
  ]
}
