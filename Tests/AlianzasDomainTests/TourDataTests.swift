import Foundation
import Testing

@testable import AlianzasDomain

/// The tour's steps and the glossary are data: a broken step is refused naming the file and the
/// key, every step's record is one the finder knows, and every glossary term is in docs/glossary.md.
@Suite("Tour and glossary data")
struct TourDataTests {
  @Test(arguments: [
    ("\"id\": \"panel-idap\"", "\"id\": \"panel\"", "steps[1].id"),
    ("\"keys\": \"2/{code}<Enter><Enter>\"", "\"keys\": \"2<Enter><Enter>\"", "steps[3].keys"),
    ("\"en\": \"The national panel\"", "\"en\": \"\"", "steps[0].title"),
  ])
  func aBrokenStepIsRefusedNamingTheFileAndKey(_ change: (String, String, String)) throws {
    try expectRefused("rules/tour.json", change)
  }

  @Test func theTourCoversWhatTrainersShow() throws {
    let tour = try ReferenceData.embedded().tour
    let ids = Set(tour.map(\.id))
    for needed in [
      "panel", "lifecycle", "refused-step", "visits", "rupture-relink", "survival", "relink-table",
      "survey-elcsa", "survey-ppi", "comparisons",
    ] {
      #expect(ids.contains(needed), "\(needed)")
    }
    // Each text two or three sentences, in both languages.
    for step in tour {
      for text in [step.text.es, step.text.en] {
        let sentences = text.split { ".!?".contains($0) }.filter {
          $0.trimmingCharacters(in: .whitespaces).count > 3
        }
        #expect((2...4).contains(sentences.count), "\(step.id): \(sentences.count) sentences")
      }
    }
  }

  @Test func everyGlossaryTermIsInTheDocumentedGlossary() throws {
    let doc = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/glossary.md"), encoding: .utf8)
    let firstColumn = doc.split(separator: "\n").filter { $0.hasPrefix("| ") }.map {
      $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }
    let glossary = try ReferenceData.embedded().glossary
    #expect(glossary.count >= 20)
    for term in glossary {
      #expect(firstColumn.contains { $0.contains(term.term.es.lowercased()) }, "\(term.term.es)")
      #expect(!term.meaning.es.isEmpty && !term.meaning.en.isEmpty)
    }
  }
}
