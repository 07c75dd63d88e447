import GLPK
import Testing

@Suite("GLPK library")
struct GLPKLinkTests {
  @Test("the linked GLPK is version 5")
  func version() {
    // Debian 12 ships GLPK 5.0 (libglpk-dev 5.0-1).
    #expect(GLPKLibrary.version.hasPrefix("5."))
  }
}
