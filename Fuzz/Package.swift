// swift-tools-version: 6.0
// A separate package so that `swift build` / `swift test` of the root never build the fuzz target.
// Build and run it with Scripts/fuzz.
import PackageDescription

let package = Package(
    name: "SupportdirFuzz",
    dependencies: [
        .package(name: "supportdir", path: ".."),
    ],
    targets: [
        // No main.swift: libFuzzer provides main and calls LLVMFuzzerTestOneInput.
        .executableTarget(
            name: "YAMLFuzz",
            dependencies: [.product(name: "YAMLDecoding", package: "supportdir")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
