import Foundation

/// The mean time a unit spends at a multi-server facility as a function of the annual flow.
///
/// Arrivals are taken as Poisson while the facility is open; the mean wait in queue is the
/// Allen–Cunneen approximation for the G/G/c queue,
///
///     Wq ≈ C(c, a) / (c·μ − λ) · (1 + cs²) / 2,
///
/// where `C(c, a)` is the Erlang C probability of waiting, `a = λ / μ` the offered load and
/// `cs` the coefficient of variation of the service time (Allen 1990; exact for M/M/c when
/// cs = 1). A unit passes the stage with probability `p`, so the stage adds
/// `p · (Wq(p·λ) + 1/μ)` to the mean time. Wq is convex and increasing in λ up to saturation;
/// past the utilisation `ρmax` the function continues as the tangent line at `ρmax`, so it
/// stays convex and finite and an equilibrium exists even when demand exceeds capacity (the
/// flows that do so are reported as over capacity).
public struct QueueDelay: Hashable, Sendable {
  /// Parallel servers.
  public var servers: Int
  /// Mean service time per unit (hours).
  public var serviceHours: Double
  /// Coefficient of variation of the service time.
  public var serviceCV: Double
  /// Share of units that pass this stage.
  public var probability: Double
  /// Units arriving per hour open, per unit of flow (1 / (TEU per unit × open hours per year)).
  public var arrivalsPerFlow: Double
  /// The utilisation beyond which the delay continues linearly.
  public var maximumUtilization: Double

  /// Creates a queue delay function.
  public init(
    servers: Int, serviceHours: Double, serviceCV: Double, probability: Double,
    arrivalsPerFlow: Double, maximumUtilization: Double = 0.95
  ) {
    self.servers = servers
    self.serviceHours = serviceHours
    self.serviceCV = serviceCV
    self.probability = probability
    self.arrivalsPerFlow = arrivalsPerFlow
    self.maximumUtilization = maximumUtilization
  }

  /// The flow at which the utilisation reaches ``maximumUtilization``.
  var knee: Double {
    let perUnit = probability * arrivalsPerFlow * serviceHours / Double(servers)
    return perUnit > 0 ? maximumUtilization / perUnit : .infinity
  }

  /// The Allen–Cunneen mean wait in queue (hours) at arrival rate λ per hour, below saturation.
  static func meanWait(servers c: Int, serviceHours s: Double, cv: Double, lambda: Double) -> Double
  {
    guard lambda > 0, s > 0 else { return 0 }
    let a = lambda * s
    let rho = a / Double(c)
    guard rho < 1 else { return .infinity }
    var erlangB = 1.0
    for k in 1...c {
      erlangB = a * erlangB / (Double(k) + a * erlangB)
      // Past a few times the load, B falls geometrically; once it is negligible it stays so.
      if erlangB < 1e-300 { break }
    }
    let erlangC = erlangB / (1 - rho * (1 - erlangB))
    return erlangC / (Double(c) / s - lambda) * (1 + cv * cv) / 2
  }

  private func curve(_ v: Double) -> Double {
    let lambda = probability * arrivalsPerFlow * v
    return probability
      * (Self.meanWait(servers: servers, serviceHours: serviceHours, cv: serviceCV, lambda: lambda)
        + serviceHours)
  }

  private func curveSlope(_ v: Double) -> Double {
    // A step relative to the flow and to the knee, so it never crosses saturation.
    let h = 1e-6 * max(v, 1e-3 * knee)
    let low = max(0, v - h)
    return (curve(v + h) - curve(low)) / (v + h - low)
  }

  /// Mean time added per unit at flow `v` (hours).
  public func time(_ v: Double) -> Double {
    let k = knee
    if v <= k { return curve(max(0, v)) }
    return curve(k) + curveSlope(k) * (v - k)
  }

  /// The derivative of ``time(_:)`` with respect to the flow.
  public func derivative(_ v: Double) -> Double {
    let k = knee
    return curveSlope(min(max(0, v), k))
  }

  /// The integral of ``time(_:)`` from 0 to `v`, by Simpson's rule on the curved part.
  public func integral(_ v: Double) -> Double {
    guard v > 0 else { return 0 }
    let k = knee
    let upper = min(v, k)
    let n = 256
    let h = upper / Double(n)
    var sum = curve(0) + curve(upper)
    for i in 1..<n { sum += curve(Double(i) * h) * (i % 2 == 1 ? 4 : 2) }
    var total = sum * h / 3
    if v > k {
      let base = curve(k)
      let slope = curveSlope(k)
      total += base * (v - k) + slope * (v - k) * (v - k) / 2
    }
    return total
  }
}
