import ArgumentParser
import CorridorScenario
import CorridorSweep
import Foundation

/// `corridor sweep`: sensitivity, effect per measure and uncertainty, as sharded work.
struct SweepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Sensitivity, effect per measure and uncertainty, run on one machine or a cluster.",
    discussion: """
      A sweep file names a scenario, the measures written in it to decompose, and uncertain \
      inputs with their distributions. 'plan' writes every unit of work (variant × replication) \
      to DIR/manifest.json; 'run' runs a shard of the units; 'merge' combines the shards into \
      the report; 'slurm' and 'kubernetes' write the files that run the shards as a Slurm job \
      array or an Indexed Job. The merged report is the same bytes however the units were split.
      """,
    subcommands: [
      SweepPlanCommand.self, SweepRunCommand.self, SweepMergeCommand.self,
      SweepSlurmCommand.self, SweepKubernetesCommand.self,
    ]
  )
}

/// `corridor sweep plan SWEEP --out DIR`.
struct SweepPlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "Write the sweep's units of work to DIR/manifest.json.")

  @Argument(help: "The sweep file (YAML).")
  var file: String

  @Option(help: "The sweep's folder (created; it must not hold another sweep's plan).")
  var out: String

  func run() throws {
    if !missingInputs([file]).isEmpty { throw ExitCode.noInput }
    let sweep = try sweepCall { () throws(SweepError) in
      do throws(ScenarioError) { return try LoadedSweepPlan.load(path: file) } catch {
        throw .input(error)
      }
    }
    let manifest = SweepManifest(sweep)
    let folder = SweepFolder(out)
    let data = try sweepCall { () throws(SweepError) in
      do { return try manifest.json() } catch {
        throw .cannotWrite(path: folder.manifest, reason: "\(error)")
      }
    }
    if let existing = FileManager.default.contents(atPath: folder.manifest), existing != data {
      printError(
        "corridor: error: \(folder.manifest) holds the plan of another sweep (or of this one "
          + "before a change); give a new --out, or remove that folder first")
      throw ExitCode(73)
    }
    try sweepCall { () throws(SweepError) in
      try SweepFolder.writeAtomically(data, to: folder.manifest)
    }
    print(
      "\(manifest.sweep): \(manifest.variants.count) variants × \(manifest.replications) "
        + "replications = \(manifest.units.count) units, planned in \(folder.manifest)")
    print("Run them with: corridor sweep run \(out) --of 1 --jobs 2")
  }
}

/// Runs a sweep operation, printing its error and exiting with the matching code.
func sweepCall<T>(_ body: () throws(SweepError) -> T) throws -> T {
  do {
    return try body()
  } catch {
    if case .input(let scenarioError) = error {
      for diagnostic in scenarioError.diagnostics { printError(diagnostic.description) }
    } else {
      printError("corridor: error: \(error.description)")
    }
    switch error {
    case .noManifest, .missingShards: throw ExitCode.noInput
    case .badShard: throw ExitCode.validationFailure
    case .cannotWrite: throw ExitCode(73)
    case .filesChanged, .planChanged, .input, .variant, .badShardFile: throw ExitCode.dataError
    }
  }
}

/// `corridor sweep slurm DIR --shards N`.
struct SweepSlurmCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "slurm",
    abstract: "Write DIR/slurm/: a job array of the shards, a merge job, and submit.sh.",
    discussion: """
      Every node must see the sweep folder and the files the manifest names at the same paths \
      (a shared file system), and run a corridor binary: by default the one that wrote the \
      scripts, else CORRIDOR_BIN at submission. See docs/sweeps.md for shipping the binary.
      """)

  @Argument(help: "The sweep's folder, planned with 'corridor sweep plan'.")
  var folder: String

  @Option(
    help:
      "Shards: one array task each, at most 1000 tasks; with more, task t runs shards t, t + 1000, ..."
  )
  var shards: Int

  @Option(help: "Cores per task, used by each shard's --jobs.")
  var cpusPerTask = 1

  @Option(help: "An extra '#SBATCH' line, such as '--partition=short' (repeatable).")
  var sbatch: [String] = []

  func validate() throws {
    guard shards >= 1 else { throw ValidationError("--shards must be at least 1") }
    guard (1...256).contains(cpusPerTask) else {
      throw ValidationError("--cpus-per-task must be from 1 to 256")
    }
    if let bad = sbatch.first(where: { $0.contains("\n") || !$0.hasPrefix("-") }) {
      throw ValidationError("--sbatch takes one option such as '--partition=short', found '\(bad)'")
    }
  }

  func run() throws {
    let sweep = SweepFolder(absolutePath(folder))
    let (manifest, _) = try sweepCall { () throws(SweepError) in try sweep.readManifest() }
    guard shards <= manifest.units.count else {
      throw ValidationError(
        "the sweep has \(manifest.units.count) units; give at most that many --shards")
    }
    let scripts = SlurmScripts(
      folder: sweep.path, sweep: manifest.sweep, shards: shards, cpusPerTask: cpusPerTask,
      binary: executablePath(), directives: sbatch)
    for (name, text) in scripts.files {
      let path = (sweep.slurm as NSString).appendingPathComponent(name)
      try sweepCall { () throws(SweepError) in
        try SweepFolder.writeAtomically(Data(text.utf8), to: path)
      }
      chmod(path, 0o755)
    }
    print(
      "\(sweep.slurm): \(scripts.tasks) array tasks for \(shards) shards, then the merge; "
        + "submit with: \((sweep.slurm as NSString).appendingPathComponent("submit.sh"))")
  }
}

/// An absolute, standardized path.
func absolutePath(_ path: String) -> String {
  URL(fileURLWithPath: path).standardizedFileURL.path
}

/// The path of the running `corridor` binary.
func executablePath() -> String {
  if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    return path
  }
  return absolutePath(CommandLine.arguments[0])
}
