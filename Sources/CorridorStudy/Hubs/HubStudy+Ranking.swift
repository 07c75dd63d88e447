import HubLocation
import HubLocationExact

extension HubStudy {
  /// The `k` best plans, best first, each proven optimal among the plans not found before it.
  ///
  /// The first is the optimum. Each next one is found by excluding the plans already found
  /// and solving again, by Lawler's partition of the plans left: after a plan with hubs
  /// h1 … hr (those not already forced open), the plans that keep h1 … h(i−1) and drop hi, for
  /// each i, and, when fixed costs decide the number of hubs, those that keep all of them
  /// and add another. Each part is the same problem with fewer candidates or more hubs forced
  /// open, solved by the exact solver, so no plan is missed or found twice. Fewer than `k`
  /// come back when there are no more plans.
  ///
  /// - Throws: ``StudyError/invalidRequest(_:)`` when the solver refuses a problem.
  public func bestPlans(_ k: Int, timeLimit: Double? = nil) throws(StudyError)
    -> [ExactHubResult]
  {
    let all = problem.candidates ?? Set(0..<problem.instance.nodeCount)
    var open: [(result: ExactHubResult, forced: Set<Int>, excluded: Set<Int>)] = []
    let first = try placeHubs(timeLimit: timeLimit)
    guard first.status.hasSolution else { return [] }
    open.append((first, problem.fixedOpen, []))
    var found: [ExactHubResult] = []
    while found.count < k, !open.isEmpty {
      // The cheapest part next; between equal costs, the plan whose hubs come first.
      var best = 0
      for i in open.indices.dropFirst() where Self.precedes(open[i].result, open[best].result) {
        best = i
      }
      let (result, forced, excluded) = open.remove(at: best)
      found.append(result)
      guard found.count < k else { break }
      var keep = forced
      for hub in result.hubs where !forced.contains(hub) {
        if let part = try solvePart(
          forced: keep, excluded: excluded.union([hub]), all: all, timeLimit: timeLimit)
        {
          open.append((part, keep, excluded.union([hub])))
        }
        keep.insert(hub)
      }
      guard problem.hubCount == .fixedCosts else { continue }
      // The plans with every hub of this one and more.
      var dropped = excluded
      for extra in all.subtracting(keep).subtracting(excluded).sorted() {
        let forcedMore = keep.union([extra])
        if let part = try solvePart(
          forced: forcedMore, excluded: dropped, all: all, timeLimit: timeLimit)
        {
          open.append((part, forcedMore, dropped))
        }
        dropped.insert(extra)
      }
    }
    return found
  }

  /// Whether plan `a` ranks before plan `b`: a lower cost, or an equal one with hubs that
  /// come first.
  private static func precedes(_ a: ExactHubResult, _ b: ExactHubResult) -> Bool {
    let x = a.objective ?? .infinity
    let y = b.objective ?? .infinity
    return x < y || (x == y && a.hubs.lexicographicallyPrecedes(b.hubs))
  }

  /// The best plan with the hubs `forced` open and none of `excluded`, or `nil` when there is
  /// none; each part has the whole time limit.
  private func solvePart(
    forced: Set<Int>, excluded: Set<Int>, all: Set<Int>, timeLimit: Double?
  ) throws(StudyError) -> ExactHubResult? {
    let candidates = all.subtracting(excluded)
    if case .exactly(let p) = problem.hubCount, candidates.count < p || forced.count > p {
      return nil
    }
    guard !candidates.isEmpty else { return nil }
    let part: HubProblem
    do {
      part = try HubProblem(
        instance: problem.instance, allocation: problem.allocation, hubCount: problem.hubCount,
        capacitated: problem.capacitated, fixedOpen: forced, candidates: candidates)
    } catch {
      return nil
    }
    let result: ExactHubResult
    do {
      result = try ExactHubSolver(problem: part, options: ExactHubOptions(timeLimit: timeLimit))
        .solve()
    } catch {
      throw .invalidRequest("\(error)")
    }
    return result.status.hasSolution ? result : nil
  }
}
