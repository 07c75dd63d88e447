import Testing

@testable import CorridorModel

@Suite("Distributions")
struct DistributionTests {
  @Test(
    "mean and variance match the closed forms",
    arguments: [
      (Distribution.fixed(3), 3.0, 0.0),
      (.exponential(mean: 2), 2, 4),
      (.lognormal(mean: 2, cv: 0.5), 2, 1),
      (.gamma(mean: 4, cv: 0.25), 4, 1),
      // Triangular(1, 2, 6): mean 3, variance (1 + 36 + 4 − 6 − 2 − 12) / 18 = 21/18.
      (.triangular(min: 1, mode: 2, max: 6), 3, 21.0 / 18.0),
      // Uniform(1, 4): mean 2.5, variance 9/12.
      (.uniform(min: 1, max: 4), 2.5, 0.75),
    ])
  func moments(distribution: Distribution, mean: Double, variance: Double) {
    #expect(abs(distribution.mean - mean) < 1e-12)
    #expect(abs(distribution.variance - variance) < 1e-12)
  }

  @Test("scaling keeps the shape: the mean scales and the cv stays")
  func scaling() {
    let d = Distribution.triangular(min: 1, mode: 2, max: 6)
    let half = d.scaled(by: 0.5)
    #expect(half == .triangular(min: 0.5, mode: 1, max: 3))
    #expect(abs(half.cv - d.cv) < 1e-12)
    #expect(Distribution.lognormal(mean: 2, cv: 0.5).withMean(3) == .lognormal(mean: 3, cv: 0.5))
    #expect(Distribution.exponential(mean: 1).cv == 1)
  }
}

@Suite("Opening hours")
struct OpeningHoursTests {
  @Test("intervals wrap past the end of the week and merge")
  func wrapAndMerge() {
    let week = OpeningHours.minutesPerWeek
    // Sunday 22:00 to Monday 06:00, and Monday 05:00 to 08:00.
    let hours = OpeningHours(weeklyIntervals: [
      (week - 120)..<(week + 360), 300..<480,
    ])
    #expect(hours.intervals == [0..<480, (week - 120)..<week])
    #expect(hours.hoursPerWeek == 10)
    #expect(hours.isOpen(atMinuteOfWeek: week - 1))
    #expect(hours.isOpen(atMinuteOfWeek: 479))
    #expect(!hours.isOpen(atMinuteOfWeek: 480))
  }

  @Test("always open")
  func always() {
    #expect(OpeningHours.always.hoursPerWeek == 168)
    #expect(OpeningHours.always.openFraction == 1)
    #expect(OpeningHours.always.isAlwaysOpen)
  }
}
