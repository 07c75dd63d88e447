/// The position of a node in the plane, in the units of its data file.
public struct HubCoordinate: Sendable, Hashable {
  /// The first coordinate.
  public var x: Double
  /// The second coordinate.
  public var y: Double

  /// Creates a position.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}
