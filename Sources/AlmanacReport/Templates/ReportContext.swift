import AlmanacNarrative

/// The template context of a report: every value a template can show, already written as text.
///
/// Built once per render from the report model. All figures go through `Wording` (via `MetricStyle`
/// for quality metrics), so HTML and Markdown read the same; nothing here adds, subtracts or
/// divides.
struct ReportContext {
  /// The report being rendered.
  let report: ReportModel

  /// The most models a report shows every model's full detail for: beyond it, the page and the
  /// e-mail show models that work well as one line each, rolled up by owner, and the workbook and
  /// JSON keep their figures.
  static let fullDetailLimit = 25

  /// The root object of the context.
  ///
  /// - Parameters:
  ///   - extras: Values a format adds at the root (the HTML page's colours).
  ///   - modelExtras: Values a format adds to each model (the HTML page's charts).
  /// - Returns: The root node, with a fresh `LookupLog`.
  func root(
    extras: [ContextKey: TemplateValue] = [:],
    modelExtras: (ModelReport) -> [ContextKey: TemplateValue] = { _ in [:] }
  ) -> TemplateNode {
    let nodes = report.models.enumerated().map { index, model in
      var node = self.node(for: model, position: index + 1)
      node.merge(modelExtras(model))
      return node
    }
    let action = zip(report.models, nodes).filter { $0.0.status > .green }.map(\.1)
    let healthy = zip(report.models, nodes).filter { $0.0.status == .green }.map(\.1)
    let isDetailed = report.models.count <= Self.fullDetailLimit
    var root = TemplateNode([
      .title: .text(report.title),
      .organization: .text(report.organization),
      .periodLabel: .text(report.period.label),
      .periodStart: .text(report.period.start),
      .periodEnd: .text(report.period.end),
      .periodPartial: .flag(report.period.partial),
      .daysWithData: .text(report.period.daysWithData.map { Wording.counted($0, "day") }),
      .generatedAt: .text(report.generatedAt),
      .currency: .text(report.currency),
      .logoText: .text(report.branding.logoText),
      .footer: .text(report.branding.footer),
      .summary: .node(summary),
      .models: .list(nodes),
      .actionModels: .list(action),
      .hasActionModels: .flag(!action.isEmpty),
      .healthyModels: .list(healthy),
      .hasHealthyModels: .flag(!healthy.isEmpty),
      .healthyCount: .text(Wording.counted(healthy.count, "model")),
      .healthyDetail: .flag(isDetailed),
      .healthyOwners: .list(healthyOwners),
      .appendixModels: .list(isDetailed ? nodes : action),
      .governance: .list(report.governance.map(node(for:))),
      .hasGovernance: .flag(!report.governance.isEmpty),
      .glossary: .list(report.glossary.map(node(for:))),
      .dataNotes: .list(report.dataNotes.map(node(for:))),
      .hasDataNotes: .flag(!report.dataNotes.isEmpty),
    ])
    root.merge(extras)
    root.log = LookupLog()
    return root
  }

  /// The executive summary: the headline, models by status and the money.
  var summary: TemplateNode {
    let summary = report.summary
    let counts: [(Status, Int)] = [
      (.red, summary.red), (.amber, summary.amber), (.green, summary.green),
    ]
    return TemplateNode([
      .headline: .text(summary.headline),
      .modelCount: .text(Wording.count(summary.models)),
      .statusCounts: .list(
        counts.map { status, count in
          TemplateNode([
            .status: .node(Self.node(for: status)), .count: .text(Wording.count(count)),
          ])
        }),
      .hasMoney: .flag(summary.cost != nil || summary.value != nil || summary.net != nil),
      .cost: .figure(summary.cost, money),
      .value: .figure(summary.value, money),
      .net: .figure(summary.net, money),
      .valueEstimated: .flag(summary.valueEstimated),
    ])
  }

  /// The models that work well, counted by owner: the owners with the most models first, then
  /// by name; models without an owner last.
  var healthyOwners: [TemplateNode] {
    let noOwner = "No owner on record"
    var groups: [String: [ModelReport]] = [:]
    for model in report.models where model.status == .green {
      groups[model.owner ?? noOwner, default: []].append(model)
    }
    return groups.sorted { lhs, rhs in
      if (lhs.key == noOwner) != (rhs.key == noOwner) { return rhs.key == noOwner }
      if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
      return lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8)
    }
    .map { owner, models in
      TemplateNode([.owner: .text(owner), .count: .text(Wording.count(models.count))])
    }
  }

  /// A status as a node: its key for styling, its word, its symbol and its colours.
  ///
  /// - Parameter status: The status.
  /// - Returns: The node.
  static func node(for status: Status) -> TemplateNode {
    TemplateNode([
      .key: .text(status.rawValue), .label: .text(status.label), .symbol: .text(status.symbol),
      .inkColor: .text(Status.hex(status.inkColor)),
      .paperColor: .text(Status.hex(status.paperColor)),
    ])
  }

  /// An amount in short form for prose and tiles (`$12.4k`).
  func money(_ amount: Double) -> String {
    Wording.money(amount, currency: report.currency)
  }

  /// An amount in whole units for tables (`$12,431`).
  func exactMoney(_ amount: Double) -> String {
    Wording.moneyExact(amount, currency: report.currency)
  }

  /// An amount with cents for unit prices (`$12.63`): `Wording` has no such form, so this writes
  /// the currency prefix before `Wording.number` with two decimals.
  func unitMoney(_ amount: Double) -> String {
    guard amount.isFinite else { return Wording.number(amount) }
    let body = Wording.number(abs(amount), decimals: 2)
    return (amount < 0 && body != "0.00" ? "-" : "") + Wording.currencyPrefix(report.currency)
      + body
  }
}
