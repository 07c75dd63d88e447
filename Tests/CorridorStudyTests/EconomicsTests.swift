import CorridorModel
import CorridorSimulation
import Testing

@testable import CorridorStudy

@Suite("Money and carbon a year")
struct EconomicsTests {
  @Test("CO2 a year is each route's TEU × its links' km × kg per TEU-km, and parts sum to all")
  func carbon() throws {
    let run = try Study.run(try teachingExample(), settings: shortSettings())
    let economics = run.simulation.replicationEconomics
    // By hand from the equilibrium's routes and the scenario's links.
    let links = run.scenario.links
    let expected =
      run.routes.reduce(0.0) { total, route in
        total + route.teuPerYear
          * route.links.reduce(0.0) { $0 + links[$1].distanceKm * links[$1].co2KgPerTEUKm }
      } / 1000
    let network = try #require(economics[ResultKey(.network, .co2TonnesPerYear)])
    #expect(expected > 0)
    for value in network { #expect(abs(value - expected) <= 1e-9 * expected) }
    let byOD = economics.filter {
      $0.key.measure == .co2TonnesPerYear && $0.key.subject.kind == "od"
    }.values.reduce(0.0) { $0 + $1[0] }
    #expect(abs(byOD - expected) <= 1e-9 * expected)
  }

  @Test("cost a year is the cost per TEU × the TEU a year, replication by replication")
  func money() throws {
    let run = try Study.run(try teachingExample(), settings: shortSettings())
    let economics = run.simulation.replicationEconomics
    let perTEU = try #require(run.replicationKPIs[.networkCost])
    let perYear = try #require(economics[ResultKey(.network, .costUSDPerYear)])
    let teu = run.routes.reduce(0.0) { $0 + $1.teuPerYear }
    #expect(perYear.count == perTEU.count && perYear.count == 3)
    for (year, unit) in zip(perYear, perTEU) {
      #expect(abs(year - unit * teu) <= 1e-9 * year)
    }
    // A variant against itself changes nothing, exactly.
    let same = Comparison(base: run, variant: run)
    let row = try #require(same.rows.first { $0.key == ResultKey(.network, .costUSDPerYear) })
    #expect(row.difference.mean == 0 && !row.isSignificant)
  }
}
