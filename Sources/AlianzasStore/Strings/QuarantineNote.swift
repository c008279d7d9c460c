import AlianzasDomain

extension FileStore {
  /// The note left beside a quarantined file: both languages side by side, since whoever finds
  /// the folder may read either.
  func noteText(_ moved: QuarantinedFile) -> String {
    let original = moved.problem.path
    let history = ChangeLog.relativePath(for: original)
    var text = """
      Alianzas apartó este archivo porque no se puede usar / Alianzas moved this file aside because it cannot be used

      Archivo / file: \(original)
      Cuándo / when:  \(clock().iso)
      Equipo / device: \(device)
      Motivo: \(moved.problem.message(.es))
      Reason: \(moved.problem.message(.en))

      Copia apartada / moved copy: \(moved.movedTo)

      """
    if let h = moved.historyMovedTo { text += "Historial / history: \(h) (era / was \(history))\n" }
    text += """

      Para recuperarlo / to bring it back:
      - desde otro equipo: «alianzas sync import» de un paquete suyo, o «alianzas sync git» (restaura la última versión enviada)
        from another laptop: «alianzas sync import» of its bundle, or «alianzas sync git» (restores the last pushed version)
      - a mano / by hand: corrija la copia, devuélvala a \(original)\(moved.historyMovedTo == nil ? "" : " y el historial a \(history)") y ejecute «alianzas validate»
        fix the copy, move it back to \(original)\(moved.historyMovedTo == nil ? "" : " and the history to \(history)") and run «alianzas validate»

      """
    return text
  }
}
