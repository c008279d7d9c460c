#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A store holds the names, documents and incomes of families: only its owner may read it. Files
/// this program writes are created 0600 and folders 0700, but other programs write there too —
/// git when it clones or merges (0644 and 0755, or worse under a permissive umask: a `.git/config`
/// that anyone can change would let any local user choose the merge driver `sync git` runs).
/// After such a program has run, everything under the store is brought back to the owner alone.
public enum StorePermissions {
  /// Sets every folder under `root` (and `root`) to 0700 and every file to 0600 (0700 when it was
  /// executable, as git's hooks are); links are left alone, never followed. Returns how many
  /// entries were changed.
  @discardableResult
  public static func tighten(_ root: String) -> Int {
    var changed = 0
    func visit(_ path: String) {
      var info = stat()
      guard lstat(path, &info) == 0 else { return }
      let type = info.st_mode & S_IFMT
      let mode = info.st_mode & 0o7777
      if type == S_IFDIR {
        if mode != 0o700, chmod(path, 0o700) == 0 { changed += 1 }
        guard let dir = opendir(path) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
          let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
          }
          if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names { visit(path + "/" + name) }
      } else if type == S_IFREG {
        let wanted: mode_t = (mode & 0o100) != 0 ? 0o700 : 0o600
        if mode != wanted, chmod(path, wanted) == 0 { changed += 1 }
      }
    }
    visit(root)
    return changed
  }
}
