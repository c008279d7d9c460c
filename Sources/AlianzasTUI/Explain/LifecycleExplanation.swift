import AlianzasDomain

/// The lifecycle pane: the twelve stages, each with the facts and documents entering it needs,
/// marked met or missing for this alliance, and its next step.
enum LifecycleExplanation {
  static func build(_ a: Alliance, _ l: Language) -> Explanation {
    var lines = Explain.prose(T.exLifecycleIntro(l))
    for stage in Stage.allCases {
      let reached = stage <= a.stage
      let date = a.stageHistory.last { $0.stage == stage }?.date.iso
      let mark = stage == a.stage ? "▶" : reached ? "✓" : "·"
      lines.append(
        Line(
          "\(mark) \(stage.number). \(stage.label(l))" + (date.map { " · \($0)" } ?? ""),
          reached ? .bold : .plain))
      let requirements = Lifecycle.requirements(for: stage)
      if requirements.isEmpty { lines.append(Line("    " + T.exLifecycleNothing(l), .dim)) }
      for requirement in requirements {
        let met = requirement.isMet(by: a)
        lines.append(Line("    \(met ? "✓" : "✗") \(requirement.label(l))", met ? .dim : Theme.error))
      }
    }
    lines.append("")
    switch Lifecycle.nextStep(a) {
    case .open(let next): lines.append(Line(T.canAdvance(l, next.label(l)), .bold))
    case .refused(let next, let refusal):
      lines.append(Line(refusal.message(l, target: next.label(l)), Theme.error.bolded()))
    case .last: lines.append(Line(T.lastStage(l), .bold))
    }
    return Explanation(title: T.exLifecycleTitle(l, a.code), lines: lines)
  }
}
