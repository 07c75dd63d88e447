import CorridorModel

/// What a map shows: the scenario's located nodes, lines between them and the places to name.
struct MapContent {
  /// A line on the map: both directions of one connection, in one mode family.
  struct Line {
    var from: Int
    var to: Int
    /// The style class: rail, road, water, transfer, gained or lost.
    var style: String
    /// The TEU a year it carries (or the change, for a difference map).
    var teu: Double
    /// Stroke width, pixels.
    var width: Double = 1
    /// The tooltip.
    var title: String = ""
  }

  /// Nodes that name one place on the map: one label block for all of them.
  struct Site {
    /// Indices into the scenario's nodes, most important first.
    var nodes: [Int]
    /// The label's lines.
    var lines: [String]
  }

  /// The scenario.
  var scenario: Scenario
  /// Indices of the nodes with coordinates.
  var located: [Int]
  /// The lines, quiet ones first.
  var lines: [Line]
  /// The places to name.
  var sites: [Site]
  /// Consolidation hubs of a variant and the TEU their services carry, by node index.
  var hubs: [Int: Double]

  /// Nodes closer than this (km) share one label block.
  static let siteKm = 25.0

  /// The map of `scenario` with `lines`; every located node that a line touches and that is
  /// not a plain junction is named, as are `hubs`.
  init(scenario: Scenario, lines: [Line], hubs: [Int: Double] = [:]) {
    self.scenario = scenario
    self.lines = lines
    self.hubs = hubs
    located = scenario.nodes.indices.filter {
      scenario.nodes[$0].coordinate.latitude.isFinite
        && scenario.nodes[$0].coordinate.longitude.isFinite
    }
    var touched = Set(lines.filter { $0.teu != 0 }.flatMap { [$0.from, $0.to] })
    touched.formUnion(hubs.keys)
    let named = located.filter { touched.contains($0) && scenario.nodes[$0].kind != .junction }
    sites = Self.sites(named, scenario: scenario, hubs: hubs)
  }

  /// Groups `named` nodes lying within `siteKm` of one another (single linkage).
  private static func sites(_ named: [Int], scenario: Scenario, hubs: [Int: Double]) -> [Site] {
    let groups = MapClusters.linked(named) { a, b in
      scenario.nodes[a].coordinate.distanceKm(to: scenario.nodes[b].coordinate) <= siteKm
    }
    return groups.map { group in
      let ordered = group.sorted {
        (rank(scenario.nodes[$0].kind), scenario.nodes[$0].name)
          < (rank(scenario.nodes[$1].kind), scenario.nodes[$1].name)
      }
      var lines: [String] = []
      for n in ordered {
        let name = LabelText.short(Names.of(scenario.nodes[n]))
        if !lines.contains(name) { lines.append(name) }
        if let teu = hubs[n] {
          lines.append(t("hub: {0} TEU/year", LocalNumber.grouped(teu)))
        }
      }
      return Site(nodes: ordered, lines: lines)
    }
  }

  /// Order of importance of a node kind in a label block.
  static func rank(_ kind: NodeKind) -> Int {
    switch kind {
    case .city: 0
    case .seaPort: 1
    case .hub: 2
    case .checkpoint: 3
    case .gaugeChange: 4
    case .junction: 5
    }
  }
}

/// Grouping of items by a "near" relation.
enum MapClusters {
  /// The groups of `items` connected by `near` (single linkage), each in the order of
  /// `items`, groups ordered by their first item.
  static func linked(_ items: [Int], near: (Int, Int) -> Bool) -> [[Int]] {
    var group = [Int](repeating: -1, count: items.count)
    var count = 0
    for start in items.indices where group[start] < 0 {
      group[start] = count
      var stack = [start]
      while let i = stack.popLast() {
        for j in items.indices where group[j] < 0 && near(items[i], items[j]) {
          group[j] = count
          stack.append(j)
        }
      }
      count += 1
    }
    return (0..<count).map { g in items.indices.filter { group[$0] == g }.map { items[$0] } }
  }
}
