/// "Did you mean" suggestions for misspelt keys and identifiers.
enum Spelling {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let lower = word.lowercased()
    var best: (String, Int)? = nil
    for candidate in candidates {
      let distance = editDistance(lower, candidate.lowercased())
      if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    let allowed = max(1, min(3, (max(word.count, candidate.count) + 2) / 4))
    return distance <= allowed ? candidate : nil
  }

  /// The Levenshtein distance between two strings (unit costs), O(m × n).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// " (did you mean 'x'?)" or "".
  static func hint(for word: String, among candidates: some Sequence<String>) -> String {
    suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
