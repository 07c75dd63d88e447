import CorridorModel
import CorridorStudy

/// The table of hub plans by their simulated effect, printed by `corridor hubs --evaluate`.
public enum PlanEvaluationText {
  /// The table of plans, and the plan chosen.
  ///
  /// One row per plan: its hubs (by id), the optimizer's cost, and its simulated effects
  /// against the scenario as it is, each a paired difference with its 95 % interval (marked
  /// not significant when the interval holds zero); then the plan chosen, its hubs by `names`.
  public static func text(_ evaluation: PlanEvaluation, names: (NodeID) -> String) -> String {
    let base = evaluation.base
    let settings = base.settings
    var table = TextTable(
      headers: [
        "rank", "hubs", "optimizer US$/year", "cost US$/TEU", "transit h", "CO2 kg/TEU",
        "TEU/year by hub services", "largest change in a crossing's hours",
      ],
      alignments: [.right, .left, .right, .right, .right, .right, .right, .left])
    let baseCO2 = base.co2KgPerTEU
    for plan in evaluation.plans {
      let crossing = plan.largestClearanceChange.map {
        "\($0.key.subject.name) \($0.differenceText(decimals: 2, plusSign: true)) h"
      }
      table.append([
        "\(plan.rank)", plan.hubs.map(\.rawValue).joined(separator: ", "),
        NumberFormat.grouped(plan.optimizerCost),
        plan.row(.networkCost).map { $0.differenceText(decimals: 0, plusSign: true) } ?? "–",
        plan.row(.networkTransit).map { $0.differenceText(decimals: 1, plusSign: true) } ?? "–",
        NumberFormat.fixed(plan.run.co2KgPerTEU - baseCO2, decimals: 1, signed: true),
        NumberFormat.grouped(plan.consolidatedTEUPerYear), crossing ?? "none significant",
      ])
    }
    var out = [
      "Plans by their simulated effect against \(base.scenario.id) "
        + "(\(settings.replications) replications × \(NumberFormat.grouped(settings.days)) days, "
        + "the same random streams; differences ± 95 % interval, n.s. = not significant; "
        + "CO2 from the routes, without randomness)",
      table.render(),
    ]
    if let chosen = evaluation.chosen {
      let plan = evaluation.plans[chosen.index]
      let saves = plan.row(.networkCost).map { $0.isSignificant && $0.difference.mean < 0 }
      if saves != true {
        out.append(
          "No plan lowers the simulated cost per TEU significantly against the scenario as it "
            + "is; plan \(plan.rank) has the lowest mean, and --write-scenario writes it.")
        return out.joined(separator: "\n") + "\n"
      }
      out.append(
        "Chosen: plan \(plan.rank) (\(plan.hubs.map(names).joined(separator: ", "))), the lowest "
          + "simulated cost per TEU"
          + (evaluation.plans.count < 2
            ? "."
            : chosen.isSignificant
              ? ", significantly below the next."
              : "; its lead over the next is not significant."))
    }
    return out.joined(separator: "\n") + "\n"
  }
}
