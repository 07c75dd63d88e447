import Testing

extension Tag {
  /// Tests that take more than about five seconds on two cores (run them alone with
  /// `swift test --filter` on their suite when iterating).
  @Tag static var slow: Tag
}
