import AlmanacNarrative

extension ReportContext {
  /// One registry gap.
  func node(for finding: GovernanceFinding) -> TemplateNode {
    TemplateNode([
      .name: .text(finding.model),
      .kind: .text(DisplayName.of(finding.kind)),
      .status: .node(Self.node(for: finding.severity)),
      .what: .text(finding.what),
      .action: .text(finding.action),
    ])
  }

  /// One glossary term.
  func node(for entry: GlossaryEntry) -> TemplateNode {
    TemplateNode([
      .term: .text(entry.term), .plain: .text(entry.plain), .analogy: .text(entry.analogy),
    ])
  }

  /// A note on the input, with the first reasons when rows were skipped.
  func node(for note: DataNote) -> TemplateNode {
    TemplateNode([
      .source: .text(note.source),
      .what: .text(note.what),
      .reasons: .list(note.reasons.map { TemplateNode([.reason: .text($0)]) }),
    ])
  }
}
