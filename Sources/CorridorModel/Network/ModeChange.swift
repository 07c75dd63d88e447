/// Where freight that changes mode at a node stops there: a gauge change between the rail
/// gauges, or a terminal's dwell and handling for any other change of mode.
public enum ModeChangeStop: Sendable {
  case gaugeChange(GaugeChange)
  case terminal(Hub)
}

extension Node {
  /// Whether freight arriving by `arriving` may leave by `departing` here.
  ///
  /// The same mode always continues. A `transfer` link joins any mode. Rail of the other
  /// gauge needs a gauge-change node. Any other change of mode (rail to ferry, road to rail)
  /// needs a terminal: a node with a `hub` (hubs, dry ports, sea ports, terminals).
  public func allowsModeChange(from arriving: Mode, to departing: Mode) -> Bool {
    if arriving == departing || arriving == .transfer || departing == .transfer { return true }
    if arriving.isRail && departing.isRail { return gaugeChange != nil }
    return hub != nil
  }

  /// The stop freight makes here arriving by `arriving` and leaving by `departing`.
  ///
  /// None when the mode continues or a transfer link joins the two, a gauge change between
  /// the rail gauges, a terminal for any other change of mode; `nil` too where the change is
  /// not allowed (see ``allowsModeChange(from:to:)``). The equilibrium's network, the
  /// free-flow routes, the consolidated services' prices, the simulation's legs and the load
  /// check all pass a node by this rule.
  public func modeChangeStop(from arriving: Mode, to departing: Mode) -> ModeChangeStop? {
    if arriving == departing || arriving == .transfer || departing == .transfer { return nil }
    if arriving.isRail && departing.isRail { return gaugeChange.map(ModeChangeStop.gaugeChange) }
    return hub.map(ModeChangeStop.terminal)
  }
}
