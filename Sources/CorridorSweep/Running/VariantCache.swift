import CorridorAssignment
import CorridorModel
import Foundation
import Synchronization

/// A variant ready to simulate: its scenario and its equilibrium routes.
struct PreparedVariant: Sendable {
  let scenario: Scenario
  let assignment: CorridorAssignmentResult
  let routes: [AssignedRoute]
  /// The facilities loaded beyond what they serve (run with capped queues), described with
  /// their load.
  let overloaded: [String]
  /// Where each of them is, with its load.
  let overloadedPlaces: [OverloadedPlace]
}

/// The variants of a shard, each prepared once by the first thread that needs it while the
/// others that need it wait.
final class VariantCache: Sendable {
  private enum Entry: Sendable {
    case preparing
    case ready(PreparedVariant)
    case failed(SweepError)
  }

  private let runner: ShardRunner
  private let entries = Mutex<[Int: Entry]>([:])

  init(runner: ShardRunner) { self.runner = runner }

  /// The prepared variant `index`.
  func prepared(_ index: Int) throws(SweepError) -> PreparedVariant {
    while true {
      let claimed: Entry? = entries.withLock {
        guard let entry = $0[index] else {
          $0[index] = .preparing
          return nil
        }
        return entry
      }
      switch claimed {
      case nil:
        let entry: Entry
        do {
          entry = .ready(try runner.prepare(runner.manifest.variants[index]))
        } catch {
          entry = .failed(error)
        }
        entries.withLock { $0[index] = entry }
      case .preparing?:
        Thread.sleep(forTimeInterval: 0.01)
      case .ready(let variant)?:
        return variant
      case .failed(let error)?:
        throw error
      }
    }
  }
}
