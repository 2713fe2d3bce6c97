// swift-tools-version: 6.1
import PackageDescription

/// Every target compiles in Swift 6 language mode with explicit API edges (STYLE.md section 1).
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Almanac",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "almanac", targets: ["almanac"]),
    .library(name: "AlmanacKit", targets: ["AlmanacKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .executableTarget(
      name: "almanac",
      dependencies: [
        "AlmanacKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    .target(
      name: "AlmanacKit",
      dependencies: [
        "AlmanacIngest", "AlmanacMetrics",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    .target(name: "AlmanacMetrics", swiftSettings: strictSettings),
    .target(name: "AlmanacIngest", dependencies: ["CZlib"], swiftSettings: strictSettings),
    .executableTarget(
      name: "almanac-ingest-bench", dependencies: ["AlmanacIngest"], swiftSettings: strictSettings),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .testTarget(
      name: "AlmanacMetricsTests", dependencies: ["AlmanacMetrics"], swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacIngestTests", dependencies: ["AlmanacIngest", "CZlib"], exclude: ["Fixtures"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacKitTests", dependencies: ["AlmanacKit"], swiftSettings: strictSettings),
  ]
)
