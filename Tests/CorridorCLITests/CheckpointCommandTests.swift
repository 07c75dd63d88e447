import Foundation
import Testing

@Suite("corridor checkpoint, end to end")
struct CheckpointCommandTests {
  @Test("the JSON keys of the contract, and the Erlang C wait within its statistical error")
  func json() throws {
    let result = try CommandRunner.run([
      "checkpoint", "--lanes", "10", "--arrivals-per-hour", "9", "--service-hours", "1", "--trucks",
      "200000",
      "--seed", "3", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let json = try #require(object)
    for key in ["trucks", "mean_wait_hours", "p95_wait_hours", "utilization", "seconds"] {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect(json["trucks"] as? Int == 200_000)
    // Erlang C: 0.66873 h; one run of 200,000 trucks at 90 % load is within about 6 %.
    let wait = try #require(json["mean_wait_hours"] as? Double)
    #expect(abs(wait - 0.6687315) < 0.06 * 0.6687315)
    let utilization = try #require(json["utilization"] as? Double)
    #expect(abs(utilization - 0.9) < 0.01)
    #expect(result.stderr.isEmpty)
  }

  @Test("deterministic service with --service-cv 0, and a schedule")
  func deterministic() throws {
    let result = try CommandRunner.run([
      "checkpoint", "--lanes", "2", "--arrivals-per-hour", "1", "--service-hours", "0.5",
      "--service-cv", "0",
      "--opening-hours", "Mon-Fri 08:00-20:00", "--trucks", "5000", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(
      (object?["p95_wait_hours"] as? Double ?? 0) > 10, "queues carry over the nights and weekends")
  }

  @Test("an unstable checkpoint warns and still ends; bad rates are usage errors")
  func badInput() throws {
    let unstable = try CommandRunner.run([
      "checkpoint", "--lanes", "1", "--arrivals-per-hour", "2", "--service-hours", "1", "--trucks",
      "10000",
    ])
    #expect(unstable.status == 0)
    #expect(unstable.stderr.hasPrefix("corridor: warning: the checkpoint is loaded at 200 %"))
    for arguments in [
      ["--lanes", "0", "--arrivals-per-hour", "1", "--service-hours", "1"],
      ["--lanes", "1", "--arrivals-per-hour", "-1", "--service-hours", "1"],
      ["--lanes", "1", "--arrivals-per-hour", "1", "--service-hours", "nan"],
      ["--lanes", "1", "--arrivals-per-hour", "1", "--service-hours", "1", "--service-cv", "-0.5"],
      [
        "--lanes", "1", "--arrivals-per-hour", "1", "--service-hours", "1", "--opening-hours",
        "sometimes",
      ],
    ] {
      let result = try CommandRunner.run(["checkpoint"] + arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
  }
}
