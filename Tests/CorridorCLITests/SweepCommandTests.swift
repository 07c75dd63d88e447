import Foundation
import Testing

@Suite("corridor sweep, end to end")
struct SweepCommandTests {
  static let sweep = "Scenarios/sweeps/two-corridors.yaml"

  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-sweep-\(UUID().uuidString)")
  }

  /// Plans the test sweep into `folder`, runs it in `shards` shards and merges it; returns the
  /// report's files by name.
  func planRunMerge(_ folder: URL, shards: Int) throws -> [String: Data] {
    let plan = try CommandRunner.run(["sweep", "plan", Self.sweep, "--out", folder.path])
    #expect(plan.status == 0, "\(plan.stderr)")
    for shard in 0..<shards {
      let run = try CommandRunner.run([
        "sweep", "run", folder.path, "--shard", "\(shard)", "--of", "\(shards)", "--jobs", "2",
      ])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let merge = try CommandRunner.run(["sweep", "merge", folder.path, "--date", "2026-12-07"])
    #expect(merge.status == 0, "\(merge.stderr)")
    let report = folder.appendingPathComponent("report")
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: report.path) {
      files[name] = FileManager.default.contents(atPath: report.appendingPathComponent(name).path)
    }
    return files
  }

  @Test("the merged report is the same bytes for 1, 3 and 8 shards")
  func shardingDoesNotChangeTheReport() throws {
    let folders = [temporaryFolder(), temporaryFolder(), temporaryFolder()]
    defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
    let one = try planRunMerge(folders[0], shards: 1)
    #expect(
      one.keys.sorted() == [
        "brief.html", "measures.csv", "summary.md", "tornado.csv", "variant-kpis.csv",
        "variants.csv",
      ])
    #expect(try planRunMerge(folders[1], shards: 3) == one)
    #expect(try planRunMerge(folders[2], shards: 8) == one)
    // Shapley shares add up to the bundle's effect in every KPI of the real run.
    let csv = String(decoding: one["measures.csv"] ?? Data(), as: UTF8.self)
    var sums: [String: (shares: Double, bundle: Double)] = [:]
    for line in csv.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let key = cells[0..<3].joined(separator: "|")
      let share = Double(cells[8]) ?? .nan
      let bundle = Double(cells[12]) ?? .nan
      sums[key, default: (0, bundle)].shares += share
    }
    #expect(sums.count > 5)
    for (key, sum) in sums {
      #expect(abs(sum.shares - sum.bundle) <= 1e-5 * max(1, abs(sum.bundle)), "\(key)")
    }
  }

  @Test("a missing shard is named, a changed file refuses the run, a done shard is skipped")
  func failuresAreExplained() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("inputs")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    for name in ["two-corridors.yaml", "two-corridors-measures.yaml"] {
      try FileManager.default.copyItem(
        at: CommandRunner.root.appendingPathComponent("Scenarios/examples/\(name)"),
        to: copy.appendingPathComponent(name))
    }
    let sweepText = try String(
      contentsOf: CommandRunner.root.appendingPathComponent(Self.sweep), encoding: .utf8
    ).replacingOccurrences(of: "../examples/", with: "")
    let sweepFile = copy.appendingPathComponent("sweep.yaml")
    try sweepText.write(to: sweepFile, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("sweep").path
    #expect(try CommandRunner.run(["sweep", "plan", sweepFile.path, "--out", out]).status == 0)
    #expect(try CommandRunner.run(["sweep", "run", out, "--shard", "1", "--of", "3"]).status == 0)
    let skipped = try CommandRunner.run(["sweep", "run", out, "--shard", "1", "--of", "3"])
    #expect(skipped.status == 0 && skipped.stderr.contains("already written; skipped"))
    let merge = try CommandRunner.run(["sweep", "merge", out])
    #expect(merge.status == 66)
    #expect(merge.stderr.contains("shard 0 of 3 (units 0–20)"))
    #expect(merge.stderr.contains("shard 2 of 3 (units 42–63)"))
    #expect(!FileManager.default.fileExists(atPath: out + "/report"))
    let bad = try CommandRunner.run(["sweep", "run", out, "--shard", "5", "--of", "3"])
    #expect(bad.status == 64 && bad.stderr.contains("not one of 0 to 2"))
    // A scenario edited after planning: shards run now would not match the others.
    try (sweepText + "# edited\n").write(to: sweepFile, atomically: true, encoding: .utf8)
    let changed = try CommandRunner.run(["sweep", "run", out, "--shard", "0", "--of", "3"])
    #expect(changed.status == 65 && changed.stderr.contains("changed since it was planned"))
  }

  @Test("a variant beyond capacity stops the sweep, or runs capped and is named in the report")
  func overloadedVariants() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let scenario = CommandRunner.root.appendingPathComponent(
      "Scenarios/examples/two-corridors.yaml")
    let sweep = """
      sweep: slow-irkeshtam
      scenario: \(scenario.path)
      parameters:
        - {id: irk, service_scale: {checkpoint: IRK}, distribution: {type: uniform, low: 1, high: 8}}
      replications: 2
      days: 30
      warm_up_days: 5

      """
    let refused = folder.appendingPathComponent("refused.yaml")
    try sweep.write(to: refused, atomically: true, encoding: .utf8)
    let plan = folder.appendingPathComponent("refused").path
    #expect(try CommandRunner.run(["sweep", "plan", refused.path, "--out", plan]).status == 0)
    let run = try CommandRunner.run(["sweep", "run", plan])
    #expect(run.status == 65)
    #expect(run.stderr.contains("variant 'no measures, irk high': checkpoint 'IRK' road"))
    let capped = folder.appendingPathComponent("capped.yaml")
    try (sweep + "allow_overload: true\n").write(to: capped, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("capped").path
    #expect(try CommandRunner.run(["sweep", "plan", capped.path, "--out", out]).status == 0)
    #expect(try CommandRunner.run(["sweep", "run", out]).status == 0)
    let merge = try CommandRunner.run(["sweep", "merge", out, "--date", "2026-12-07"])
    #expect(merge.status == 0, "\(merge.stderr)")
    #expect(merge.stdout.contains("1 of 3 variants load a facility beyond what it can serve"))
    let brief = try String(contentsOfFile: out + "/report/brief.html", encoding: .utf8)
    // The brief names the place and its load; variants.csv keeps the facility's own words.
    #expect(
      brief.range(
        of: "<li>no measures, irk high: Irkeshtam at [0-9.]+ % of capacity",
        options: .regularExpression)
        != nil)
    let variants = try String(contentsOfFile: out + "/report/variants.csv", encoding: .utf8)
    #expect(variants.contains("checkpoint 'IRK' road"))
    let russian = try CommandRunner.run([
      "sweep", "merge", out, "--date", "2026-12-07", "--language", "ru", "--out", out + "/ru",
    ])
    #expect(russian.status == 0, "\(russian.stderr)")
    let translated = try String(contentsOfFile: out + "/ru/brief.html", encoding: .utf8)
    #expect(translated.contains("<html lang=\"ru\">"))
    #expect(translated.contains("Иркештам"))
  }

  @Test(
    "the sweep's brief in Russian and Turkish: every fixed text translated, names from the files")
  func translatedBrief() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let scenario = CommandRunner.root.appendingPathComponent(
      "Scenarios/examples/two-corridors-measures.yaml")
    // One measure and one input under every design, so that every section is written.
    let file = folder.appendingPathComponent("every-section.yaml")
    try """
    sweep: every-section
    name: Every section
    name_ru: Все разделы
    name_tr: Tüm bölümler
    scenario: \(scenario.path)
    measures: [irkeshtam-24-7]
    design:
      measures: all_subsets
      parameters: [one_at_a_time, factorial, latin_hypercube]
      samples: 3
    parameters:
      - {id: demand, name: Demand, name_ru: Спрос, name_tr: Talep, demand_scale: {}, distribution: {type: uniform, low: 0.9, high: 1.1}}
    replications: 2
    days: 30
    warm_up_days: 5

    """.write(to: file, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("sweep").path
    #expect(try CommandRunner.run(["sweep", "plan", file.path, "--out", out]).status == 0)
    #expect(try CommandRunner.run(["sweep", "run", out]).status == 0)
    for (language, title, crossing) in [
      ("ru", "Все разделы", "Иркештам"), ("tr", "Tüm bölümler", "İrkeştam"),
    ] {
      let merge = try CommandRunner.run(
        [
          "sweep", "merge", out, "--date", "2026-12-07", "--language", language, "--out",
          out + "/" + language,
        ],
        environment: ["CORRIDOR_MARK_UNTRANSLATED": "1"])
      #expect(merge.status == 0, "\(merge.stderr)")
      let brief = try String(contentsOfFile: out + "/\(language)/brief.html", encoding: .utf8)
      let missing = brief.components(separatedBy: "⟦").dropFirst().map {
        String($0.prefix { $0 != "⟧" })
      }
      #expect(missing.isEmpty, "\(language): untranslated \(Set(missing).sorted())")
      #expect(brief.contains("<h1>\(title)</h1>"))
      #expect(brief.contains(crossing))
      for section in ["P50", "<svg", "Shapley"] { #expect(brief.contains(section)) }
    }
  }

  @Test("a manifest edited by hand is refused, not trusted")
  func editedManifest() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try CommandRunner.run(["sweep", "plan", Self.sweep, "--out", folder.path]).status == 0)
    let path = folder.appendingPathComponent("manifest.json")
    var manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    var units = try #require(manifest["units"] as? [Any])
    units.removeLast()
    manifest["units"] = units
    try JSONSerialization.data(withJSONObject: manifest).write(to: path)
    for command in [["run", folder.path], ["merge", folder.path]] {
      let result = try CommandRunner.run(["sweep"] + command)
      #expect(result.status == 66)
      #expect(result.stderr.contains("is not as 'sweep plan' wrote it: it lists 63 units"))
    }
  }

  @Test("slurm and kubernetes files chunk shards and carry the folder")
  func clusterFiles() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try CommandRunner.run(["sweep", "plan", Self.sweep, "--out", folder.path]).status == 0)
    let slurm = try CommandRunner.run(["sweep", "slurm", folder.path, "--shards", "3"])
    #expect(slurm.status == 0, "\(slurm.stderr)")
    let array = try String(contentsOfFile: folder.path + "/slurm/array.sh", encoding: .utf8)
    #expect(array.contains("#SBATCH --array=0-2\n"))
    let submit = try String(contentsOfFile: folder.path + "/slurm/submit.sh", encoding: .utf8)
    #expect(submit.contains("--dependency=\"afterok:$array\" --kill-on-invalid-dep=yes"))
    let tooMany = try CommandRunner.run(["sweep", "slurm", folder.path, "--shards", "65"])
    #expect(tooMany.status == 64 && tooMany.stderr.contains("at most that many"))
    let kubernetes = try CommandRunner.run([
      "sweep", "kubernetes", folder.path, "--shards", "4", "--image", "corridor:1",
      "--claim", "sweeps",
    ])
    #expect(kubernetes.status == 0, "\(kubernetes.stderr)")
    let job = try String(contentsOfFile: folder.path + "/kubernetes/job.yaml", encoding: .utf8)
    #expect(job.contains("completionMode: Indexed") && job.contains("completions: 4"))
  }
}
