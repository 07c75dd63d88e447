import CorridorModel

/// Warnings for figures that are legal but unlikely to be what the planner meant: a country
/// code that is not ISO 3166 alpha-2, a node outside the region or its country (latitude and
/// longitude swapped), a link whose length does not fit its ends, a speed outside its mode's
/// range, a land link across a border with no checkpoint, corridors that no demand uses,
/// holding areas that can wait on each other.
///
/// Each warning names the line of the element; `corridor validate --warnings-as-errors` turns
/// them into errors. The ranges are documented in docs/scenario-format.md.
struct PlausibilityCheck {
  let sink: DiagnosticSink
  let draft: ScenarioDraft
  let scenario: Scenario
  let graph: Graph

  /// The region the engine is built for: Eurasia from the Atlantic to the Pacific, with the
  /// Gulf and the Indian subcontinent (degrees).
  static let region = GeoBox(south: 0, west: -25, north: 72, east: 150)

  /// Plausible running speeds by mode (km/h, length over mean running time): a truck or a
  /// train including its stops on the way, a ferry or a ship at sea.
  static func speedRange(_ mode: Mode) -> ClosedRange<Double>? {
    switch mode {
    case .road: 3...110
    case .rail1520, .rail1435: 3...140
    case .ferry, .sea: 3...60
    case .transfer: nil
    }
  }

  /// How much longer than the great-circle distance a link may be before its length is
  /// doubted: land routes wind through mountains, sea routes round peninsulas.
  static func detourFactor(_ mode: Mode) -> Double {
    switch mode {
    case .ferry, .sea: 6
    default: 4
    }
  }

  func run() {
    checkCountries()
    checkLinks()
    checkHoldingAreas()
  }

  private func checkCountries() {
    for located in draft.nodes.values {
      let node = located.value
      let at = located.location(of: "country")
      guard let country = Country.withCode(node.country) else {
        sink.warning(
          at,
          "node '\(node.id)' has country '\(node.country)', which is not an ISO 3166-1 alpha-2 "
            + "code\(Self.countryHint(node.country)); reports and border checks match countries "
            + "by these codes")
        checkRegion(located)
        continue
      }
      guard !country.contains(node.coordinate) else { continue }
      let swapped = Coordinate(
        latitude: node.coordinate.longitude, longitude: node.coordinate.latitude)
      let hint =
        abs(swapped.latitude) <= 90 && country.contains(swapped)
        ? "; latitude and longitude look swapped (lat \(Self.degrees(swapped.latitude)), lon "
          + "\(Self.degrees(swapped.longitude)) lies in \(country.name))"
        : "; check lat and lon, or the country"
      sink.warning(
        located.location(of: "lat"),
        "node '\(node.id)' at lat \(Self.degrees(node.coordinate.latitude)), lon "
          + "\(Self.degrees(node.coordinate.longitude)) is outside \(country.name) "
          + "(\(node.country))\(hint)")
    }
    for located in draft.nodes.values {
      guard let checkpoint = located.value.checkpoint else { continue }
      for code in checkpoint.countries where Country.withCode(code) == nil {
        sink.warning(
          located.location(of: "checkpoint"),
          "checkpoint '\(located.value.id)' joins country '\(code)', which is not an ISO "
            + "3166-1 alpha-2 code\(Self.countryHint(code))")
      }
    }
  }

  /// A node whose country is unknown is at least checked against the region.
  private func checkRegion(_ located: Located<Node>) {
    let point = located.value.coordinate
    guard !Self.region.contains(point) else { return }
    sink.warning(
      located.location(of: "lat"),
      "node '\(located.value.id)' at lat \(Self.degrees(point.latitude)), lon "
        + "\(Self.degrees(point.longitude)) is outside the region (Eurasia, 0 to 72 N, 25 W to "
        + "150 E); check lat and lon")
  }

  /// "; did you mean 'KG' (Kyrgyzstan)?" for an alpha-3 code, a lower-case code or a name.
  static func countryHint(_ code: String) -> String {
    let upper = code.uppercased()
    let match =
      Country.withCode(upper) ?? Country.withAlpha3(upper)
      ?? Country.all.first { $0.name.lowercased() == code.lowercased() }
    return match.map { "; did you mean '\($0.alpha2)' (\($0.name))?" } ?? ""
  }

  private func checkLinks() {
    var seen = Set<String>()
    for (l, link) in scenario.links.enumerated() {
      let from = graph.linkFrom[l]
      let to = graph.linkTo[l]
      guard from >= 0, to >= 0, let located = draft.links[link.id] else { continue }
      // A link written both ways is checked once, at its line.
      let pair = [link.from.rawValue, link.to.rawValue].sorted().joined(separator: "|")
      guard seen.insert("\(pair)|\(link.mode.rawValue)|\(located.location)").inserted else {
        continue
      }
      let a = scenario.nodes[from]
      let b = scenario.nodes[to]
      checkLength(link, a, b, at: located.location)
      checkSpeed(link, at: located.location)
      checkBorder(link, a, b, at: located.location)
    }
  }

  private func checkLength(_ link: Link, _ a: Node, _ b: Node, at location: SourceLocation) {
    guard link.mode != .transfer else { return }
    let crow = a.coordinate.distanceKm(to: b.coordinate)
    let km = link.distanceKm
    // Short links get 20 km of slack: estimated coordinates are often that far off.
    if km < 0.8 * crow - 20 {
      sink.warning(
        location,
        "link '\(link.id)' is \(Self.whole(km)) km long, but '\(a.id)' and '\(b.id)' are "
          + "\(Self.whole(crow)) km apart as the crow flies; check km, or the coordinates of "
          + "its ends")
    } else if km > Self.detourFactor(link.mode) * crow + 100 {
      sink.warning(
        location,
        "link '\(link.id)' is \(Self.whole(km)) km long, \(Self.whole(km / max(crow, 1))) times "
          + "the \(Self.whole(crow)) km between '\(a.id)' and '\(b.id)' as the crow flies; "
          + "check km (a unit slip?), or the coordinates of its ends")
    }
  }

  private func checkSpeed(_ link: Link, at location: SourceLocation) {
    guard let range = Self.speedRange(link.mode) else { return }
    guard link.runningHours.mean > 0 else {
      sink.warning(
        location,
        "link '\(link.id)' (\(link.mode.rawValue)) runs \(Self.whole(link.distanceKm)) km in 0 "
          + "hours; give its running time in 'hours' or 'speed_kmh'")
      return
    }
    let speed = link.distanceKm / link.runningHours.mean
    guard !range.contains(speed) else { return }
    sink.warning(
      location,
      "link '\(link.id)' (\(link.mode.rawValue)) runs at \(Self.whole(speed)) km/h on average "
        + "(\(Self.whole(link.distanceKm)) km in \(Self.decimal(link.runningHours.mean)) h); "
        + "\(link.mode.rawValue) is expected at \(Self.whole(range.lowerBound)) to "
        + "\(Self.whole(range.upperBound)) km/h, stops included. Check hours, speed_kmh or km")
  }

  /// A road or rail link between two countries crosses a border: one of its ends should be
  /// a checkpoint, unless both countries are in one customs union, or the link says
  /// `open_border: true` (ferries and ships clear at ports).
  private func checkBorder(_ link: Link, _ a: Node, _ b: Node, at location: SourceLocation) {
    guard link.mode == .road || link.mode.isRail, a.country != b.country, !link.openBorder,
      a.kind != .checkpoint, b.kind != .checkpoint
    else { return }
    if let union = Country.withCode(a.country)?.customsUnion,
      union == Country.withCode(b.country)?.customsUnion
    {
      return
    }
    sink.warning(
      location,
      "\(link.mode.rawValue) link '\(link.id)' runs from '\(a.id)' (\(a.country)) to "
        + "'\(b.id)' (\(b.country)) with no border checkpoint at either end; freight on it "
        + "crosses the border without controls. Route it through a checkpoint node, or write "
        + "'open_border: true' on the link with a note saying why")
  }

  /// Warns for each named corridor that carries no demand on the fastest routes.
  ///
  /// A corridor carries demand when some link of its route is loaded by an OD flow sent
  /// along its fastest route (`linkLoad`, TEU a year by scenario link); one that does not
  /// would show 0 TEU in every report.
  static func checkCorridorsCarryDemand(
    draft: ScenarioDraft, corridorRoutes: [(id: String, links: [Int])], linkLoad: [Double],
    sink: DiagnosticSink
  ) {
    for route in corridorRoutes where !route.links.contains(where: { linkLoad[$0] > 0 }) {
      guard let corridor = draft.corridors[route.id] else { continue }
      sink.warning(
        corridor.location,
        "corridor '\(route.id)' carries no demand: no OD pair's fastest route uses any of its "
          + "links, so it would show 0 TEU in the reports. Check its 'via' nodes and the "
          + "demand's origins and destinations")
    }
  }

  private static func whole(_ x: Double) -> String {
    x.isFinite ? String(Int(x.rounded())) : "\(x)"
  }

  private static func decimal(_ x: Double) -> String {
    x.isFinite ? String((x * 10).rounded() / 10) : "\(x)"
  }

  private static func degrees(_ x: Double) -> String {
    x.isFinite ? String((x * 100).rounded() / 100) : "\(x)"
  }
}
