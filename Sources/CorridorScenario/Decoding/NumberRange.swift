import CorridorInput

/// The allowed range of a number: always finite and closed (see ``InputRange``).
enum NumberRange {
  /// A probability or share, from 0 to 1.
  case probability
  /// Within the closed interval.
  case within(Double, Double)

  var bounds: ClosedRange<Double> {
    switch self {
    case .probability: 0...1
    case .within(let low, let high): low...high
    }
  }

  var expectation: String {
    switch self {
    case .probability: "a probability from 0 to 1"
    case .within(let low, let high):
      "a number from \(LimitText.text(low)) to \(LimitText.text(high))"
    }
  }

  /// Whether the value is finite, in the bounds, and not a slip (``isSlip(_:)``).
  func contains(_ value: Double) -> Bool {
    value.isFinite && bounds.contains(value) && !isSlip(value)
  }

  /// Whether `value` is, in a range starting at 0 (an amount), a non-zero size below
  /// ``smallest``: a slip rather than a figure.
  func isSlip(_ value: Double) -> Bool {
    bounds.lowerBound == 0 && value != 0 && value.magnitude < Self.smallest
  }

  /// The smallest non-zero size accepted: smaller figures are slips (or subnormal numbers
  /// whose reciprocals overflow).
  static let smallest = 1e-9
}

extension Double {
  /// The number without a trailing ".0" when it is whole.
  var formattedPlain: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
    return String(self)
  }
}
