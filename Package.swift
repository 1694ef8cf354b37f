// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "supportdir",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "supportdir", targets: ["supportdir"]),
        .library(name: "YAMLDecoding", targets: ["YAMLDecoding"]),
        .library(name: "SupportDirectory", targets: ["SupportDirectory"]),
        .library(name: "DirectoryArchive", targets: ["DirectoryArchive"]),
        .library(name: "SupportDirectorySite", targets: ["SupportDirectorySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Ed25519 signatures and SHA-256 of the published directory archive (supportdir update).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // HTML of the site: Mustache templates, which escape every value by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev, Homebrew: libyaml), wrapped as a module.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Snowball's stemmers (Debian: libstemmer-dev, Homebrew: snowball): English words reduced to their stem,
        // so that "canceling", "cancelled" and "cancel" are one word to the issue recogniser.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),
        // Strict YAML 1.2 (core schema) decoding with positions; no C type in its API.
        .target(name: "YAMLDecoding", dependencies: ["CLibYAML"]),
        // The directory: profile model, registry, issue vocabulary, contact plans, validation.
        .target(name: "SupportDirectory", dependencies: ["YAMLDecoding", "CStemmer"]),
        // The signed directory archive: writing it (for the site), and `update`: download, verify, validate, swap.
        .target(name: "DirectoryArchive", dependencies: [
            "SupportDirectory",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The static site and JSON API (`supportdir site`): pages rendered from the library's plans and profiles.
        .target(
            name: "SupportDirectorySite",
            dependencies: ["SupportDirectory", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The command-line tool: parses arguments, calls SupportDirectory, prints.
        .executableTarget(
            name: "supportdir",
            dependencies: [
                "SupportDirectory",
                "DirectoryArchive",
                "SupportDirectorySite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Merchants/ (profiles and _vocabulary) built in, so a binary copied alone still answers.
            plugins: ["DirectorySnapshotPlugin"]
        ),
        // Runs the labelled corpora of Evaluation/ through the understanding layer (Scripts/evaluate).
        .executableTarget(name: "understanding-eval", dependencies: ["SupportDirectory"]),
        // Turns Merchants/ into the Swift source of the built-in snapshot (run by the plugin at build time).
        .executableTarget(name: "SnapshotGenerator"),
        .plugin(name: "DirectorySnapshotPlugin", capability: .buildTool(), dependencies: ["SnapshotGenerator"]),
        .testTarget(
            name: "YAMLDecodingTests",
            dependencies: ["YAMLDecoding"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SupportDirectoryTests",
            dependencies: ["SupportDirectory"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SupportdirCLITests",
            dependencies: ["supportdir", "DirectoryArchive", "SupportDirectorySite"],
            resources: [.copy("Golden"), .copy("Support")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
