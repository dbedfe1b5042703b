// swift-tools-version:6.1
import PackageDescription

// The folders show the pipeline: load → resolve/check → render → write.
let package = Package(
    name: "isms",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "isms", targets: ["isms"]),
        .executable(name: "isms-generate", targets: ["isms-generate"]),
        .library(name: "ISMSSite", targets: ["ISMSSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "ISMSModel"),
        .target(name: "ISMSLoader", dependencies: ["ISMSModel", "ISMSMarkdown", "Yams"]),
        .target(name: "ISMSRules", dependencies: ["ISMSModel"]),
        .target(name: "ISMSMarkdown", dependencies: ["CCmark", "ISMSModel"]),
        .target(name: "ISMSReports", dependencies: ["ISMSModel", "ISMSRules"]),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(
            name: "ISMSTheme",
            path: "templates",
            exclude: ["README.md", "site"],
            sources: ["ISMSTheme.swift"],
            plugins: ["EmbedTheme"]
        ),
        .target(
            name: "ISMSSite",
            dependencies: [
                "ISMSModel", "ISMSLoader", "ISMSRules", "ISMSReports", "ISMSMarkdown", "ISMSTheme", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "ISMSPack",
            dependencies: [
                "ISMSModel", "ISMSLoader", "ISMSSite",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The live preview of `isms serve`: a loopback HTTP server, a folder watcher, page reloading.
        .target(name: "ISMSPreview", dependencies: ["ISMSModel", "ISMSSite"]),
        .executableTarget(
            name: "isms",
            dependencies: [
                "ISMSSite", "ISMSPack", "ISMSPreview", "ISMSLoader", "ISMSModel", "ISMSTheme",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes benchmark knowledge bases; Foundation only, so it builds without the tool's dependencies.
        .executableTarget(name: "isms-generate", dependencies: ["ISMSModel"], path: "Benchmarks/Generator"),
        // The clean knowledge base the rules and hostile-input tests plant problems in.
        .target(name: "KnowledgeBaseFixtures", dependencies: ["ISMSModel"], path: "Tests/Fixtures"),
        // Git repositories in temporary folders with fixed authors and dates, for the tests that read history.
        .target(name: "GitFixtures", path: "Tests/GitFixtures"),
        .testTarget(name: "ISMSModelTests", dependencies: ["ISMSModel"]),
        .testTarget(name: "ISMSLoaderTests", dependencies: ["ISMSLoader", "GitFixtures"]),
        .testTarget(name: "ISMSRulesTests", dependencies: ["ISMSRules", "ISMSLoader", "KnowledgeBaseFixtures"]),
        .testTarget(name: "ISMSMarkdownTests", dependencies: ["ISMSMarkdown", "CCmark"]),
        .testTarget(name: "ISMSReportsTests", dependencies: ["ISMSReports", "ISMSLoader"]),
        .testTarget(name: "ISMSSiteTests", dependencies: ["ISMSSite", "ISMSTheme", "ISMSRules"]),
        .testTarget(name: "ISMSPackTests", dependencies: ["ISMSPack", "ISMSSite", "ISMSLoader", "ISMSTheme", "GitFixtures"]),
        .testTarget(name: "ISMSPreviewTests", dependencies: ["ISMSPreview", "ISMSModel", "ISMSSite", "ISMSLoader", "GitFixtures"]),
        // Broken and hostile input of every kind, through every command and output.
        .testTarget(name: "HostileInputTests", dependencies: [
            "ISMSSite", "ISMSPack", "ISMSLoader", "ISMSRules", "ISMSModel", "ISMSTheme", "KnowledgeBaseFixtures",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["CrashInputs"]),
    ]
)
