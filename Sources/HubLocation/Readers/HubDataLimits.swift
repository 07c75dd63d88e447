/// The ranges the hub data readers accept, so that every cost the models build stays finite
/// and within what the solver handles exactly.
///
/// They are far beyond the published instances (AP flows and coordinates are below 10⁵, CAB
/// distances below 3,000 miles); a value outside them is a corrupt or mis-scaled file.
public enum HubDataLimits {
  /// A coordinate of an AP node.
  public static let coordinate: ClosedRange<Double> = -1e9...1e9
  /// A flow (AP `w`, CAB `W`).
  public static let flow: ClosedRange<Double> = 0...1e12
  /// A distance (CAB `C`).
  public static let distance: ClosedRange<Double> = 0...1e9
  /// A cost factor: chi, alpha, delta.
  public static let factor: ClosedRange<Double> = 0...1e3
  /// A fixed cost or a capacity of one node.
  public static let perNode: ClosedRange<Double> = 0...1e15
}
