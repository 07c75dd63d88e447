/// One checkpoint process, as results name it: the node, the mode family and the direction.
///
/// Written `NODE MODE DIRECTION` in tables, with `both` for a process that serves both
/// directions: `ALT road CN->KZ`.
public struct CheckpointKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The checkpoint node.
  public var node: NodeID
  /// The mode family of the process.
  public var mode: ModeFamily
  /// The direction the process serves, or `nil` for both.
  public var direction: BorderDirection?

  /// Creates a key.
  public init(node: NodeID, mode: ModeFamily, direction: BorderDirection?) {
    self.node = node
    self.mode = mode
    self.direction = direction
  }

  /// The key of a process at a node.
  public init(node: NodeID, process: CheckpointProcess) {
    self.init(node: node, mode: process.mode, direction: process.direction)
  }

  public var description: String {
    "\(node) \(mode.rawValue) \(direction?.description ?? "both")"
  }

  /// Orders keys as their table text sorts.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
