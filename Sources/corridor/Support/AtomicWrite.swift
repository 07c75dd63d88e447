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
    if FileManager.default.fileExists(atPath: url.path) {
      _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
    } else {
      try FileManager.default.moveItem(at: temporary, to: url)
    }
  } catch {
    try? FileManager.default.removeItem(at: temporary)
    throw error
  }
}

/// Writes a set of files into a folder so that no file is ever half written: every file is
/// first written to a temporary folder inside the target, and only when all have been written
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
    let destination = target.appendingPathComponent(file.name)
    if manager.fileExists(atPath: destination.path) {
      _ = try manager.replaceItemAt(
        destination, withItemAt: temporary.appendingPathComponent(file.name))
    } else {
      try manager.moveItem(at: temporary.appendingPathComponent(file.name), to: destination)
    }
  }
}
