import Dispatch
import Foundation
import Synchronization

/// The mutable state of a gradient-projection run: path sets, link flows and times.
struct SolverState {
  let network: AssignmentNetwork
  let classes: [DemandClass]
  /// Total link flow in PCE.
  var flow: [Double]
  /// Link flow by class, in the class's units.
  var classFlow: [[Double]]
  /// Link time at the current flow.
  var time: [Double]
  /// Derivative of the link time at the current flow.
  var slope: [Double]
  /// Path sets by class.
  var paths: [ClassPaths]
  private var search: ShortestPathSearch
  private var cost: [Double]
  private var markB: [Int32]
  private var markP: [Int32]
  private var stamp: Int32 = 0

  init(network: AssignmentNetwork, classes: [DemandClass]) {
    self.network = network
    self.classes = classes
    let links = network.linkCount
    flow = Array(repeating: 0, count: links)
    classFlow = Array(repeating: Array(repeating: 0, count: links), count: classes.count)
    time = network.delay.map { $0.time(0) }
    slope = network.delay.map { $0.derivative(0) }
    paths = []
    search = ShortestPathSearch(nodeCount: network.nodeCount)
    cost = Array(repeating: 0, count: links)
    markB = Array(repeating: 0, count: links)
    markP = Array(repeating: 0, count: links)
  }

  @inline(__always)
  private func fixed(_ k: Int, _ a: Int) -> Double {
    classes[k].fixedCost.isEmpty ? 0 : classes[k].fixedCost[a]
  }

  private mutating func fillCost(classIndex k: Int) {
    let fixedCost = classes[k].fixedCost
    if fixedCost.isEmpty {
      for a in 0..<time.count { cost[a] = time[a] }
    } else {
      for a in 0..<time.count { cost[a] = time[a] + fixedCost[a] }
    }
  }

  /// All-or-nothing loading at free-flow costs; reports OD pairs without a path.
  mutating func initialise() throws(AssignmentError) {
    var unreachable: [String] = []
    paths = []
    for (k, demandClass) in classes.enumerated() {
      fillCost(classIndex: k)
      var origins: [(node: Int, pairs: Range<Int>)] = []
      var pairs: [ODPaths] = []
      var merged: [Int: [Int: Double]] = [:]
      var order: [Int] = []
      for entry in demandClass.demand {
        if merged[entry.origin] == nil { order.append(entry.origin) }
        for d in entry.destinations where d.volume > 0 && d.node != entry.origin {
          merged[entry.origin, default: [:]][d.node, default: 0] += d.volume
        }
      }
      for origin in order {
        guard let destinations = merged[origin], !destinations.isEmpty else { continue }
        fillCost(classIndex: k)
        search.run(from: origin, in: network, cost: cost)
        let first = pairs.count
        for (destination, volume) in destinations.sorted(by: { $0.key < $1.key }) {
          guard search.distance[destination].isFinite else {
            unreachable.append("\(origin + 1)→\(destination + 1)")
            continue
          }
          let path = search.path(to: destination, in: network)
          pairs.append(
            ODPaths(destination: Int32(destination), demand: volume, paths: [path], flows: [volume])
          )
        }
        if pairs.count > first { origins.append((origin, first..<pairs.count)) }
        if demandClass.logitSpread != nil {
          addPenalisedAlternatives(to: &pairs, range: first..<pairs.count, origin: origin)
        }
      }
      paths.append(ClassPaths(origins: origins, pairs: pairs))
    }
    if !unreachable.isEmpty { throw .unreachableDemand(unreachable) }
    recomputeLinkFlows()
  }

  /// Adds alternatives for a logit class: paths found after making the links of the current
  /// shortest paths 1.5 times costlier, three times over.
  private mutating func addPenalisedAlternatives(
    to pairs: inout [ODPaths], range: Range<Int>, origin: Int
  ) {
    for _ in 0..<3 {
      for index in range {
        for path in pairs[index].paths {
          for a in path { cost[Int(a)] *= 1.5 }
        }
      }
      search.run(from: origin, in: network, cost: cost)
      for index in range {
        let destination = Int(pairs[index].destination)
        let candidate = search.path(to: destination, in: network)
        if search.distance[destination].isFinite, !candidate.isEmpty,
          !pairs[index].paths.contains(candidate)
        {
          pairs[index].paths.append(candidate)
          pairs[index].flows.append(0)
        }
      }
    }
  }

  /// Sums path flows into link flows and refreshes link times (removes drift).
  mutating func recomputeLinkFlows() {
    for a in flow.indices { flow[a] = 0 }
    for k in classFlow.indices {
      var f = Array(repeating: 0.0, count: flow.count)
      for pair in paths[k].pairs {
        for (path, x) in zip(pair.paths, pair.flows) where x > 0 {
          for a in path { f[Int(a)] += x }
        }
      }
      classFlow[k] = f
      let pce = classes[k].pce
      for a in flow.indices { flow[a] += pce * f[a] }
    }
    for a in flow.indices {
      time[a] = network.delay[a].time(flow[a])
      slope[a] = network.delay[a].derivative(flow[a])
    }
  }

  /// One pass over every OD pair: add the current shortest path, then re-balance.
  mutating func generateAndEquilibrate() {
    for k in classes.indices {
      for origin in paths[k].origins {
        fillCost(classIndex: k)
        search.run(from: origin.node, in: network, cost: cost)
        for index in origin.pairs {
          let destination = Int(paths[k].pairs[index].destination)
          let candidate = search.path(to: destination, in: network)
          // A destination whose costs overflowed has no usable shortest path this time.
          if search.distance[destination].isFinite, !candidate.isEmpty,
            !paths[k].pairs[index].paths.contains(candidate)
          {
            paths[k].pairs[index].paths.append(candidate)
            paths[k].pairs[index].flows.append(0)
          }
          equilibrate(classIndex: k, pair: index)
        }
      }
    }
  }

  /// Re-balances every OD pair's existing paths once.
  mutating func equilibrateAll() {
    for k in classes.indices {
      for index in paths[k].pairs.indices { equilibrate(classIndex: k, pair: index) }
    }
  }

  @inline(__always)
  private func pathCost(_ path: [Int32], classIndex k: Int) -> Double {
    var total = 0.0
    if classes[k].fixedCost.isEmpty {
      for a in path { total += time[Int(a)] }
    } else {
      let fixedCost = classes[k].fixedCost
      for a in path { total += time[Int(a)] + fixedCost[Int(a)] }
    }
    return total
  }

  @inline(__always)
  private mutating func move(
    _ amount: Double, on path: [Int32], notOn mark: [Int32], stamp s: Int32, classIndex k: Int,
    pce: Double
  ) {
    for a32 in path {
      let a = Int(a32)
      if mark[a] == s { continue }
      classFlow[k][a] += amount
      let v = max(0, flow[a] + pce * amount)
      flow[a] = v
      time[a] = network.delay[a].time(v)
      slope[a] = network.delay[a].derivative(v)
    }
  }

  /// Moves flow from each costlier path of the pair to its cheapest path by Newton steps.
  private mutating func equilibrate(classIndex k: Int, pair index: Int) {
    if let theta = classes[k].logitSpread {
      equilibrateLogit(classIndex: k, pair: index, theta: theta)
      return
    }
    var pair = paths[k].pairs[index]
    guard pair.paths.count > 1 else { return }
    paths[k].pairs[index].paths = []  // keep `pair` uniquely referenced while it changes
    let pce = classes[k].pce
    var best = 0
    var bestCost = Double.infinity
    for (j, path) in pair.paths.enumerated() {
      let c = pathCost(path, classIndex: k)
      if c < bestCost {
        bestCost = c
        best = j
      }
    }
    for j in pair.paths.indices where j != best && pair.flows[j] > 0 {
      let basic = pair.paths[best]
      let other = pair.paths[j]
      let difference = pathCost(other, classIndex: k) - pathCost(basic, classIndex: k)
      guard difference > 0 else { continue }
      let (s, curvature) = curvature(basic, other)
      let step = curvature > 0 ? difference / (curvature * pce) : .infinity
      let amount = min(pair.flows[j], step)
      guard amount > 0 else { continue }
      pair.flows[j] -= amount
      pair.flows[best] += amount
      let marksB = markB
      let marksP = markP
      move(-amount, on: other, notOn: marksB, stamp: s, classIndex: k, pce: pce)
      move(amount, on: basic, notOn: marksP, stamp: s, classIndex: k, pce: pce)
    }
    // Drop paths that lost all their flow, keeping the cheapest.
    var kept = 0
    for j in pair.paths.indices where j == best || pair.flows[j] > 0 {
      pair.paths[kept] = pair.paths[j]
      pair.flows[kept] = pair.flows[j]
      kept += 1
    }
    pair.paths.removeLast(pair.paths.count - kept)
    pair.flows.removeLast(pair.flows.count - kept)
    paths[k].pairs[index] = pair
  }

  /// Marks the links of `basic` and `other` and returns the sum of slopes over the links the
  /// two paths do not share.
  private mutating func curvature(_ basic: [Int32], _ other: [Int32]) -> (
    stamp: Int32, value: Double
  ) {
    stamp &+= 1
    if stamp == Int32.max {
      for a in markB.indices {
        markB[a] = 0
        markP[a] = 0
      }
      stamp = 1
    }
    let s = stamp
    for a in basic { markB[Int(a)] = s }
    for a in other { markP[Int(a)] = s }
    var value = 0.0
    for a in other where markB[Int(a)] != s { value += slope[Int(a)] }
    for a in basic where markP[Int(a)] != s { value += slope[Int(a)] }
    return (s, value)
  }

  /// The logit version of ``equilibrate``: Newton steps on `c_p + ln(f_p) / θ`, every path
  /// keeping a positive flow.
  private mutating func equilibrateLogit(classIndex k: Int, pair index: Int, theta: Double) {
    var pair = paths[k].pairs[index]
    guard pair.paths.count > 1 else { return }
    paths[k].pairs[index].paths = []
    let pce = classes[k].pce
    // New paths start with a sliver of flow from the largest one, so their log is finite.
    let seed = pair.demand * 1e-9
    if let largest = pair.flows.indices.max(by: { pair.flows[$0] < pair.flows[$1] }) {
      for j in pair.flows.indices where pair.flows[j] <= 0 {
        pair.flows[j] = seed
        pair.flows[largest] -= seed
        let marksB = markB
        move(seed, on: pair.paths[j], notOn: marksB, stamp: -1, classIndex: k, pce: pce)
        move(-seed, on: pair.paths[largest], notOn: marksB, stamp: -1, classIndex: k, pce: pce)
      }
    }
    func modified(_ j: Int) -> Double {
      pathCost(pair.paths[j], classIndex: k) + log(pair.flows[j]) / theta
    }
    var best = 0
    var bestCost = Double.infinity
    for j in pair.paths.indices {
      let c = modified(j)
      if c < bestCost {
        bestCost = c
        best = j
      }
    }
    for j in pair.paths.indices where j != best {
      let difference = modified(j) - modified(best)
      guard difference > 0 else { continue }
      let (s, links) = curvature(pair.paths[best], pair.paths[j])
      let denominator = pce * links + 1 / (theta * pair.flows[j]) + 1 / (theta * pair.flows[best])
      let amount = min(0.9 * pair.flows[j], difference / denominator)
      guard amount > 0 else { continue }
      pair.flows[j] -= amount
      pair.flows[best] += amount
      let marksB = markB
      let marksP = markP
      move(-amount, on: pair.paths[j], notOn: marksB, stamp: s, classIndex: k, pce: pce)
      move(amount, on: pair.paths[best], notOn: marksP, stamp: s, classIndex: k, pce: pce)
    }
    paths[k].pairs[index] = pair
  }

  /// The logit classes' share of the gap: Σ f_p (ĉ_p − min ĉ) over their OD pairs.
  private func logitDeviation() -> Double {
    var total = 0.0
    for k in classes.indices {
      guard let theta = classes[k].logitSpread else { continue }
      for pair in paths[k].pairs {
        let costs = zip(pair.paths, pair.flows).map { path, f in
          f > 0 ? pathCost(path, classIndex: k) + log(f) / theta : Double.infinity
        }
        guard let least = costs.min(), least.isFinite else { continue }
        for (c, f) in zip(costs, pair.flows) where f > 0 { total += f * (c - least) }
      }
    }
    return total
  }

  /// TSTT and SPTT at the current flows; shortest paths run on all cores.
  func evaluateGap() -> (tstt: Double, sptt: Double) {
    var tstt = 0.0
    for k in classes.indices {
      for a in flow.indices where classFlow[k][a] != 0 {
        tstt += classFlow[k][a] * (time[a] + fixed(k, a))
      }
    }
    let pathSets = self.paths
    let jobs: [(k: Int, origin: Int, pairs: Range<Int>)] = classes.indices.filter {
      classes[$0].logitSpread == nil
    }.flatMap { k in
      pathSets[k].origins.map { (k, $0.node, $0.pairs) }
    }
    let workers = min(4, max(1, jobs.count))
    let partial = Mutex<[Double]>(Array(repeating: 0, count: workers))
    let costs: [[Double]] = classes.map { c in
      c.fixedCost.isEmpty ? time : zip(time, c.fixedCost).map { $0 + $1 }
    }
    let network = network
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var search = ShortestPathSearch(nodeCount: network.nodeCount)
      var sum = 0.0
      for j in stride(from: worker, to: jobs.count, by: workers) {
        let job = jobs[j]
        search.run(from: job.origin, in: network, cost: costs[job.k])
        for index in job.pairs {
          let pair = pathSets[job.k].pairs[index]
          sum += pair.demand * search.distance[Int(pair.destination)]
        }
      }
      partial.withLock { $0[worker] = sum }
    }
    var sptt = partial.withLock { $0.reduce(0, +) }
    // A logit class counts its TSTT less its deviation from the logit equilibrium as "SPTT".
    var logitTSTT = 0.0
    for k in classes.indices where classes[k].logitSpread != nil {
      for a in flow.indices where classFlow[k][a] != 0 {
        logitTSTT += classFlow[k][a] * (time[a] + fixed(k, a))
      }
    }
    sptt += logitTSTT - logitDeviation()
    return (tstt, sptt)
  }

  /// The Beckmann objective: time integrals plus class fixed costs times PCE flows.
  func objective() -> Double {
    var total = 0.0
    for a in flow.indices { total += network.delay[a].integral(flow[a]) }
    for k in classes.indices where !classes[k].fixedCost.isEmpty {
      for a in flow.indices { total += classes[k].fixedCost[a] * classes[k].pce * classFlow[k][a] }
    }
    return total
  }
}
