import CorridorInput
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file-system steps of ``ReportFolder``: locks, carrying entries over by hard links,
/// and the exchange of two folders.
enum FolderOperations {
  /// In the name of a folder a run is writing: `.NAME.corridor-tmp-PID`.
  static let temporaryMark = "corridor-tmp-"
  /// In the name of an old report moved aside when folders cannot be exchanged in one step.
  static let oldMark = "corridor-old-"

  /// What a path names, without following a symbolic link.
  static func kind(_ path: String) -> FileKind { FileKind.at(path, followingLinks: false) }

  /// Opens and locks a lock file without waiting; an exclusive lock writes this process's id
  /// into it.
  ///
  /// With `creating` false a missing lock file is not created and not an error (-1 is
  /// returned): nobody can be writing behind it. A `shared` lock (for a report inside the
  /// folder) may be held by several processes, never beside an exclusive one.
  static func lock(_ path: String, creating: Bool, shared: Bool = false, folder: String)
    throws(ReportFolderError) -> Int32
  {
    let fd = openFile(path, O_RDWR | O_CLOEXEC | (creating ? O_CREAT : 0), 0o644)
    guard fd >= 0 else {
      if !creating && errno == ENOENT { return -1 }
      throw .cannotWrite(
        folder, "cannot open the lock file \(path): " + String(cString: strerror(errno)))
    }
    guard flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
      let reason = errno
      close(fd)
      if reason == EWOULDBLOCK {
        let owner = (try? String(contentsOfFile: path, encoding: .utf8))
          .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        throw .busy(folder, pid: owner)
      }
      throw .cannotWrite(
        folder, "cannot lock \(path): " + String(cString: strerror(reason)))
    }
    guard !shared else { return fd }
    let text = "\(getpid())\n"
    _ = ftruncate(fd, 0)
    _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    return fd
  }

  /// Recreates `source` at `destination`: regular files as hard links (copies where the file
  /// system has none), folders with their permissions, symbolic links as links (never
  /// followed); devices, pipes and sockets are left out.
  static func carry(_ source: String, to destination: String) throws {
    var info = stat()
    guard lstat(source, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      // Made writable to fill it, then given the source's permissions.
      guard mkdir(destination, 0o700) == 0 else { throw posixError(destination) }
      for entry in try FileManager.default.contentsOfDirectory(atPath: source) {
        try carry(source + "/" + entry, to: destination + "/" + entry)
      }
      _ = chmod(destination, info.st_mode & 0o7777)
    case S_IFLNK:
      let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
      guard symlink(target, destination) == 0 else { throw posixError(destination) }
    case S_IFREG:
      if link(source, destination) != 0 {
        try FileManager.default.copyItem(atPath: source, toPath: destination)
      }
    default:
      break
    }
  }

  /// Renames, as one step within a file system.
  static func rename(_ source: String, _ destination: String) throws(ReportFolderError) {
    guard Foundation.rename(source, destination) == 0 else {
      throw .cannotWrite(destination, String(cString: strerror(errno)))
    }
  }

  /// Puts the folder `new` in place of the folder `target`, leaving the old one at `new`.
  ///
  /// One `renameat2(RENAME_EXCHANGE)` where the system has it. Where it has not (an old
  /// kernel, some network file systems), the old folder is moved aside to
  /// `.NAME.corridor-old-PID` first: a process killed between the two renames leaves no
  /// folder at `target` for a moment, and the next run moves the old one back.
  static func exchange(_ new: String, _ target: String) throws(ReportFolderError) {
    if let renameat2 = renameat2Function,
      renameat2(AT_FDCWD, new, AT_FDCWD, target, 2 /* RENAME_EXCHANGE */) == 0
    {
      return
    }
    let url = URL(fileURLWithPath: target)
    let aside = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(oldMark)\(getpid())").path
    try rename(target, aside)
    do {
      try rename(new, target)
    } catch {
      try? rename(aside, target)
      throw error
    }
    try rename(aside, new)
  }

  /// Cleans up after killed runs writing the report folder `url`.
  ///
  /// Temporary folders beside it (and inside it, where earlier versions kept them) are
  /// removed, and an old report moved aside is put back when nothing took its place. Only
  /// called with the folder's lock held, so none is in use.
  static func recoverStale(_ url: URL) {
    let manager = FileManager.default
    let parent = url.deletingLastPathComponent()
    let name = url.lastPathComponent
    let entries = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
    for entry in entries where entry.hasPrefix(".\(name).\(oldMark)") {
      let path = parent.appendingPathComponent(entry).path
      if kind(url.path) == .missing {
        try? rename(path, url.path)
      } else {
        remove(path)
      }
    }
    for entry in entries where entry.hasPrefix(".\(name).\(temporaryMark)") {
      remove(parent.appendingPathComponent(entry).path)
    }
    for entry in (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
    where entry.hasPrefix(".\(temporaryMark)") {
      remove(url.appendingPathComponent(entry).path)
    }
  }

  /// Removes a folder of ours (a temporary or an old report) even where a read-only
  /// subfolder would stop a plain removal.
  static func remove(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      _ = chmod(path, (info.st_mode & 0o7777) | 0o700)
      for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
        remove(path + "/" + entry)
      }
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  private static func posixError(_ path: String) -> Error {
    CocoaError(
      .fileWriteUnknown,
      userInfo: [
        NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno)),
      ])
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

/// The C library's `open`, under a name that the `open` of types in this module cannot hide.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}
