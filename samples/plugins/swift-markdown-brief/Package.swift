// swift-tools-version: 6.0
// An example Parley exporter plugin written in Swift: `parley-export-markdown`
// turns a dossier into a Markdown briefing, reusing Parley's IR types.
import PackageDescription

let package = Package(
  name: "swift-markdown-brief",
  products: [
    .executable(name: "parley-export-markdown", targets: ["parley-export-markdown"])
  ],
  dependencies: [
    // In your own package: .package(url: "https://github.com/<owner>/parley", from: "0.1.0")
    .package(name: "Parley", path: "../../..")
  ],
  targets: [
    .executableTarget(
      name: "parley-export-markdown",
      dependencies: [.product(name: "ParleyCore", package: "Parley")],
      path: "Sources/MarkdownBrief"
    )
  ],
  swiftLanguageModes: [.v6]
)
