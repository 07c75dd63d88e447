import CorridorModel
import Testing

@testable import CorridorSweep

/// Shapley shares and one-at-a-time effects on hand-made figures whose answers are known.
@Suite struct ShapleyTests {
  /// The manifest of a sweep over `measures` measures (every subset) with `replications`
  /// replications and no inputs.
  static func manifest(measures: Int, replications: Int) -> SweepManifest {
    let ids = (0..<measures).map { "m\($0)" }
    let definition = SweepDefinition(
      id: "test", name: "test", scenarioPath: "none.yaml", measures: ids,
      replications: replications)
    let scenario = Scenario(id: "s", name: "s")
    return SweepManifest(
      LoadedSweepPlan(
        definition: definition, scenario: scenario, files: [],
        plan: SweepPlan(definition, scenario: scenario)))
  }

  /// Data whose figure for replication r of a variant with measure set S is `value(S, r)`.
  static func data(measures: Int, replications: Int, value: (Set<Int>, Int) -> Double)
    -> SweepData
  {
    let manifest = manifest(measures: measures, replications: replications)
    let values = manifest.units.map { unit -> [Double?] in
      let on = Set(
        manifest.variants[unit.variant].measures.compactMap { id in
          manifest.measures.firstIndex(of: id)
        })
      return [value(on, unit.replication)]
    }
    return SweepData(
      manifest: manifest, keys: [SweepKPI(kind: "network", name: "all freight", measure: "x")],
      values: values)
  }

  /// Replication noise common to every variant (common random numbers cancel it in pairs).
  static func noise(_ r: Int) -> Double { [3.0, -1.5, 0.25, 7.0, -4.0][r % 5] }

  @Test func additiveMeasuresEachGetTheirOwnEffect() throws {
    let effects = [-12.0, -3.5, 0.0, 4.25]
    let data = Self.data(measures: 4, replications: 5) { on, r in
      100 + Self.noise(r) + on.reduce(0) { $0 + effects[$1] }
    }
    let table = try #require(SweepAnalysis(data).measures.first)
    for (i, effect) in table.measures.enumerated() {
      #expect(abs(try #require(effect.shapley).mean - effects[i]) < 1e-9)
      #expect(abs(try #require(effect.alone).mean - effects[i]) < 1e-9)
      #expect(try #require(effect.shapley).halfWidth < 1e-9)
    }
    #expect(abs(table.bundleEffect.mean - effects.reduce(0, +)) < 1e-9)
    #expect(abs(try #require(table.interaction).mean) < 1e-9)
  }

  @Test func synergyIsSplitEvenlyAndSharesSumToTheBundle() throws {
    // Measures 0 and 1 save 10 more together than apart; measure 2 acts alone.
    let data = Self.data(measures: 3, replications: 4) { on, r in
      var value = 50 + Self.noise(r) - 2 * Double(on.count)
      if on.contains(0) && on.contains(1) { value -= 10 }
      if on.contains(2) { value -= 1 }
      return value
    }
    let table = try #require(SweepAnalysis(data).measures.first)
    let shares = try table.measures.map { try #require($0.shapley).mean }
    #expect(abs(shares[0] - -7) < 1e-9)
    #expect(abs(shares[1] - -7) < 1e-9)
    #expect(abs(shares[2] - -3) < 1e-9)
    #expect(abs(shares.reduce(0, +) - table.bundleEffect.mean) < 1e-9)
    #expect(abs(try #require(table.interaction).mean - -10) < 1e-9)
  }

  @Test func sharesSumToTheBundleForAnyGame() throws {
    // A game with every order of interaction, and replication noise that does not cancel.
    let data = Self.data(measures: 5, replications: 6) { on, r in
      let x = on.reduce(0.0) { $0 + Double($1 + 1) * 1.7 }
      return x * x - 3 * x + Double(r * r) * (on.contains(3) ? 0.9 : 0.1)
    }
    let table = try #require(SweepAnalysis(data).measures.first)
    let sum = try table.measures.reduce(0) { $0 + (try #require($1.shapley).mean) }
    #expect(abs(sum - table.bundleEffect.mean) < 1e-9 * max(1, abs(sum)))
  }

  @Test(arguments: [1, 2, 3, 5, 8])
  func shapleyWeightsOfEachSizeSumToOne(n: Int) {
    // Σ over subsets of the others: C(n − 1, s) subsets of size s, each of weight w(s).
    var total = 0.0
    var choose = 1.0
    for s in 0..<n {
      total += choose * Figures.shapleyWeight(size: s, of: n)
      choose = choose * Double(n - 1 - s) / Double(s + 1)
    }
    #expect(abs(total - 1) < 1e-12)
    #expect(abs(Figures.shapleyWeight(size: 0, of: n) - 1 / Double(n)) < 1e-15)
  }
}
