extension ProfileChart {
  typealias XY = (x: Double, y: Double)

  /// Places for the label of a stop whose steps rise from `first` to `last` (screen points,
  /// `last` above): beside the step, above and left of it (where the line has not yet
  /// climbed) or below and right of it (where it has), each at rising distances, with a
  /// leader line once it stands apart.
  static func candidates(for label: String, from first: XY, to last: XY) -> [ChartLabelPlacer.Place]
  {
    let size = labelSize
    let w = TextBox.width(label, size: size)
    let line = 1.25 * size
    let middle = (first.y + last.y) / 2
    var places: [ChartLabelPlacer.Place] = []
    for level in 0..<12 {
      for shift in [0.0, 28, 56] {
        let apart = level > 0 || shift > 0
        let rise = Double(level) * line
        // Left of the step, above the line that leads to it.
        let leftY = min(middle + 0.34 * size, first.y - 0.27 * size - 2) - rise
        let leftX = first.x - 3 - shift
        places.append(
          place(
            label, x: leftX, y: leftY, anchor: .end, to: apart ? last : nil, width: w))
        // Right of the step, below the line that leaves it.
        let rightY = max(middle + 0.34 * size, last.y + 0.95 * size + 2) + rise
        let rightX = last.x + 3 + shift
        places.append(
          place(
            label, x: rightX, y: rightY, anchor: .start, to: apart ? first : nil, width: w))
        // Right of the step, above it, where the line climbs slowly.
        places.append(
          place(
            label, x: rightX, y: last.y - 0.27 * size - 3 - rise, anchor: .start,
            to: last, width: w))
        // Left of the step, below the line, where it climbed slowly.
        places.append(
          place(
            label, x: leftX, y: first.y + 0.95 * size + 3 + rise, anchor: .end,
            to: first, width: w))
      }
    }
    return places
  }

  /// Every place in `bounds` on a grid, nearest `target` first: the last resort.
  static func scan(for label: String, near target: XY, in bounds: MapRect) -> [ChartLabelPlacer
    .Place]
  {
    let size = labelSize
    let w = TextBox.width(label, size: size)
    var places: [(distance: Double, place: ChartLabelPlacer.Place)] = []
    var y = bounds.y + 0.95 * size
    while y + 0.27 * size <= bounds.maxY {
      var x = bounds.x
      while x + w <= bounds.maxX {
        let p = place(label, x: x, y: y, anchor: .start, to: target, width: w)
        let dx = max(p.box.x - target.x, target.x - p.box.maxX, 0)
        let dy = max(p.box.y - target.y, target.y - p.box.maxY, 0)
        places.append((dx * dx + dy * dy, p))
        x += 6
      }
      y += 5
    }
    return places.enumerated().sorted {
      ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset)
    }.map(\.element.place)
  }

  /// The label written at (`x`, `y`) with `anchor`, and a leader from its nearest edge to
  /// `target` when given and not touching.
  private static func place(
    _ label: String, x: Double, y: Double, anchor: TextBox.Anchor, to target: XY?,
    width: Double
  ) -> ChartLabelPlacer.Place {
    let box = TextBox.box(label, x: x, y: y, size: labelSize, anchor: anchor)
    var leader: (from: XY, to: XY)?
    if let target {
      let from = (
        x: min(max(target.x, box.x - 1), box.maxX + 1),
        y: min(max(target.y, box.y - 1), box.maxY + 1)
      )
      let length =
        ((from.x - target.x) * (from.x - target.x)
        + (from.y - target.y) * (from.y - target.y)).squareRoot()
      if length > 4 {
        // The leader stops short of the line, so that it does not cross it.
        let stop = 1.5 / length
        leader = (
          from, (x: target.x + (from.x - target.x) * stop, y: target.y + (from.y - target.y) * stop)
        )
      }
    }
    return ChartLabelPlacer.Place(box: box, x: x, y: y, anchor: anchor, leader: leader)
  }
}
