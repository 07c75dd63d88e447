/// One border crossing in one direction, as results name it: `khorgos-road CN->KZ`.
public struct CrossingKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The crossing's id.
  public var crossing: String
  /// The countries left and entered.
  public var direction: BorderDirection

  /// Creates a key.
  public init(crossing: String, direction: BorderDirection) {
    self.crossing = crossing
    self.direction = direction
  }

  public var description: String { "\(crossing) \(direction)" }

  /// Orders keys as their table text sorts.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
