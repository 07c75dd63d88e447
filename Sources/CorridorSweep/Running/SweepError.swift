import CorridorScenario
import CorridorStudy

/// Why a sweep could not be planned, run or merged; each message says what to do.
public enum SweepError: Error, Sendable, CustomStringConvertible {
  /// The folder has no manifest, or it cannot be read.
  case noManifest(folder: String, reason: String)
  /// Files the sweep reads changed since it was planned.
  case filesChanged([String])
  /// The sweep file now gives other variants or units than the manifest lists.
  case planChanged(String)
  /// The sweep or scenario files have errors.
  case input(ScenarioError)
  /// A variant could not be run.
  case variant(label: String, StudyError)
  /// A shard number or count out of range.
  case badShard(String)
  /// A shard the merge needs is not there.
  case missingShards(folder: String, missing: [(shard: Int, units: Range<Int>)], of: Int)
  /// A shard file cannot be used.
  case badShardFile(path: String, reason: String)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .noManifest(let folder, let reason):
      return "no usable sweep manifest in \(folder) (\(reason)); run "
        + "'corridor sweep plan SWEEP.yaml --out \(folder)' first"
    case .filesChanged(let files):
      return "the sweep's files changed since it was planned: \(files.joined(separator: ", ")); "
        + "shards run now would not match the others: plan the sweep again into a new folder"
    case .planChanged(let what):
      return "the sweep file now gives \(what) than the manifest; plan the sweep again into a "
        + "new folder"
    case .input(let error):
      return error.description
    case .variant(let label, let error):
      return "variant '\(label)': \(error.description)"
    case .badShard(let message):
      return message
    case .missingShards(let folder, let missing, let count):
      let list = missing.prefix(10).map {
        "shard \($0.shard) of \(count) (units \($0.units.lowerBound)–\($0.units.upperBound - 1))"
      }
      let more = missing.count > 10 ? " and \(missing.count - 10) more" : ""
      return "\(folder): \(list.joined(separator: ", "))\(more) missing; run each with "
        + "'corridor sweep run \(folder) --shard I --of \(count)', then merge again"
    case .badShardFile(let path, let reason):
      return "\(path): \(reason)"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason)"
    }
  }
}
