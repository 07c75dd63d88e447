/// A label to place: a block of text lines that names the markers inside `anchor`.
struct LabelRequest: Sendable {
  /// The lines of text, top to bottom.
  var lines: [String]
  /// The box around the markers the label names.
  var anchor: MapRect
  /// Whether the label must be shown (a label that need not be is left out when crowded).
  var required: Bool
  /// Width and height of the block, pixels.
  var size: (width: Double, height: Double) {
    (lines.map { LabelText.width($0) }.max() ?? 0, Double(lines.count) * LabelText.lineHeight)
  }
}

/// Where a label went: its box, and the leader line from the box to its markers if any.
struct PlacedLabel: Sendable {
  /// The block's box.
  var box: MapRect
  /// The leader line, from the box's edge to the anchor's middle.
  var leader: (from: MapPoint, to: MapPoint)?
}

/// Places labels without overlap: candidate boxes around each anchor, then a greedy pass in
/// order of importance and a repair pass that moves placed labels aside for unplaced ones.
///
/// Labels may not overlap one another, an obstacle (markers, legend) or leave `bounds`;
/// leader lines may not cross another label. The result is deterministic.
struct LabelPlacer {
  /// The area labels must stay inside.
  var bounds: MapRect
  /// Boxes no label may overlap (markers and the like).
  var obstacles: [MapRect]
  /// Distances from the markers to try, pixels, nearest first; beyond the first, with a leader.
  var gaps: [Double] = [2, 9, 18, 30, 45, 62]

  /// The placement of each request (nil: it did not fit), in the order of `requests`.
  func place(_ requests: [LabelRequest]) -> [PlacedLabel?] {
    let candidates = requests.map(candidates)
    var chosen = [Int?](repeating: nil, count: requests.count)
    let order = requests.indices.sorted {
      (requests[$0].required ? 0 : 1, $0) < (requests[$1].required ? 0 : 1, $1)
    }
    for i in order {
      chosen[i] = candidates[i].indices.first {
        fits(candidates[i][$0], for: i, chosen, candidates)
      }
    }
    // Repair: an unplaced label may take a spot if the one label in its way can move.
    for _ in 0..<3 {
      var changed = false
      for i in order where chosen[i] == nil {
        if let (spot, other, moved) = repair(i, chosen, candidates, requests) {
          chosen[other] = moved
          chosen[i] = spot
          changed = true
        }
      }
      if !changed { break }
    }
    return requests.indices.map { i in chosen[i].map { candidates[i][$0] } }
  }

  private func repair(
    _ i: Int, _ chosen: [Int?], _ candidates: [[PlacedLabel]], _ requests: [LabelRequest]
  ) -> (Int, Int, Int?)? {
    for (spot, candidate) in candidates[i].enumerated() {
      guard bounds.contains(candidate.box), clearOfObstacles(candidate) else { continue }
      let blocking = chosen.indices.filter { j in
        j != i && chosen[j].map { conflict(candidate, candidates[j][$0]) } == true
      }
      guard blocking.count == 1, let other = blocking.first else { continue }
      var trial = chosen
      trial[i] = spot
      trial[other] = nil
      if let moved = candidates[other].indices.first(where: {
        fits(candidates[other][$0], for: other, trial, candidates)
      }) {
        return (spot, other, moved)
      }
      if !requests[other].required, requests[i].required { return (spot, other, nil) }
    }
    return nil
  }

  private func fits(
    _ candidate: PlacedLabel, for i: Int, _ chosen: [Int?], _ candidates: [[PlacedLabel]]
  ) -> Bool {
    guard bounds.contains(candidate.box), clearOfObstacles(candidate) else { return false }
    for (j, spot) in chosen.enumerated() where j != i {
      if let spot, conflict(candidate, candidates[j][spot]) { return false }
    }
    return true
  }

  private func clearOfObstacles(_ candidate: PlacedLabel) -> Bool {
    !obstacles.contains { $0.intersects(candidate.box) }
  }

  /// Whether two placed labels clash: boxes overlap, or a leader crosses the other's box.
  private func conflict(_ a: PlacedLabel, _ b: PlacedLabel) -> Bool {
    if a.box.inset(by: 1, 1).intersects(b.box) { return true }
    if let leader = a.leader, b.box.crosses(leader.from, leader.to) { return true }
    if let leader = b.leader, a.box.crosses(leader.from, leader.to) { return true }
    return false
  }

  /// Candidate boxes around a request's anchor, best first: close beside the markers in
  /// eight directions, then further out with a leader line.
  func candidates(_ request: LabelRequest) -> [PlacedLabel] {
    let (width, height) = request.size
    let anchor = request.anchor
    let middle = anchor.center
    // Directions as (dx, dy) in {-1, 0, 1}: right, left, upper right, lower right, …
    let directions: [(Double, Double)] = [
      (1, 0), (-1, 0), (1, -1), (1, 1), (-1, -1), (-1, 1), (0, -1), (0, 1),
    ]
    var out: [PlacedLabel] = []
    for gap in gaps {
      for (dx, dy) in directions {
        let x =
          dx > 0 ? anchor.maxX + gap : dx < 0 ? anchor.x - gap - width : middle.x - width / 2
        let y =
          dy > 0
          ? anchor.maxY + gap * 0.6
          : dy < 0
            ? anchor.y - gap * 0.6 - height
            : middle.y - height / 2
        let box = MapRect(x: x, y: y, width: width, height: height)
        out.append(PlacedLabel(box: box, leader: gap > 2 ? leader(box, to: middle) : nil))
      }
    }
    return out
  }

  /// A leader from the edge of `box` nearest to `target`, to `target`.
  private func leader(_ box: MapRect, to target: MapPoint) -> (from: MapPoint, to: MapPoint) {
    let x = min(max(target.x, box.x), box.maxX)
    let y = min(max(target.y, box.y), box.maxY)
    return (MapPoint(x: x, y: y), target)
  }
}
