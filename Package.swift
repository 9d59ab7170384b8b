// swift-tools-version:6.2
import PackageDescription

let package = Package(
  name: "relgraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "RelgraphKit", targets: ["RelgraphKit"]),
    .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
    .executable(name: "relgraph", targets: ["relgraph"]),
    .executable(name: "relgraph-example", targets: ["RelgraphExample"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // ingest → extract → model → algorithms → export/render → CLI
    .target(name: "TextIngest"),
    .target(
      name: "EntityExtraction",
      dependencies: ["TextIngest"],
      resources: [.copy("Resources/catalog.json")]),
    .target(
      name: "GraphModel",
      dependencies: ["EntityExtraction", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(
      name: "GraphAlgorithms",
      dependencies: [
        .product(name: "HeapModule", package: "swift-collections"),
        .product(name: "DequeModule", package: "swift-collections"),
      ]),
    .target(name: "GraphExport", dependencies: ["GraphModel"]),
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
    .target(
      name: "RelgraphKit",
      dependencies: [
        "TextIngest", "EntityExtraction", "GraphModel", "GraphAlgorithms", "GraphExport",
        "GraphvizRender",
      ]),
    .executableTarget(
      name: "relgraph",
      dependencies: ["RelgraphKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(name: "RelgraphExample", dependencies: ["RelgraphKit"], path: "examples/script"),
    // Benchmarks run outside `swift test`: swift build -c release --product relgraph-bench; scripts/bench_graphs.py
    .executableTarget(name: "relgraph-bench", dependencies: ["GraphAlgorithms"], path: "Benchmarks/graph-bench"),
    .target(name: "GraphTestSupport", dependencies: ["GraphAlgorithms"], path: "Tests/GraphTestSupport"),
    .testTarget(name: "TextIngestTests", dependencies: ["TextIngest"]),
    .testTarget(name: "EntityExtractionTests", dependencies: ["EntityExtraction"]),
    .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
    .testTarget(
      name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms", "GraphTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "GraphvizRender", "GraphAlgorithms"], exclude: ["Snapshots"]),
    .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender"]),
    .testTarget(
      name: "RelgraphTests",
      dependencies: ["relgraph", "RelgraphKit", "RelgraphExample", .product(name: "GRDB", package: "GRDB.swift")],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
