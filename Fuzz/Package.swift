// swift-tools-version: 6.0
// A separate package so that `swift build` / `swift test` of the root never build the fuzz targets.
// Build and run them with Scripts/fuzz (`Scripts/fuzz --target NAME SECONDS`).
import PackageDescription

let package = Package(
    name: "SupportdirFuzz",
    dependencies: [
        .package(name: "supportdir", path: ".."),
    ],
    targets: [
        // No main.swift: libFuzzer provides main and calls LLVMFuzzerTestOneInput.
        // The YAML decoder alone: parse, walk, decode into generic and typed values.
        .executableTarget(
            name: "YAMLFuzz",
            dependencies: [.product(name: "YAMLDecoding", package: "supportdir")]
        ),
        // One profile (or vocabulary) file: decode, every validation rule, every reporter.
        .executableTarget(
            name: "ProfileFuzz",
            dependencies: [.product(name: "SupportDirectory", package: "supportdir")]
        ),
        // Text in, plan out: understanding, planning and every renderer on the shipped profiles.
        .executableTarget(
            name: "PlanFuzz",
            dependencies: [.product(name: "SupportDirectory", package: "supportdir")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
