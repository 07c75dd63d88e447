#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of file system object a path names, for refusing what cannot be read as a file.
enum FileKind {
  /// "a named pipe (FIFO)", "a directory" and so on when the path exists but is not a
  /// regular file; `nil` for a regular file or a path that does not exist (opening it then
  /// reports the problem).
  static func nonRegular(atPath path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a named pipe (FIFO)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }
}
