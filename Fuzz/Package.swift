// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for the parsers that read untrusted files. A package of its own, so the
// tool's `swift build` and `swift test` never see them; `Fuzz/run` builds them with
// coverage and AddressSanitizer and runs each for a set time.
// Only the targets link with libFuzzer; each hands its entry to libFuzzer's driver from main.
// With gold, Swift 6.3 stops with an internal error in format_file_lineno; lld links them.
let fuzzLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "isms-fuzz",
    dependencies: [.package(name: "isms", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "ISMSSite", package: "isms")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"], linkerSettings: fuzzLink),
        .executableTarget(name: "FuzzRecords", dependencies: ["FuzzSupport"], linkerSettings: fuzzLink),
        .executableTarget(name: "FuzzPipeTables", dependencies: ["FuzzSupport"], linkerSettings: fuzzLink),
        .executableTarget(name: "FuzzLinks", dependencies: ["FuzzSupport"], linkerSettings: fuzzLink),
    ]
)
