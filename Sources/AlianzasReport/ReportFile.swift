import Foundation

/// Writes a report the careful way, for the command line and the interface alike: under a
/// temporary name beside the target, then renamed, so a failure leaves no half-written file; an
/// existing file is replaced only when asked.
public enum ReportFile {
  public enum Problem: Error {
    case folderMissing(String)
    case exists(String)
    case cannotWrite(String, Error)
  }

  public static func write(_ html: String, to path: String, replace: Bool) throws(Problem) {
    let fm = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
      throw .folderMissing(parent)
    }
    if fm.fileExists(atPath: path), !replace { throw .exists(path) }
    let temporary = parent + "/.\((path as NSString).lastPathComponent).part-\(getpid())"
    do {
      try Data(html.utf8).write(to: URL(fileURLWithPath: temporary))
      if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
      try fm.moveItem(atPath: temporary, toPath: path)
    } catch {
      try? fm.removeItem(atPath: temporary)
      throw .cannotWrite(path, error)
    }
  }
}
