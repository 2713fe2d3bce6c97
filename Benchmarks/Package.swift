// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that package-benchmark (and its malloc interposer)
// never reach the product. Run them with `make bench` from the repository root.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "AlmanacBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "Almanac", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "MetricsBenchmarks",
      dependencies: [
        .product(name: "AlmanacMetrics", package: "Almanac"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/MetricsBenchmarks",
      swiftSettings: strictSettings,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
