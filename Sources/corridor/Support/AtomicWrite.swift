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

/// Renames a file over another in one step (POSIX `rename`, atomic within a file system).
private func renameReplacing(_ source: URL, _ destination: URL) throws {
  guard rename(source.path, destination.path) == 0 else {
    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
  }
}
