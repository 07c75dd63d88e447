import CorridorModel

/// The brief's section of time/cost-distance charts: one figure per chosen corridor, its stops
/// named, and a table of where its time and money go.
enum BriefProfiles {
  /// The longest stop name a chart writes; longer names are cut at a word.
  static let longestLabel = 34

  /// The section for the corridors chosen by `ids` (`nil`: the scenario's agenda or the
  /// default, see ``AgendaCorridors``).
  static func section(_ run: BriefRun, ids: [String]?) -> String {
    let selection = AgendaCorridors.select(run.scenario, ids: ids) {
      run.routes.teuPerYear(onCorridor: $0.name)
    }
    return section(run, corridors: selection.corridors, reason: selection.reason)
  }

  /// The section for `corridors`, in order; `reason` says how they were chosen.
  static func section(
    _ run: BriefRun, corridors: [Corridor], reason: AgendaCorridors.Reason = .named
  ) -> String {
    let heading =
      reason == .mostFlow
      ? t("Time/cost-distance along the busiest corridors")
      : t("Time/cost-distance along the corridors on the agenda")
    var out = [
      "<section><h2>\(Markup.escape(heading))</h2>",
      "<p class=\"note\">"
        + Markup.escape(
          t(
            "UNESCAP method: cumulative time and cost per TEU against distance along each "
              + "corridor's fastest route. Sloped segments are running (mean link times and "
              + "tariffs); vertical steps are stops, each named: simulated mean time to clear "
              + "each border crossing with its fee, transshipment at gauge changes, dwell and "
              + "handling at ports and hubs, and half the ferry headway. The table under each "
              + "chart splits its totals by where the time and money go."))
        + (reason == .mostFlow
          ? " "
            + Markup.escape(
              t(
                "The scenario names no corridors of the OTS agenda (agenda_corridors:), so "
                  + "these are the three that carry the most freight."))
          : "")
        + "</p>",
    ]
    let freeFlow = FreeFlowRoutes(run.scenario)
    var missing: [String] = []
    for corridor in corridors {
      guard
        let profile = CorridorProfile(
          corridor, scenario: run.scenario, routes: freeFlow, checkpoints: run.checkpointsBySlowest)
      else {
        missing.append(Names.of(corridor))
        continue
      }
      out.append(figure(profile, corridor: corridor, run: run))
    }
    if !missing.isEmpty {
      out.append(
        "<p class=\"note\">"
          + Markup.escape(
            t("No route through the waypoints of: {0}.", missing.joined(separator: "; ")))
          + "</p>")
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  /// One corridor's figure: caption, chart and breakdown table.
  static func figure(_ profile: CorridorProfile, corridor: Corridor, run: BriefRun) -> String {
    let total = profile.total
    let teu = run.routes.teuPerYear(onCorridor: corridor.name)
    let caption = t(
      "{0} km, {1} days ({2} h), US$ {3} per TEU; {4} % of the time at stops; {5} TEU a year "
        + "on the corridor.",
      LocalNumber.grouped(total.km), LocalNumber.fixed(total.hours / 24, decimals: 1),
      LocalNumber.grouped(total.hours), LocalNumber.grouped(total.usd),
      LocalNumber.fixed(100 * profile.stopShare, decimals: 0), LocalNumber.grouped(teu))
    return [
      "<figure class=\"profile\"><figcaption><b>\(Markup.escape(Names.of(corridor)))</b>: "
        + "\(Markup.escape(caption))</figcaption>",
      BriefCharts.profile(profile, names: names(of: profile, in: run.scenario)),
      // The table may go to the next page, so that a page holds more than one chart.
      "</figure>", table(profile),
    ].joined(separator: "\n")
  }

  /// The name of each stop: its crossing's, else its node's, without bracketed remarks and
  /// cut to ``longestLabel`` characters; in full for tooltips.
  static func names(of profile: CorridorProfile, in scenario: Scenario)
    -> [ProfileChart.StopName]
  {
    profile.stops.map { stop in
      let full =
        stop.crossing.map { Names.crossing($0, in: scenario) }
        ?? Names.node(stop.node, in: scenario)
      return ProfileChart.StopName(label: short(full), full: full)
    }
  }

  /// `name` without bracketed remarks, cut at a word to ``longestLabel`` characters.
  static func short(_ name: String) -> String {
    var plain = ""
    var depth = 0
    for character in name {
      switch character {
      case "(": depth += 1
      case ")": depth = max(depth - 1, 0)
      default: if depth == 0 { plain.append(character) }
      }
    }
    let words = plain.split(separator: " ").joined(separator: " ")
    return TextBox.shortened(words.isEmpty ? name : words, to: longestLabel)
  }
}
