// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Alianzas",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "alianzas", targets: ["alianzas"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    // Excel workbooks read back (.xlsx is a ZIP of XML parts); the XML is read with FoundationXML.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Only the executable links ncurses; everything above the terminal stays testable without one.
    // No pkgConfig: SwiftPM would drop its -D flags with a warning; the shim defines what is needed.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // Exports: Stata and SPSS files through ReadStat, Excel workbooks through libxlsxwriter.
    .systemLibrary(name: "CReadStat", providers: [.apt(["libreadstat-dev"])]),
    .systemLibrary(name: "CXlsxWriter", providers: [.apt(["libxlsxwriter-dev"])]),
    // Turns the JSON files under data/ into Swift source so the binary carries its instruments.
    .executableTarget(name: "embed-data"),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),
    .target(name: "AlianzasDomain", plugins: ["EmbedData"]),
    // Crypto: SHA-256 for history digests and bundle checksums, ChaCha20-Poly1305 and X25519 for
    // encrypted stores; CryptoExtras: scrypt for the passphrase.
    .target(
      name: "AlianzasStore",
      dependencies: [
        "AlianzasDomain", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]),
    .target(name: "AlianzasTUI", dependencies: ["AlianzasDomain"]),
    // Tables of a store for statistical packages and spreadsheets; only the writers touch C.
    .target(
      name: "AlianzasExport",
      dependencies: [
        "AlianzasDomain", "CReadStat", "CXlsxWriter",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // HTML reports: pages built with Plot, charts as small SVG builders of our own.
    .target(
      name: "AlianzasReport", dependencies: ["AlianzasDomain", .product(name: "Plot", package: "Plot")]),
    // What the executable and the benchmark share: opening a store for the interface, carrying
    // out the interface's effects, headless snapshots.
    .target(
      name: "AlianzasRuntime",
      dependencies: ["AlianzasDomain", "AlianzasStore", "AlianzasTUI", "AlianzasExport", "AlianzasReport"]),
    .executableTarget(
      name: "alianzas",
      dependencies: [
        "AlianzasDomain", "AlianzasStore", "AlianzasTUI", "AlianzasRuntime", "AlianzasExport",
        "AlianzasReport",
        "CNcursesw",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .executableTarget(
      name: "alianzas-bench",
      dependencies: ["AlianzasDomain", "AlianzasStore", "AlianzasTUI", "AlianzasRuntime"]),
    // A writer that the crash tests kill at random moments.
    .executableTarget(name: "store-stress", dependencies: ["AlianzasDomain", "AlianzasStore"]),
    .testTarget(name: "AlianzasDomainTests", dependencies: ["AlianzasDomain"]),
    .testTarget(
      name: "AlianzasStoreTests",
      dependencies: ["AlianzasStore", "AlianzasDomain", "AlianzasRuntime", "AlianzasTUI", "store-stress"]),
    .testTarget(name: "AlianzasTUITests", dependencies: ["AlianzasTUI", "AlianzasDomain"]),
    .testTarget(
      name: "AlianzasCLITests",
      dependencies: [
        "alianzas", "AlianzasStore", "AlianzasDomain", "AlianzasExport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(name: "AlianzasExportTests", dependencies: ["AlianzasExport", "AlianzasDomain"]),
    .testTarget(name: "AlianzasReportTests", dependencies: ["AlianzasReport", "AlianzasDomain"]),
  ]
)
