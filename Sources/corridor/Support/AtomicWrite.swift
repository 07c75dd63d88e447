import ArgumentParser
import CorridorInput
import Foundation

/// Checks a path an option writes to (`--flows-out`, `--write-scenario`, `--write-lp`).
///
/// Called before any work: the path must be a regular file or not exist yet, and not one of
/// the command's input files. On failure prints why and exits 73.
func checkOutputFile(_ path: String, option: String, inputs: [String]) throws {
  func refuse(_ reason: String) throws -> Never {
    printError("corridor: error: \(option) \(path): \(reason)")
    throw ExitCode(73)
  }
  if path.isEmpty { try refuse("the path is empty") }
  if let kind = InputFile.nonRegularKind(atPath: path) {
    try refuse("it is \(kind); \(option) writes a regular file")
  }
  let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  for input in inputs
  where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
    try refuse("it is an input of this command; give another file")
  }
}

/// Writes a file through a temporary file in the same folder and a rename, so a failure never
/// leaves half a file.
func writeAtomically(_ text: String, to path: String) throws {
  try writeAtomically(Data(text.utf8), to: path)
}

/// Writes bytes (a workbook) through a temporary file in the same folder and a rename, so a
/// failure never leaves half a file.
func writeAtomically(_ data: Data, to path: String) throws {
  let url = URL(fileURLWithPath: path)
  let temporary = url.deletingLastPathComponent()
    .appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
  do {
    try data.write(to: temporary)
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
