/// What a CSV column holds, for a worksheet: a caption with its unit, in the report's
/// language, and how its cells are typed.
struct ColumnMeaning: Equatable, Sendable {
  /// How the cells of a column are written.
  enum Kind: Equatable, Sendable {
    /// Names and codes: always text, even when they look like numbers (a link `12`).
    case label
    /// Quantities: number cells with as many decimals as the CSV gives; other cells text.
    case quantity
    /// Fractions from 0 to 1: number cells shown as percentages (0.25 shows 25 %).
    case fraction
    /// Years: number cells without a thousands separator.
    case year
  }

  /// The caption, with the unit in brackets.
  let caption: String
  /// How the cells are written.
  let kind: Kind

  init(_ caption: String, _ kind: Kind = .quantity) {
    self.caption = caption
    self.kind = kind
  }

  /// The meaning of column `id` of the CSV file `file`, or nothing for a column without one
  /// (its caption is then its id, its cells typed as quantities).
  ///
  /// A caption depends on the file only where one id means different things in different
  /// tables (`share`, `kind`, `hours`).
  static func of(_ id: String, file: String) -> ColumnMeaning? {
    if let meaning = inFile(id, file: file) { return meaning }
    if let meaning = places(id) ?? times(id) ?? flows(id) ?? costs(id) ?? checkpoint(id) ?? fit(id)
    {
      return meaning
    }
    // A commodity's flow on a link or through a post: `teu_general`.
    guard id.hasPrefix("teu_"), id.count > 4 else { return nil }
    return ColumnMeaning(t("Flow of {0} (TEU/year)", String(id.dropFirst(4))))
  }

  /// Ids whose meaning depends on the table.
  private static func inFile(_ id: String, file: String) -> ColumnMeaning? {
    let isFit = file == "fit.csv"
    let isComparison = file.hasPrefix("comparison-")
    switch id {
    case "share":
      switch file {
      case "gateways.csv": return ColumnMeaning(t("Share of all TEU (%)"), .fraction)
      case "time-use.csv": return ColumnMeaning(t("Share of transit time (%)"), .fraction)
      case "routes.csv": return ColumnMeaning(t("Share of the pair's flow (%)"), .fraction)
      default: return ColumnMeaning(t("Share (%)"), .fraction)
      }
    case "kind" where isFit: return ColumnMeaning(t("Quantity observed"), .label)
    case "kind" where isComparison: return ColumnMeaning(t("Kind of result"), .label)
    case "use" where isFit: return ColumnMeaning(t("Use of the observation"), .label)
    case "use": return ColumnMeaning(t("Use of time"), .label)
    case "hours" where file == "routes.csv" || file == "skims.csv":
      return ColumnMeaning(t("Time on the route (h)"))
    default: return nil
    }
  }

  /// Names of places, links and goods.
  private static func places(_ id: String) -> ColumnMeaning? {
    let caption: String? =
      switch id {
      case "corridor": t("Corridor")
      case "gateway": t("Gateway (first border crossing)")
      case "direction": t("Direction")
      case "crossing": t("Border crossing")
      case "posts": t("Posts included")
      case "checkpoint": t("Border post")
      case "mode": t("Mode")
      case "commodity": t("Commodity")
      case "origin": t("Origin")
      case "destination": t("Destination")
      case "link": t("Link")
      case "from": t("From")
      case "to": t("To")
      case "corridors": t("Corridors used")
      case "checkpoints": t("Border posts passed")
      case "nodes": t("Nodes passed")
      case "busiest_stage": t("Busiest stage")
      case "key": t("Result for")
      default: nil
      }
    return caption.map { ColumnMeaning($0, .label) }
  }

  /// Times: means, their 95 % intervals (half-widths), percentiles.
  private static func times(_ id: String) -> ColumnMeaning? {
    let caption: String? =
      switch id {
      case "transit_hours": t("Transit time, mean (h)")
      case "transit_hours_ci95": t("Transit time, 95 % interval (± h)")
      case "transit_days": t("Transit time, mean (days)")
      case "p95_transit_hours": t("Transit time, 95th percentile (h)")
      case "clear_hours": t("Time to clear, mean (h)")
      case "clear_hours_ci95": t("Time to clear, 95 % interval (± h)")
      case "p95_clear_hours": t("Time to clear, 95th percentile (h)")
      case "observed_hours": t("Observed time to clear (h)")
      case "hours_per_consignment": t("Time per consignment, mean (h)")
      case "mean_hours": t("Time to clear at equilibrium (h)")
      case "speed_with_delay_kmh": t("Speed including stops (km/h)")
      case "speed_without_delay_kmh": t("Speed while moving (km/h)")
      default: nil
      }
    return caption.map { ColumnMeaning($0) }
  }

  /// Flows, capacities and distances.
  private static func flows(_ id: String) -> ColumnMeaning? {
    switch id {
    case "teu_per_year": ColumnMeaning(t("Flow (TEU/year)"))
    case "teu_per_year_other_way": ColumnMeaning(t("Flow the other way (TEU/year)"))
    case "teu_total": ColumnMeaning(t("Flow, all commodities (TEU/year)"))
    case "capacity_teu_per_year": ColumnMeaning(t("Capacity (TEU/year)"))
    case "utilization": ColumnMeaning(t("Utilisation, flow over capacity (%)"), .fraction)
    case "share_of_demand": ColumnMeaning(t("Share of all demand (%)"), .fraction)
    case "consignments_per_year": ColumnMeaning(t("Consignments per year"))
    case "km": ColumnMeaning(t("Length (km)"))
    default: nil
    }
  }

  /// Money and emissions.
  private static func costs(_ id: String) -> ColumnMeaning? {
    switch id {
    case "fee_usd_per_teu": ColumnMeaning(t("Fees (US$/TEU)"))
    case "money_usd_per_teu", "money_usd": ColumnMeaning(t("Money cost (US$/TEU)"))
    case "generalized_cost_usd": ColumnMeaning(t("Generalised cost, money and time (US$/TEU)"))
    case "co2_kg_per_teu": ColumnMeaning(t("CO₂ emitted (kg/TEU)"))
    default: nil
    }
  }

  /// A border post's load and queues.
  private static func checkpoint(_ id: String) -> ColumnMeaning? {
    switch id {
    case "busiest_utilization": ColumnMeaning(t("Busiest stage, utilisation (%)"), .fraction)
    case "mean_queue": ColumnMeaning(t("Queue, mean (units)"))
    case "max_queue": ColumnMeaning(t("Queue, longest (units)"))
    case "consignments": ColumnMeaning(t("Consignments cleared per replication"))
    case "units_per_day": ColumnMeaning(t("Units cleared per day"))
    case "blocking_lane_hours_per_day": ColumnMeaning(t("Lanes blocked (lane-hours/day)"))
    case "observed_year": ColumnMeaning(t("Year observed"), .year)
    case "observed_side": ColumnMeaning(t("Side observed"), .label)
    case "observed_level": ColumnMeaning(t("Observed figure: crossing or country average"), .label)
    case "observed_includes": ColumnMeaning(t("Observed figure includes"), .label)
    case "observed_source": ColumnMeaning(t("Source of the observed figure"), .label)
    default: nil
    }
  }

  /// Observations and their fit, and comparisons of a variant with its base.
  private static func fit(_ id: String) -> ColumnMeaning? {
    switch id {
    case "id": ColumnMeaning(t("Observation"), .label)
    case "where": ColumnMeaning(t("What and where"), .label)
    case "year": ColumnMeaning(t("Year"), .year)
    case "observed": ColumnMeaning(t("Observed value"))
    case "modelled": ColumnMeaning(t("Modelled value, mean"))
    case "modelled_ci95": ColumnMeaning(t("Modelled value, 95 % interval (±)"))
    case "error_percent": ColumnMeaning(t("Error, modelled against observed (%)"))
    case "tolerance_percent": ColumnMeaning(t("Tolerance (%)"))
    case "within_tolerance": ColumnMeaning(t("Within tolerance"), .label)
    case "geh": ColumnMeaning(t("GEH statistic"))
    case "source": ColumnMeaning(t("Source"), .label)
    case "base": ColumnMeaning(t("Base, mean (h; US$/TEU for costs)"))
    case "variant": ColumnMeaning(t("Variant, mean (h; US$/TEU for costs)"))
    case "difference": ColumnMeaning(t("Difference, variant − base (h; US$/TEU for costs)"))
    case "difference_ci95": ColumnMeaning(t("Difference, 95 % interval (±)"))
    case "percent_change": ColumnMeaning(t("Change (%)"))
    case "significant": ColumnMeaning(t("Difference significant at 95 %"), .label)
    default: nil
    }
  }
}
