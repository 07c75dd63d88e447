import ArgumentParser
import CorridorInput
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report folder that is replaced whole: readers see the old report or the new one, never a
/// mix, whatever moment the writing process is killed at.
///
/// The new report is written into a hidden sibling folder, and the two folders are then
/// exchanged in one `renameat2(RENAME_EXCHANGE)`; the old report, now in the sibling, is
/// removed after. Subfolders that other commands keep inside the report (`comparisons/`,
/// `assignment/`), lock files and other hidden files are carried into the new folder by hard
/// links before the exchange; the old report's own files are dropped.
///
/// A report folder holds reports only: an existing folder with a file the command does not
/// write (a scenario, the planner's notes) is refused before any work, and so are the current
/// folder, the folders above it, and a symbolic link. A lock file beside the folder
/// (`.NAME.lock`, held with `flock` for the life of the process and released by the system even
/// when the process is killed) keeps two commands from writing the same folder at once; while
/// replacing it, the locks of the reports inside are held too. The next run removes whatever
/// temporary folder a killed run left.
struct ReportFolder {
  /// The report folder.
  let url: URL
  /// Whether a file name is one the command writes, and so may be replaced or dropped.
  private let isOwn: (String) -> Bool
  /// The open lock files: the folder's own (exclusive) and, for a report inside another
  /// report, the outer one's (shared); each lock lasts as long as the process keeps it open.
  private let locks: [Int32]

  /// Checks the folder, creates its parent when needed, and takes its lock.
  ///
  /// Throws ``ReportFolderError/busy(_:pid:)`` when another process holds the lock, and
  /// ``ReportFolderError/cannotWrite(_:_:)`` for a folder that cannot hold the report.
  init(path: String, isOwn: @escaping (String) -> Bool) throws(ReportFolderError) {
    guard !path.isEmpty else { throw .cannotWrite("''", "the folder's path is empty") }
    url = URL(fileURLWithPath: path).standardizedFileURL
    self.isOwn = isOwn
    let resolved = url.resolvingSymlinksInPath().path
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .resolvingSymlinksInPath().path
    if resolved == "/" || here == resolved || here.hasPrefix(resolved + "/") {
      throw .cannotWrite(
        path,
        "it is the current folder or holds it; a report replaces its folder whole, so give a "
          + "folder of its own, such as Reports/NAME")
    }
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path, error.localizedDescription)
    }
    var locks = [
      try FolderOperations.lock(Self.lockPath(for: url), creating: true, folder: path)
    ]
    // A report inside another (Reports/X/comparisons) shares the outer one's lock, so that a
    // run replacing Reports/X cannot drop it while it is written.
    let outer = url.deletingLastPathComponent()
    let outerLock = Self.lockPath(for: outer)
    if FolderOperations.kind(outerLock) == .file {
      let fd = try FolderOperations.lock(
        outerLock, creating: false, shared: true, folder: outer.path)
      if fd >= 0 { locks.append(fd) }
    }
    self.locks = locks
    try checkContent()
  }

  /// Refuses a target that is not a folder of reports.
  private func checkContent() throws(ReportFolderError) {
    switch FolderOperations.kind(url.path) {
    case .missing, .directory: break
    case .symbolicLink:
      throw .cannotWrite(url.path, "it is a symbolic link; give the folder it points to")
    case .file, .other(_):
      throw .cannotWrite(url.path, "it is not a folder")
    }
    let foreign = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
      .sorted().filter { name in
        guard !name.hasPrefix(".") else { return false }
        switch FolderOperations.kind(url.appendingPathComponent(name).path) {
        case .directory, .missing: return false
        case .file: return !isOwn(name)
        case .symbolicLink, .other(_): return true
        }
      }
    guard foreign.isEmpty else {
      let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
      throw .cannotWrite(
        url.path,
        "it holds files that corridor does not write (\(shown)); a report replaces its folder "
          + "whole, so give a new folder or an earlier report's")
    }
  }

  /// Writes `files` (texts) and `binary` (bytes, such as `report.xlsx`) as the folder's new
  /// content, in one exchange.
  func replace(
    with files: [(name: String, text: String)], binary: [(name: String, data: Data)] = []
  ) throws(ReportFolderError) {
    let manager = FileManager.default
    let parent = url.deletingLastPathComponent()
    FolderOperations.recoverStale(url)
    try checkContent()
    let temporary = parent.appendingPathComponent(
      ".\(url.lastPathComponent).\(FolderOperations.temporaryMark)\(getpid())")
    var nested: [Int32] = []
    defer {
      for fd in nested { close(fd) }
      FolderOperations.remove(temporary.path)
    }
    do {
      try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
      let contents = files.map { ($0.name, Data($0.text.utf8)) } + binary.map { ($0.name, $0.data) }
      for (name, data) in contents {
        try data.write(to: temporary.appendingPathComponent(name))
      }
      guard FolderOperations.kind(url.path) == .directory else {
        try FolderOperations.rename(temporary.path, url.path)
        return
      }
      let names = Set(contents.map(\.0))
      let entries = try manager.contentsOfDirectory(atPath: url.path).sorted()
      // The reports inside (comparisons/, assignment/) must not be mid-write: hold their locks.
      for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(".lock") {
        let folder = url.appendingPathComponent(
          String(entry.dropFirst().dropLast(".lock".count))
        ).path
        let fd = try FolderOperations.lock(
          url.appendingPathComponent(entry).path, creating: false, folder: folder)
        if fd >= 0 { nested.append(fd) }
      }
      for entry in entries
      where !names.contains(entry) && !entry.contains(FolderOperations.temporaryMark)
        && !entry.contains(FolderOperations.oldMark)
      {
        let source = url.appendingPathComponent(entry)
        if FolderOperations.kind(source.path) == .file && isOwn(entry) { continue }
        try FolderOperations.carry(source.path, to: temporary.appendingPathComponent(entry).path)
      }
      try FolderOperations.exchange(temporary.path, url.path)
    } catch let error as ReportFolderError {
      throw error
    } catch {
      throw .cannotWrite(url.path, error.localizedDescription)
    }
  }

  /// `.NAME.lock` beside the folder `url`.
  private static func lockPath(for url: URL) -> String {
    url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
  }
}

/// Why a report folder could not be written.
enum ReportFolderError: Error, CustomStringConvertible {
  /// Another process holds the folder's lock.
  case busy(String, pid: Int32?)
  /// The folder cannot hold the report, or the system refused a step; the folder's earlier
  /// content is unchanged.
  case cannotWrite(String, String)

  var description: String {
    switch self {
    case .busy(let folder, let pid):
      "\(folder) is being written by another corridor process"
        + (pid.map { " (pid \($0))" } ?? "")
        + "; wait for it to finish, or give another --out"
    case .cannotWrite(let folder, let reason):
      "cannot write the report to \(folder): \(reason); the earlier report there is unchanged"
    }
  }
}

extension ReportFolder {
  /// Checks and locks the folder for this command; on failure prints why and exits 73.
  ///
  /// `isOwn` tells the command's own files: those it may replace or drop.
  static func open(_ path: String, isOwn: @escaping (String) -> Bool) throws -> ReportFolder {
    do {
      return try ReportFolder(path: path, isOwn: isOwn)
    } catch {
      printError("corridor: error: \(error.description)")
      throw ExitCode(73)
    }
  }

  /// Replaces the folder's content with `files` (texts) and `binary` (bytes); on failure
  /// prints why and exits 73.
  func write(
    _ files: [(name: String, text: String)], binary: [(name: String, data: Data)] = []
  ) throws {
    do {
      try replace(with: files, binary: binary)
    } catch {
      printError("corridor: error: \(error.description)")
      throw ExitCode(73)
    }
  }
}
