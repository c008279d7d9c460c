import AlianzasDomain
import Foundation
import SwiftCSV

/// A researcher's CSV read for survival analysis; every bad cell is reported with its row and column.
struct SurvivalTable {
  var times: [Double] = []
  var events: [Bool] = []
  var groupNames: [String] = []
  var covariates: [[Double]] = []
  var covariateNames: [String]

  struct Failure: Error {
    var text: Localized
    func message(_ language: Language) -> String { text(language) }
  }

  init(path: String, time: String, event: String, group: String?, covariates names: [String]) throws {
    covariateNames = names
    let file = (path as NSString).lastPathComponent
    let csv: CSV<Named>
    do {
      csv = try CSV<Named>(url: URL(fileURLWithPath: path), delimiter: .comma, encoding: .utf8)
    } catch let error as CSVParseError {
      throw Failure(
        text: Localized(
          es: "\(file): no es un CSV legible (\(error))", en: "\(file): not a readable CSV (\(error))"))
    } catch {
      throw Failure(
        text: Localized(
          es: "\(file): no se pudo leer: \(error.localizedDescription)",
          en: "\(file): could not be read: \(error.localizedDescription)"))
    }
    let header = csv.header
    for column in [time, event] + (group.map { [$0] } ?? []) + names where !header.contains(column) {
      throw Failure(
        text: Localized(
          es: "\(file): no hay una columna «\(column)» (columnas: \(header.joined(separator: ", ")))",
          en: "\(file): there is no column «\(column)» (columns: \(header.joined(separator: ", ")))"))
    }
    guard !csv.rows.isEmpty else {
      throw Failure(text: Localized(es: "\(file): no tiene filas de datos", en: "\(file): has no data rows"))
    }
    for (index, row) in csv.rows.enumerated() {
      let line = index + 2
      func number(_ column: String) throws -> Double {
        let raw = (row[column] ?? "").trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else {
          throw Failure(
            text: Localized(
              es: "\(file): fila \(line), columna «\(column)»: falta el valor",
              en: "\(file): row \(line), column «\(column)»: the value is missing"))
        }
        guard let value = Double(raw), value.isFinite else {
          throw Failure(
            text: Localized(
              es: "\(file): fila \(line), columna «\(column)»: «\(raw)» no es un número",
              en: "\(file): row \(line), column «\(column)»: «\(raw)» is not a number"))
        }
        return value
      }
      let t = try number(time)
      guard t >= 0 else {
        throw Failure(
          text: Localized(
            es: "\(file): fila \(line), columna «\(time)»: el tiempo no puede ser negativo",
            en: "\(file): row \(line), column «\(time)»: time cannot be negative"))
      }
      let e = try number(event)
      guard e == 0 || e == 1 else {
        throw Failure(
          text: Localized(
            es: "\(file): fila \(line), columna «\(event)»: el evento debe ser 0 o 1",
            en: "\(file): row \(line), column «\(event)»: the event must be 0 or 1"))
      }
      times.append(t)
      events.append(e == 1)
      covariates.append(try names.map(number))
      if let group { groupNames.append(row[group] ?? "") }
    }
  }

  var groups: [(name: String, observations: [SurvivalObservation])] {
    let observations = zip(times, events).map { SurvivalObservation(time: $0, event: $1) }
    guard !groupNames.isEmpty else { return [("all", observations)] }
    var buckets: [String: [SurvivalObservation]] = [:]
    for (name, o) in zip(groupNames, observations) { buckets[name, default: []].append(o) }
    return buckets.keys.sorted().map { ($0, buckets[$0]!) }
  }
}
