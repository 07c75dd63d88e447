/// The 1-based line and column where `marker` first occurs in `text`, counting columns in
/// Unicode scalars as the YAML parser does; `after` skips to the first line containing it.
func position(of marker: String, in text: String, after: String? = nil) -> (line: Int, column: Int)?
{
  var started = after == nil
  for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    if !started, let after, line.contains(after) { started = true }
    guard started, let range = line.range(of: marker) else { continue }
    return (index + 1, line[..<range.lowerBound].unicodeScalars.count + 1)
  }
  return nil
}
