import Foundation

/// How a link's travel time grows with the flow on it.
///
/// Every function here is convex and non-decreasing in the flow, as the equilibrium methods
/// need. Times are in the network's time unit (minutes for TNTP networks, hours for corridor
/// scenarios); flows in vehicles, PCE or TEU per period.
public enum VolumeDelay: Hashable, Sendable {
  /// The BPR function `t0 · (1 + b · (v / capacity)^power)`.
  case bpr(freeFlowTime: Double, b: Double, power: Double, capacity: Double)
  /// A time that does not depend on the flow.
  case constant(Double)
  /// A queue's mean time in system, extended linearly past a utilisation limit (see
  /// ``QueueDelay``).
  case queue(QueueDelay)

  /// The time at flow `v`.
  @inline(__always)
  public func time(_ v: Double) -> Double {
    switch self {
    case .bpr(let t0, let b, let power, let capacity):
      guard b != 0, v > 0 else { return power == 0 ? t0 * (1 + b) : t0 }
      return t0 * (1 + b * Self.power(v / capacity, power))
    case .constant(let t):
      return t
    case .queue(let q):
      return q.time(v)
    }
  }

  /// The derivative of the time with respect to the flow at `v`.
  @inline(__always)
  public func derivative(_ v: Double) -> Double {
    switch self {
    case .bpr(let t0, let b, let power, let capacity):
      guard b != 0, power != 0, v > 0 else { return 0 }
      return t0 * b * power * Self.power(v / capacity, power - 1) / capacity
    case .constant:
      return 0
    case .queue(let q):
      return q.derivative(v)
    }
  }

  /// The integral of the time from 0 to `v` (a term of the Beckmann objective).
  public func integral(_ v: Double) -> Double {
    switch self {
    case .bpr(let t0, let b, let power, let capacity):
      guard v > 0 else { return 0 }
      if b == 0 { return t0 * v }
      if power == 0 { return t0 * (1 + b) * v }
      return t0 * (v + b * capacity / (power + 1) * Self.power(v / capacity, power + 1))
    case .constant(let t):
      return t * v
    case .queue(let q):
      return q.integral(v)
    }
  }

  /// `x^p` with exact fast paths for the small whole powers used in practice.
  @inline(__always)
  static func power(_ x: Double, _ p: Double) -> Double {
    switch p {
    case 1: return x
    case 2: return x * x
    case 3: return x * x * x
    case 4:
      let x2 = x * x
      return x2 * x2
    case 5:
      let x2 = x * x
      return x2 * x2 * x
    default: return Foundation.pow(x, p)
    }
  }
}
