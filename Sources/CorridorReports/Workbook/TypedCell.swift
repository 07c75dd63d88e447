/// A CSV cell as a worksheet holds it: blank, a number, or a text.
enum TypedCell: Equatable, Sendable {
  /// An empty CSV cell.
  case blank
  /// A number, written as the CSV writes it (`12.5`, `-3`).
  case number(Double)
  /// Anything else, or any cell of a column of names.
  case text(String)

  /// The cell for `text` in a column of `kind`.
  init(_ text: String, kind: ColumnMeaning.Kind) {
    if text.isEmpty {
      self = .blank
    } else if kind != .label, Self.isPlainNumber(text), let value = Double(text), value.isFinite {
      self = .number(value)
    } else {
      self = .text(text)
    }
  }

  /// Whether `text` is a decimal number as the CSV writes one: an optional minus, digits, and
  /// optionally a point with digits and an exponent (`nan`, `inf`, `0x10` and `1,5` are not).
  static func isPlainNumber(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" { rest = rest.dropFirst() }
    let integer = rest.prefix { $0.isASCII && $0.isNumber }
    guard !integer.isEmpty else { return false }
    rest = rest.dropFirst(integer.count)
    if rest.first == "." {
      let fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
      guard !fraction.isEmpty else { return false }
      rest = rest.dropFirst(1 + fraction.count)
    }
    if rest.first == "e" || rest.first == "E" {
      rest = rest.dropFirst()
      if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
      let exponent = rest.prefix { $0.isASCII && $0.isNumber }
      guard !exponent.isEmpty else { return false }
      rest = rest.dropFirst(exponent.count)
    }
    return rest.isEmpty
  }

  /// The decimals a CSV number is written with (`12.50` → 2, `3` → 0).
  static func decimals(_ text: String) -> Int {
    guard let point = text.firstIndex(of: ".") else { return 0 }
    return text[text.index(after: point)...].prefix { $0.isNumber }.count
  }

  /// The Excel number format of a column of `kind` whose numbers have at most `decimals`
  /// decimals.
  ///
  /// A quantity gets a thousands separator, and the decimals kept (`#,##0.00`); a fraction
  /// shows as a percentage with two decimals fewer (`0.0%`); a year as digits (`0`). Excel
  /// shows the separators of the reader's locale.
  static func numberFormat(kind: ColumnMeaning.Kind, decimals: Int) -> String {
    func zeros(_ count: Int) -> String {
      count > 0 ? "." + String(repeating: "0", count: count) : ""
    }
    switch kind {
    case .year: return "0"
    case .fraction: return "0" + zeros(min(max(decimals - 2, 0), 4)) + "%"
    case .quantity, .label: return "#,##0" + zeros(min(decimals, 6))
    }
  }
}
