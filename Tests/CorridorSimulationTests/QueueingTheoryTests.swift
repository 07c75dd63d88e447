import CorridorModel
import Foundation
import Testing

@testable import CorridorSimulation

/// The Erlang C mean wait in queue of an M/M/c queue (arrival rate λ, service rate μ).
func erlangCWait(lambda: Double, mu: Double, servers c: Int) -> Double {
  let a = lambda / mu
  let rho = a / Double(c)
  var sum = 0.0
  var term = 1.0
  for k in 0..<c {
    if k > 0 { term *= a / Double(k) }
    sum += term
  }
  let top = term * a / Double(c) / (1 - rho)
  return top / (sum + top) / (Double(c) * mu - lambda)
}

/// Replications of a checkpoint, as a 95 % interval of the mean wait.
func meanWait(_ model: CheckpointModel, trucks: Int, replications: Int = 12, seed: UInt64 = 7)
  -> ConfidenceInterval
{
  ConfidenceInterval(
    observations: (0..<replications).map {
      CheckpointSimulation.run(
        model, trucks: trucks, warmUp: trucks / 10, seed: seed, replication: $0
      ).wait.mean
    })
}

@Suite("Validation against queueing theory")
struct QueueingTheoryTests {
  @Test("M/M/1: Wq = ρ / (μ − λ)")
  func mm1() {
    let interval = meanWait(
      CheckpointModel(lanes: 1, arrivalsPerHour: 0.7, service: .exponential(mean: 1)),
      trucks: 100_000)
    let exact = 0.7 / (1 - 0.7)
    #expect(interval.contains(exact), "\(interval) vs \(exact)")
    #expect(interval.halfWidth < 0.05 * exact)
  }

  @Test("M/M/c: the Erlang C mean wait")
  func mmc() {
    let interval = meanWait(
      CheckpointModel(lanes: 10, arrivalsPerHour: 9, service: .exponential(mean: 1)),
      trucks: 100_000)
    let exact = erlangCWait(lambda: 9, mu: 1, servers: 10)
    #expect(abs(exact - 0.6687315241) < 1e-9)
    #expect(interval.contains(exact), "\(interval) vs \(exact)")
    #expect(interval.halfWidth < 0.05 * exact)
  }

  @Test("M/D/1: Pollaczek–Khinchine with deterministic service, Wq = ρ / (2 μ (1 − ρ))")
  func md1() {
    let interval = meanWait(
      CheckpointModel(lanes: 1, arrivalsPerHour: 0.8, service: .fixed(1)), trucks: 100_000)
    let exact = 0.8 / (2 * (1 - 0.8))
    #expect(interval.contains(exact), "\(interval) vs \(exact)")
    #expect(interval.halfWidth < 0.05 * exact)
  }

  @Test("M/G/1: Pollaczek–Khinchine, Wq = λ E[S²] / (2 (1 − ρ)), gamma and log-normal service")
  func mg1() {
    for service in [Distribution.gamma(mean: 1, cv: 0.5), .lognormal(mean: 1, cv: 1.5)] {
      let interval = meanWait(
        CheckpointModel(lanes: 1, arrivalsPerHour: 0.7, service: service), trucks: 100_000)
      let secondMoment = service.variance + service.mean * service.mean
      let exact = 0.7 * secondMoment / (2 * (1 - 0.7))
      #expect(interval.contains(exact), "\(service): \(interval) vs \(exact)")
      #expect(interval.halfWidth < 0.08 * exact)
    }
  }
}
