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

  /// Rows of input that were skipped, with the first reasons.
  func node(for note: DataNote) -> TemplateNode {
    TemplateNode([
      .source: .text(note.source),
      .skippedRows: .text(Wording.count(note.skippedRows)),
      .reasons: .list(note.reasons.map { TemplateNode([.reason: .text($0)]) }),
    ])
  }
}
