import Foundation
import ZIPFoundation

/// A temporary folder for the workbooks of one test, removed by `remove()`.
struct ScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("xlsx-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The parts of an `.xlsx` file (a zip of XML files), by path inside the zip.
func parts(ofWorkbook path: String) throws -> [String: String] {
  let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
  var parts: [String: String] = [:]
  for entry in archive {
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    parts[entry.path] = String(decoding: data, as: UTF8.self)
  }
  return parts
}
