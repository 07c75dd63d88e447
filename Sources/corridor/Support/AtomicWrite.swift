import Foundation

/// Writes a file through a temporary file in the same folder and a rename, so a failure never
/// leaves half a file.
func writeAtomically(_ text: String, to path: String) throws {
  let url = URL(fileURLWithPath: path)
  let temporary = url.deletingLastPathComponent()
    .appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
  do {
    try Data(text.utf8).write(to: temporary)
    try renameReplacing(temporary, url)
  } catch {
    try? FileManager.default.removeItem(at: temporary)
    throw error
  }
}

/// Writes a set of files into a folder so that no file is ever half written.
///
/// Every file is first written to a temporary folder inside the target, and only when all have been written
/// are they renamed into place. Other files in the target folder are left alone.
func writeFolderAtomically(_ files: [(name: String, text: String)], to path: String) throws {
  let manager = FileManager.default
  let target = URL(fileURLWithPath: path).standardizedFileURL
  try manager.createDirectory(at: target, withIntermediateDirectories: true)
  let pid = ProcessInfo.processInfo.processIdentifier
  let temporary = target.appendingPathComponent(".corridor-tmp-\(pid)")
  try? manager.removeItem(at: temporary)
  defer { try? manager.removeItem(at: temporary) }
  try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
  for file in files {
    try Data(file.text.utf8).write(to: temporary.appendingPathComponent(file.name))
  }
  for file in files {
    try renameReplacing(
      temporary.appendingPathComponent(file.name), target.appendingPathComponent(file.name))
  }
}

/// Renames a file over another in one step (POSIX `rename`, atomic within a file system).
private func renameReplacing(_ source: URL, _ destination: URL) throws {
  guard rename(source.path, destination.path) == 0 else {
    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
  }
}
