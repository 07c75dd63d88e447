import CorridorModel
import CorridorReports
import Foundation
import Synchronization

/// Progress on standard error while a command works.
///
/// It shows numbered stages, and replications done with the time left or a status line.
/// Silent when standard error is not a terminal, or with `--quiet`.
final class ProgressDisplay: Sendable {
  private struct State {
    var stage = 0
    var started = ContinuousClock.now
    var lineOpen = false
  }

  private let enabled: Bool
  private let stages: Int
  private let state = Mutex(State())

  /// A display of `stages` numbered stages.
  init(enabled: Bool, stages: Int) {
    self.enabled = enabled && isatty(STDERR_FILENO) != 0
    self.stages = stages
  }

  /// Starts the next stage.
  func stage(_ message: String) {
    guard enabled else { return }
    state.withLock { state in
      state.stage += 1
      state.started = .now
      let prefix = state.lineOpen ? "\n" : ""
      state.lineOpen = false
      FileHandle.standardError.write(
        Data("\(prefix)corridor: [\(state.stage)/\(stages)] \(message)…\n".utf8))
    }
  }

  /// Shows how many replications of the current stage are done and the time left; may be
  /// called from any thread.
  func replications(done: Int, of total: Int) {
    guard enabled else { return }
    state.withLock { state in
      let elapsed = (ContinuousClock.now - state.started).inSeconds
      let left = done > 0 ? elapsed / Double(done) * Double(total - done) : .nan
      let eta = done < total && left.isFinite ? ", about \(Self.duration(left)) left" : ""
      let line =
        "\r\u{1B}[2Kcorridor:       \(done)/\(total) replications, \(Self.duration(elapsed))\(eta)"
      state.lineOpen = done < total
      FileHandle.standardError.write(Data((line + (done < total ? "" : "\n")).utf8))
    }
  }

  /// Starts stage `number` (from 1), for work whose stages may be skipped.
  func stage(_ number: Int, _ message: String) {
    guard enabled else { return }
    state.withLock { state in
      state.stage = number - 1
    }
    stage(message)
  }

  /// Replaces the current stage's status line with `text`, prefixed by the time spent in
  /// the stage; may be called from any thread.
  func status(_ text: String) {
    guard enabled else { return }
    state.withLock { state in
      let elapsed = (ContinuousClock.now - state.started).inSeconds
      state.lineOpen = true
      FileHandle.standardError.write(
        Data("\r\u{1B}[2Kcorridor:       \(Self.duration(elapsed)): \(text)".utf8))
    }
  }

  /// Ends the display with a closing message.
  func finish(_ message: String) {
    guard enabled else { return }
    state.withLock { state in
      let prefix = state.lineOpen ? "\n" : ""
      state.lineOpen = false
      FileHandle.standardError.write(Data("\(prefix)corridor: \(message)\n".utf8))
    }
  }

  private static func duration(_ seconds: Double) -> String {
    seconds < 60
      ? "\(NumberFormat.fixed(seconds, decimals: 1)) s"
      : "\(Int(seconds / 60)) min \(Int(seconds.truncatingRemainder(dividingBy: 60))) s"
  }
}
