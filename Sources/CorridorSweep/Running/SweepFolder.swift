import Foundation

/// The layout of a sweep's folder: `manifest.json`, `shards/I.json`, `report/`, `slurm/`,
/// `kubernetes/`.
public struct SweepFolder: Sendable {
  /// The folder, as given.
  public let path: String

  /// A folder at `path`.
  public init(_ path: String) { self.path = path }

  /// The manifest.
  public var manifest: String { join("manifest.json") }
  /// The folder of the shards.
  public var shards: String { join("shards") }
  /// The file of shard `i`.
  public func shard(_ i: Int) -> String { (shards as NSString).appendingPathComponent("\(i).json") }
  /// The default report folder.
  public var report: String { join("report") }
  /// The folder of the Slurm scripts.
  public var slurm: String { join("slurm") }
  /// The folder of the Kubernetes manifest.
  public var kubernetes: String { join("kubernetes") }

  private func join(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Reads and decodes the manifest, with the digest of its bytes.
  public func readManifest() throws(SweepError) -> (manifest: SweepManifest, digest: String) {
    guard let data = FileManager.default.contents(atPath: manifest) else {
      throw .noManifest(folder: path, reason: "\(manifest) cannot be read")
    }
    let decoded: SweepManifest
    do {
      decoded = try JSONDecoder().decode(SweepManifest.self, from: data)
    } catch {
      throw .noManifest(folder: path, reason: "\(manifest) is not a sweep manifest: \(error)")
    }
    if let problem = decoded.problem {
      throw .noManifest(
        folder: path, reason: "\(manifest) is not as 'sweep plan' wrote it: \(problem)")
    }
    return (decoded, SweepManifest.digest(of: data))
  }

  /// Writes `data` to `path` through a temporary file in the same folder and a rename, so
  /// that readers see the old file or the whole new one, never part of it.
  public static func writeAtomically(_ data: Data, to path: String) throws(SweepError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try data.write(to: temporary)
      if rename(temporary.path, path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw SweepError.cannotWrite(path: path, reason: reason)
      }
    } catch let error as SweepError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(path: path, reason: "\(error.localizedDescription)")
    }
  }
}
