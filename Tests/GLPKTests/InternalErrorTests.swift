import CGLPK
import Testing

@testable import GLPK

@Suite("GLPK internal errors")
struct InternalErrorTests {
  @Test("an internal GLPK error becomes a SolverError instead of aborting")
  func guardedCall() throws {
    let (model, _, _) = TestModels.productionLP()
    let error = try #require(throws: SolverError.self) {
      try GLPKEnvironment.withThreadEnvironment(messages: .silent) { router in
        try ProblemLoader.withProblem(holding: model, withNames: false, router: router) {
          // An invalid message level makes glp_simplex report an internal error.
          var parameters = GLPKCalls.simplexParameters(messageLevel: GLP_MSG_OFF)
          parameters.msg_lev = 99
          _ = try GLPKCalls.simplex($0, parameters)
        }
      }
    }
    #expect(error.kind == .internalError)
    #expect(error.message.contains("msg_lev"))
    // GLPK's state on this thread was reset and works again.
    #expect(try solve(model).objective == 11)
  }
}
