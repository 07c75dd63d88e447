import ArgumentParser
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
/// removed after. Only the old report's own files are dropped: subfolders that other commands
/// keep inside the report (`comparisons/`, `assignment/`) and any file the command does not
/// write are carried into the new folder by hard links before the exchange, so nothing else
/// is lost and the old report is never touched until it is replaced. The current folder and
/// the folders above it are refused as report folders. A lock file beside the folder
/// (`.NAME.lock`, held with `flock` for the life of the process and released by the system
/// even when the process is killed) keeps two runs from writing the same folder at once, and
/// the next run removes whatever temporary folder a killed run left.
struct ReportFolder {
  /// The report folder.
  let url: URL
  /// The open lock file; the lock lasts as long as the process keeps it open.
  private let lock: Int32

  /// Takes the folder's lock, creating its parent folder when needed.
  ///
  /// Throws ``ReportFolderError/busy(_:pid:)`` when another process holds the lock.
  init(path: String) throws(ReportFolderError) {
    guard !path.isEmpty else { throw .cannotWrite("''", "the folder's path is empty") }
    url = URL(fileURLWithPath: path).standardizedFileURL
    let resolved = url.resolvingSymlinksInPath().path
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .resolvingSymlinksInPath().path
    if resolved == "/" || here == resolved || here.hasPrefix(resolved + "/") {
      throw .cannotWrite(
        path,
        "it is the current folder or holds it; a report replaces its folder whole, so give a "
          + "folder of its own, such as Reports/NAME")
    }
    let parent = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path, error.localizedDescription)
    }
    lock = try Self.takeLock(Self.lockURL(for: url), folder: path)
  }

  /// Writes `files` as the folder's new content, in one exchange.
  ///
  /// Files of the old folder that the new content does not have are dropped when `isOwn`
  /// says the command writes them (a table an earlier version wrote), and carried over
  /// otherwise, with every subfolder.
  func replace(with files: [(name: String, text: String)], isOwn: (String) -> Bool)
    throws(ReportFolderError)
  {
    let manager = FileManager.default
    let parent = url.deletingLastPathComponent()
    removeStaleTemporaries()
    let temporary = parent.appendingPathComponent(
      ".\(url.lastPathComponent).corridor-tmp-\(getpid())")
    var nested: [Int32] = []
    defer {
      for fd in nested { close(fd) }
      try? manager.removeItem(at: temporary)
    }
    do {
      try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
      for file in files {
        try Data(file.text.utf8).write(to: temporary.appendingPathComponent(file.name))
      }
      let names = Set(files.map(\.name))
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
        for entry in try manager.contentsOfDirectory(atPath: url.path)
        where !names.contains(entry) && !entry.contains(".corridor-tmp-") {
          let source = url.appendingPathComponent(entry)
          var entryIsDirectory: ObjCBool = false
          manager.fileExists(atPath: source.path, isDirectory: &entryIsDirectory)
          if entryIsDirectory.boolValue {
            // Another command's output: hold its lock while it is carried over.
            nested.append(
              try Self.takeLock(Self.lockURL(for: source), folder: source.path))
            try Self.carry(source, to: temporary.appendingPathComponent(entry))
          } else if !isOwn(entry) {
            // Not the command's file (a nested folder's lock file, the planner's notes):
            // carried over; for a lock, the same inode keeps its lock valid.
            try Self.carry(source, to: temporary.appendingPathComponent(entry))
          }
        }
        try Self.exchange(temporary, url)
      } else {
        guard rename(temporary.path, url.path) == 0 else {
          throw ReportFolderError.cannotWrite(url.path, String(cString: strerror(errno)))
        }
      }
    } catch let error as ReportFolderError {
      throw error
    } catch {
      throw .cannotWrite(url.path, error.localizedDescription)
    }
  }

  /// Removes temporary folders that killed runs left beside the folder, or inside it.
  ///
  /// Earlier versions kept them inside. Only called with the lock held, so none is in use.
  private func removeStaleTemporaries() {
    let manager = FileManager.default
    let parent = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent).corridor-tmp-"
    for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
    where entry.hasPrefix(prefix) {
      try? manager.removeItem(at: parent.appendingPathComponent(entry))
    }
    for entry in (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
    where entry.hasPrefix(".corridor-tmp-") {
      try? manager.removeItem(at: url.appendingPathComponent(entry))
    }
  }

  /// `.NAME.lock` beside the folder `url`.
  private static func lockURL(for url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock")
  }

  /// Opens and locks a lock file without waiting; writes this process's id into it.
  private static func takeLock(_ lockURL: URL, folder: String) throws(ReportFolderError) -> Int32 {
    let fd = Glibc.open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw .cannotWrite(
        folder,
        "cannot create the lock file \(lockURL.path): "
          + String(cString: strerror(errno)))
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let owner = (try? String(contentsOf: lockURL, encoding: .utf8))
        .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      close(fd)
      throw .busy(folder, pid: owner)
    }
    let text = "\(getpid())\n"
    _ = ftruncate(fd, 0)
    _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    return fd
  }

  /// Recreates `source` at `destination` with hard links to its files (copies where the file
  /// system has no hard links).
  private static func carry(_ source: URL, to destination: URL) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory) else { return }
    if isDirectory.boolValue {
      try manager.createDirectory(at: destination, withIntermediateDirectories: false)
      for entry in try manager.contentsOfDirectory(atPath: source.path)
      where !entry.contains(".corridor-tmp-") {
        try carry(
          source.appendingPathComponent(entry), to: destination.appendingPathComponent(entry))
      }
    } else if link(source.path, destination.path) != 0 {
      try manager.copyItem(at: source, to: destination)
    }
  }

  /// Swaps two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`).
  private static func exchange(_ a: URL, _ b: URL) throws(ReportFolderError) {
    guard let renameat2 = renameat2Function else {
      throw .cannotWrite(b.path, "the system has no atomic exchange of folders (renameat2)")
    }
    guard renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, 2 /* RENAME_EXCHANGE */) == 0 else {
      throw .cannotWrite(
        b.path, "cannot swap in the new report: " + String(cString: strerror(errno)))
    }
  }

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// glibc's `renameat2` (2.28 and later), found at run time: Swift's Glibc module does not
  /// declare it.
  private static let renameat2Function: RenameAt2? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()
}

/// Why a report folder could not be written.
enum ReportFolderError: Error, CustomStringConvertible {
  /// Another process holds the folder's lock.
  case busy(String, pid: Int32?)
  /// The system refused a step; the folder's earlier content is unchanged.
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
  /// Locks the folder for this command; on failure prints why and exits 73.
  static func open(_ path: String) throws -> ReportFolder {
    do {
      return try ReportFolder(path: path)
    } catch {
      printError("corridor: error: \(error.description)")
      throw ExitCode(73)
    }
  }

  /// Replaces the folder's content; on failure prints why and exits 73.
  ///
  /// `isOwn` tells the command's own files (see ``replace(with:isOwn:)``).
  func write(_ files: [(name: String, text: String)], isOwn: (String) -> Bool) throws {
    do {
      try replace(with: files, isOwn: isOwn)
    } catch {
      printError("corridor: error: \(error.description)")
      throw ExitCode(73)
    }
  }
}
