import Foundation

/// An Indexed Job that runs a planned sweep's shards on Kubernetes.
///
/// Each pod runs `corridor sweep run DIR --of N`, which takes its shard from
/// `JOB_COMPLETION_INDEX`. The sweep folder and every file the manifest names must be at the
/// same paths inside the pods: a persistent volume claim holding them is mounted at
/// ``mountPath``. The merge runs afterwards (`corridor sweep merge DIR`), anywhere the folder
/// is visible.
public struct KubernetesJob: Sendable {
  /// The sweep's folder (absolute) and id.
  public var folder: String
  public var sweep: String
  /// The number of shards (completions) and of pods at once.
  public var shards: Int
  public var parallelism: Int
  /// Cores per pod, given to `--jobs`.
  public var cpusPerPod: Int
  /// The container image holding `corridor` on its `PATH`.
  public var image: String
  /// The claim and the path it is mounted at.
  public var claim: String
  public var mountPath: String

  /// Creates the job's description.
  public init(
    folder: String, sweep: String, shards: Int, parallelism: Int, cpusPerPod: Int,
    image: String, claim: String, mountPath: String
  ) {
    self.folder = folder
    self.sweep = sweep
    self.shards = shards
    self.parallelism = parallelism
    self.cpusPerPod = cpusPerPod
    self.image = image
    self.claim = claim
    self.mountPath = mountPath
  }

  /// A name Kubernetes accepts: lower-case letters, digits and hyphens, at most 63.
  var name: String {
    let mapped = "corridor-sweep-\(sweep)".lowercased().map {
      ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-"
    }
    return String(String(mapped).prefix(63)).trimmingCharacters(in: ["-"])
  }

  /// `job.yaml`.
  public var yaml: String {
    """
    # Indexed Job for sweep \(sweep): \(shards) shards, \(parallelism) pods at a time.
    # Apply with `kubectl apply -f job.yaml`; when it completes, run
    # `corridor sweep merge \(folder)` where the folder is visible.
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: \(name)
    spec:
      completionMode: Indexed
      completions: \(shards)
      parallelism: \(parallelism)
      backoffLimitPerIndex: 2
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: shard
              image: \(YAMLText.quote(image))
              command: ["corridor", "sweep", "run", \(YAMLText.quote(folder)), "--of", "\(shards)", "--jobs", "\(cpusPerPod)"]
              resources:
                requests:
                  cpu: "\(cpusPerPod)"
              volumeMounts:
                - name: sweep
                  mountPath: \(YAMLText.quote(mountPath))
          volumes:
            - name: sweep
              persistentVolumeClaim:
                claimName: \(YAMLText.quote(claim))

    """
  }
}

/// Quoting for YAML scalars.
enum YAMLText {
  /// `text` as a double-quoted YAML scalar.
  static func quote(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }
}
