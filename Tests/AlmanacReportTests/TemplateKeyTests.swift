import AlmanacTestSupport
import Testing

@testable import AlmanacReport

/// Keys in templates and keys in the context agree: no template asks for a key the renderers never
/// provide, and no declared key is dead.
@Suite struct TemplateKeyTests {
  /// Every key present anywhere in a context tree.
  static func keys(in node: TemplateNode) -> Set<String> {
    var keys = Set(node.values.keys.map(\.rawValue))
    for value in node.values.values {
      switch value {
      case .node(let child): keys.formUnion(Self.keys(in: child))
      case .list(let children): children.forEach { keys.formUnion(Self.keys(in: $0)) }
      case .text, .flag, .markup, .missing: break
      }
    }
    return keys
  }

  /// The sample's context as the HTML renderers build it (root colours, the e-mail's link and
  /// charts included).
  static var sampleContext: TemplateNode {
    let charts: [ContextKey: TemplateValue] = [
      .qualityChart: .markup("<svg/>"), .driftChart: .markup("<svg/>"), .netChart: .missing,
      .qualityChartChange: .text("Down."), .driftChartChange: .text("Up."),
      .netChartChange: .missing,
    ]
    return ReportContext(report: SampleReport.make()).root(
      extras: [
        .accentColor: .text("#1F4E79"), .accentTextColor: .text("#FFFFFF"),
        .link: .text("https://example.com/2026-W47/"),
      ],
      modelExtras: { _ in charts })
  }

  @Test func everyTemplateTagNamesAKeyTheContextProvides() throws {
    let provided = Self.keys(in: Self.sampleContext)
    for (name, text) in BuiltInTemplates.texts {
      for tag in TemplateTag.scan(text)
      where [.variable, .unescaped, .section, .invertedSection].contains(tag.kind) {
        for part in tag.content.split(separator: ".") {
          #expect(provided.contains(String(part)), "\(name):\(tag.line): \(tag.content)")
        }
      }
    }
  }

  @Test func everyDeclaredKeyIsProvided() {
    let provided = Self.keys(in: Self.sampleContext)
    let declared = Set(ContextKey.allCases.map(\.rawValue))
    #expect(declared.subtracting(provided).isEmpty)
  }

  @Test func everyDeclaredKeyIsUsedByABuiltInTemplate() {
    let used = Set(
      BuiltInTemplates.texts.values.flatMap { TemplateTag.scan($0) }.map(\.content))
    let unused = ContextKey.allCases.map(\.rawValue).filter { !used.contains($0) }
    #expect(unused.isEmpty)
  }

  @Test func scannerFindsEveryKindOfTagWithItsPosition() {
    let tags = TemplateTag.scan("a {{x}}\n{{{y}}} {{#s}}{{^t}}{{/t}}{{/s}}{{> p}}{{! c }}{{%P: Q}}")
    #expect(
      tags.map(\.kind) == [
        .variable, .unescaped, .section, .invertedSection, .closing, .closing, .partial, .comment,
        .pragma,
      ])
    #expect(tags.map(\.content) == ["x", "y", "s", "t", "t", "s", "p", "c", "P: Q"])
    #expect(tags[0].line == 1 && tags[0].column == 3)
    #expect(tags[1].line == 2 && tags[1].column == 1)
    #expect(tags[2].column == 9)
  }
}
