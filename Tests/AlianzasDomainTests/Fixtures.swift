import Foundation
import Testing

@testable import AlianzasDomain

let today = Day(year: 2014, month: 6, day: 30)!
let author = Author(device: "test", officer: "Ana Muñoz", at: Timestamp(day: today, hour: 9))
let reference = try! ReferenceData.embedded()
let instruments = try! Instruments.embedded()

func day(_ text: String) -> Day { Day(iso: text)! }

func agreement(
  id: String = "g1", start: Day = day("2013-06-01"), rupture: Rupture? = nil, replaces: String? = nil
) -> Agreement {
  Agreement(
    id: id, stamp: author.stamp,
    buyer: Buyer(id: "b-\(id)", name: "Lácteos del Sur S.A.", nit: "800123456-1", kind: "industria"),
    start: start, volumeKgPerMonth: 10_000, pricePerKg: 900, quality: "Grado A", rupture: rupture,
    replaces: replaces)
}

/// A valid alliance at the first stage, registered on 2013-03-01.
func newAlliance(code: String = "CAU-2013-001") -> Alliance {
  Alliance(
    id: "a1", stamp: author.stamp, code: code, name: "Alianza leche en Popayán, Cauca", departmentCode: "19",
    municipality: Place(code: "19001", name: "Popayán"), product: "leche", callYear: 2013,
    consolidationZone: false,
    oga: "Fundación Amanecer",
    stageHistory: [
      StageEvent(
        stage: .convocatoria, date: day("2013-03-01"), officer: "Ana", note: "", recordedAt: author.at)
    ],
    organization: ProducerOrganization(
      name: "Asociación de Lecheros de Popayán", nit: "900123456-7", members: 60, initialMembers: 62,
      resignations: 2, priorExperience: true),
    finance: Finance(totalValue: 1_200_000_000, modularIncentive: 300_000_000),
    businessPlan: BusinessPlan(areaHa: 120, projectedYieldKgPerHa: 4500, referencePricePerKg: 900))
}

/// Makes `requirement` true (or false) on `alliance`.
func set(_ requirement: Requirement, _ met: Bool, in a: inout Alliance) {
  let d: Day? = met ? day("2013-04-01") : nil
  switch requirement {
  case .organizationName: a.organization.name = met ? "Asociación de Lecheros" : " "
  case .product: a.product = met ? "leche" : ""
  case .profileRegistered: a.milestones.profileRegistered = d
  case .profileSelected: a.milestones.profileSelected = d
  case .preinvestmentApproved: a.milestones.preinvestmentApproved = d
  case .projectedYield: a.businessPlan.projectedYieldKgPerHa = met ? 4500 : 0
  case .approvalAct: a.milestones.approvalAct = d
  case .convenioSigned: a.milestones.convenioSigned = d
  case .convenioNumber: a.milestones.convenioNumber = met ? "6006160/2013" : nil
  case .policyExpiry: a.milestones.policyExpiry = met ? day("2014-09-01") : nil
  case .buyerAgreement: a.agreements = met ? [agreement()] : []
  case .fiduciaryName: a.milestones.fiduciaryName = met ? "Fideicomiso Alianza" : ""
  case .opContribution: a.milestones.opContributionDeposited = d
  case .giroDate: a.milestones.giroAuthorized = d
  case .cdaInstalled: a.milestones.cdaInstalled = d
  case .poaApproved: a.milestones.poaApproved = d
  case .poaIndicators:
    a.poa =
      met
      ? [
        POAIndicator(
          id: "p1", component: "Técnico-productivo", name: "Visitas", unit: "Número", target: 10,
          scheduled: 5, done: 4)
      ] : []
  case .activeAgreement:
    a.agreements = [
      agreement(rupture: met ? nil : Rupture(date: day("2013-12-01"), cause: .price, endedBy: .buyer))
    ]
  case .fundRules: a.milestones.fundRulesApproved = d
  case .repaymentTarget: a.finance.fund.repaymentTarget = met ? 100_000_000 : 0
  case .finalReport: a.milestones.finalReport = d
  case .liquidationAct: a.milestones.liquidationAct = d
  }
}

/// An alliance placed at `stage` (history dated 2013-03-01 onwards, one week apart) with every
/// requirement of every stage met.
func alliance(at stage: Stage) -> Alliance {
  var a = newAlliance()
  for requirement in Requirement.allCases { set(requirement, true, in: &a) }
  a.stageHistory = Stage.allCases.prefix(stage.number).enumerated().map { i, s in
    StageEvent(
      stage: s, date: day("2013-03-01").adding(days: 7 * i), officer: "Ana", note: "", recordedAt: author.at)
  }
  a.stage = stage
  return a
}

/// Changes `change.0` into `change.1` in the embedded data file `file` and expects the reference
/// data to be refused with a `DataFileError` naming the file and the key `change.2`.
func expectRefused(_ file: String, _ change: (String, String, String)) throws {
  var files = EmbeddedData.files
  let real = try #require(files[file])
  #expect(real.contains(change.0), "the data file still says \(change.0)")
  files[file] = real.replacingOccurrences(of: change.0, with: change.1)
  do {
    _ = try ReferenceData(files: files)
    Issue.record("accepted: \(change.1)")
  } catch let error as DataFileError {
    #expect(error.description.contains(file))
    #expect(error.description.contains(change.2), "\(error.description)")
  } catch {
    Issue.record("unexpected \(error)")
  }
}
