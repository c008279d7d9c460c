import Foundation
import Testing

/// The user guide's screens (docs/guide.md, docs/guide.en.md) are the program's own: each block
/// after a `<!-- snapshot: ARGS -->` or `<!-- tour: ARGS -->` line is what `alianzas snapshot` or
/// `alianzas tour` prints with those arguments at 80×24 on the tour's demo. `UPDATE_GUIDE=1`
/// writes them instead of comparing.
@Suite("The user guide's screens", .serialized)
struct GuideTests {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs")

  /// The arguments of a marker, split as a shell would split double-quoted words.
  static func words(_ text: String) -> [String] {
    var out: [String] = [], current = "", quoted = false, started = false
    for c in text {
      if c == "\"" {
        quoted.toggle()
        started = true
      } else if c == " " && !quoted {
        if started { out.append(current) }
        current = ""
        started = false
      } else {
        current.append(c)
        started = true
      }
    }
    if started { out.append(current) }
    return out
  }

  @Test(arguments: [("guide.md", "es"), ("guide.en.md", "en")])
  func everyScreenIsWhatTheProgramShows(_ file: String, _ language: String) throws {
    let work = temporaryFolder("guide\(language)")
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let store = work + "/demo"
    let made = try alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"])
    #expect(made.status == 0, "\(made.err)")
    let url = Self.docs.appendingPathComponent(file)
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    var out: [String] = []
    var i = 0
    var blocks = 0
    let environment = ["ALIANZAS_OFFICER": "Ana Muñoz", "TMPDIR": work]
    while i < lines.count {
      let line = lines[i]
      out.append(line)
      i += 1
      let marker = line.trimmingCharacters(in: .whitespaces)
      guard marker.hasPrefix("<!-- snapshot:") || marker.hasPrefix("<!-- tour:"), marker.hasSuffix("-->")
      else {
        continue
      }
      let tour = marker.hasPrefix("<!-- tour:")
      let args = Self.words(String(marker.dropFirst(tour ? 10 : 14).dropLast(3)))
      let command =
        tour
        ? ["tour", "--from", store, "--size", "80x24", "--lang", language] + args
        : ["snapshot", "--store", store, "--size", "80x24", "--lang", language] + args
      let run = try alianzas(command, environment: environment)
      #expect(run.status == 0, "\(file): \(marker): \(run.err)")
      let screen = run.out.components(separatedBy: "\n").map {
        $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
      }
      .reversed().drop { $0.isEmpty }.reversed()
      // The fenced block after the marker.
      guard i < lines.count, lines[i] == "```text", let end = lines[(i + 1)...].firstIndex(of: "```") else {
        Issue.record("\(file): \(marker) is not followed by a ```text block")
        continue
      }
      let shown = Array(lines[(i + 1)..<end])
      blocks += 1
      if ProcessInfo.processInfo.environment["UPDATE_GUIDE"] == "1" {
        out += ["```text"] + screen + ["```"]
      } else {
        let now = Array(screen)
        if shown != now {
          let row =
            zip(shown, now).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(shown.count, now.count)
          Issue.record(
            """
            \(file): \(marker) shows another screen from row \(row); UPDATE_GUIDE=1 regenerates it
              guide:   \(row < shown.count ? shown[row] : "(none)")
              program: \(row < now.count ? now[row] : "(none)")
            """)
        }
        out += lines[i...end]
      }
      i = end + 1
    }
    #expect(blocks >= 6, "\(file) has its screens")
    if ProcessInfo.processInfo.environment["UPDATE_GUIDE"] == "1" {
      try out.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
  }
}
