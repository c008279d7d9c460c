import Foundation
import Testing

/// `sync git` signs its commits with each laptop's key and merges only commits signed by a
/// device the store trusts: a clone from an unknown laptop is refused with its fingerprint, a
/// commit pushed by hand (unsigned) is refused with nothing merged.
@Suite("Signed git exchange")
struct SignedGitTests {
  func git(_ arguments: [String], in folder: String) throws -> CLIRun {
    try run("/usr/bin/env", ["git", "-C", folder] + arguments)
  }

  @Test func onlyTrustedDevicesCommitsAreMerged() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let root = temporaryFolder()
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let hub = root + "/hub.git"
    #expect(try run("/usr/bin/env", ["git", "init", "-q", "--bare", hub]).status == 0)
    let laptopA = ["XDG_CONFIG_HOME": root + "/cfgA", "ALIANZAS_DEVICE": "pcA"]
    let laptopB = ["XDG_CONFIG_HOME": root + "/cfgB", "ALIANZAS_DEVICE": "pcB"]
    #expect(
      try alianzas(["demo", "--store", root + "/a", "--scale", "0.01", "--no-open"], environment: laptopA)
        .status
        == 0)
    #expect(
      try alianzas(["sync", "git", "--store", root + "/a", "--remote", hub], environment: laptopA).status == 0
    )
    let identity = try alianzas(["sync", "identity", "--lang", "en"], environment: laptopA).out
    let fingerprint = try #require(
      identity.split(separator: "\n").first { $0.contains("for git") }?.split(separator: " ").last.map(
        String.init))

    // B does not know A yet: the clone is refused, named, and leaves nothing.
    let refused = try alianzas(
      ["sync", "git", "--store", root + "/b", "--remote", hub, "--lang", "en"], environment: laptopB)
    #expect(refused.status == 1)
    #expect(refused.err.contains(fingerprint) && refused.err.contains("does not trust"), "\(refused.err)")
    #expect(!FileManager.default.fileExists(atPath: root + "/b"))
    let cloned = try alianzas(
      ["sync", "git", "--store", root + "/b", "--remote", hub, "--trust", fingerprint], environment: laptopB)
    #expect(cloned.status == 0, "\(cloned.err)")

    // Someone with access to the remote pushes a commit of their own, unsigned.
    let stranger = root + "/x"
    #expect(try run("/usr/bin/env", ["git", "clone", "-q", "-b", "main", hub, stranger]).status == 0)
    let alliance = try #require(
      try FileManager.default.contentsOfDirectory(atPath: stranger + "/alliances").first)
    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: stranger + "/alliances/" + alliance))
    #expect(
      try git(["-c", "user.name=x", "-c", "user.email=x@otro", "commit", "-qam", "x"], in: stranger).status
        == 0)
    #expect(try git(["push", "-q", "origin", "HEAD:main"], in: stranger).status == 0)
    let before = everyByte(root + "/b/alliances")
    let rejected = try alianzas(
      ["sync", "git", "--store", root + "/b", "--lang", "en"], environment: laptopB)
    #expect(rejected.status == 1)
    #expect(rejected.err.contains("no valid signature"), "\(rejected.err)")
    #expect(everyByte(root + "/b/alliances") == before, "nothing merged")
    // B's own commits carry a good signature by its key.
    let signature = try git(
      [
        "-c", "gpg.ssh.allowedSignersFile=" + root + "/b/.git/alianzas-allowed-signers", "log", "-1",
        "--format=%G?",
      ],
      in: root + "/b")
    #expect(signature.out.trimmingCharacters(in: .whitespacesAndNewlines) == "G")
  }
}
