import AlianzasDomain
import Plot

/// What the field recorded: deliveries month by month against the volume the agreement in force
/// promised, and the prices paid against the agreed and the local reference price.
extension AllianceReport {
  /// One calendar month of the alliance's commercial life.
  struct Month {
    var key: String
    var first: Day
    var kg = 0.0
    var rejectedKg = 0.0
    /// Pesos paid, over the kilograms that carry a price (a delivery without one is left out).
    var paid = 0.0
    var pricedKg = 0.0
    var deliveries = 0
    /// The agreement in force in the middle of the month.
    var agreement: Agreement?

    var meanPrice: Double? { pricedKg > 0 ? paid / pricedKg : nil }
  }

  /// The months from the first agreement or delivery to today's month, with what each holds.
  var months: [Month] {
    let deliveries = a.deliveries
    let starts = deliveries.map(\.date) + a.agreements.map(\.start)
    guard let start = starts.min(), start <= today else { return [] }
    var out: [Month] = []
    var day = Day(year: start.year, month: start.components.month, day: 1)!
    var index: [String: Int] = [:]
    while day <= today {
      let key = String(day.iso.prefix(7))
      index[key] = out.count
      out.append(Month(key: key, first: day, agreement: a.agreement(on: day.adding(days: 14))))
      day = day.adding(months: 1)
    }
    for d in deliveries {
      guard let i = index[String(d.date.iso.prefix(7))] else { continue }
      out[i].kg += d.kg
      out[i].rejectedKg += d.rejectedKg
      if d.pricePerKg.amount > 0 {
        out[i].paid += d.kg * d.pricePerKg.double
        out[i].pricedKg += d.kg
      }
      out[i].deliveries += 1
    }
    return out
  }

  func kg(_ value: Double) -> String {
    Format.decimal(value, digits: value == value.rounded() ? 0 : 1, l)
  }

  /// How many months the charts draw: five years are enough to read and still fit a page.
  static let chartMonths = 60

  func deliveries() -> Page.Body {
    let months = months
    let delivered = a.deliveries
    guard !months.isEmpty else {
      return Page.section(
        t("Entregas al aliado comercial", "Deliveries to the buyer"),
        [Page.paragraph(t("Sin acuerdos ni entregas registrados.", "No agreements or deliveries on record."))]
      )
    }
    let drawn = months.suffix(Self.chartMonths)
    let chart = ColumnChart(
      title: t("Entregas por mes frente al volumen pactado", "Deliveries by month against the agreed volume"),
      yLabel: t("kg por mes", "kg per month"), referenceLabel: t("Volumen pactado", "Agreed volume"),
      columns: drawn.map {
        .init(label: $0.key, value: $0.kg, reference: $0.agreement.map { Double($0.volumeKgPerMonth) })
      }, format: { Format.integer(Int($0), self.l) })
    let total = delivered.reduce(0) { $0 + $1.kg }, rejected = delivered.reduce(0) { $0 + $1.rejectedKg }
    let listed = months.filter { $0.deliveries > 0 || $0.agreement != nil }
    let cut =
      months.count > drawn.count
      ? t(
        " El gráfico muestra los últimos \(n(drawn.count)) meses; la tabla, todos.",
        " The chart shows the last \(n(drawn.count)) months; the table, all of them.") : ""
    return Page.section(
      t("Entregas al aliado comercial", "Deliveries to the buyer"),
      [
        Page.paragraph(
          t(
            "{deliveries.count} entregas registradas en las visitas: {deliveries.total_kg} kg entregados, {deliveries.rejected_kg} kg rechazados.",
            "{deliveries.count} deliveries recorded on visits: {deliveries.total_kg} kg delivered, {deliveries.rejected_kg} kg rejected."
          ),
          figures: [
            "deliveries.count": n(delivered.count), "deliveries.total_kg": kg(total),
            "deliveries.rejected_kg": kg(rejected),
          ]),
        Page.figure(
          id: "deliveries",
          caption: t(
            "Kilos entregados al aliado en cada mes (columnas) y el volumen mensual que pactaba el acuerdo vigente (línea).",
            "Kilograms delivered to the buyer each month (columns) and the monthly volume the agreement in force promised (line)."
          ) + cut,
          chart: chart.render(),
          table: Page.table(
            [
              t("Mes", "Month"), t("Entregado (kg)", "Delivered (kg)"), t("Rechazado (kg)", "Rejected (kg)"),
              t("Pactado (kg)", "Agreed (kg)"), t("Cumplimiento", "Fulfilled"),
            ],
            listed.map { m in
              let agreed = m.agreement?.volumeKgPerMonth
              return [
                m.key, kg(m.kg), kg(m.rejectedKg), agreed.map(n) ?? "—",
                agreed.flatMap { $0 > 0 ? Format.percent(m.kg * 100 / Double($0), digits: 0, l) : nil }
                  ?? "—",
              ]
            }, numeric: [1, 2, 3, 4], figures: listed.map { [nil, "deliveries.\($0.key).kg", nil, nil, nil] }),
          language: l),
      ])
  }

  func prices() -> Page.Body {
    let delivered = a.deliveries.filter { $0.pricePerKg.amount > 0 }.sorted { $0.date < $1.date }
    guard !delivered.isEmpty else { return .empty }
    let from = max(
      delivered.first!.date, months.suffix(Self.chartMonths).first?.first ?? delivered.first!.date)
    let agreements = a.agreements.sorted { $0.start < $1.start }
    let reference = a.businessPlan.referencePricePerKg.double
    var series: [LineChart.Series] = [
      .init(
        name: t("Precio pagado", "Price paid"),
        points: delivered.filter { $0.date >= from }.map { ($0.date, $0.pricePerKg.double) }),
      .init(
        name: t("Precio pactado", "Agreed price"),
        points: agreements.map { (max($0.start, from), $0.pricePerKg.double) }, steps: true),
    ]
    if reference > 0 {
      series.append(
        .init(
          name: t("Precio de referencia", "Reference price"), points: [(from, reference), (today, reference)])
      )
    }
    let chart = LineChart(
      title: t("Precios por kilo", "Prices per kilogram"), series: series, today: today,
      format: { Format.pesosShort(Pesos(Int64($0.rounded())), self.l) })
    let listed = months.filter { $0.meanPrice != nil }
    return Page.section(
      t("Precios", "Prices"),
      [
        Page.figure(
          id: "prices",
          caption: t(
            "Precio pagado por kilo en cada entrega, el precio que pactaba el acuerdo vigente y el precio de referencia local del plan de negocio.",
            "Price paid per kilogram on each delivery, the price the agreement in force promised and the business plan's local reference price."
          ),
          chart: chart.render(),
          table: Page.table(
            [
              t("Mes", "Month"), t("Precio medio pagado", "Mean price paid"),
              t("Precio pactado", "Agreed price"), t("Referencia", "Reference"),
            ],
            listed.map { m in
              [
                m.key, pesos(Pesos(Int64(m.meanPrice!.rounded()))),
                m.agreement.map { pesos($0.pricePerKg) } ?? "—",
                reference > 0 ? pesos(a.businessPlan.referencePricePerKg) : "—",
              ]
            }, numeric: [1, 2, 3], figures: listed.map { [nil, "prices.\($0.key)", nil, nil] }),
          language: l)
      ])
  }
}
