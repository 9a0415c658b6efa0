// swift-tools-version: 6.1
import PackageDescription

// crosscheck's benchmark: its own package, so the normal build and CI never compile it.
// Run it with `Benchmarks/run.sh` (generates the corpora, builds -c release, prints a table).
let package = Package(
    name: "crosscheck-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, so the products resolve whatever the checkout's folder is called.
        .package(name: "crosscheck", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: [
                .product(name: "Extract", package: "crosscheck"),
                .product(name: "Reconcile", package: "crosscheck"),
                .product(name: "Pipeline", package: "crosscheck"),
            ]
        ),
    ]
)
