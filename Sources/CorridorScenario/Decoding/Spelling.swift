/// "Did you mean" suggestions for misspelt keys and identifiers.
enum Spelling {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let lower = word.lowercased()
    guard lower.count <= 64 else { return nil }
    var best: (String, Int)? = nil
    for candidate in candidates
    where candidate.count <= 64 && abs(candidate.count - lower.count) <= 3 {
      let distance = editDistance(lower, candidate.lowercased())
      // On a tie, prefer the candidate that starts like the word.
      let better =
        distance < (best?.1 ?? Int.max)
        || (distance == best?.1 && candidate.lowercased().first == lower.first
          && best?.0.lowercased().first != lower.first)
      if better { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    // Allow about one edit per four characters, and never a suggestion that shares nothing.
    let allowed = max(1, min(3, (max(word.count, candidate.count) + 2) / 4))
    return distance <= allowed && distance < max(word.count, candidate.count) ? candidate : nil
  }

  /// The edit distance between two strings, counting an insertion, deletion, substitution
  /// or swap of adjacent characters as one edit (optimal string alignment), O(m × n).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], twoBack[j - 2] + 1)
        }
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
  }

  /// " (did you mean 'x'?)" or "".
  static func hint(for word: String, among candidates: some Sequence<String>) -> String {
    suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
