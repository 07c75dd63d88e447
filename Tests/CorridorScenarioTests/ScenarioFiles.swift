import Foundation

@testable import CorridorScenario

/// A temporary folder of scenario files for one test, removed when the value is released.
final class ScenarioFiles {
  let directory: URL

  init() {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("corridor-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  /// Writes a file and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    let url = directory.appendingPathComponent(name)
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: url)
    return url.path
  }

  /// Writes raw bytes and returns the path.
  @discardableResult
  func write(_ name: String, bytes: Data) -> String {
    let url = directory.appendingPathComponent(name)
    try? bytes.write(to: url)
    return url.path
  }

  /// Validates the named file.
  func validate(_ name: String) -> ValidationReport {
    ScenarioLoader.validate(path: directory.appendingPathComponent(name).path)
  }
}

extension ValidationReport {
  /// The single error, or nil when there is not exactly one.
  var onlyError: Diagnostic? { errors.count == 1 ? errors[0] : nil }
}

/// A small valid scenario to build test cases from: three cities, one checkpoint.
///
/// Line numbers matter to the tests that edit it; see the comments on the right.
let minimalScenario = """
  scenario: mini
  commodities:
    - {id: goods, value_usd_per_teu: 48000}
  nodes:
    - {id: A, kind: city, country: CN, lat: 43.8, lon: 87.6}
    - id: X
      kind: checkpoint
      country: KZ
      lat: 44.2
      lon: 80.3
      checkpoint:
        countries: [CN, KZ]
        processes:
          - mode: road
            stages:
              - {id: documents, lanes: 2, service_hours: {mean: 0.5, cv: 0.5}}
              - {id: inspection, lanes: 1, service_hours: 2, probability: 0.1}
    - {id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}
  links:
    - {from: A, to: X, mode: road, km: 600, speed_kmh: 60}
    - {from: X, to: B, mode: road, km: 300, hours: 5}
  demand:
    - {from: A, to: B, commodity: goods, teu_per_year: 1000}
  """

/// The minimal scenario with `old` replaced by `new` (which must occur in it).
func minimal(replacing old: String, with new: String) -> String {
  precondition(minimalScenario.contains(old), "test setup: '\(old)' not in the scenario")
  return minimalScenario.replacingOccurrences(of: old, with: new)
}
