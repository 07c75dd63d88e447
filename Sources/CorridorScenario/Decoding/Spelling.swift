/// "Did you mean" suggestions for misspelt keys and identifiers.
///
/// The work is bounded: candidates longer than ``maximumLength`` or differing in length by
/// more than the edits allowed are skipped without comparing, and each comparison stops as
/// soon as it exceeds the edits allowed, so a suggestion among 100,000 identifiers takes
/// milliseconds.
enum Spelling {
  /// The longest word compared.
  static let maximumLength = 64

  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    matches(for: word, among: candidates).first?.candidate
  }

  /// The candidates close enough to `word` to be a typo of it, closest first; on a tie,
  /// candidates that start like the word come first, then the candidates' order.
  ///
  /// Up to about one edit per four characters is allowed (at least 1, at most 3), counting
  /// an insertion, deletion, substitution or swap of adjacent characters as one edit; case
  /// is ignored for ASCII letters.
  static func matches(for word: String, among candidates: some Sequence<String>)
    -> [(candidate: String, distance: Int)]
  {
    let target = folded(word)
    guard !target.isEmpty, target.count <= maximumLength else { return [] }
    var found: [(candidate: String, distance: Int, order: Int)] = []
    var buffer: [UInt32] = []
    var rows = EditRows(capacity: maximumLength + 4)
    for (order, candidate) in candidates.enumerated() {
      guard fold(candidate, into: &buffer, limit: target.count + 3) else { continue }
      let allowed = max(1, min(3, (max(target.count, buffer.count) + 2) / 4))
      guard abs(buffer.count - target.count) <= allowed,
        let distance = rows.distance(target, buffer, limit: allowed),
        distance < max(target.count, buffer.count)
      else { continue }
      found.append((candidate, distance, order))
    }
    let first = target.first
    return found.sorted { a, b in
      if a.distance != b.distance { return a.distance < b.distance }
      let aStarts = folded(a.candidate).first == first
      let bStarts = folded(b.candidate).first == first
      if aStarts != bStarts { return aStarts }
      return a.order < b.order
    }.map { ($0.candidate, $0.distance) }
  }

  /// The edit distance between two strings (optimal string alignment), O(m × n).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars.map(\.value))
    let y = Array(b.unicodeScalars.map(\.value))
    var rows = EditRows(capacity: y.count + 1)
    return rows.distance(x, y, limit: max(x.count, y.count)) ?? max(x.count, y.count)
  }

  /// "; did you mean 'x'?" or "".
  static func hint(for word: String, among candidates: some Sequence<String>) -> String {
    suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// The word's scalars with ASCII letters lowercased.
  private static func folded(_ word: String) -> [UInt32] {
    var result: [UInt32] = []
    _ = fold(word, into: &result, limit: .max)
    return result
  }

  /// Fills `buffer` with the word's scalars, ASCII letters lowercased; false when the word
  /// has more than `limit` scalars.
  private static func fold(_ word: String, into buffer: inout [UInt32], limit: Int) -> Bool {
    buffer.removeAll(keepingCapacity: true)
    for scalar in word.unicodeScalars {
      if buffer.count == limit { return false }
      let v = scalar.value
      buffer.append((65...90).contains(v) ? v + 32 : v)
    }
    return true
  }
}

/// Three rows of the edit-distance table, kept between comparisons to avoid allocating.
private struct EditRows {
  var twoBack: [Int]
  var previous: [Int]
  var current: [Int]

  init(capacity: Int) {
    twoBack = [Int](repeating: 0, count: capacity)
    previous = twoBack
    current = twoBack
  }

  /// The optimal-string-alignment distance of `a` and `b`, or `nil` once it exceeds `limit`.
  mutating func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
    if a.isEmpty { return b.count <= limit ? b.count : nil }
    if b.isEmpty { return a.count <= limit ? a.count : nil }
    if previous.count < b.count + 1 { self = EditRows(capacity: b.count + 1) }
    for j in 0...b.count { previous[j] = j }
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
