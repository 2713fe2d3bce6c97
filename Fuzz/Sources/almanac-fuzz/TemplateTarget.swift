import AlmanacReport
import AlmanacTestSupport

/// Template overrides: each part of the input is one template file, its first byte picking which
/// built-in template it replaces (or a new partial); a set that loads renders the sample report
/// in HTML, Markdown and the e-mail.
enum TemplateTarget {
  /// The names an override may take: every built-in template, and a new partial in each family.
  static let names: [String] = {
    do {
      return try TemplateSet.builtIn().names + ["html-fuzz-partial", "md-fuzz-partial"]
    } catch {
      fatalError("the built-in templates do not load: \(error)")
    }
  }()

  /// The report every loaded set renders.
  static let report = SampleReport.make()

  static func run(_ input: [UInt8]) {
    let folder = ScratchFolder()
    for part in FuzzInput.parts(of: input).prefix(2) {
      guard let choice = part.first else { continue }
      folder.write("\(names[Int(choice) % names.count]).mustache", Array(part.dropFirst()))
    }
    let templates: TemplateSet
    do {
      templates = try TemplateSet.load(overrides: folder.root)
    } catch {
      FuzzInput.answer("\(error)")
      return
    }
    do {
      _ = try HTMLRenderer(templates: templates).render(report)
      _ = try MarkdownRenderer(templates: templates).render(report)
      _ = try EmailRenderer(templates: templates).render(report)
      FuzzInput.answer("ok")
    } catch {
      FuzzInput.answer("\(error)")
    }
  }
}
