import CorridorModel
import Testing

@testable import CorridorScenario

@Suite("Names in Russian and Turkish")
struct OtherNamesTests {
  @Test(
    "name_ru and name_tr on the scenario, nodes, goods and corridors; a child's name resets them")
  func decoded() throws {
    let files = ScenarioFiles()
    files.write(
      "base.yaml",
      """
      scenario: base
      name: Two cities
      name_ru: Два города
      name_tr: İki şehir
      commodities:
        - {id: goods, name: Goods, name_ru: Товары, name_tr: Mallar, value_usd_per_teu: 48000}
      nodes:
        - {id: A, name: Urumqi, name_ru: Урумчи, name_tr: Urumçi, kind: city, country: CN, lat: 43.8, lon: 87.6}
        - {id: B, name: Almaty, name_tr: Almatı, kind: city, country: KZ, lat: 43.25, lon: 76.95}
      links:
        - {from: A, to: B, mode: road, km: 1000, speed_kmh: 50}
      demand:
        - {from: A, to: B, commodity: goods, teu_per_year: 1000}
      corridors:
        - {id: ab, name: East to west, name_ru: С востока на запад, via: [A, B]}
      """)
    files.write("child.yaml", "scenario: child\nextends: base.yaml\nname: Two cities, 2030\n")
    files.write("same.yaml", "scenario: same\nextends: base.yaml\nyear: 2030\n")
    let base = try #require(files.validate("base.yaml").scenario)
    #expect(base.otherNames == ["ru": "Два города", "tr": "İki şehir"])
    #expect(base.node("A")?.otherNames == ["ru": "Урумчи", "tr": "Urumçi"])
    #expect(base.node("B")?.otherNames == ["tr": "Almatı"])
    #expect(base.commodities.first?.otherNames == ["ru": "Товары", "tr": "Mallar"])
    #expect(base.corridors.first?.otherNames == ["ru": "С востока на запад"])
    // A child that renames the scenario drops the base's translations of the old name.
    #expect(try #require(files.validate("child.yaml").scenario).otherNames.isEmpty)
    #expect(try #require(files.validate("same.yaml").scenario).otherNames == base.otherNames)
  }

  @Test("another language's key is an unknown key with a suggestion")
  func unknownLanguage() throws {
    let files = ScenarioFiles()
    files.write(
      "base.yaml",
      minimalScenario.replacingOccurrences(of: "scenario: mini", with: "scenario: mini\nname_de: x")
    )
    let error = try #require(files.validate("base.yaml").onlyError)
    #expect(error.message.hasPrefix("unknown key 'name_de' in the scenario file; did you mean"))
    #expect((error.location.line, error.location.column) == (2, 1))
  }
}
