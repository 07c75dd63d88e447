import Foundation

/// The document properties Excel shows under File › Info: title, author and the like.
public struct DocumentProperties: Sendable, Equatable {
  /// The document's title.
  public var title: String?
  /// Its subject.
  public var subject: String?
  /// Its author.
  public var author: String?
  /// The author's organisation.
  public var company: String?
  /// A category.
  public var category: String?
  /// Keywords.
  public var keywords: String?
  /// A comment on the document.
  public var comments: String?
  /// When the document was made, to the second, from 1900 to 9999.
  ///
  /// Without it libxlsxwriter writes the current time, and two files written from the same
  /// content differ; set it to reproduce a file byte for byte. The first second of 1970 is
  /// refused: libxlsxwriter reads it as unset.
  public var created: Date?

  /// Creates properties; every one is optional.
  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
    category: String? = nil, keywords: String? = nil, comments: String? = nil,
    created: Date? = nil
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.company = company
    self.category = category
    self.keywords = keywords
    self.comments = comments
    self.created = created
  }

  /// The text properties in a fixed order, with their names.
  var texts: [(name: String, value: String?)] {
    [
      ("title", title), ("subject", subject), ("author", author), ("company", company),
      ("category", category), ("keywords", keywords), ("comments", comments),
    ]
  }
}
