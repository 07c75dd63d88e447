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
}
