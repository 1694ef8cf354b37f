// swift-tools-version: 6.1
// The benchmarks of supportdir: a package of its own so the root's `swift test` never builds it.
// Run everything with `Scripts/bench` from the repository root; see BENCHMARKS.md.
import PackageDescription

let package = Package(
    name: "supportdir-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "supportdir", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // ordo-one's benchmark harness (swift package benchmark): the ResolveText benchmark. The malloc interposer
        // counts allocations; the default RuntimeInterposer trait is left off (its package is not needed here).
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The same system libyaml the root's CLibYAML wraps (same shared library, not a second copy),
        // declared here because CLibYAML is not a product. Used only for the raw event scan (the floor).
        .systemLibrary(
            name: "CYAMLScan",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Timing, file reading and the one-line JSON result every benchmark process prints (Foundation only).
        .target(name: "BenchSupport"),
        // Corpus generator, raw libyaml scan, YAMLDecoding decode, registry loads.
        .executableTarget(
            name: "bench-native",
            dependencies: [
                "CYAMLScan", "BenchSupport",
                .product(name: "YAMLDecoding", package: "supportdir"),
                .product(name: "SupportDirectory", package: "supportdir"),
            ],
            path: "Sources/BenchNative"
        ),
        // Yams' YAMLDecoder into the same model. Links neither CLibYAML nor YAMLDecoding: Yams carries its own
        // libyaml, and two copies of yaml_* in one binary silently shadow each other. The model files are
        // symlinks to Sources/SupportDirectory/Model (Scripts/bench refreshes them).
        .executableTarget(
            name: "bench-yams",
            dependencies: ["BenchSupport", .product(name: "Yams", package: "Yams")],
            path: "Sources/BenchYams"
        ),
        // resolve on 1, 10, 100 and 1,000 KB of text (issue 18): `swift package benchmark --target ResolveText`.
        .executableTarget(
            name: "ResolveText",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SupportDirectory", package: "supportdir"),
            ],
            path: "Benchmarks/ResolveText",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Runs every benchmark in its own process, takes medians, prints the table and checks the targets.
        .executableTarget(name: "bench", dependencies: ["BenchSupport"], path: "Sources/BenchDriver"),
    ],
    swiftLanguageModes: [.v6]
)
