/// A border crossing as planners and CAREC CPMM speak of it: the posts of both countries,
/// whose time to clear is measured together, from arrival at the first post passed to leaving
/// the last.
public struct Crossing: Hashable, Sendable {
  /// The crossing's identifier (for example `khorgos-road`).
  public var id: String
  /// A readable name.
  public var name: String
  /// The name in other languages, by ISO 639-1 code (`ru`, `tr`), from `name_ru`, `name_tr`.
  public var otherNames: [String: String] = [:]
  /// The checkpoint nodes of both sides.
  public var posts: [NodeID]
  /// Observed times to clear it, each labelled with what it covers.
  public var observed: [ObservedClearance]
  /// A route-choice constant (USD per TEU) for the routes through this crossing, counted once
  /// per route in either direction: added to their generalized cost when routes are chosen,
  /// not to the money they report; `nil` for none.
  public var choiceConstantUSDPerTEU: Double?

  /// Creates a crossing.
  public init(id: String, name: String, posts: [NodeID], observed: [ObservedClearance] = []) {
    self.id = id
    self.name = name
    self.posts = posts
    self.observed = observed
  }
}
