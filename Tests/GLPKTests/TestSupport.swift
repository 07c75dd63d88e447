import Synchronization

/// Collects lines from a `@Sendable` log handler.
final class LineCollector: Sendable {
  private let lines = Mutex<[String]>([])

  /// Adds a line.
  func append(_ line: String) {
    lines.withLock { $0.append(line) }
  }

  /// The lines so far.
  var all: [String] { lines.withLock { $0 } }
}

/// A thread-safe counter.
final class Counter: Sendable {
  private let count = Mutex(0)

  /// Adds one.
  func increment() {
    count.withLock { $0 += 1 }
  }

  /// The count so far.
  var value: Int { count.withLock { $0 } }
}

/// An error thrown on purpose by test callbacks.
struct DeliberateFailure: Error, Equatable {
  let place: String
}
