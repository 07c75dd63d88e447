// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "corridor",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "corridor", targets: ["corridor"]),
    .library(name: "CorridorModel", targets: ["CorridorModel"]),
    .library(name: "CorridorScenario", targets: ["CorridorScenario"]),
    .library(name: "CorridorAssignment", targets: ["CorridorAssignment"]),
    .library(name: "CorridorSimulation", targets: ["CorridorSimulation"]),
    .library(name: "CorridorStudy", targets: ["CorridorStudy"]),
    .library(name: "CorridorReports", targets: ["CorridorReports"]),
    .library(name: "CorridorCalibration", targets: ["CorridorCalibration"]),
    .library(name: "CorridorSweep", targets: ["CorridorSweep"]),
    .library(name: "GLPK", targets: ["GLPK"]),
    .library(name: "NLopt", targets: ["NLopt"]),
    .library(name: "XLSX", targets: ["XLSX"]),
    .library(name: "HubLocation", targets: ["HubLocation"]),
    .library(name: "HubLocationExact", targets: ["HubLocationExact"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    // Tests only: reads the workbooks back.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // MARK: - Public API

    .target(
      name: "CorridorModel",
      dependencies: [.product(name: "HeapModule", package: "swift-collections")]
    ),
    .target(
      name: "CorridorScenario",
      dependencies: [
        "CorridorModel", "CorridorInput", "Yams",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    .target(
      name: "CorridorAssignment",
      dependencies: [
        "CorridorModel",
        "CorridorInput",
        .product(name: "HeapModule", package: "swift-collections"),
      ]
    ),
    .target(name: "CorridorRandom"),
    .target(name: "CorridorInput"),
    .target(
      name: "CorridorSimulation",
      dependencies: [
        "CorridorModel",
        "CorridorRandom",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "Histogram", package: "hdrhistogram-swift"),
      ]
    ),
    .target(
      name: "CorridorStudy",
      dependencies: [
        "CorridorModel", "CorridorScenario", "CorridorAssignment", "CorridorSimulation",
        "HubLocation", "HubLocationExact",
      ],
      exclude: ["README.md"]
    ),
    .target(
      name: "CorridorCalibration",
      dependencies: ["CorridorStudy", "CorridorModel", "CorridorSimulation", "NLopt"]
    ),
    .target(
      name: "CorridorSweep",
      dependencies: [
        "CorridorModel", "CorridorScenario", "CorridorSimulation", "CorridorStudy",
        "CorridorRandom",
      ]
    ),
    .target(
      name: "CorridorReports",
      dependencies: [
        "CorridorModel", "CorridorAssignment", "CorridorSimulation", "HubLocation",
        "HubLocationExact", "CorridorStudy", "CorridorCalibration", "CorridorSweep", "XLSX",
      ],
      resources: [.copy("Language/Phrases"), .copy("Map/Basemap")]
    ),
    .target(
      name: "GLPK",
      dependencies: ["CGLPK", "CGLPKShim"]
    ),
    .target(
      name: "HubLocation",
      dependencies: ["CorridorModel", "CorridorInput", "CorridorRandom"],
      exclude: ["README.md"]
    ),
    .target(
      name: "HubLocationExact",
      dependencies: ["HubLocation", "GLPK"],
      exclude: ["README.md"]
    ),
    .executableTarget(
      name: "corridor",
      dependencies: [
        "CorridorModel",
        "CorridorInput",
        "CorridorScenario",
        "CorridorStudy",
        "CorridorCalibration",
        "CorridorReports",
        "CorridorSweep",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Implementation details

    // libglpk has no pkg-config file on Debian; the module map links it by name.
    .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
    .systemLibrary(name: "CNLopt", path: "Sources/CNLopt"),
    .target(name: "NLopt", dependencies: ["CNLopt"]),
    .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter"),
    .target(name: "XLSX", dependencies: ["CXLSXWriter"]),
    // setjmp guard around GLPK calls and the per-thread terminal-output sink.
    .target(name: "CGLPKShim", dependencies: ["CGLPK"]),
    // The OR-Library hub fixtures and the instances built from them, for the hub tests.
    .target(
      name: "HubLocationTestSupport",
      dependencies: ["HubLocation"],
      path: "Tests/HubLocationTestSupport",
      resources: [.copy("Fixtures")]
    ),

    // MARK: - Tests

    .testTarget(name: "CorridorModelTests", dependencies: ["CorridorModel"]),
    .testTarget(
      name: "CorridorScenarioTests",
      dependencies: ["CorridorScenario", "CorridorModel", "CorridorRandom"]
    ),
    .testTarget(name: "GLPKTests", dependencies: ["GLPK", "CorridorRandom"]),
    .testTarget(name: "NLoptTests", dependencies: ["NLopt"]),
    .testTarget(
      name: "XLSXTests",
      dependencies: ["XLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .testTarget(
      name: "HubLocationTests",
      dependencies: ["HubLocation", "HubLocationTestSupport"]
    ),
    .testTarget(
      name: "HubLocationExactTests",
      dependencies: ["HubLocationExact", "HubLocation", "HubLocationTestSupport"]
    ),
    .testTarget(
      name: "CorridorAssignmentTests",
      dependencies: ["CorridorAssignment", "CorridorModel", "CorridorScenario"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CorridorSimulationTests",
      dependencies: [
        "CorridorSimulation", "CorridorModel", "CorridorAssignment", "CorridorScenario",
      ]
    ),
    .testTarget(
      name: "CorridorStudyTests",
      dependencies: [
        "CorridorStudy", "CorridorModel", "CorridorScenario", "CorridorSimulation", "HubLocation",
        "HubLocationExact",
      ]
    ),
    .testTarget(
      name: "CorridorCalibrationTests",
      dependencies: ["CorridorCalibration", "CorridorStudy", "CorridorScenario", "CorridorModel"]
    ),
    .testTarget(
      name: "CorridorSweepTests",
      dependencies: ["CorridorSweep", "CorridorModel", "CorridorScenario", "CorridorSimulation"]
    ),
    .testTarget(
      name: "CorridorReportsTests",
      dependencies: [
        "CorridorReports", "CorridorStudy", "CorridorModel", "CorridorSimulation",
        "CorridorScenario", "CorridorAssignment", "CorridorCalibration",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "CorridorCLITests",
      dependencies: ["corridor"]
    ),
  ]
)
