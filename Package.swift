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
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "almanac", targets: ["almanac"]),
    .library(name: "AlmanacKit", targets: ["AlmanacKit"]),
    .library(name: "AlmanacMetrics", targets: ["AlmanacMetrics"]),
    // The layers below are products so that the fuzz package (Fuzz/) can reach the readers, the
    // renderers and the sample report directly.
    .library(name: "AlmanacIngest", targets: ["AlmanacIngest"]),
    .library(name: "AlmanacReport", targets: ["AlmanacReport"]),
    .library(name: "AlmanacTestSupport", targets: ["AlmanacTestSupport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/apple/swift-numerics", exact: "1.1.1"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    .package(url: "https://github.com/grpc/grpc-swift-2", exact: "2.4.3"),
    .package(url: "https://github.com/grpc/grpc-swift-nio-transport", exact: "2.9.2"),
    .package(url: "https://github.com/grpc/grpc-swift-protobuf", exact: "2.4.1"),
    .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
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
        "AlmanacEngines", "AlmanacIngest", "AlmanacMetrics", "AlmanacNarrative", "AlmanacReport",
        "AlmanacSpark", "AlmanacStore", "CAlmanacSystem",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    .target(
      name: "AlmanacMetrics",
      dependencies: [.product(name: "RealModule", package: "swift-numerics")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "AlmanacNarrative",
      dependencies: ["AlmanacMetrics", .product(name: "Yams", package: "Yams")],
      resources: [.embedInCode("Resources/analogies")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "AlmanacReport",
      dependencies: [
        "AlmanacNarrative", "CXLSXWriter",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.embedInCode("Resources/templates")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "AlmanacTestSupport",
      dependencies: [
        "AlmanacNarrative", "AlmanacReport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: strictSettings
    ),
    .target(name: "AlmanacIngest", dependencies: ["CAlmanacZlib"], swiftSettings: strictSettings),
    .target(
      name: "AlmanacEngines",
      dependencies: [
        "AlmanacSpark",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "almanac-bench",
      dependencies: ["AlmanacEngines", "AlmanacIngest", "AlmanacMetrics", "AlmanacSpark"],
      swiftSettings: strictSettings),
    .target(name: "CAlmanacSystem"),
    .target(
      name: "AlmanacStore",
      dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strictSettings
    ),
    .systemLibrary(name: "CAlmanacZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .testTarget(
      name: "AlmanacMetricsTests",
      dependencies: ["AlmanacMetrics", .product(name: "RealModule", package: "swift-numerics")],
      resources: [.copy("Reference")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AlmanacIngestTests",
      dependencies: ["AlmanacIngest", "AlmanacMetrics", "CAlmanacZlib"], exclude: ["Fixtures"],
      swiftSettings: strictSettings),
    // Spark Connect: the protocol's generated code (scripts/engines/spark/generate.sh) and a
    // reader for the Arrow batches it returns.
    .target(
      name: "AlmanacSpark",
      dependencies: [
        .product(name: "GRPCCore", package: "grpc-swift-2"),
        .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
        .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AlmanacSparkTests", dependencies: ["AlmanacSpark"], exclude: ["Fixtures"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacEnginesTests", dependencies: ["AlmanacEngines"], swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacNarrativeTests", dependencies: ["AlmanacNarrative", "AlmanacMetrics"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacStoreTests",
      dependencies: ["AlmanacStore", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AlmanacReportTests",
      dependencies: [
        "AlmanacNarrative", "AlmanacReport", "AlmanacTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Goldens"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AlmanacCLITests", dependencies: ["almanac", "AlmanacNarrative", "AlmanacTestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "AlmanacKitTests",
      dependencies: [
        "AlmanacEngines", "AlmanacKit", "AlmanacIngest", "AlmanacMetrics", "AlmanacNarrative",
        "AlmanacReport", "AlmanacStore", "AlmanacTestSupport",
      ],
      exclude: ["Stories/Goldens"],
      swiftSettings: strictSettings),
  ]
)
