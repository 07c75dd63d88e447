import Testing

@testable import CorridorSweep

@Suite struct ClusterFileTests {
  @Test func arraysOfMoreThanAThousandShardsAreChunked() {
    let scripts = SlurmScripts(
      folder: "/shared/sweeps/it's here", sweep: "dc", shards: 2500, cpusPerTask: 4,
      binary: "/opt/corridor", directives: ["--partition=short"])
    #expect(scripts.tasks == 1000)
    #expect(scripts.array.contains("#SBATCH --array=0-999\n"))
    #expect(scripts.array.contains("shard < 2500; shard += 1000"))
    #expect(scripts.array.contains("#SBATCH --partition=short\n"))
    // The folder's quote is escaped for the shell.
    #expect(scripts.array.contains("FOLDER='/shared/sweeps/it'\\''s here'"))
    let small = SlurmScripts(
      folder: "/s", sweep: "dc", shards: 3, cpusPerTask: 1, binary: "/opt/corridor")
    #expect(small.tasks == 3 && small.array.contains("#SBATCH --array=0-2\n"))
  }

  @Test func kubernetesNamesAreValidAndQuoted() {
    let job = KubernetesJob(
      folder: "/data/sweeps/dc", sweep: "Digital_Customs 2027", shards: 38, parallelism: 8,
      cpusPerPod: 2, image: "registry.example/corridor:0.6", claim: "sweeps", mountPath: "/data")
    #expect(job.yaml.contains("name: corridor-sweep-digital-customs-2027\n"))
    #expect(job.yaml.contains("completions: 38\n") && job.yaml.contains("parallelism: 8\n"))
    #expect(job.yaml.contains(#""sweep", "run", "/data/sweeps/dc", "--of", "38", "--jobs", "2""#))
  }
}
