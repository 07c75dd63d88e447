import CorridorModel

/// Numbers in the conventions of the report's language (``Phrasebook/current``).
///
/// CSV files and terminal screens keep ``NumberFormat``'s English conventions; the brief and
/// the workbook's captions use these.
enum LocalNumber {
  /// ``NumberFormat/grouped(_:decimals:)`` in the report's language.
  static func grouped(_ value: Double, decimals: Int = 0) -> String {
    local(NumberFormat.grouped(value, decimals: decimals))
  }

  /// ``NumberFormat/fixed(_:decimals:)`` in the report's language.
  static func fixed(_ value: Double, decimals: Int) -> String {
    local(NumberFormat.fixed(value, decimals: decimals))
  }

  /// ``NumberFormat/fixed(_:decimals:signed:)`` in the report's language.
  static func fixed(_ value: Double, decimals: Int, signed: Bool) -> String {
    local(NumberFormat.fixed(value, decimals: decimals, signed: signed))
  }

  /// ``NumberFormat/significant(_:)`` in the report's language.
  static func significant(_ value: Double) -> String {
    local(NumberFormat.significant(value))
  }

  /// A percentage with `decimals` decimals and its sign where the language puts it: `12.3 %`,
  /// `12,3 %` in Russian, `%12,3` in Turkish.
  static func percent(_ value: Double, decimals: Int) -> String {
    let number = fixed(value, decimals: decimals)
    return Phrasebook.current.language == .turkish ? "%" + number : number + " %"
  }

  /// `text`, written in English conventions, in the report's language.
  static func local(_ text: String) -> String {
    Phrasebook.current.language.number(text)
  }
}
