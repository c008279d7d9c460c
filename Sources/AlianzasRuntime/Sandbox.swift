import Foundation

/// The trainers' practice store: a throw-away folder holding an untouched copy of a demo store
/// and the working copy the interface opens. Resetting copies the untouched one over the working
/// one again, byte for byte; removing deletes the folder. Nothing is written anywhere else.
public struct Sandbox: Sendable {
  /// The folder the sandbox owns (under the system's temporary folder).
  public let root: String
  /// The copy the interface opens and changes.
  public var store: String { root + "/practica" }
  /// Where exports and reports go unless a person names another folder.
  public var exports: String { root + "/exportaciones" }
  var pristine: String { root + "/demo" }

  /// A new sandbox; `fill` writes the demo store into the folder it is given.
  public static func create(fill: (String) throws -> Void) throws -> Sandbox {
    // mkdtemp replaces the template's six trailing X with a unique suffix and makes the folder 0700.
    let suffix = String(repeating: "X", count: 6)
    let template = FileManager.default.temporaryDirectory.appendingPathComponent("alianzas-tour-" + suffix)
      .path
    var bytes = Array(template.utf8CString)
    guard let made = mkdtemp(&bytes) else { throw CocoaError(.fileWriteUnknown) }
    let sandbox = Sandbox(root: String(cString: made))
    do {
      try fill(sandbox.pristine)
      try sandbox.reset()
    } catch {
      sandbox.remove()
      throw error
    }
    return sandbox
  }

  /// A sandbox started from a copy of an existing demo store.
  public static func copying(_ demo: String) throws -> Sandbox {
    try create { into in try FileManager.default.copyItem(atPath: demo, toPath: into) }
  }

  /// The working copy as the demo was: the old one removed, the untouched one copied.
  public func reset() throws {
    let files = FileManager.default
    if files.fileExists(atPath: store) { try files.removeItem(atPath: store) }
    try files.copyItem(atPath: pristine, toPath: store)
    if !files.fileExists(atPath: exports) {
      try files.createDirectory(atPath: exports, withIntermediateDirectories: true)
    }
  }

  public func remove() { try? FileManager.default.removeItem(atPath: root) }
}
