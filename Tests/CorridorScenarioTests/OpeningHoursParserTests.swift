import Testing

@testable import CorridorScenario

@Suite("Opening hours parser")
struct OpeningHoursParserTests {
  @Test(
    "schedules parse to their weekly hours",
    arguments: [
      ("24/7", 168.0),
      ("always", 168),
      ("daily 00:00-24:00", 168),
      ("Mon-Fri 09:00-18:00", 45),
      ("Mon-Fri 08:00-18:00; Sat 09:00-13:00", 54),
      ("mon,wed,fri 08:00-12:00,13:00-17:00", 24),
      ("Sat-Mon 10:00-12:00", 6),
      ("daily 22:00-06:00", 56),
    ])
  func weeklyHours(text: String, hours: Double) throws {
    #expect(try OpeningHoursParser.parse(text).hoursPerWeek == hours)
  }

  @Test("an overnight range runs into the next day")
  func overnight() throws {
    let hours = try OpeningHoursParser.parse("Mon 22:00-06:00")
    #expect(hours.isOpen(atMinuteOfWeek: 22 * 60))
    #expect(hours.isOpen(atMinuteOfWeek: 24 * 60 + 5 * 60))
    #expect(!hours.isOpen(atMinuteOfWeek: 24 * 60 + 6 * 60))
  }

  @Test(
    "errors point at the offending characters",
    arguments: [
      ("Mon-Fri", 0, "rule 'Mon-Fri' needs days and times"),
      ("Mon-Fri 8:00-18:00", 8, "'8:00' is not a time"),
      ("Mon-Fri 08:00-18:00; Sun 10:00", 25, "'10:00' is not a time range"),
      ("Mo-Fr 08:00-18:00", 0, "'Mo-Fr' is not a day or day range"),
      ("Mon-Fri 08:00-08:00", 8, "time range '08:00-08:00' is empty"),
      ("Mon-Fri 08:00-18:00;", 20, "empty rule"),
    ])
  func failures(text: String, offset: Int, message: String) {
    #expect {
      try OpeningHoursParser.parse(text)
    } throws: { error in
      guard let failure = error as? OpeningHoursParser.Failure else { return false }
      return failure.offset == offset && failure.message.hasPrefix(message)
    }
  }
}

@Suite("Spelling suggestions")
struct SpellingTests {
  @Test("edit distance counts a swap of neighbours as one edit")
  func distance() {
    #expect(Spelling.editDistance("raod", "road") == 1)
    #expect(Spelling.editDistance("lenes", "lanes") == 1)
    #expect(Spelling.editDistance("kitten", "sitting") == 3)
    #expect(Spelling.editDistance("", "abc") == 3)
  }

  @Test("suggestions are offered for typos only")
  func suggestions() {
    let keys = ["lanes", "service_hours", "probability", "id"]
    #expect(Spelling.suggestion(for: "service_hour", among: keys) == "service_hours")
    #expect(Spelling.suggestion(for: "probabilty", among: keys) == "probability")
    #expect(Spelling.suggestion(for: "colour", among: keys) == nil)
    #expect(Spelling.suggestion(for: "Y", among: ["X", "A"]) == nil)
  }
}
