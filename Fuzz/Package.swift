// swift-tools-version: 6.1
import PackageDescription

// Fuzz targets live in their own package: they are built only with libFuzzer and the address
// sanitizer (`make fuzz`, scripts/fuzz/fuzz.sh), never with the product.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "AlmanacFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "Almanac", path: ".."),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
  ],
  targets: [
    .executableTarget(
      name: "almanac-fuzz",
      dependencies: [
        "CFuzzerDriver",
        .product(name: "AlmanacIngest", package: "Almanac"),
        .product(name: "AlmanacKit", package: "Almanac"),
        .product(name: "AlmanacReport", package: "Almanac"),
        .product(name: "AlmanacTestSupport", package: "Almanac"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    .target(name: "CFuzzerDriver"),
  ]
)
