/// The e-mail's plain-text body: the executive summary as short lines of text.
///
/// It reads the template context the HTML body is rendered from, value by value, in the order
/// `html-email` shows them, so the two bodies cannot disagree. There is no plain-text template
/// family, hence this small renderer in code; long lines are left to the reader's mail client to
/// wrap.
struct EmailPlainText {
  /// The report's context, every text already on one line.
  let root: TemplateNode

  /// The body, with `\n` line breaks and a final line break.
  var text: String {
    var lines: [String] = []
    if root.isShown(.organization) { lines.append(root.text(.organization)) }
    lines.append(root.text(.title))
    lines.append(
      "\(root.text(.periodLabel)) · \(root.text(.periodStart)) to \(root.text(.periodEnd))")
    let summary = root.child(.summary)
    lines += ["", summary.text(.headline), "", "Models by status"]
    for count in summary.list(.statusCounts) {
      lines.append("  \(Self.status(of: count)): \(count.text(.count))")
    }
    if summary.isShown(.hasMoney) {
      let value = summary.isShown(.valueEstimated) ? "Value, partly estimated" : "Value"
      lines += [
        "", "Money in this period",
        "  Cost: \(summary.text(.cost))",
        "  \(value): \(summary.text(.value))",
        "  Net value: \(summary.text(.net))",
      ]
    }
    lines += [
      "",
      "\(summary.text(.modelCount)) models in this report. Money is in \(root.text(.currency)).",
    ]
    lines += ["", "Models"]
    let detailed = root.isShown(.healthyDetail)
    for model in root.list(.actionModels) + (detailed ? root.list(.healthyModels) : []) {
      let owner = model.isShown(.owner) ? model.text(.owner) : "none on record"
      lines += [
        "", "  \(model.text(.name)) · \(Self.status(of: model))",
        "    Owner: \(owner)",
        "    \(model.text(.headline))",
        "    Next step: \(model.text(.nextStep))",
      ]
    }
    if !detailed && root.isShown(.hasHealthyModels) {
      lines += ["", "Working well: \(root.text(.healthyCount)), by owner"]
      for group in root.list(.healthyOwners) {
        lines.append("  \(group.text(.owner)): \(group.text(.count))")
      }
    }
    if root.isShown(.footer) { lines += ["", root.text(.footer)] }
    if root.isShown(.link) { lines += ["", "Full report: \(root.text(.link))"] }
    lines += [
      "",
      "Attached: the full report as a web page (report.html) and every figure in a workbook.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A status as symbol and word, such as `✗ Act now`.
  private static func status(of node: TemplateNode) -> String {
    let status = node.child(.status)
    return "\(status.text(.symbol)) \(status.text(.label))"
  }
}
