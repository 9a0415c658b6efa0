// swift-tools-version: 6.1
import PackageDescription

// Module boundaries (checked in CI with --explicit-target-dependency-import-check error):
//   Extract   pure text -> mentions and claims; imports nothing of ours
//   Reconcile pure claims -> events and discrepancies; imports Extract for the model only
//   Pipeline  the only module touching files, HTML (libxml2), user lexicons, the store, reports
//   CrosscheckCLI  the thin `crosscheck` executable
let package = Package(
    name: "crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "crosscheck", targets: ["CrosscheckCLI"]),
        .library(name: "Extract", targets: ["Extract"]),
        .library(name: "Reconcile", targets: ["Reconcile"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "Extract"),
        .target(name: "Reconcile", dependencies: ["Extract"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "Pipeline", dependencies: [
            "Extract", "Reconcile", "CLibXML2",
            .product(name: "Yams", package: "Yams"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "CrosscheckCLI", dependencies: [
            "Pipeline", "Extract",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract"]),
        .testTarget(name: "ReconcileTests", dependencies: ["Reconcile", "Extract"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Extract", "Reconcile"]),
    ]
)

// Every Swift target gets the same upcoming features (SE-0335 ExistentialAny, SE-0444 MemberImportVisibility).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
