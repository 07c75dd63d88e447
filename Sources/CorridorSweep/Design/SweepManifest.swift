import CorridorModel
import Foundation

/// `DIR/manifest.json`: what a sweep runs, written once by `sweep plan` and read by every
/// shard and by the merge.
///
/// It names the sweep and scenario files with a digest of each, so that a shard run after a
/// file changed is refused rather than mixed with the others, and lists every variant and unit.
public struct SweepManifest: Codable, Hashable, Sendable {
  /// A file the sweep reads, with the digest of its bytes when the sweep was planned.
  public struct File: Codable, Hashable, Sendable {
    /// The absolute path.
    public var path: String
    /// FNV-1a (64-bit) of the bytes, in hexadecimal.
    public var digest: String
  }

  /// An uncertain input as the manifest records it.
  public struct Input: Codable, Hashable, Sendable {
    /// The input's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Its value in the scenario.
    public var nominal: Double
    /// The 10th and 90th percentiles of its distribution.
    public var low: Double
    public var high: Double
    /// Whether the range is an estimate.
    public var estimate: Bool
    /// Where the range comes from.
    public var source: String?
  }

  /// The version of the layout.
  public var format = 1
  /// The sweep's id and name.
  public var sweep: String
  public var name: String
  /// The sweep file and the scenario files, root base first.
  public var files: [File]
  /// The id of the scenario varied.
  public var scenario: String
  /// The measures decomposed, in file order, with their names.
  public var measures: [String]
  public var measureNames: [String]
  /// The measures' design: `all_subsets` or `one_at_a_time`.
  public var measureDesign: String
  /// The inputs' designs: `one_at_a_time`, `factorial`, `latin_hypercube`, joined by ` + `.
  public var parameterDesign: String
  /// The uncertain inputs.
  public var inputs: [Input]
  /// Replications per variant, seed, recorded and warm-up days.
  public var replications: Int
  public var seed: UInt64
  public var days: Double
  public var warmUpDays: Double
  /// Whether facilities loaded beyond capacity are simulated with capped queues.
  public var allowOverload: Bool
  /// The variants and the units.
  public var variants: [SweepVariant]
  public var units: [SweepUnit]

  /// The manifest of a loaded sweep file at `path`.
  public init(_ sweep: LoadedSweepPlan) {
    let definition = sweep.definition
    self.sweep = definition.id
    name = definition.name
    files = sweep.files.map { File(path: $0, digest: Self.digest(ofFile: $0) ?? "missing") }
    scenario = sweep.scenario.id
    measures = definition.measures
    let applied = sweep.scenario.appliedMeasures
    measureNames = definition.measures.map { id in applied.last { $0.id == id }?.name ?? id }
    measureDesign = definition.measureDesign.rawValue
    parameterDesign = definition.parameterDesigns.map { design in
      switch design {
      case .oneAtATime: "one_at_a_time"
      case .factorial: "factorial"
      case .latinHypercube(let samples): "latin_hypercube (\(samples) samples)"
      }
    }.joined(separator: " + ")
    inputs = definition.parameters.map {
      Input(
        id: $0.id, name: $0.name, nominal: $0.nominalValue(in: sweep.scenario),
        low: $0.distribution.low, high: $0.distribution.high, estimate: $0.isEstimate,
        source: $0.source)
    }
    replications = definition.replications
    seed = definition.seed
    days = definition.days
    warmUpDays = definition.warmUpDays
    allowOverload = definition.allowOverload
    variants = sweep.plan.variants
    units = sweep.plan.units
  }

  /// The manifest's JSON: sorted keys, so the same sweep gives the same bytes.
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// A variant for people: the measures on (or "no measures"), then its design point with the
  /// inputs by id: `etir-road + kg-cn-24-7`, `no measures, demand high`, `… sample 3`.
  public func label(_ variant: SweepVariant) -> String {
    let on =
      variant.measures.isEmpty
      ? "no measures"
      : variant.measures.count == measures.count && measures.count > 1
        ? "all measures" : variant.measures.joined(separator: " + ")
    switch variant.point {
    case .measures: return on
    case .oneAtATime(let p, let high):
      let id = inputs.indices.contains(p) ? inputs[p].id : "input \(p + 1)"
      return "\(on), \(id) \(high ? "high" : "low")"
    case .factorial(let corner): return "\(on), corner \(corner)"
    case .sample(let s): return "\(on), sample \(s + 1)"
    }
  }

  /// What makes the manifest inconsistent (edited by hand, or cut short), or `nil`.
  public var problem: String? {
    guard replications >= 1, variants.count * replications == units.count else {
      return
        "it lists \(units.count) units for \(variants.count) variants of \(replications) replications"
    }
    guard measureNames.count == measures.count else {
      return "its measures and names differ in number"
    }
    for (i, variant) in variants.enumerated() {
      guard variant.index == i, variant.values.count == inputs.count,
        variant.measures.allSatisfy(measures.contains)
      else { return "variant \(i) does not match the sweep's measures and inputs" }
      switch variant.point {
      case .oneAtATime(let p, _) where !inputs.indices.contains(p):
        return "variant \(i) names input \(p), which the sweep does not have"
      case .factorial(let corner) where corner < 0 || corner >= 1 << min(inputs.count, 30):
        return "variant \(i) names corner \(corner), which the design does not have"
      default: break
      }
    }
    for (i, unit) in units.enumerated()
    where unit.index != i || unit.variant != i / replications
      || unit.replication != i % replications
    {
      return "unit \(i) is out of order"
    }
    return nil
  }

  /// The files whose bytes changed since the sweep was planned (or that are gone).
  public var changedFiles: [String] {
    files.filter { Self.digest(ofFile: $0.path) != $0.digest }.map(\.path)
  }

  /// FNV-1a (64-bit) of a file's bytes in hexadecimal, or `nil` when it cannot be read.
  public static func digest(ofFile path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return digest(of: data)
  }

  /// FNV-1a (64-bit) of bytes in hexadecimal: a fingerprint that tells changed files apart
  /// (not a cryptographic hash).
  public static func digest(of data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    let text = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}
