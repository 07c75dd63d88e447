import Foundation
import GLPK
import Testing

@Suite("Model files")
struct ModelFileTests {
  private func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("glpk-tests-\(UUID().uuidString)-\(name)").path
  }

  private func namedModel() -> LinearModel {
    var model = LinearModel(name: "hub plan", sense: .maximize)
    let open = model.addVariable(name: "open[Almaty-Khorgos]", kind: .binary, objective: 3)
    let flow = model.addVariable(name: "flow ALA→KHG", upperBound: 10, objective: 1)
    let second = model.addVariable(name: "2nd", objective: 0)
    let unnamed = model.addVariable(objective: 0)
    let free = model.addVariable(name: "free", objective: 0)
    let duplicate = model.addVariable(name: "flow ALA KHG", objective: 0)
    model.addConstraint(flow - 10 * open <= 0, name: "cap Almaty-Khorgos")
    model.addConstraint(second + unnamed + free + duplicate <= 1, name: "obj")
    model.addConstraint(flow + second >= 0)
    return model
  }

  @Test("writeLP writes safe, unique names")
  func lpNames() throws {
    let path = temporaryPath("model.lp")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try writeLP(namedModel(), to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for name in [
      "open_Almaty_Khorgos_", "flow_ALA_KHG", "_2nd", "x_3", "_free", "flow_ALA_KHG_2",
      "cap_Almaty_Khorgos:", "obj_2:", "c_2:", "hub_plan", "obj:",
    ] {
      #expect(text.contains(name), "missing \(name)")
    }
    for unsafe in ["[", "]", "-K", "→", "~", " ALA"] {
      #expect(!text.contains(unsafe), "unsafe \(unsafe) written")
    }
  }

  @Test("writeMPS writes the model in free MPS")
  func mps() throws {
    let path = temporaryPath("model.mps")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try writeMPS(namedModel(), to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("ROWS"))
    #expect(text.contains("open_Almaty_Khorgos_"))
  }

  @Test("solve writes the model first when lpExportPath is set")
  func exportDuringSolve() throws {
    let path = temporaryPath("solve.lp")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let solution = try solve(TestModels.smallKnapsack(), options: SolverOptions(lpExportPath: path))
    #expect(solution.objective == 15)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("take_0"))
    #expect(text.contains("capacity:"))
  }

  @Test("an unwritable path throws fileWriteFailed with GLPK's reason")
  func unwritablePath() {
    #expect {
      try writeLP(namedModel(), to: "/nonexistent-directory/model.lp")
    } throws: { error in
      guard let error = error as? SolverError else { return false }
      return error.kind == .fileWriteFailed && error.message.contains("nonexistent-directory")
    }
  }

  @Test("an invalid model is not written")
  func invalidModel() {
    var model = LinearModel()
    model.addVariable(lowerBound: 1, upperBound: 0)
    #expect(throws: ModelError.self) { try writeLP(model, to: temporaryPath("bad.lp")) }
  }
}
