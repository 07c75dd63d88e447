import CXLSXWriter
import Foundation

/// An Excel workbook (`.xlsx`) being built, written to its file by ``close()``.
///
/// A thin seam over libxlsxwriter: the workbook owns the C workbook for its whole life, checks
/// every argument before it reaches C (libxlsxwriter would otherwise print warnings, write a
/// damaged file or refuse late), and turns every libxlsxwriter error into an ``XLSXError``.
/// Nothing here stops the process. A workbook that is never closed writes nothing and frees
/// the C workbook when it goes away.
///
/// The same calls with the same ``DocumentProperties/created`` give the same bytes:
/// libxlsxwriter dates every entry of the zip container 1980-01-01 and takes the document's
/// creation time from the properties.
///
/// Not thread-safe: build a workbook on one thread.
public final class Workbook {
  /// Where ``close()`` writes the file.
  public let path: String
  /// The C workbook, until it is written or discarded.
  private var handle: UnsafeMutablePointer<lxw_workbook>?
  /// The libxlsxwriter format of each style used so far.
  private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
  /// The worksheet names used so far, folded as Excel compares them.
  private var usedNames: Set<String> = []
  /// The folder that receives the file, and libxlsxwriter's temporary files.
  private let folder: String

  /// Starts a workbook that ``close()`` writes to `path`.
  ///
  /// The folder of `path` must exist and be writable when the workbook is closed; it is
  /// checked here too, so that a wrong path fails before any content is built.
  public init(path: String) throws(XLSXError) {
    guard !path.isEmpty, !path.contains("\0") else {
      throw .cannotCreateFile(path: path, reason: "the path is empty or holds a NUL character")
    }
    self.path = path
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    folder = parent.isEmpty ? "." : parent
    try Self.checkDestination(path, folder: folder)
    let created = folder.withCString { tmpdir in
      path.withCString { file in
        var options = lxw_workbook_options(
          constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
        return workbook_new_opt(file, &options)
      }
    }
    guard let created else {
      throw .library(operation: "creating a workbook", code: -1, message: "out of memory")
    }
    handle = created
  }

  deinit {
    if let handle { lxw_workbook_free(handle) }
  }

  /// Whether the workbook can still take content (it is neither written nor discarded).
  public var isOpen: Bool { handle != nil }

  /// Sets the document properties: title, author, creation time and the like.
  public func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
    let handle = try open()
    var seconds = 0
    if let created = properties.created {
      let value = created.timeIntervalSince1970.rounded(.down)
      // 1900-01-01 to 9999-12-31; libxlsxwriter reads 0 as "now".
      guard value >= -2_208_988_800, value < 253_402_300_800, value != 0 else {
        throw .invalidArgument(
          "the creation time \(created) is outside 1900 to 9999, or is the first second of "
            + "1970, which libxlsxwriter reads as unset; give another time")
      }
      seconds = Int(value)
    }
    for (name, value) in properties.texts where value?.contains("\0") == true {
      throw .invalidArgument("the \(name) property holds a NUL character; remove it")
    }
    // libxlsxwriter copies the texts; the copies made here are freed after the call.
    let copies = properties.texts.map { $0.value.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    var c = lxw_doc_properties()
    c.title = copies[0]
    c.subject = copies[1]
    c.author = copies[2]
    c.company = copies[3]
    c.category = copies[4]
    c.keywords = copies[5]
    c.comments = copies[6]
    c.created = time_t(seconds)
    try XLSXError.check(workbook_set_properties(handle, &c), "setting the document properties")
  }

  /// Adds a worksheet after the others.
  ///
  /// - Throws: ``XLSXError/invalidSheetName(_:reason:)`` for a name Excel refuses and
  ///   ``XLSXError/duplicateSheetName(_:)`` for one already used, ignoring case.
  public func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
    let handle = try open()
    if let reason = SheetName.problem(name) { throw .invalidSheetName(name, reason: reason) }
    let folded = SheetName.folded(name)
    guard !usedNames.contains(folded) else { throw .duplicateSheetName(name) }
    guard let sheet = workbook_add_worksheet(handle, name) else {
      throw .library(
        operation: "adding worksheet '\(name)'", code: -1, message: "no worksheet returned")
    }
    usedNames.insert(folded)
    return Worksheet(name: name, workbook: self, handle: sheet)
  }

  /// Writes the workbook to ``path`` and frees the C workbook; the workbook takes no more
  /// content after, whether or not the writing succeeded.
  ///
  /// libxlsxwriter writes the file in place, so a failure may leave part of a file at
  /// ``path``: write to a temporary path and rename it over the destination when the file
  /// must appear whole.
  public func close() throws(XLSXError) {
    let handle = try open()
    do {
      try Self.checkDestination(path, folder: folder)
    } catch {
      discard()
      throw error
    }
    self.handle = nil
    formats = [:]
    let code = workbook_close(handle)
    if code == LXW_ERROR_CREATING_XLSX_FILE || code == LXW_ERROR_CREATING_TMPFILE {
      throw .cannotCreateFile(path: path, reason: String(cString: lxw_strerror(code)))
    }
    try XLSXError.check(code, "writing \(path)")
  }

  /// Frees the C workbook without writing anything.
  public func discard() {
    if let handle { lxw_workbook_free(handle) }
    handle = nil
    formats = [:]
  }

  /// The C workbook, or ``XLSXError/closed``.
  private func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else { throw .closed }
    return handle
  }

  /// The libxlsxwriter format for `style`, made on first use.
  func format(_ style: CellStyle?) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
    guard let style, style != .plain else { return nil }
    if let made = formats[style] { return made }
    let handle = try open()
    if let problem = style.problem { throw .invalidArgument(problem) }
    guard let format = workbook_add_format(handle) else {
      throw .library(operation: "adding a cell format", code: -1, message: "out of memory")
    }
    if style.bold { format_set_bold(format) }
    if style.italic { format_set_italic(format) }
    if let size = style.fontSize { format_set_font_size(format, size) }
    if let color = style.fontColor { format_set_font_color(format, color) }
    if let color = style.fillColor {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, color)
    }
    if style.wrapsText { format_set_text_wrap(format) }
    if style.alignsTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
    formats[style] = format
    return format
  }

  /// Checks that `path` can be created in `folder`.
  private static func checkDestination(_ path: String, folder: String) throws(XLSXError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw .cannotCreateFile(path: path, reason: "the folder \(folder) does not exist")
    }
    guard isFolder.boolValue else {
      throw .cannotCreateFile(path: path, reason: "\(folder) is not a folder")
    }
    guard access(folder, W_OK | X_OK) == 0 else {
      throw .cannotCreateFile(path: path, reason: "the folder \(folder) cannot be written")
    }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw .cannotCreateFile(path: path, reason: "it is a folder")
    }
  }
}
