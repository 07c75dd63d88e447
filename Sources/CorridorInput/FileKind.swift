#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names in the file system, read with `stat` or `lstat`, which never open the
/// file and so cannot block on a named pipe.
public enum FileKind: Equatable, Sendable {
  /// Nothing, or nothing that can be examined.
  case missing
  /// A regular file.
  case file
  /// A directory.
  case directory
  /// A symbolic link (only when links are not followed).
  case symbolicLink
  /// Anything else, with its name for messages: "a named pipe (FIFO)", "a socket"…
  case other(String)

  /// What `path` names, following a final symbolic link unless `followingLinks` is false.
  public static func at(_ path: String, followingLinks: Bool = true) -> FileKind {
    var info = stat()
    let status = followingLinks ? stat(path, &info) : lstat(path, &info)
    return status == 0 ? FileKind(mode: info.st_mode) : .missing
  }

  /// The kind a file mode gives.
  public init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .file
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .other("a named pipe (FIFO)")
    case S_IFCHR: self = .other("a character device")
    case S_IFBLK: self = .other("a block device")
    case S_IFSOCK: self = .other("a socket")
    default: self = .other("not a regular file")
    }
  }

  /// "a directory", "a named pipe (FIFO)" and so on for what is not a regular file; `nil`
  /// for a regular file or nothing.
  public var nonRegularName: String? {
    switch self {
    case .missing, .file: nil
    case .directory: "a directory"
    case .symbolicLink: "a symbolic link"
    case .other(let name): name
    }
  }
}
