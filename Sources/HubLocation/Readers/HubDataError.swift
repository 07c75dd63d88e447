/// A problem in a hub-location data file, with the file and line it was found on.
public struct HubDataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file's path.
  public var file: String
  /// The line, from 1 (0 when the problem is with the whole file).
  public var line: Int
  /// What is wrong and what was expected.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: error: MESSAGE`, or `FILE: error: MESSAGE` for the whole file.
  public var description: String {
    line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
  }
}
