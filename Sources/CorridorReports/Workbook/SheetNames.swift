/// Worksheet names for a workbook's tables: each CSV file's name without `.csv`, made
/// acceptable to Excel (at most 31 characters, none of `[ ] : * ? / \`) and unique.
enum SheetNames {
  /// The most characters Excel allows in a worksheet name.
  static let maximumLength = 31

  /// A name for each of `files`, in order, none equal (ignoring case) to another or to any
  /// of `taken`.
  static func names(for files: [String], taken: [String] = []) -> [String] {
    var used = Set(taken.map { $0.lowercased() })
    return files.map { file in
      var stem = file.hasSuffix(".csv") ? String(file.dropLast(4)) : file
      stem = String(stem.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 })
      while stem.hasPrefix("'") { stem.removeFirst() }
      while stem.hasSuffix("'") { stem.removeLast() }
      if stem.isEmpty || stem.lowercased() == "history" { stem = "table" + stem }
      var name = String(stem.prefix(maximumLength))
      var number = 2
      // A name too long or already taken: shortened, with ~2, ~3… until it is free.
      while used.contains(name.lowercased()) {
        let suffix = "~\(number)"
        name = String(stem.prefix(maximumLength - suffix.count)) + suffix
        number += 1
      }
      used.insert(name.lowercased())
      return name
    }
  }
}
