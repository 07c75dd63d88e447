import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a user's input file with the checks every reader needs before parsing.
///
/// Only regular files are read: a named pipe, a device or a socket could block the process or
/// never end. The size is checked before reading, and never more than the limit plus one byte
/// is read, so a huge file cannot exhaust memory.
public enum InputFile {
  /// The file's bytes.
  ///
  /// - Parameters:
  ///   - path: The file's path.
  ///   - maximumBytes: The largest file accepted.
  /// - Throws: ``InputFileError`` when the path is not a regular file, is larger than
  ///   `maximumBytes`, or cannot be read.
  public static func read(path: String, maximumBytes: Int) throws(InputFileError) -> Data {
    // Opened without waiting (a named pipe with no writer would block), then checked on the
    // open file itself, so nothing can be swapped in between.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw .unreadable(reason)
    }
    if let kind = FileKind(mode: info.st_mode).nonRegularName {
      close(fd)
      throw .notRegular(kind)
    }
    guard info.st_size <= maximumBytes else {
      close(fd)
      throw .tooLarge(maximumBytes)
    }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    let data: Data
    do {
      data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
    } catch {
      throw .unreadable(error.localizedDescription)
    }
    guard data.count <= maximumBytes else { throw .tooLarge(maximumBytes) }
    return data
  }

  /// What `path` is when it exists and is not a regular file: "a named pipe (FIFO)" and so on.
  ///
  /// `nil` for a regular file or a path that does not exist. Uses `stat`, which does not open
  /// the file and so cannot block on it.
  public static func nonRegularKind(atPath path: String) -> String? {
    FileKind.at(path).nonRegularName
  }
}

/// Why an input file could not be read.
public enum InputFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path names something other than a regular file (the kind is given).
  case notRegular(String)
  /// The file is larger than the limit (bytes).
  case tooLarge(Int)
  /// The system could not open or read the file.
  case unreadable(String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .notRegular(let kind):
      "it is \(kind), not a regular file; give the path of a file"
    case .tooLarge(let limit):
      "the file is larger than \(limit / 1024 / 1024) MB, the most this reader takes"
    case .unreadable(let reason):
      "cannot read the file: \(reason)"
    }
  }
}
