/// The first border crossing of a route, in one direction: where freight leaves the first
/// country it crosses out of.
///
/// Written `NAME FROM->TO`: the checkpoint node (or, at a border without controls, the link)
/// and the countries on either side; `none` for freight that crosses no border.
public struct GatewayKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The checkpoint node or border link, or `nil` for freight that crosses no border.
  public var name: String?
  /// The countries left and entered.
  public var direction: BorderDirection?

  /// Creates a key.
  public init(name: String?, direction: BorderDirection?) {
    self.name = name
    self.direction = direction
  }

  /// Freight that crosses no border.
  public static let noBorder = GatewayKey(name: nil, direction: nil)

  public var description: String {
    guard let name else { return "none" }
    return direction.map { "\(name) \($0)" } ?? name
  }

  /// Orders keys as their table text sorts.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
