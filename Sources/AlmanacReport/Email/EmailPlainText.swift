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
    for model in root.list(.models) {
      lines.append("  \(Self.status(of: model)) · \(model.text(.name))")
      lines.append("    \(model.text(.headline))")
    }
    if root.isShown(.footer) { lines += ["", root.text(.footer)] }
    lines += ["", "The attached workbook holds every figure."]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A status as symbol and word, such as `✗ Act now`.
  private static func status(of node: TemplateNode) -> String {
    let status = node.child(.status)
    return "\(status.text(.symbol)) \(status.text(.label))"
  }
}
