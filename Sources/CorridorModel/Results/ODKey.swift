/// One origin–destination pair of one commodity, as results name it.
///
/// Written `COMMODITY ORIGIN DESTINATION` in tables.
public struct ODKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The commodity.
  public var commodity: CommodityID
  /// Where the flow starts.
  public var origin: NodeID
  /// Where it ends.
  public var destination: NodeID

  /// Creates a key.
  public init(commodity: CommodityID, origin: NodeID, destination: NodeID) {
    self.commodity = commodity
    self.origin = origin
    self.destination = destination
  }

  public var description: String { "\(commodity) \(origin) \(destination)" }

  /// Orders keys as their table text sorts.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
