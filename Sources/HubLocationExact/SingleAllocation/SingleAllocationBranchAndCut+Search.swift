import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Runs the tree (``TreeSearch``) from the reduced root, whose bound is `bound`, and
  /// records what it found in `outcome`.
  func search(
    _ session: inout ProblemSession, bound: Double, columns: MasterColumns,
    separator: TransferCutSeparator, incumbent: [Int]?, incumbentCost: Double?,
    outcome: inout BranchAndCutOutcome
  ) throws {
    let solution = try TreeSearch(deadline: deadline).run(
      &session,
      callbacks: callbacks(
        separator: separator, columns: columns, incumbent: incumbent,
        incumbentCost: incumbentCost))
    TreeSearch.record(
      solution, rootBound: bound, incumbentCost: incumbentCost,
      decode: columns.allocation(from:), in: &outcome)
    if solution.termination == .infeasible && incumbent == nil {
      outcome.infeasibleReason =
        "branch and cut proved that no allocation meets the capacities and hub rules; "
        + "raise the capacities or allow more hubs"
    }
  }

  /// The tree's callbacks: the transfer cuts as lazy constraints (slack ones removed
  /// again), the starting solution offered once, branching on the most fractional hub
  /// variable first (up branch first), and progress reports.
  func callbacks(
    separator: TransferCutSeparator, columns: MasterColumns, incumbent: [Int]?,
    incumbentCost: Double?
  ) -> SolverCallbacks {
    // The closures share one separator (its scratch buffers) through a box.
    let box = SeparatorBox(separator)
    let n = data.n
    let hubColumns = data.hubs.compactMap { k -> Int? in
      let column = columns.z[k * n + k]
      return column >= 0 ? column : nil
    }
    return SolverCallbacks(
      lazyConstraints: { point in box.separator.cuts(at: point.values) },
      // Per-origin cuts are dense and each round adds one for most origins; GLPK would
      // keep every one of them for the whole subtree.
      removesSlackLazyConstraints: true,
      heuristicSolution: TreeSearch.offeringOnce(
        incumbent.map { columns.values(of: $0, data: data) }),
      branching: { point in
        let allowed = Set(point.candidates.map(\.index))
        var best: Int?
        var bestFraction = 1e-6
        for column in hubColumns where allowed.contains(column) {
          let value = point.relaxation.values[column]
          let fraction = min(value, 1 - value)
          if fraction > bestFraction {
            bestFraction = fraction
            best = column
          }
        }
        return best.map { BranchChoice(variable: Variable(index: $0), direction: .up) }
      },
      progress: progress.map { report in
        { tree in
          let found = [incumbentCost, tree.incumbent].compactMap { $0 }.min()
          report(.search, incumbent: found, bound: tree.bound, nodes: tree.nodes)
        }
      })
  }
}

/// Shares a separator between the callbacks of one solve.
private final class SeparatorBox {
  var separator: TransferCutSeparator
  init(_ separator: TransferCutSeparator) { self.separator = separator }
}
