// swift-tools-version: 6.0
import PackageDescription

/// One module per output format, under `Sources/Exporters/NAME`, depending on
/// `ParleyCore` and nothing else of ours; its tests under `Tests/Exporters/NAME`.
func exporter(_ name: String, dependencies: [Target.Dependency] = []) -> [Target] {
  [
    .target(
      name: "Parley\(name)", dependencies: ["ParleyCore"] + dependencies,
      path: "Sources/Exporters/\(name)"),
    .testTarget(
      name: "Parley\(name)Tests", dependencies: [.target(name: "Parley\(name)")],
      path: "Tests/Exporters/\(name)"),
  ]
}

/// The exporter modules, in the order `parley formats` lists them.
let exporters: [[Target]] = [
  exporter("JSONLD"),
  exporter("CSV"),
]

let package = Package(
  name: "Parley",
  products: [
    .executable(name: "parley", targets: ["parley"]),
    .library(name: "ParleyCore", targets: ["ParleyCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // The IR, loading, validation, the Exporter protocol and the format registry. Pure Swift.
    .target(
      name: "ParleyCore",
      dependencies: ["Yams"],
      resources: [.embedInCode("Schema/parley-ir-1.0.schema.json")]
    ),
    // The list of built-in formats: the one place that knows every exporter module.
    .target(
      name: "ParleyFormats",
      dependencies: ["ParleyCore"] + exporters.map { .target(name: $0[0].name) }
    ),
    // The command-line tool: arguments, messages and exit codes; no format logic.
    .executableTarget(
      name: "parley",
      dependencies: [
        "ParleyCore",
        "ParleyFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore"]),
    .testTarget(name: "ParleyCLITests", dependencies: ["parley"]),
  ] + exporters.flatMap { $0 },
  swiftLanguageModes: [.v6]
)
