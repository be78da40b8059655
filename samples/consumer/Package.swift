// swift-tools-version: 6.0
// An example package that keeps its talks as data and exports them with Parley's
// command plugin: `swift package export-graph`.
import PackageDescription

let package = Package(
  name: "TalksData",
  products: [.library(name: "TalksData", targets: ["TalksData"])],
  dependencies: [
    // In your own package: .package(url: "https://github.com/<owner>/parley", from: "0.1.0")
    .package(name: "Parley", path: "../..")
  ],
  targets: [
    .target(name: "TalksData", path: "Sources/TalksData")
  ]
)
