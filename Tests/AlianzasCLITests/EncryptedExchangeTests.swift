import Foundation
import Testing

@Suite("Encrypted stores travel sealed and signed, and only to devices that trust each other")
struct EncryptedExchangeTests {
  @Test func aSecondLaptopOpensTrustsAndRefusesTampering() throws {
    let root = temporaryFolder()
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let passphrase = ["ALIANZAS_PASSPHRASE": "frase del equipo de campo"]
    let laptop1 = passphrase.merging(["XDG_CONFIG_HOME": root + "/cfg1", "ALIANZAS_DEVICE": "pc1"]) { $1 }
    let laptop2 = passphrase.merging(["XDG_CONFIG_HOME": root + "/cfg2", "ALIANZAS_DEVICE": "pc2"]) { $1 }
    let stranger = passphrase.merging(["XDG_CONFIG_HOME": root + "/cfg3", "ALIANZAS_DEVICE": "pc3"]) { $1 }
    #expect(try alianzas(["keys", "recovery", "--out", root + "/org.key"]).status == 0)
    let made = try alianzas(
      [
        "demo", "--store", root + "/a", "--scale", "0.01", "--no-open", "--encrypt", "--recovery-public",
        root + "/org.key.pub",
      ], environment: laptop1)
    #expect(made.status == 0, "\(made.err)")
    #expect(
      try alianzas(
        ["sync", "export", "--store", root + "/a", "--out", root + "/a.bundle"], environment: laptop1
      ).status == 0)
    // The first line names the bundle-signing fingerprint (the second, git's).
    let fingerprint =
      try alianzas(["sync", "identity"], environment: laptop1).out
      .split(separator: "\n").first?.split(separator: " ").last.map(String.init) ?? ""

    // Untrusted: refused, and no store is made.
    let refused = try alianzas(
      ["sync", "import", root + "/a.bundle", "--store", root + "/b"], environment: laptop2)
    #expect(refused.status == 2)
    #expect(refused.err.contains(fingerprint) && refused.err.contains("--trust"), "\(refused.err)")
    #expect(!FileManager.default.fileExists(atPath: root + "/b"))
    // Trusted after checking the fingerprint: the new store takes the same key and stays sealed.
    let taken = try alianzas(
      ["sync", "import", root + "/a.bundle", "--store", root + "/b", "--trust", fingerprint],
      environment: laptop2)
    #expect(taken.status == 0, "\(taken.err)")
    #expect(FileManager.default.fileExists(atPath: root + "/b/keys.json"))
    let bundleText = try String(contentsOfFile: root + "/a.bundle", encoding: .isoLatin1)
    #expect(!bundleText.contains("headName") && !bundleText.contains("documentNumber"))

    // Tampered bundles: a flipped bit, a signature that does not match, a stranger's signature.
    // The lock records who opened the store last; everything else must stay byte for byte.
    func records() -> [String: Data] { everyByte(root + "/b").filter { $0.key != ".lock" } }
    let before = records()
    var flipped = try Data(contentsOf: URL(fileURLWithPath: root + "/a.bundle"))
    flipped[flipped.count - 40] ^= 0x04
    try flipped.write(to: URL(fileURLWithPath: root + "/flipped.bundle"))
    var forged = try Data(contentsOf: URL(fileURLWithPath: root + "/a.bundle"))
    let sig = forged.range(of: Data(" sig=".utf8))!.upperBound
    forged[sig + 3] = forged[sig + 3] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    try forged.write(to: URL(fileURLWithPath: root + "/forged.bundle"))
    try FileManager.default.copyItem(atPath: root + "/a", toPath: root + "/c")
    try? FileManager.default.removeItem(atPath: root + "/c/.lock")
    #expect(
      try alianzas(
        ["sync", "export", "--store", root + "/c", "--out", root + "/stranger.bundle"], environment: stranger
      )
      .status == 0)
    let reasons = [
      "flipped.bundle": "SHA-256", "forged.bundle": "signature", "stranger.bundle": "does not trust",
    ]
    for (name, reason) in reasons {
      let run = try alianzas(
        ["sync", "import", root + "/" + name, "--store", root + "/b", "--lang", "en"], environment: laptop2)
      #expect(run.status == 2, "\(name)")
      #expect(run.err.contains(reason), "\(name): \(run.err)")
    }
    #expect(records() == before, "nothing changed")

    // The recovery key opens the second laptop's store without the passphrase.
    let recovered = try alianzas(
      ["summary", "--store", root + "/b", "--recovery-key", root + "/org.key", "--lang", "en"],
      environment: ["XDG_CONFIG_HOME": root + "/cfg2", "ALIANZAS_PASSPHRASE": ""])
    #expect(recovered.status == 0, "\(recovered.err)")
    #expect(recovered.out.contains("Alliances"))
    let wrong = try alianzas(
      ["summary", "--store", root + "/b", "--lang", "en"],
      environment: ["XDG_CONFIG_HOME": root + "/cfg2", "ALIANZAS_PASSPHRASE": "not the passphrase"])
    #expect(wrong.status == 2)
    #expect(wrong.err.contains("passphrase is not this store's"), "\(wrong.err)")
  }
}
