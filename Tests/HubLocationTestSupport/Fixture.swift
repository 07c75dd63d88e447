import Foundation
import HubLocation

/// Paths and instances of the fixtures, loaded as test resources.
public enum Fixture {
  /// The folder of the fixtures.
  public static let root: URL =
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures")

  /// The path of the fixture `name` (relative to ``root``).
  public static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// An AP instance `AP/NN.5`, with fixed costs `FcostX.NN` and capacities `CapY.NN` if asked.
  public static func ap(_ nodes: Int, fixed: String? = nil, capacity: String? = nil) throws
    -> HubInstance
  {
    var instance = try APFile(path: path("AP/\(nodes).5")).instance
    if let fixed {
      instance = try instance.withFixedCosts(
        NodeValuesFile(path: path("AP/Fcost\(fixed).\(nodes)"), count: nodes).values)
    }
    if let capacity {
      instance = try instance.withCapacities(
        NodeValuesFile(path: path("AP/Cap\(capacity).\(nodes)"), count: nodes).values)
    }
    return instance
  }

  /// An AP instance with every flow multiplied by `factor`: costs large enough for the
  /// solver's cost scaling.
  public static func ap(_ nodes: Int, flowsTimes factor: Double) throws -> HubInstance {
    let base = try ap(nodes)
    return try HubInstance(
      nodeCount: nodes, flows: base.flows.map { $0 * factor }, distances: base.distances,
      chi: base.chi, alpha: base.alpha, delta: base.delta)
  }

  /// The CAB data of 25 US cities.
  public static func cab() throws -> CABFile { try CABFile(path: path("CAB/cab25.txt")) }

  /// Writes `text` to a fresh temporary file and returns its path.
  public static func temporary(_ text: String, name: String = "data") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hub-\(UUID().uuidString)-\(name)")
    try Data(text.utf8).write(to: url)
    return url.path
  }
}

/// Whether a cost rounds to the published value (published to the cent).
public func matchesPublished(_ value: Double, _ published: Double) -> Bool {
  abs(value - published) < 0.005 + 1e-12 * abs(published)
}

/// 1-based node numbers as 0-based indices.
public func zeroBased(_ nodes: [Int]) -> [Int] { nodes.map { $0 - 1 } }

extension HubSearchOptions {
  /// Fewer shaking rounds than the default, for small instances in debug builds.
  public static let quick = HubSearchOptions(roundsWithoutImprovement: 30)
}
