/// An identifier of one kind of scenario element, unique within a scenario.
///
/// The `Kind` parameter keeps node, link and commodity identifiers apart at compile time.
public struct Identifier<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as written in the scenario file.
  public var rawValue: String

  /// Creates an identifier from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kinds of identifiers.
public enum IdentifierKind {
  /// Nodes: places such as `ALT` or `almaty`.
  public enum Node {}
  /// Directed links; generated as `FROM-TO-mode` when a file gives none.
  public enum Link {}
  /// Commodities: classes of freight with their own value of time.
  public enum Commodity {}
}

/// The identifier of a node.
public typealias NodeID = Identifier<IdentifierKind.Node>
/// The identifier of a directed link.
public typealias LinkID = Identifier<IdentifierKind.Link>
/// The identifier of a commodity.
public typealias CommodityID = Identifier<IdentifierKind.Commodity>
