import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorStudy

/// Consolidated services with terms of their own, over the consolidation example's two-hub
/// plan: block trains H1–H2 on 1,500 km of rail at US$1 a TEU-km, 14 a week at half the tariff.
@Suite("Consolidated services with terms of their own")
struct ServiceTermsTests {
  /// A file extending the example's plan whose settings are `consolidation`, loaded.
  static func load(_ consolidation: String) throws -> (Scenario?, ValidationReport) {
    let plan = HubStudyTests.root.appendingPathComponent(
      "Scenarios/examples/consolidation-plan.yaml"
    ).path
    let text = """
      extends: "\(plan)"
      scenario: own-terms
      settings:
        consolidation:
      \(consolidation)
      """
    return try loadText(text)
  }

  /// The services of a scenario by their hubs' ids.
  static func services(_ scenario: Scenario) -> [String: ConsolidatedService] {
    Dictionary(
      uniqueKeysWithValues: scenario.consolidatedServices().map {
        ("\(scenario.nodes[$0.origin].id)>\(scenario.nodes[$0.destination].id)", $0)
      })
  }

  @Test("one direction's own terms: 2 departures a week at a quarter of the tariff, US$375")
  func oneWay() throws {
    let (scenario, report) = try Self.load(
      """
          departures_per_week: 14
          teu_per_departure: 100
          tariff_factor: 0.5
          services:
            - {from: H1, to: H2, departures_per_week: 2, tariff_factor: 0.25, both_ways: false}
      """)
    let loaded = try #require(scenario, "\(report.errors.map(\.message))")
    let services = Self.services(loaded)
    let there = try #require(services["H1>H2"])
    let back = try #require(services["H2>H1"])
    #expect(there.terms.departuresPerWeek == 2 && there.terms.teuPerDeparture == 100)
    #expect(abs(there.moneyUSD - 375) < 1e-9)
    #expect(abs(there.terms.meanHeadwayWaitHours - 42) < 1e-9)
    #expect(back.terms.departuresPerWeek == 14 && abs(back.moneyUSD - 750) < 1e-9)
  }

  @Test("terms of their own apply both ways unless 'both_ways: false'")
  func bothWays() throws {
    let (scenario, _) = try Self.load(
      """
          departures_per_week: 14
          teu_per_departure: 100
          tariff_factor: 0.5
          services:
            - {from: H2, to: H1, teu_per_departure: 60}
      """)
    let services = Self.services(try #require(scenario))
    #expect(services.values.map(\.terms.teuPerDeparture).sorted() == [60, 60])
    #expect(
      services.values.allSatisfy { abs($0.terms.capacityTEUPerYear - 60 * 14 * 365 / 7) < 1e-6 })
  }

  @Test(
    "a service from a node that is not there, or has no hub, or that changes nothing, is an error at its line",
    arguments: [
      ("{from: H9, to: H2, tariff_factor: 0.3}", "not defined"),
      ("{from: O1, to: H2, tariff_factor: 0.3}", "has no 'hub:'"),
      ("{from: H1, to: H2}", "changes nothing"),
      ("{from: H1, to: H1, tariff_factor: 0.3}", "to itself"),
      ("{from: H1, to: H2, tariff_factor: 2}", "tariff_factor"),
    ])
  func badService(service: String, message: String) throws {
    let (scenario, report) = try Self.load(
      """
          departures_per_week: 14
          teu_per_departure: 100
          tariff_factor: 0.5
          services:
            - \(service)
      """)
    #expect(scenario == nil)
    let error = try #require(report.errors.first)
    #expect(error.message.contains(message), "\(error.message)")
    #expect(error.location.line == 9)
  }
}
