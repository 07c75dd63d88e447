import ArgumentParser
import CorridorReports
import CorridorSweep
import Foundation

/// `corridor sweep run DIR --shard I --of N`.
struct SweepRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the units of one shard, or of every shard in turn, writing DIR/shards/I.json.",
    discussion: """
      The shard comes from --shard, else SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX; with \
      none, every shard of --of runs in turn. A shard already written from the same plan is \
      skipped, so a failed array task can be rerun alone.
      """)

  @Argument(help: "The sweep's folder, planned with 'corridor sweep plan'.")
  var folder: String

  @Option(help: "The shard to run, from 0 to N − 1.")
  var shard: Int?

  @Option(name: .customLong("of"), help: "The number of shards the units are split into.")
  var count = 1

  @Option(help: "Units run at once on this machine.")
  var jobs = 1

  @Flag(help: "Run the shard again even when it is already written.")
  var force = false

  func validate() throws {
    guard count >= 1 else { throw ValidationError("--of must be at least 1") }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 256") }
    if let shard, !(0..<count).contains(shard) {
      throw ValidationError("--shard \(shard) is not one of 0 to \(count - 1) (--of \(count))")
    }
  }

  /// The shards to run: the option, else the array index the scheduler gives, else all.
  func shards() throws -> [Int] {
    if let shard { return [shard] }
    let environment = ProcessInfo.processInfo.environment
    for name in ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"] {
      guard let text = environment[name] else { continue }
      guard let index = Int(text) else {
        throw ValidationError("\(name) is '\(text)', not a shard number; give --shard")
      }
      return [index]
    }
    return Array(0..<count)
  }

  func run() throws {
    let runner = try sweepCall { () throws(SweepError) in
      try ShardRunner(folder: SweepFolder(folder))
    }
    for shard in try shards() {
      if !force && runner.isDone(shard: shard, of: count) {
        printError(
          "corridor: shard \(shard) of \(count) is already written; skipped (--force runs it again)"
        )
        continue
      }
      let start = ContinuousClock.now
      let result = try sweepCall { () throws(SweepError) in
        try runner.run(shard: shard, of: count, jobs: jobs)
      }
      let seconds = (ContinuousClock.now - start).components.seconds
      printError(
        "corridor: shard \(shard) of \(count): units \(result.firstUnit)–\(result.endUnit - 1) "
          + "in \(seconds) s, written to \(runner.folder.shard(shard))")
    }
  }
}

/// `corridor sweep merge DIR [--out REPORT]`.
struct SweepMergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine the shards into the sweep's report (default DIR/report/).")

  @Argument(help: "The sweep's folder.")
  var folder: String

  @Option(help: "The report folder (default: DIR/report).")
  var out: String?

  @OptionGroup var brief: BriefArguments

  func validate() throws {
    if brief.corridors != nil {
      throw ValidationError(
        "--corridors chooses the corridor charts of a run's brief; a sweep's brief has none")
    }
  }

  func run() throws {
    let sweep = SweepFolder(folder)
    let data = try sweepCall { () throws(SweepError) in try SweepData.read(sweep) }
    let analysis = SweepAnalysis(data)
    let loaded = Self.sweepForNames(data.manifest)
    let files = SweepReport.files(
      analysis, sweep: loaded, phrasebook: try brief.phrasebook(), date: brief.resolvedDate,
      toolVersion: Corridor.version)
    let names = Set(files.map(\.name))
    let report = try ReportFolder.open(out ?? sweep.report) {
      names.contains($0) || $0.hasSuffix(".csv") || $0 == "brief.html" || $0 == "summary.md"
    }
    try report.write(files)
    // The findings on the screen are summary.md's, as written.
    print(files.first { $0.name == "summary.md" }?.text ?? "", terminator: "")
    print("Report written to \(out ?? sweep.report)/: \(files.map(\.name).joined(separator: ", "))")
  }

  /// The sweep file and its scenario read again for the names the report writes, or `nil`,
  /// with a note, when they changed since the sweep was planned or cannot be read: the report
  /// then names measures and inputs as the manifest does, and places by their ids.
  static func sweepForNames(_ manifest: SweepManifest) -> LoadedSweepPlan? {
    let changed = manifest.changedFiles
    guard changed.isEmpty, let path = manifest.files.first?.path else {
      printError(
        "corridor: note: \(changed.joined(separator: ", ")) changed since the sweep was "
          + "planned; the report names places by their ids")
      return nil
    }
    do {
      return try LoadedSweepPlan.load(path: path)
    } catch {
      printError(
        "corridor: note: \(path) cannot be read again (\(error)); the report names places by "
          + "their ids")
      return nil
    }
  }
}

/// `corridor sweep kubernetes DIR --shards N --image IMAGE --claim CLAIM`.
struct SweepKubernetesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubernetes",
    abstract: "Write DIR/kubernetes/job.yaml: an Indexed Job that runs the shards.")

  @Argument(help: "The sweep's folder, planned with 'corridor sweep plan'.")
  var folder: String

  @Option(help: "Shards: the job's completions.")
  var shards: Int

  @Option(help: "The container image with corridor on its PATH.")
  var image: String

  @Option(help: "The persistent volume claim holding the sweep folder and its files.")
  var claim: String

  @Option(
    help:
      "Where the claim is mounted: the sweep folder and the files the manifest names must be under it at the same paths (default: /)."
  )
  var mount = "/"

  @Option(help: "Pods at once (default: all shards).")
  var parallelism: Int?

  @Option(help: "Cores per pod, used by each shard's --jobs.")
  var cpus = 1

  func run() throws {
    let sweep = SweepFolder(absolutePath(folder))
    let (manifest, _) = try sweepCall { () throws(SweepError) in try sweep.readManifest() }
    guard (1...manifest.units.count).contains(shards) else {
      throw ValidationError("--shards must be from 1 to the sweep's \(manifest.units.count) units")
    }
    guard (1...256).contains(cpus) else { throw ValidationError("--cpus must be from 1 to 256") }
    let job = KubernetesJob(
      folder: sweep.path, sweep: manifest.sweep, shards: shards,
      parallelism: min(parallelism ?? shards, shards), cpusPerPod: cpus, image: image,
      claim: claim, mountPath: mount)
    let path = (sweep.kubernetes as NSString).appendingPathComponent("job.yaml")
    try sweepCall { () throws(SweepError) in
      try SweepFolder.writeAtomically(Data(job.yaml.utf8), to: path)
    }
    print("\(path): Indexed Job of \(shards) completions; apply with: kubectl apply -f \(path)")
  }
}
