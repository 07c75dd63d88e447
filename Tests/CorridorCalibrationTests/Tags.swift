import Testing

extension Tag {
  /// Tests that take more than a few seconds.
  @Tag static var slow: Self
}
