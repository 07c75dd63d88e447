/// How a cell looks: font, wrapping, number format, fill and border.
///
/// A value type: the workbook makes one libxlsxwriter format per distinct style, in the order
/// styles are first used, so the same calls give the same file.
public struct CellStyle: Hashable, Sendable {
  /// Bold font.
  public var bold = false
  /// Italic font.
  public var italic = false
  /// Font size in points, or the default (11).
  public var fontSize: Double?
  /// Font colour as 0xRRGGBB, or the default (black).
  public var fontColor: UInt32?
  /// Solid fill colour as 0xRRGGBB, or none.
  public var fillColor: UInt32?
  /// Long texts wrap within the column's width.
  public var wrapsText = false
  /// Content sits at the top of a tall cell rather than the bottom.
  public var alignsTop = false
  /// A thin line under the cell.
  public var bottomBorder = false
  /// An Excel number format such as `#,##0.00` or `0.0%`, or `General`.
  public var numberFormat: String?

  /// Creates a style; every property defaults to Excel's plain cell.
  public init(
    bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
    fillColor: UInt32? = nil, wrapsText: Bool = false, alignsTop: Bool = false,
    bottomBorder: Bool = false, numberFormat: String? = nil
  ) {
    self.bold = bold
    self.italic = italic
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.fillColor = fillColor
    self.wrapsText = wrapsText
    self.alignsTop = alignsTop
    self.bottomBorder = bottomBorder
    self.numberFormat = numberFormat
  }

  /// A plain cell.
  public static let plain = CellStyle()

  /// A column header: bold, wrapped, at the top, with a line under it.
  public static let header = CellStyle(
    bold: true, wrapsText: true, alignsTop: true, bottomBorder: true)

  /// The style with `format` as its number format.
  public func numberFormat(_ format: String) -> CellStyle {
    var style = self
    style.numberFormat = format
    return style
  }

  /// Why libxlsxwriter could not take this style, or nothing when it can.
  var problem: String? {
    if let fontSize, !(fontSize > 0 && fontSize <= 409) {
      return "font size \(fontSize) is outside 1 to 409 points; give a size Excel accepts"
    }
    for color in [fontColor, fillColor].compactMap({ $0 }) where color > 0xFF_FFFF {
      return "colour \(color) is not 0xRRGGBB; give a 24-bit colour"
    }
    if let numberFormat {
      if numberFormat.utf8.count >= 128 || numberFormat.isEmpty {
        return "number format '\(numberFormat)' must have 1 to 127 bytes; shorten it"
      }
      if numberFormat.contains("\0") {
        return "number format holds a NUL character; remove it"
      }
    }
    return nil
  }
}
