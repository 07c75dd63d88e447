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

/// Writes a set of files as one folder that appears whole or not at all: the files go to a
/// temporary folder beside the target, which then replaces the target by renames.
func writeFolderAtomically(_ files: [(name: String, text: String)], to path: String) throws {
  let manager = FileManager.default
  let target = URL(fileURLWithPath: path).standardizedFileURL
  let parent = target.deletingLastPathComponent()
  try manager.createDirectory(at: parent, withIntermediateDirectories: true)
  let pid = ProcessInfo.processInfo.processIdentifier
  let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
  let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
  try? manager.removeItem(at: temporary)
  do {
    try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
    for file in files {
      try Data(file.text.utf8).write(to: temporary.appendingPathComponent(file.name))
    }
    var replaced = false
    if manager.fileExists(atPath: target.path) {
      try manager.moveItem(at: target, to: old)
      replaced = true
    }
    do {
      try manager.moveItem(at: temporary, to: target)
    } catch {
      if replaced { try? manager.moveItem(at: old, to: target) }
      throw error
    }
    if replaced { try? manager.removeItem(at: old) }
  } catch {
    try? manager.removeItem(at: temporary)
    throw error
  }
}
