import CorridorModel
import CorridorSimulation

/// Words the reports build from the model's codes: countries, modes, scenario names.
enum BriefWords {
  /// The short name of the country with ISO 3166-1 alpha-2 `code`, in the report's language.
  static func country(_ code: String) -> String {
    Country.withCode(code).map { t($0.name) } ?? code
  }

  /// `from` → `to` as country names: "China to Kazakhstan".
  static func direction(_ direction: BorderDirection) -> String {
    t("{0} to {1}", country(direction.from), country(direction.to))
  }

  /// A direction in words, or "both directions" for one that covers both.
  static func directionOrBoth(_ direction: BorderDirection?) -> String {
    direction.map(Self.direction) ?? t("both directions")
  }

  /// Which posts of a crossing a figure covers: "China side", or "both sides" for `nil`.
  static func posts(side: String?) -> String {
    side.map { t("{0} side", country($0)) } ?? t("both sides")
  }

  /// The name of a mode in the report's language.
  static func mode(_ mode: Mode) -> String {
    switch mode {
    case .road: t("road")
    case .rail1520, .rail1435: t("rail")
    case .ferry: t("ferry")
    case .sea: t("sea")
    case .transfer: t("transfer")
    }
  }

  /// The name of a mode family in the report's language.
  static func family(_ family: ModeFamily) -> String {
    switch family {
    case .road: t("road")
    case .rail: t("rail")
    case .water: t("water")
    }
  }
}

extension BriefWords {
  /// What a result is about, in words: a border post, crossing, corridor or OD pair.
  static func subject(_ subject: ResultSubject, in scenario: Scenario) -> String {
    switch subject {
    case .network: return t("all freight")
    case .corridor(let name):
      return Names.corridor(named: name, in: scenario)
    case .crossing(let key):
      return t(
        "{0}, {1}", Names.crossing(key.crossing, in: scenario), direction(key.direction))
    case .checkpoint(let key):
      return t(
        "{0} ({1}, {2})", Names.node(key.node, in: scenario), family(key.mode),
        directionOrBoth(key.direction))
    case .od(let key):
      let commodity =
        scenario.commodities.first { $0.id == key.commodity }.map(Names.of)
        ?? key.commodity.rawValue
      return t(
        "{0} to {1} ({2})", Names.node(key.origin, in: scenario),
        Names.node(key.destination, in: scenario), commodity)
    default: return subject.name
    }
  }

  /// What a result measures, with its unit.
  static func measure(_ measure: ResultMeasure) -> String {
    switch measure {
    case .clearanceHours: t("hours to clear")
    case .transitHours: t("transit hours")
    case .teuPerYear: t("TEU a year")
    case .costUSDPerTEU: t("US$ per TEU")
    case .costUSDPerYear: t("US$ a year")
    case .co2TonnesPerYear: t("t CO2 a year")
    }
  }

  /// What a share of transit time is spent on.
  static func timeUse(_ use: TimeUse) -> String {
    switch use {
    case .running: t("moving")
    case .queueing: t("queueing")
    case .processing: t("controls and transshipment")
    case .waitingForSailing: t("waiting for a sailing")
    case .dwelling: t("dwelling at hubs and terminals")
    case .waitingForAppointment: t("waiting for a booked slot")
    case .waitingForTrain: t("waiting for a train to be formed")
    case .waitingForOpening: t("waiting for a closed post to open, before it")
    }
  }

  /// How close an equilibrium came to exact, in plain words.
  static func gap(_ relativeGap: Double) -> String {
    guard relativeGap.isFinite else { return t("not computed") }
    if relativeGap < 1e-6 {
      return t(
        "exact to within one part in a million (relative gap {0})",
        NumberFormat.scientific(relativeGap))
    }
    return t(
      "within {0} % of exact (relative gap {1})", LocalNumber.significant(100 * relativeGap),
      NumberFormat.scientific(relativeGap))
  }
}

extension BriefWords {
  /// A place an observation names, in words.
  static func place(_ place: Observation.Place, in scenario: Scenario) -> String {
    switch place {
    case .crossing(let id): Names.crossing(id, in: scenario)
    case .node(let id): Names.node(id, in: scenario)
    case .link(let id):
      scenario.links.first { $0.id == id }.map {
        t("{0} – {1}", Names.node($0.from, in: scenario), Names.node($0.to, in: scenario))
      } ?? id.rawValue
    }
  }

  /// What and where an observation measured, in words.
  static func quantity(_ quantity: Observation.Quantity, in scenario: Scenario) -> String {
    switch quantity {
    case .clearanceHours(let crossing, let direction, let side):
      let way = direction.map(self.direction) ?? t("both directions")
      let name = Names.crossing(crossing, in: scenario)
      guard let side else { return t("hours to clear {0}, {1}", name, way) }
      return t("hours to clear {0}, {1}, {2} side", name, way, country(side))
    case .flow(let place, let direction, let unit):
      let what =
        switch unit {
        case .teuPerYear: t("TEU a year")
        case .trainsPerDay: t("trains a day")
        case .trucksPerDay: t("trucks a day")
        case .tonnesPerYear: t("tonnes a year")
        }
      let at = self.place(place, in: scenario)
      return direction.map { t("{0} at {1}, {2}", what, at, self.direction($0)) }
        ?? t("{0} at {1}", what, at)
    case .transitDays(let origin, let destination, let commodity):
      let pair = t(
        "days from {0} to {1}", Names.node(origin, in: scenario),
        Names.node(destination, in: scenario))
      guard let commodity,
        let goods = scenario.commodities.first(where: { $0.id == commodity })
      else { return pair }
      return pair + " (" + Names.of(goods) + ")"
    case .share(let of, let among, let direction):
      let base = t(
        "share of {0} among {1} crossings", self.place(of, in: scenario), "\(among.count)")
      return direction.map { base + ", " + self.direction($0) } ?? base
    }
  }
}

extension BriefWords {
  /// What an observed time to clear covers, in words: year, side, directions, level, and
  /// what it includes (the scenario's own words).
  static func observed(_ figure: ObservedClearance) -> String {
    var parts = ["\(figure.year)", posts(side: figure.side)]
    if figure.direction == nil { parts.append(t("both directions averaged")) }
    parts.append(
      figure.level == .crossing
        ? t("crossing figure")
        : figure.side.map { t("average for {0}", country($0)) } ?? t("country average"))
    if let includes = figure.includes { parts.append(t("incl. {0}", includes)) }
    return parts.joined(separator: ", ")
  }
}
