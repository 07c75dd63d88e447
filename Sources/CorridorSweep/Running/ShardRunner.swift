import CorridorModel
import CorridorScenario
import CorridorSimulation
import CorridorStudy
import Dispatch
import Foundation
import Synchronization

/// Runs the units of one shard of a planned sweep.
///
/// The sweep file is read again from the manifest's path and must give the same plan; the
/// files must not have changed since the sweep was planned. Units run on `jobs` threads;
/// each variant's scenario and equilibrium are prepared once per shard.
public struct ShardRunner: Sendable {
  /// The sweep's folder.
  public let folder: SweepFolder
  /// The manifest and the digest of its bytes.
  public let manifest: SweepManifest
  public let manifestDigest: String
  let sweep: LoadedSweepPlan

  /// Reads the manifest of `folder` and the sweep file it names.
  public init(folder: SweepFolder) throws(SweepError) {
    self.folder = folder
    (manifest, manifestDigest) = try folder.readManifest()
    let changed = manifest.changedFiles
    guard changed.isEmpty else { throw .filesChanged(changed) }
    guard let path = manifest.files.first?.path else {
      throw .noManifest(folder: folder.path, reason: "it names no sweep file")
    }
    do {
      sweep = try LoadedSweepPlan.load(path: path)
    } catch {
      throw .input(error)
    }
    guard SweepManifest(sweep) == manifest else {
      throw .planChanged("other variants, units or inputs")
    }
  }

  /// Whether shard `shard` of `count` is already written, from this manifest.
  public func isDone(shard: Int, of count: Int) -> Bool {
    guard let data = FileManager.default.contents(atPath: folder.shard(shard)),
      let result = try? JSONDecoder().decode(ShardResult.self, from: data)
    else { return false }
    return result.manifestDigest == manifestDigest && result.of == count
      && result.shard == shard
  }

  /// Runs shard `shard` of `count` on `jobs` threads and writes `shards/I.json` atomically.
  ///
  /// - Parameter progress: Called after each unit with the units done and the shard's total.
  public func run(
    shard: Int, of count: Int, jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) throws(SweepError) -> ShardResult {
    guard count >= 1, count <= manifest.units.count else {
      throw .badShard(
        "the sweep has \(manifest.units.count) units: give from 1 to \(manifest.units.count) "
          + "shards")
    }
    guard (0..<count).contains(shard) else {
      throw .badShard("shard \(shard) is not one of 0 to \(count - 1)")
    }
    let range = SweepPlan.shardRange(shard, of: count, units: manifest.units.count)
    let units = Array(manifest.units[range])
    let variants = VariantCache(runner: self)
    let state = Mutex<
      (
        next: Int, done: Int, failure: SweepError?, values: [Int: [SweepKPI: Double]],
        overloads: [Int: ShardResult.Overload]
      )
    >((0, 0, nil, [:], [:]))
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, units.count))) { _ in
      while true {
        let i: Int? = state.withLock {
          guard $0.failure == nil, $0.next < units.count else { return nil }
          $0.next += 1
          return $0.next - 1
        }
        guard let i else { return }
        let prepared: PreparedVariant
        do throws(SweepError) {
          prepared = try variants.prepared(units[i].variant)
        } catch {
          state.withLock { if $0.failure == nil { $0.failure = error } }
          return
        }
        let figures = run(units[i], prepared: prepared)
        let done = state.withLock {
          $0.values[units[i].index] = figures
          if !prepared.overloaded.isEmpty {
            $0.overloads[units[i].variant] = ShardResult.Overload(
              variant: units[i].variant, facilities: prepared.overloaded,
              places: prepared.overloadedPlaces)
          }
          $0.done += 1
          return $0.done
        }
        progress?(done, units.count)
      }
    }
    let (failure, values, overloads) = state.withLock { ($0.failure, $0.values, $0.overloads) }
    if let failure { throw failure }
    let keys = Set(values.values.flatMap(\.keys)).sorted()
    let result = ShardResult(
      sweep: manifest.sweep, manifestDigest: manifestDigest, shard: shard, of: count,
      firstUnit: range.lowerBound, endUnit: range.upperBound, keys: keys,
      units: units.map { unit in
        ShardResult.Unit(unit: unit.index, values: keys.map { values[unit.index]?[$0] })
      },
      overloads: overloads.keys.sorted().compactMap { overloads[$0] })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do { data = try encoder.encode(result) } catch {
      throw .cannotWrite(path: folder.shard(shard), reason: "\(error)")
    }
    try SweepFolder.writeAtomically(data, to: folder.shard(shard))
    return result
  }

  /// The settings every unit runs with, for one replication.
  func settings(replication: Int) -> RunSettings {
    var settings = RunSettings()
    settings.replications = 1
    settings.firstReplication = replication
    settings.seed = manifest.seed
    settings.days = manifest.days
    settings.warmUpDays = manifest.warmUpDays
    settings.allowOverload = manifest.allowOverload
    // A unit's figures are means; percentiles would cost time and be thrown away.
    settings.recordsQuantiles = false
    return settings
  }

  /// A variant's scenario, with its measures and input values, and its equilibrium routes.
  func prepare(_ variant: SweepVariant) throws(SweepError) -> PreparedVariant {
    let skipping = Set(manifest.measures).subtracting(variant.measures)
    var scenario = sweep.scenario
    if !skipping.isEmpty {
      do {
        scenario = try ScenarioLoader.load(path: sweep.definition.scenarioPath, skipping: skipping)
          .scenario
      } catch {
        throw .input(error)
      }
    }
    for (p, parameter) in sweep.definition.parameters.enumerated()
    where variant.values[p] != manifest.inputs[p].nominal {
      scenario = parameter.applied(to: scenario, value: variant.values[p])
    }
    do {
      // The study warns of each facility it lets run overloaded (allow_overload).
      let overloaded = Mutex<[(String, OverloadedPlace)]>([])
      let progress = StudyProgress(warning: { warning in
        guard case .overloaded(let facility) = warning else { return }
        let text =
          "\(facility.facility) at \(NumberFormat.fixed(100 * facility.load, decimals: 1)) %"
        let place = OverloadedPlace(node: facility.node.rawValue, load: facility.load)
        overloaded.withLock { $0.append((text, place)) }
      })
      let (assignment, routes) = try Study.simulationRoutes(
        scenario, settings: settings(replication: 0), progress: progress)
      return PreparedVariant(
        scenario: scenario, assignment: assignment, routes: routes,
        overloaded: overloaded.withLock { $0.map(\.0) },
        overloadedPlaces: overloaded.withLock { $0.map(\.1) })
    } catch {
      throw .variant(label: manifest.label(variant), error)
    }
  }

  /// One unit's figures: the simulated KPIs of its replication, and the TEU per year on the
  /// equilibrium routes over all freight and by corridor.
  func run(_ unit: SweepUnit, prepared: PreparedVariant) -> [SweepKPI: Double] {
    let settings = settings(replication: unit.replication)
    let simulation = CorridorSimulation.run(
      prepared.scenario, routes: prepared.routes, options: settings.simulationOptions)
    let run = ScenarioRun(
      scenario: prepared.scenario, settings: settings, assignment: prepared.assignment,
      routes: prepared.routes, simulation: simulation)
    var figures: [SweepKPI: Double] = [:]
    for (key, values) in run.replicationKPIs {
      if let value = values.first, value.isFinite { figures[SweepKPI(key)] = value }
    }
    let flows =
      [ResultKey(.network, .teuPerYear)]
      + prepared.scenario.corridors.map { ResultKey(.corridor($0.name), .teuPerYear) }
    for key in flows {
      if let value = run.value(key), value.isFinite { figures[SweepKPI(key)] = value }
    }
    return figures
  }
}
