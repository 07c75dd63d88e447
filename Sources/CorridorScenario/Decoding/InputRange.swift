import CorridorModel

/// The range every figure of a scenario file must lie in, by kind of figure.
///
/// Each range is finite and closed, so that no infinity, NaN or subnormal number can reach
/// an engine, and no product of two accepted figures overflows. The bounds are far beyond
/// any real corridor: they catch a misplaced exponent or a unit slip, not an unusual
/// facility. Figures that are legal but implausible get warnings instead (see
/// ``PlausibilityCheck``). docs/scenario-format.md lists the same table.
enum InputRange {
  /// Link length: 10 m to 20,000 km (half the Earth's circumference).
  static let km = NumberRange.within(0.01, 20_000)
  /// Length of a `transfer` link, which may be 0.
  static let transferKm = NumberRange.within(0, 20_000)
  /// Speed: 0.1 to 1,000 km/h.
  static let speedKmh = NumberRange.within(0.1, 1_000)
  /// A duration that may be 0 (fixed times, bounds of a distribution): up to 100,000 hours.
  static let hours = NumberRange.within(0, 100_000)
  /// The mean of a random duration: 1e-6 hours (a few milliseconds) to 100,000 hours.
  static let meanHours = NumberRange.within(1e-6, 100_000)
  /// A coefficient of variation: 0.001 to 100.
  static let cv = NumberRange.within(0.001, 100)
  /// Phases of an Erlang distribution.
  static let phases = 1...1_000
  /// Money per TEU (fees, tariffs, handling, costs): up to US$10 million.
  static let usdPerTEU = NumberRange.within(0, 1e7)
  /// A route-choice scale: from a cent to ten million USD per TEU (a scale of zero would be
  /// the deterministic equilibrium, which leaving the key out gives).
  static let logitScaleUSDPerTEU = NumberRange.within(0.01, 1e7)
  /// Money per TEU-km: up to US$10,000.
  static let usdPerTEUKm = NumberRange.within(0, 1e4)
  /// Money per year (a hub's fixed cost): up to US$10 trillion.
  static let usdPerYear = NumberRange.within(0, 1e13)
  /// Cargo value of a TEU: US$1 to US$1 billion.
  static let valueUSDPerTEU = NumberRange.within(1, 1e9)
  /// Annual capacity of a link or hub: 0.001 to 10 billion TEU.
  static let teuPerYear = NumberRange.within(0.001, 1e10)
  /// Daily capacity of a gauge change: 0.001 to 100 million TEU.
  static let teuPerDay = NumberRange.within(0.001, 1e8)
  /// Capacity of one vessel: 1 to 100,000 TEU.
  static let vesselTEU = NumberRange.within(1, 100_000)
  /// Emissions: up to 100 kg CO2 per TEU-km.
  static let co2 = NumberRange.within(0, 100)
  /// Cargo mass of a loaded TEU: 0.1 to 40 tonnes.
  static let tonnesPerTEU = NumberRange.within(0.1, 40)
  /// TEU in one truck or train.
  static let teuPerUnit = NumberRange.within(
    Limits.teuPerUnit.lowerBound, Limits.teuPerUnit.upperBound)
  /// Demand of one OD pair and commodity: up to a billion TEU a year (world port traffic).
  static let demandTEU = NumberRange.within(0, 1e9)
  /// Demand in tonnes: up to 40 billion tonnes a year.
  static let demandTonnes = NumberRange.within(0, 4e10)
  /// Sailings per week of a ferry service.
  static let sailingsPerWeek = NumberRange.within(0.001, Limits.maximumSailingsPerWeek)
  /// The factor of a `scale:` edit or a demand change: 0 to 1,000.
  static let scaleFactor = NumberRange.within(0, 1_000)
  /// A factor that must stay above 0 (lanes, capacity, sailings): 0.001 to 1,000.
  static let positiveFactor = NumberRange.within(0.001, 1_000)
  /// A value of a sweep's uncertain input as written; the input's own range is checked
  /// against the scenario.
  static let sweepValue = NumberRange.within(-1e7, 1e7)
  /// A year (scenario year, currency year).
  static let year = 1900...2200
  /// Lanes of one checkpoint stage.
  static let lanes = 1...Limits.maximumLanes
  /// A daily acceptance quota: 1 to a million units a day.
  static let quotaUnitsPerDay = 1...1_000_000
  /// Units a post's holding area takes (trucks or trains).
  static let holdingAreaUnits = 1...1_000_000
  /// A consolidated service's share of the links' tariffs.
  static let tariffFactor = NumberRange.within(0.01, 1)
  /// A route-choice constant (USD per TEU).
  ///
  /// Never negative, so that every link's cost stays positive; favouring one route means a
  /// constant on the others.
  static let choiceConstantUSDPerTEU = NumberRange.within(0, 1e6)
  /// Wagon sets at a gauge change: 1 to 100,000.
  static let wagonSets = 1...100_000

  /// The range of each numeric field a measure may set or scale, by key.
  static let fields: [String: NumberRange] = [
    "km": km, "speed_kmh": speedKmh, "capacity_teu_per_year": teuPerYear,
    "vessel_capacity_teu": vesselTEU, "capacity_teu_per_day": teuPerDay,
    "sailings_per_week": sailingsPerWeek, "teu_per_unit": teuPerUnit,
    "fee_usd_per_teu": usdPerTEU, "tariff_usd_per_teu": usdPerTEU,
    "tariff_usd_per_teu_km": usdPerTEUKm, "cost_usd_per_teu": usdPerTEU,
    "handling_usd_per_teu": usdPerTEU, "fixed_cost_usd_per_year": usdPerYear,
    "co2_kg_per_teu_km": co2, "probability": .probability, "wagon_cycle_hours": meanHours,
    "choice_constant_usd_per_teu": choiceConstantUSDPerTEU,
  ]
}
