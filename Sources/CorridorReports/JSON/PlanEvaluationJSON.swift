import CorridorModel
import CorridorStudy

/// The plans of `corridor hubs --evaluate` with their simulated effects against the base.
public struct PlanEvaluationJSON: Encodable, Sendable {
  /// A paired difference and its 95 % half-width.
  struct Difference: Encodable, Sendable {
    var mean: Double
    var ci95: Double
    var significant: Bool

    init?(_ row: Comparison.Row?) {
      guard let row else { return nil }
      mean = row.difference.mean
      ci95 = row.difference.halfWidth
      significant = row.isSignificant
    }
  }

  struct Plan: Encodable, Sendable {
    var rank: Int
    var hubs: [String]
    var optimizerCost: Double
    var costUSDPerTEUChange: Difference?
    var transitHoursChange: Difference?
    var co2KgPerTEUChange: Double
    var consolidatedTEUPerYear: Double

    enum CodingKeys: String, CodingKey {
      case rank, hubs
      case optimizerCost = "optimizer_cost"
      case costUSDPerTEUChange = "cost_usd_per_teu_change"
      case transitHoursChange = "transit_hours_change"
      case co2KgPerTEUChange = "co2_kg_per_teu_change"
      case consolidatedTEUPerYear = "consolidated_teu_per_year"
    }
  }

  var base: String
  var replications: Int
  var plans: [Plan]
  /// The rank of the plan with the lowest simulated cost per TEU.
  var chosen: Int?
  var chosenIsSignificant: Bool?

  enum CodingKeys: String, CodingKey {
    case base, replications, plans, chosen
    case chosenIsSignificant = "chosen_is_significant"
  }

  /// The JSON of an evaluation.
  public init(_ evaluation: PlanEvaluation) {
    base = evaluation.base.scenario.id
    replications = evaluation.base.settings.replications
    let baseCO2 = evaluation.base.co2KgPerTEU
    plans = evaluation.plans.map { plan in
      Plan(
        rank: plan.rank, hubs: plan.hubs.map(\.rawValue), optimizerCost: plan.optimizerCost,
        costUSDPerTEUChange: Difference(plan.row(.networkCost)),
        transitHoursChange: Difference(plan.row(.networkTransit)),
        co2KgPerTEUChange: plan.run.co2KgPerTEU - baseCO2,
        consolidatedTEUPerYear: plan.consolidatedTEUPerYear)
    }
    chosen = evaluation.chosen.map { evaluation.plans[$0.index].rank }
    chosenIsSignificant = evaluation.chosen?.isSignificant
  }
}
