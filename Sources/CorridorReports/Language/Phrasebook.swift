import Foundation

/// The fixed texts of the reports in one language, read from the translators' files.
///
/// Each language but English has a folder `Phrases/LANG/` of JSON files, one per part of the
/// reports (`brief.json`, `map.json`…), each mapping an English text to its translation. Texts may hold numbered places, `{0}`, `{1}`…, filled in order by
/// ``text(_:_:)``. A text with no translation is written in English, or, when
/// `marksMissing` is set (as the tests do), between `⟦` and `⟧` so that it can be found.
public struct Phrasebook: Sendable {
  /// The language of the texts.
  public let language: ReportLanguage
  /// Translations by English text.
  let phrases: [String: String]
  /// Whether a text with no translation is marked.
  let marksMissing: Bool

  /// English, where every text is its own translation.
  public static let english = Phrasebook(language: .english, phrases: [:], marksMissing: false)

  /// The phrasebook in force while a report is written.
  @TaskLocal public static var current: Phrasebook = .english

  /// Reads the phrasebook of `language` from the reports' resources.
  public init(_ language: ReportLanguage, marksMissing: Bool = false) throws {
    guard language != .english else {
      self.init(language: .english, phrases: [:], marksMissing: false)
      return
    }
    guard
      let resources = Bundle.module.resourceURL,
      case let folder = resources.appendingPathComponent("Phrases/\(language.rawValue)"),
      let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { throw PhrasebookError.missingFile(language.rawValue) }
    var phrases: [String: String] = [:]
    for file in files.sorted() where file.hasSuffix(".json") {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      do {
        let part = try JSONDecoder().decode([String: String].self, from: data)
        phrases.merge(part) { first, _ in first }
      } catch {
        throw PhrasebookError.unreadable("\(language.rawValue)/\(file)", "\(error)")
      }
    }
    self.init(language: language, phrases: phrases, marksMissing: marksMissing)
  }

  init(language: ReportLanguage, phrases: [String: String], marksMissing: Bool) {
    self.language = language
    self.phrases = phrases
    self.marksMissing = marksMissing
  }

  /// `english` in this language, with `{0}`, `{1}`… replaced by `arguments` in order.
  public func text(_ english: String, _ arguments: [String] = []) -> String {
    var text: String
    if language == .english {
      text = english
    } else if let translation = phrases[english], !translation.isEmpty {
      text = translation
    } else {
      text = marksMissing ? "⟦" + english + "⟧" : english
    }
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: argument)
    }
    return text
  }

  /// Every English text this phrasebook translates.
  public var englishTexts: [String] { phrases.keys.sorted() }
}

/// Why a phrasebook could not be read.
public enum PhrasebookError: Error, CustomStringConvertible, Sendable {
  /// The language's file is not among the resources.
  case missingFile(String)
  /// The file is not a JSON object of strings.
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .missingFile(let language):
      "no phrasebook Phrases/\(language)/ among the reports' resources; rebuild corridor"
    case .unreadable(let language, let reason):
      "Phrases/\(language) is not a JSON object of English text to translation (\(reason)); "
        + "fix the file"
    }
  }
}

/// `english` in the language of the report being written, with `{0}`… filled by `arguments`.
func t(_ english: String, _ arguments: String...) -> String {
  Phrasebook.current.text(english, arguments)
}
