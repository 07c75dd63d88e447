import Dispatch
import Foundation
import GLPK
import Synchronization
import Testing

@Suite("Parallel solves")
struct ParallelSolveTests {
  private static func checkKnapsack(seed: UInt64) throws -> Bool {
    let instance = TestModels.randomKnapsack(seed: seed, items: 25)
    let model = TestModels.knapsack(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let expected = TestModels.knapsackOptimum(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let solution = try solve(model, options: SolverOptions(relativeGap: 0, presolve: seed % 2 == 0))
    return solution.termination == .optimal && solution.objective == Double(expected)
      && solution.bound == Double(expected)
  }

  @Test("eight threads solving at once get the right answers")
  func eightThreads() throws {
    #expect(GLPKLibrary.isThreadLocal)
    let failures = Mutex<[String]>([])
    let done = DispatchGroup()
    for thread in 0..<8 {
      done.enter()
      let worker = Thread {
        defer { done.leave() }
        for round in 0..<5 {
          let seed = UInt64(thread * 100 + round)
          do {
            if try !Self.checkKnapsack(seed: seed) {
              failures.withLock { $0.append("wrong answer for seed \(seed)") }
            }
          } catch {
            failures.withLock { $0.append("seed \(seed): \(error)") }
          }
        }
      }
      worker.start()
    }
    done.wait()
    #expect(failures.withLock { $0 } == [])
  }

  @Test("a task group of solves, with messages kept apart per solve")
  func taskGroup() async throws {
    let results = try await withThrowingTaskGroup(of: (Bool, Bool).self) { group in
      for seed in 0..<8 {
        group.addTask {
          let lines = LineCollector()
          let options = SolverOptions(messages: .log(.all, { lines.append($0) }))
          let (model, _, _) = TestModels.productionLP()
          let solution = try solve(model, options: options)
          let ownOutputOnly = lines.all.filter { $0.contains("OPTIMAL") }.count == 1
          return (
            try Self.checkKnapsack(seed: UInt64(1000 + seed)),
            ownOutputOnly
              && solution.objective == 11
          )
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0.0 && $0.1 })
  }
}
