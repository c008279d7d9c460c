import AlianzasDomain

extension FileStore {
  /// A record as a tree and as the bytes of its file. A household file is assembled from the
  /// trees of its households, each encoded again only when it changed since this process last
  /// encoded it: answering one survey question re-encodes one household, not two hundred.
  func recordTreeAndBytes<T: Encodable>(_ value: T) throws(StoreError) -> (tree: JSONValue, bytes: [UInt8]) {
    guard let roster = value as? HouseholdRoster else {
      let bytes: [UInt8]
      do { bytes = try StoreCoding.encode(value) } catch { throw .encoding("\(error)") }
      return (try FileStore.tree(bytes), bytes)
    }
    let cached = roster.households.reduce(0) { $0 + (householdTrees[$1.id]?.value == $1 ? 1 : 0) }
    if cached * 2 < roster.households.count {
      // Mostly unknown (the first save after opening the file): one encoder call for the whole
      // file is faster than one per household, and its tree fills the cache.
      let bytes: [UInt8]
      do { bytes = try StoreCoding.encode(roster) } catch { throw .encoding("\(error)") }
      let tree = try FileStore.tree(bytes)
      if case .array(let items)? = tree["households"], items.count == roster.households.count {
        if householdTrees.count + items.count > 50_000 { householdTrees.removeAll() }
        for (household, item) in zip(roster.households, items) {
          householdTrees[household.id] = (household, item)
        }
      }
      return (tree, bytes)
    }
    var shell = roster
    shell.households = []
    let shellBytes: [UInt8]
    do { shellBytes = try StoreCoding.encode(shell) } catch { throw .encoding("\(error)") }
    guard case .object(var fields) = try FileStore.tree(shellBytes) else { throw .encoding("roster") }
    var items: [JSONValue] = []
    items.reserveCapacity(roster.households.count)
    for household in roster.households { items.append(try householdTree(household)) }
    fields["households"] = .array(items)
    let tree = JSONValue.object(fields)
    return (tree, JSONPrettyPrinter.bytes(tree))
  }

  private func householdTree(_ household: Household) throws(StoreError) -> JSONValue {
    if let cached = householdTrees[household.id], cached.value == household { return cached.tree }
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(household) } catch { throw .encoding("\(error)") }
    let tree = try FileStore.tree(bytes)
    if householdTrees.count >= 50_000 { householdTrees.removeAll() }
    householdTrees[household.id] = (household, tree)
    return tree
  }

  /// The tree of the version an edit was made from: usually what this process wrote last, whose
  /// tree is kept, else encoded again.
  func baseTree<T: Encodable & Hashable>(_ base: T, at relative: String) throws(StoreError) -> JSONValue {
    if let known = writtenValues[relative], known.value == AnyHashable(base) { return known.tree }
    return try recordTreeAndBytes(base).tree
  }

  func rememberWritten<T: Hashable>(_ value: T, tree: JSONValue, at relative: String) {
    if writtenValues.count >= 16, writtenValues[relative] == nil { writtenValues.removeAll() }
    writtenValues[relative] = (AnyHashable(value), tree)
  }
}
