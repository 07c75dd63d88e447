/// The routes of a plan as the event loop reads them: every leg of every route in one array,
/// with the clocks it starts and stops, so that a consignment's step is one array access and
/// no route is copied on the way.
struct RouteTable {
  /// One leg of a route, or the end of the route.
  struct Step: Hashable {
    /// The leg, or `nil` past the route's last one (the consignment is delivered).
    var leg: Leg?
    /// The crossing facility whose time starts at this checkpoint leg, and the one whose time
    /// ends when it clears (-1: none; see ``SimulationRoute/crossingStart``).
    var crossingStart: Int32 = -1
    var crossingEnd: Int32 = -1
    /// The crossing side whose time starts at this leg, and the one whose time ends when it
    /// is done (-1: none).
    var sideStart: Int32 = -1
    var sideEnd: Int32 = -1
    /// For a checkpoint leg, the checkpoint facility the route reaches next with only links
    /// between, else -1 (see ``SimulationRoute/nextPost``).
    var nextPost: Int32 = -1

    /// The end of a route.
    static let end = Step(leg: nil)

    /// Leg `l` of a route, with its clocks.
    init(_ route: SimulationRoute, leg l: Int) {
      leg = route.legs[l]
      crossingStart = route.crossingStart[l]
      crossingEnd = route.crossingEnd[l]
      sideStart = route.sideStart[l]
      sideEnd = route.sideEnd[l]
      nextPost = route.nextPost[l]
    }

    private init(leg: Leg?) {
      self.leg = leg
    }
  }

  /// Per route, where its first leg is in `steps`; its other legs follow, then its end.
  private let first: [Int]
  private let steps: [Step]
  /// Per route, the mean hours between departures: 8,760 × TEU per consignment / TEU a year.
  let meanGap: [Double]
  /// Per route, the TEU of a consignment (see ``SimulationRoute/teuPerConsignment``).
  let teuPerConsignment: [Double]
  /// Per route, its commodity (index in ``Scenario/commodities``).
  let commodity: [Int]
  /// Per route, the named corridors it follows.
  let corridors: [[Int]]

  init(_ routes: [SimulationRoute]) {
    var first: [Int] = []
    var steps: [Step] = []
    for route in routes {
      first.append(steps.count)
      for l in route.legs.indices { steps.append(Step(route, leg: l)) }
      steps.append(.end)
    }
    self.first = first
    self.steps = steps
    meanGap = routes.map { 8760 * $0.teuPerConsignment / $0.teuPerYear }
    teuPerConsignment = routes.map(\.teuPerConsignment)
    commodity = routes.map(\.commodity)
    corridors = routes.map(\.corridors)
  }

  /// Leg `leg` of route `r`, or its end when `leg` is past its last leg (by one at most).
  @inline(__always)
  func step(_ leg: Int32, ofRoute r: Int32) -> Step {
    steps[first[Int(r)] + Int(leg)]
  }
}
