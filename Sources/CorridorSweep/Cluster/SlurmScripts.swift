import Foundation

/// The scripts that run a planned sweep as a Slurm job array with a dependent merge.
///
/// `array.sh` is a job array of at most ``maximumTasks`` tasks; with more shards, task t runs
/// shards t, t + tasks, t + 2 × tasks, …. `merge.sh` merges once every task has succeeded, and
/// `submit.sh` submits both (the merge with `--dependency=afterok` and
/// `--kill-on-invalid-dep=yes`, so a failed task cancels it instead of leaving it pending)
/// and prints their job ids.
public struct SlurmScripts: Sendable {
  /// The most tasks of one array (clusters often cap `MaxArraySize` at 1001).
  public static let maximumTasks = 1000

  /// The sweep's folder (absolute).
  public var folder: String
  /// The sweep's id, for job names.
  public var sweep: String
  /// The number of shards.
  public var shards: Int
  /// Cores per task, given to `--jobs`.
  public var cpusPerTask: Int
  /// The `corridor` binary the tasks run (absolute), unless `CORRIDOR_BIN` is set at submit.
  public var binary: String
  /// Extra `#SBATCH` lines (partition, account, time limit), written as given.
  public var directives: [String]

  /// Creates the scripts' description.
  public init(
    folder: String, sweep: String, shards: Int, cpusPerTask: Int, binary: String,
    directives: [String] = []
  ) {
    self.folder = folder
    self.sweep = sweep
    self.shards = shards
    self.cpusPerTask = cpusPerTask
    self.binary = binary
    self.directives = directives
  }

  /// The number of array tasks.
  public var tasks: Int { min(shards, Self.maximumTasks) }

  /// The files to write into `DIR/slurm/`, with their text.
  public var files: [(name: String, text: String)] {
    [("array.sh", array), ("merge.sh", merge), ("submit.sh", submit)]
  }

  private var header: String {
    """
    set -euo pipefail
    CORRIDOR=${CORRIDOR_BIN:-\(Shell.quote(binary))}
    FOLDER=\(Shell.quote(folder))
    """
  }

  private var extra: String {
    directives.map { "#SBATCH \($0)\n" }.joined()
  }

  var array: String {
    """
    #!/bin/bash
    #SBATCH --job-name=\(Shell.quote("sweep-\(sweep)"))
    #SBATCH --array=0-\(tasks - 1)
    #SBATCH --cpus-per-task=\(cpusPerTask)
    #SBATCH --output=\(Shell.quote("\(folder)/slurm/logs/task-%a.out"))
    \(extra)# One task of the sweep's array: shards TASK, TASK + \(tasks), ... of \(shards).
    # A shard already written is skipped, so a failed task can be resubmitted alone:
    #   sbatch --array=TASK array.sh
    \(header)
    for ((shard = SLURM_ARRAY_TASK_ID; shard < \(shards); shard += \(tasks))); do
      "$CORRIDOR" sweep run "$FOLDER" --shard "$shard" --of \(shards) --jobs "${SLURM_CPUS_PER_TASK:-1}"
    done

    """
  }

  var merge: String {
    """
    #!/bin/bash
    #SBATCH --job-name=\(Shell.quote("sweep-\(sweep)-merge"))
    #SBATCH --cpus-per-task=1
    #SBATCH --output=\(Shell.quote("\(folder)/slurm/logs/merge.out"))
    \(extra)# Merges the shards into the sweep's report once every array task has succeeded.
    \(header)
    "$CORRIDOR" sweep merge "$FOLDER"

    """
  }

  var submit: String {
    """
    #!/bin/bash
    # Submits the sweep's array, then its merge as a job that runs only if every task
    # succeeds (and is cancelled, not left pending, if one fails); prints both job ids.
    set -euo pipefail
    cd "$(dirname "$0")"
    mkdir -p logs
    array=$(sbatch --parsable array.sh)
    array=${array%%;*}
    merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes merge.sh)
    merge=${merge%%;*}
    echo "array $array"
    echo "merge $merge"

    """
  }
}

/// Quoting for POSIX shells.
enum Shell {
  /// `text` in single quotes, each single quote written as '\''.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
