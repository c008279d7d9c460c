import AlianzasDomain

/// Why a store could not be created, opened or written, said in either language.
extension StoreError: Bilingual {
  public func message(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .notAStore(let path):
      return es
        ? "\(path) no es un almacén de Alianzas (falta store.json); cree uno con «alianzas demo» o indique --store"
        : "\(path) is not an Alianzas store (no store.json); create one with «alianzas demo» or pass --store"
    case .alreadyExists(let path):
      return es
        ? "ya existe un almacén en \(path); use --force para reemplazarlo (se perderán sus datos)"
        : "a store already exists at \(path); use --force to replace it (its data will be lost)"
    case .newerFormat(let found, let supported):
      return es
        ? "el almacén tiene el formato \(found), más nuevo que el \(supported) que entiende esta versión; actualice Alianzas"
        : "the store has format \(found), newer than the \(supported) this version understands; update Alianzas"
    case .unreadableManifest(let problem): return problem.message(language)
    case .locked(let holder):
      guard let holder else {
        return es ? "otro proceso está escribiendo en el almacén" : "another process is writing to the store"
      }
      return es
        ? "el almacén está abierto para escritura por \(holder.officer) en \(holder.host) (proceso \(holder.pid)) desde \(holder.since.iso); se puede abrir solo para consulta"
        : "the store is open for writing by \(holder.officer) on \(holder.host) (process \(holder.pid)) since \(holder.since.iso); it can be opened read-only"
    case .readOnly:
      return es ? "el almacén está abierto solo para consulta" : "the store is open read-only"
    case .file(let error): return error.message(language)
    case .invalid(let issues):
      return issues.map { $0.message(language) }.joined(separator: "; ")
    case .unreadable(let problem):
      return es
        ? "no se guardó porque el archivo en disco no se puede leer (\(problem.message(.es)))"
        : "not saved because the file on disk does not read (\(problem.message(.en)))"
    case .bundle(let error): return error.message(language)
    case .key(let error): return error.message(language)
    case .encoding(let detail):
      return es ? "no se pudo codificar el registro: \(detail)" : "could not encode the record: \(detail)"
    }
  }
}
