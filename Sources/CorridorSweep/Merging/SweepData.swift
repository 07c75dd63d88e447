import Foundation

/// Every unit's figures, in unit order, gathered from a sweep's shards.
public struct SweepData: Sendable {
  /// The manifest.
  public let manifest: SweepManifest
  /// The figures recorded in any unit, sorted.
  public let keys: [SweepKPI]
  /// `values[unit][k]`: unit `unit`'s figure for `keys[k]` (`nil`: not measured).
  public let values: [[Double?]]
  /// The variants run with facilities beyond capacity, by variant, with those facilities.
  public let overloads: [Int: [String]]
  /// Where those facilities are, with their loads, by variant.
  public let overloadedPlaces: [Int: [OverloadedPlace]]

  /// Creates the data from its parts (tests build small ones by hand).
  public init(
    manifest: SweepManifest, keys: [SweepKPI], values: [[Double?]],
    overloads: [Int: [String]] = [:],
    overloadedPlaces: [Int: [OverloadedPlace]] = [:]
  ) {
    self.manifest = manifest
    self.keys = keys
    self.values = values
    self.overloads = overloads
    self.overloadedPlaces = overloadedPlaces
  }

  /// Reads the shards of `folder`: all of one count of shards, from its manifest, each
  /// present and covering its units.
  ///
  /// - Throws: ``SweepError`` naming every missing shard, or the file that cannot be used.
  public static func read(_ folder: SweepFolder) throws(SweepError) -> SweepData {
    let (manifest, digest) = try folder.readManifest()
    let shards = try readShards(folder, digest: digest)
    let counts = Set(shards.map(\.of))
    guard let count = counts.first else {
      throw .badShard(
        "no shard has run in \(folder.shards); run 'corridor sweep run \(folder.path) "
          + "--shard I --of N' for each I, or 'corridor sweep run \(folder.path) --of 1'")
    }
    guard counts.count == 1 else {
      throw .badShardFile(
        path: folder.shards,
        reason:
          "holds shards of runs split \(counts.sorted().map(String.init).joined(separator: " and ")) "
          + "ways; remove the shards of the split you abandoned and merge again")
    }
    let total = manifest.units.count
    let byNumber = Dictionary(shards.map { ($0.shard, $0) }, uniquingKeysWith: { a, _ in a })
    let missing = (0..<count).filter { byNumber[$0] == nil }.map {
      (shard: $0, units: SweepPlan.shardRange($0, of: count, units: total))
    }
    guard missing.isEmpty else {
      throw .missingShards(folder: folder.path, missing: missing, of: count)
    }
    let keys = Set(shards.flatMap(\.keys)).sorted()
    let column = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    var values = Array(repeating: [Double?](repeating: nil, count: keys.count), count: total)
    for shard in shards.sorted(by: { $0.shard < $1.shard }) {
      let expected = SweepPlan.shardRange(shard.shard, of: count, units: total)
      let units = shard.units.map(\.unit)
      guard shard.firstUnit == expected.lowerBound, shard.endUnit == expected.upperBound,
        units == Array(expected)
      else {
        throw .badShardFile(
          path: folder.shard(shard.shard),
          reason: "does not hold units \(expected.lowerBound)–\(expected.upperBound - 1) as "
            + "shard \(shard.shard) of \(count) should; run it again")
      }
      let columns = shard.keys.map { column[$0] ?? 0 }
      for unit in shard.units {
        guard unit.values.count == columns.count else {
          throw .badShardFile(
            path: folder.shard(shard.shard),
            reason: "unit \(unit.unit) has the wrong number of figures")
        }
        for (k, value) in zip(columns, unit.values) { values[unit.unit][k] = value }
      }
    }
    var overloads: [Int: [String]] = [:]
    var places: [Int: [OverloadedPlace]] = [:]
    for shard in shards {
      for overload in shard.overloads where manifest.variants.indices.contains(overload.variant) {
        overloads[overload.variant] = overload.facilities
        places[overload.variant] = overload.places ?? []
      }
    }
    return SweepData(
      manifest: manifest, keys: keys, values: values, overloads: overloads,
      overloadedPlaces: places)
  }

  private static func readShards(_ folder: SweepFolder, digest: String) throws(SweepError)
    -> [ShardResult]
  {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.shards)) ?? []
    var shards: [ShardResult] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let path = (folder.shards as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .badShardFile(path: path, reason: "cannot be read")
      }
      let shard: ShardResult
      do { shard = try JSONDecoder().decode(ShardResult.self, from: data) } catch {
        throw .badShardFile(path: path, reason: "is not a shard of a sweep: \(error)")
      }
      guard shard.manifestDigest == digest else {
        throw .badShardFile(
          path: path,
          reason: "was run from another plan of the sweep; remove it and run that shard again")
      }
      guard name == "\(shard.shard).json" else {
        throw .badShardFile(path: path, reason: "holds shard \(shard.shard); rename or remove it")
      }
      shards.append(shard)
    }
    return shards
  }

  /// The figure `k` of replication `r` of variant `v`.
  public func value(variant v: Int, replication r: Int, _ k: Int) -> Double? {
    values[v * manifest.replications + r][k]
  }
}
