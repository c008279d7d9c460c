import AlianzasDomain
import Plot

/// A report page: one self-contained HTML file with its styles inline, no script, and a content
/// policy that forbids fetching anything, so it reads the same offline, e-mailed or printed (A4).
/// Every chart is a figure with a caption saying what it shows and the table of its numbers in a
/// `<details>`, for copying and for screen readers.
enum Page {
  typealias Body = Plot.Node<HTML.BodyContext>

  /// Plot escapes `<` and `>` in text but keeps what looks like an entity: `&` is escaped first,
  /// so a name such as "A&B;" stays text.
  static func text(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;") }

  /// Plot writes attribute values as they are.
  static func attribute(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }

  static func document(title: String, language: AlianzasDomain.Language, _ body: [Body]) -> String {
    let html = HTML(
      .lang(language == .es ? .spanish : .english),
      .head(
        .meta(.charset(.utf8)),
        .meta(
          .attribute(named: "http-equiv", value: "Content-Security-Policy"),
          .attribute(
            named: "content", value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:")),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .element(named: "title", text: text(title)),
        .style(css)
      ),
      .body(.group(body))
    )
    return html.render(indentedBy: .spaces(1))
  }

  static func section(_ heading: String, _ nodes: [Body]) -> Body {
    .element(named: "section", nodes: [.h2(.text(text(heading)))] + nodes)
  }

  static func paragraph(_ s: String) -> Body { .p(.text(text(s))) }

  /// A bulleted list, each item with an optional class (open or confirmed warnings).
  static func list(_ items: [(text: String, className: String?)]) -> Body {
    .ul(
      .group(
        items.map { item in
          .li(.if(item.className != nil, .class(item.className ?? "")), .text(text(item.text)))
        }))
  }

  /// A paragraph whose `{name}` places hold named figures: `figures[name]` is written there in a
  /// span that carries its name (`data-figure`), for the tests that read the page back.
  static func paragraph(_ template: String, figures: [String: String]) -> Body {
    var nodes: [Body] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      nodes.append(.text(text(String(rest[..<open]))))
      let name = String(rest[rest.index(after: open)..<close])
      nodes.append(
        .span(.attribute(named: "data-figure", value: attribute(name)), .text(text(figures[name] ?? "—"))))
      rest = rest[rest.index(after: close)...]
    }
    nodes.append(.text(text(String(rest))))
    return .p(.group(nodes))
  }

  /// A chart with its caption and its numbers.
  static func figure(
    id: String, caption: String, chart: Body, table: Body, language: AlianzasDomain.Language
  ) -> Body {
    .element(
      named: "figure",
      nodes: [
        .attribute(named: "id", value: attribute(id)), chart,
        .element(named: "figcaption", nodes: [.text(text(caption))]),
        .element(
          named: "details",
          nodes: [
            .element(
              named: "summary",
              nodes: [.text(text(language == .es ? "Datos del gráfico" : "The chart's data"))]),
            table,
          ]),
      ])
  }

  /// A table; `figure` names each cell's figure for the tests that read the page back.
  static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], figures: [[String?]] = [])
    -> Body
  {
    .table(
      .thead(.tr(.group(header.map { .th(.text(text($0))) }))),
      .tbody(
        .group(
          rows.enumerated().map { r, row in
            .tr(
              .group(
                row.enumerated().map { c, cell in
                  let figure = r < figures.count && c < figures[r].count ? figures[r][c] : nil
                  return .td(
                    .if(numeric.contains(c), .class("n")),
                    .if(figure != nil, .attribute(named: "data-figure", value: attribute(figure ?? ""))),
                    .text(text(cell)))
                }))
          }))
    )
  }

  static let css = """
    @page { size: A4; margin: 16mm 14mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733; max-width: 190mm; margin: 0 auto; }
    h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #c9d3dd; }
    p.meta { color: #52606d; margin: 0 0 4mm; }
    section { break-inside: avoid-page; }
    figure { margin: 2mm 0 5mm; break-inside: avoid; } figcaption { font-size: 9.5pt; color: #3e4c59; margin-top: 1mm; }
    details { font-size: 9pt; margin-top: 1mm; } summary { color: #52606d; }
    @media print { details > *:not(summary) { display: block; } }
    table { border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9.5pt; }
    th, td { border-bottom: 1px solid #e4e7eb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    dl.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm 4mm; margin: 2mm 0 4mm; }
    dl.figures div { border: 1px solid #e4e7eb; padding: 2mm; } dt { font-size: 8.5pt; color: #52606d; } dd { margin: 0; font-size: 14pt; font-weight: bold; }
    svg.chart { width: 100%; height: auto; display: block; }
    svg .label { font-size: 11px; fill: #1d2733; } svg .value { font-size: 11px; fill: #3e4c59; } svg .axis-label { font-size: 10px; fill: #52606d; }
    svg .axis { stroke: #7b8794; stroke-width: 1; } svg .grid { stroke: #e4e7eb; stroke-width: 1; }
    svg .bar { fill: #2f6f9f; } svg .bar-1 { fill: #2f6f9f; } svg .bar-2 { fill: #c47f17; } svg .bar-3 { fill: #3f8f4f; } svg .bar-4 { fill: #a23b3b; }
    svg .point { fill: #2f6f9f; fill-opacity: 0.55; }
    svg .interval { stroke: #1d2733; stroke-width: 1.5; } svg .estimate { fill: #a23b3b; }
    svg .curve-0 { fill: none; stroke: #2f6f9f; stroke-width: 2; } svg .band-0 { fill: #2f6f9f; fill-opacity: 0.15; }
    svg .curve-1 { fill: none; stroke: #c47f17; stroke-width: 2; stroke-dasharray: 6 3; } svg .band-1 { fill: #c47f17; fill-opacity: 0.15; }
    svg .curve-2 { fill: none; stroke: #3f8f4f; stroke-width: 2; stroke-dasharray: 2 2; } svg .band-2 { fill: #3f8f4f; fill-opacity: 0.15; }
    svg .key-0 { fill: #2f6f9f; } svg .key-1 { fill: #c47f17; } svg .key-2 { fill: #3f8f4f; }
    svg .mark-0 { fill: #1d2733; } svg .mark-1 { fill: #7b8794; }
    svg .cross { stroke: #a23b3b; stroke-width: 2; } svg .today { stroke: #52606d; stroke-width: 1; stroke-dasharray: 3 3; }
    svg .shade-0 { fill: #f1f3f5; stroke: #c9d3dd; } svg .shade-1 { fill: #deebf7; } svg .shade-2 { fill: #9ecae1; }
    svg .shade-3 { fill: #6baed6; } svg .shade-4 { fill: #3182bd; } svg .shade-5 { fill: #08519c; }
    svg .tile-label { font-size: 12px; font-weight: bold; fill: #1d2733; } svg .tile-value { font-size: 11px; fill: #1d2733; }
    svg .dark { fill: #ffffff; }
    h3 { font-size: 11pt; margin: 4mm 0 1mm; }
    li.open { color: #8a4b00; } li.confirmed { color: #52606d; }
    """
}
