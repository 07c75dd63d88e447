import HubLocation

/// Three nodes on a line at x = 0, 1, 3, with chi = 1, alpha = 0.5, delta = 2.
///
/// Flows: w01 = 1, w02 = 2, w10 = 3, w12 = 1, w20 = 1, w21 = 1, and a diagonal w22 = 0.5.
public enum Tiny {
  /// The distances, row by row.
  public static let distances: [Double] = [0, 1, 3, 1, 0, 2, 3, 2, 0]
  /// The flows, row by row.
  public static let flows: [Double] = [0, 1, 2, 3, 0, 1, 1, 1, 0.5]

  /// The instance, with fixed costs 10, 20, 30 and capacities 7, 1, 2.5.
  public static func instance() throws -> HubInstance {
    try HubInstance(
      nodeCount: 3, flows: flows, distances: distances, chi: 1, alpha: 0.5, delta: 2,
      fixedCosts: [10, 20, 30], capacities: [7, 1, 2.5])
  }
}
