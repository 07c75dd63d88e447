/// A file of one number per node: the `FcostX.NN` (fixed costs) and `CapY.NN` (capacities)
/// files of OR-Library's AP data.
///
/// The numbers are whitespace-separated (one per line or all on one line), in node order, each
/// finite and not negative, exactly as many as the instance has nodes.
public struct NodeValuesFile: Sendable, Hashable {
  /// The values, in node order.
  public var values: [Double]

  /// Reads a file of `count` values.
  ///
  /// - Throws: ``HubDataError`` with the line of a bad value, or of the end of the file when
  ///   there are too few values, or of the first extra value.
  public init(path: String, count: Int) throws(HubDataError) {
    var text = try HubDataText(path: path)
    try self.init(text: &text, count: count)
  }

  init(text: inout HubDataText, count: Int) throws(HubDataError) {
    values = []
    values.reserveCapacity(max(0, count))
    for node in 0..<max(0, count) {
      values.append(
        try text.number("the value of node \(node + 1) of \(count)", in: HubDataLimits.perNode))
    }
    try text.expectEnd(after: "\(count) values (one per node)")
  }
}
