// swift-tools-version: 6.0
import PackageDescription

/// One module per output format, under `Sources/Exporters/NAME`, depending on
/// `ParleyCore` and nothing else of ours; its tests under `Tests/Exporters/NAME`.
func exporter(
  _ name: String, dependencies: [Target.Dependency] = [], resources: [Resource]? = nil,
  testDependencies: [Target.Dependency] = []
) -> [Target] {
  [
    .target(
      name: "Parley\(name)", dependencies: ["ParleyCore"] + dependencies,
      path: "Sources/Exporters/\(name)", resources: resources),
    .testTarget(
      name: "Parley\(name)Tests",
      dependencies: [.target(name: "Parley\(name)")] + testDependencies,
      path: "Tests/Exporters/\(name)"),
  ]
}

/// The exporter modules, in the order `parley formats` lists them.
let exporters: [[Target]] = [
  exporter("GraphML"),
  exporter(
    "XML", dependencies: ["ParleyLibXML"], resources: [.embedInCode("Schema/parley-1.0.xsd")],
    testDependencies: [.product(name: "PropertyBased", package: "swift-property-based")]),
  exporter("JSONLD"),
  exporter("CSV"),
]

let package = Package(
  name: "Parley",
  products: [
    .executable(name: "parley", targets: ["parley"]),
    .library(name: "ParleyCore", targets: ["ParleyCore"]),
    .plugin(name: "ExportGraph", targets: ["ExportGraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // `swift package generate-documentation` for the ParleyCore DocC catalog.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // The IR, loading, validation, the Exporter protocol and the format registry. Pure Swift.
    .target(
      name: "ParleyCore",
      dependencies: ["Yams"],
      resources: [.embedInCode("Schema/parley-ir-1.0.schema.json")]
    ),
    // libxml2 and libxslt, the system C libraries, and the one module that
    // touches their pointers.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CLibXSLT", pkgConfig: "libxslt", providers: [.apt(["libxslt1-dev"])]),
    .target(name: "ParleyLibXML", dependencies: ["CLibXML2", "CLibXSLT"]),
    // The list of built-in formats: the one place that knows every exporter module.
    .target(
      name: "ParleyFormats",
      dependencies: ["ParleyCore"] + exporters.map { .target(name: $0[0].name) }
    ),
    // Drafting the IR from news articles (text, HTML, JSON Lines) with rules and
    // a lexicon, and scoring drafts against curated dossiers.
    .target(
      name: "ParleyIngest",
      dependencies: ["ParleyCore", "ParleyLibXML"],
      resources: [
        .embedInCode("Resources/default-lexicon.yaml"), .embedInCode("Resources/cameo-codes.yaml"),
      ]
    ),
    // The command-line tool: arguments, messages and exit codes; no format logic.
    .executableTarget(
      name: "parley",
      dependencies: [
        "ParleyCore",
        "ParleyFormats",
        "ParleyIngest",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `swift package export-graph`: runs the parley tool, nothing more.
    .plugin(
      name: "ExportGraph",
      capability: .command(
        intent: .custom(
          verb: "export-graph",
          description:
            "Export the package's talks dossiers (*.parley.yaml …) to GraphML or any parley format")
      ),
      dependencies: ["parley"]
    ),
    // The fuzz target for the readers (docs/fuzzing.md); a crash reproducer otherwise.
    .executableTarget(name: "parley-fuzz", dependencies: ["ParleyCore", "ParleyFormats"]),
    .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore"]),
    .testTarget(name: "ParleyCLITests", dependencies: ["parley"]),
    .testTarget(name: "ParleyIngestTests", dependencies: ["ParleyIngest"]),
  ] + exporters.flatMap { $0 },
  swiftLanguageModes: [.v6]
)
