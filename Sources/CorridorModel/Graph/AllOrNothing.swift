import Dispatch
import Synchronization

/// One origin–destination volume, by node index.
public struct ODVolume: Sendable, Hashable {
  /// The origin node index.
  public var origin: Int
  /// The destination node index.
  public var destination: Int
  /// The volume to load.
  public var volume: Double

  /// Creates an OD volume.
  public init(origin: Int, destination: Int, volume: Double) {
    self.origin = origin
    self.destination = destination
    self.volume = volume
  }
}

extension Graph {
  /// Loads every OD volume onto its shortest path ("all or nothing") and returns link volumes.
  ///
  /// Origins are split over a fixed number of parallel workers; the workers' link volumes are
  /// added in a fixed order, so the result is the same on any machine. Volumes with no path
  /// are left out.
  /// - Parameters:
  ///   - volumes: The OD volumes.
  ///   - weights: Non-negative link weights, by link index.
  /// - Returns: The volume on each link.
  public func allOrNothing(_ volumes: [ODVolume], weights: [Double]) -> [Double] {
    var grouped: [Int: [ODVolume]] = [:]
    for v in volumes where v.origin >= 0 && v.destination >= 0 {
      grouped[v.origin, default: []].append(v)
    }
    let byOrigin = grouped
    let origins = byOrigin.keys.sorted()
    let workers = min(4, max(1, origins.count))
    let partials = Mutex<[[Double]]>(Array(repeating: [], count: workers))
    let linkCount = linkFrom.count
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var load = [Double](repeating: 0, count: linkCount)
      for index in stride(from: worker, to: origins.count, by: workers) {
        let origin = origins[index]
        let flows = byOrigin[origin] ?? []
        let tree = shortestPaths(
          from: origin, stoppingAfter: Set(flows.map(\.destination)), weight: { weights[$0] })
        for flow in flows {
          guard let path = tree.path(to: flow.destination, in: self) else { continue }
          for link in path { load[link] += flow.volume }
        }
      }
      partials.withLock { $0[worker] = load }
    }
    let loads = partials.withLock { $0 }
    var total = [Double](repeating: 0, count: linkCount)
    for load in loads {
      for (l, value) in load.enumerated() { total[l] += value }
    }
    return total
  }
}
