import CorridorModel
import Foundation
import Testing

@testable import CorridorSimulation

@Suite("Engine, random streams and statistics")
struct EngineTests {
  @Test("the event list orders by time, then priority, then scheduling order")
  func eventOrder() {
    var events = EventQueue<String>()
    events.schedule(at: 2, "c")
    events.schedule(at: 1, priority: 1, "b")
    events.schedule(at: 1, priority: 0, "a1")
    events.schedule(at: 1, priority: 0, "a2")
    events.schedule(at: 0.5, "first")
    var order: [String] = []
    while let event = events.next() { order.append(event.payload) }
    #expect(order == ["first", "a1", "a2", "b", "c"])
  }

  @Test("same seed, same numbers; other replications and streams, other numbers")
  func reproducible() {
    var a = RandomStream(seed: 42, replication: 3, stream: 1)
    var b = RandomStream(seed: 42, replication: 3, stream: 1)
    var c = RandomStream(seed: 42, replication: 4, stream: 1)
    var d = RandomStream(seed: 42, replication: 3, stream: 2)
    let xs = (0..<100).map { _ in a.next() }
    #expect(xs == (0..<100).map { _ in b.next() })
    #expect(xs != (0..<100).map { _ in c.next() })
    #expect(xs != (0..<100).map { _ in d.next() })
    let model = CheckpointModel(lanes: 2, arrivalsPerHour: 1.5, service: .gamma(mean: 1, cv: 0.7))
    let first = CheckpointSimulation.run(model, trucks: 10_000, warmUp: 1_000, seed: 9)
    let second = CheckpointSimulation.run(model, trucks: 10_000, warmUp: 1_000, seed: 9)
    #expect(first.wait == second.wait)
    #expect(first.waitQuantiles.quantile(0.95) == second.waitQuantiles.quantile(0.95))
  }

  @Test(
    "samples have the distribution's mean and variance",
    arguments: [
      Distribution.exponential(mean: 2), .uniform(min: 1, max: 5),
      .triangular(min: 0, mode: 1, max: 4),
      .lognormal(mean: 3, cv: 0.6), .gamma(mean: 2, cv: 0.4), .gamma(mean: 1, cv: 2),
      .erlang(phases: 3, mean: 1.5),
      .fixed(0.7),
    ])
  func moments(_ distribution: Distribution) {
    var random = RandomStream(seed: 5)
    var stats = RunningStatistics()
    for _ in 0..<400_000 { stats.add(distribution.sample(&random)) }
    // Four standard errors of the mean, and 5 % on the variance.
    let standardError = (distribution.variance / 400_000).squareRoot()
    #expect(abs(stats.mean - distribution.mean) <= 4 * standardError + 1e-12, "\(stats.mean)")
    #expect(
      abs(stats.variance - distribution.variance) <= 0.05 * distribution.variance + 1e-12,
      "\(stats.variance)")
  }

  @Test("a vanishing coefficient of variation samples the mean, not NaN")
  func tinyCV() {
    var random = RandomStream(seed: 2)
    for distribution in [Distribution.gamma(mean: 2, cv: 1e-200), .lognormal(mean: 2, cv: 1e-200)] {
      #expect(distribution.sample(&random) == 2)
    }
  }

  @Test("an empirical distribution draws its observations equally often")
  func empirical() throws {
    let empirical = Distribution.empirical([1, 2, 6])
    var random = RandomStream(seed: 1)
    var counts = [Double: Int]()
    for _ in 0..<30_000 { counts[empirical.sample(&random), default: 0] += 1 }
    for value in [1.0, 2, 6] { #expect(abs(Double(counts[value] ?? 0) - 10_000) < 400) }
    #expect(empirical.mean == 3)
    #expect(abs(empirical.variance - 14.0 / 3) < 1e-12)
  }

  @Test("running statistics match the two-pass formulas, and merge")
  func running() {
    let values = (1...1000).map { Double($0 % 37) * 0.5 + 1e6 }
    var all = RunningStatistics()
    var left = RunningStatistics()
    var right = RunningStatistics()
    for (i, v) in values.enumerated() {
      all.add(v)
      if i < 400 { left.add(v) } else { right.add(v) }
    }
    let mean = values.reduce(0, +) / 1000
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 999
    #expect(abs(all.mean - mean) < 1e-9)
    #expect(abs(all.variance - variance) < 1e-6)
    let merged = left.merged(with: right)
    #expect(abs(merged.mean - mean) < 1e-9)
    #expect(abs(merged.variance - variance) < 1e-6)
    #expect(merged.minimum == all.minimum && merged.maximum == all.maximum)
  }

  @Test("quantiles are exact to 0.1 % in bounded memory")
  func quantiles() {
    var sketch = QuantileSketch()
    // 1 … 100,000 seconds, once each.
    for s in 1...100_000 { sketch.add(hours: Double(s) / 3600) }
    #expect(abs(sketch.quantile(0.5) * 3600 - 50_000) <= 50)
    #expect(abs(sketch.quantile(0.95) * 3600 - 95_000) <= 95)
    #expect(sketch.count == 100_000)
  }

  @Test("Student-t quantiles and intervals")
  func studentT() {
    #expect(ConfidenceInterval.studentT975(degreesOfFreedom: 9) == 2.262157)
    // Between table rows: within 1e-3 of the exact 2.009575 at 49 degrees of freedom.
    #expect(abs(ConfidenceInterval.studentT975(degreesOfFreedom: 49) - 2.009575) < 1e-3)
    #expect(abs(ConfidenceInterval.studentT975(degreesOfFreedom: 100_000) - 1.959964) < 1e-4)
    let interval = ConfidenceInterval(observations: [1, 2, 3, 4, 5])
    // Mean 3, s = √2.5, t(4) = 2.776445: half-width 2.776445 · √2.5 / √5.
    #expect(interval.mean == 3)
    #expect(abs(interval.halfWidth - 2.776445 * (2.5 / 5).squareRoot()) < 1e-9)
  }

  @Test(
    "deterministic cases are exact: no wait below capacity, and queues carried over closed hours")
  func deterministic() throws {
    let open = CheckpointModel(lanes: 1, interarrival: .fixed(2), service: .fixed(1.5))
    let run = CheckpointSimulation.run(open, trucks: 1_000, warmUp: 0, seed: 1)
    #expect(run.wait.maximum == 0)
    #expect(run.sojourn.mean == 1.5)
    // Posts open Monday 08:00; trucks every hour from 01:00, 2 lanes of 0.75 h: the seven
    // trucks of 01:00–07:00 wait for the opening; by hand, the k-th (k = 1…7) starts at
    // 08:00 + 0.75 h × ⌊(k − 1) / 2⌋, so the waits are 7, 6, 5.75, 4.75, 4.5, 3.5, 3.25 h.
    let hours = OpeningHours(weeklyIntervals: [(8 * 60)..<(20 * 60)])
    let closed = CheckpointModel(
      lanes: 2, interarrival: .fixed(1), service: .fixed(0.75), openingHours: hours)
    let first7 = CheckpointSimulation.run(closed, trucks: 7, warmUp: 0, seed: 1)
    let expected = [7, 6, 5.75, 4.75, 4.5, 3.5, 3.25]
    #expect(abs(first7.wait.mean - expected.reduce(0, +) / 7) < 1e-12)
    #expect(first7.wait.maximum == 7)
    #expect(first7.wait.minimum == 3.25)
  }

  @Test("common random numbers shrink the variance of a difference between near scenarios")
  func commonRandomNumbers() {
    let base = CheckpointModel(lanes: 4, arrivalsPerHour: 3, service: .exponential(mean: 1))
    let variant = CheckpointModel(lanes: 4, arrivalsPerHour: 3, service: .exponential(mean: 1.03))
    func difference(sameStreams: Bool, _ r: Int) -> Double {
      let a = CheckpointSimulation.run(base, trucks: 5_000, warmUp: 500, seed: 21, replication: r)
      let b = CheckpointSimulation.run(
        variant, trucks: 5_000, warmUp: 500, seed: sameStreams ? 21 : 22, replication: r)
      return b.wait.mean - a.wait.mean
    }
    var common = RunningStatistics()
    var independent = RunningStatistics()
    for r in 0..<40 {
      common.add(difference(sameStreams: true, r))
      independent.add(difference(sameStreams: false, r))
    }
    #expect(
      common.variance < 0.1 * independent.variance, "\(common.variance) vs \(independent.variance)")
    // With common random numbers a slower service never shortens any wait: the difference is ≥ 0.
    #expect(common.minimum >= 0)
  }
}
