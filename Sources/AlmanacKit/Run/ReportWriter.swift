internal import AlmanacReport
internal import Foundation

/// Renders a report in every configured format and publishes the period's folder in one step.
struct ReportWriter {
  let settings: ReportSettings

  /// Writes the report's files into `output/<period>/`.
  ///
  /// - Parameter report: The report.
  /// - Returns: The paths written.
  /// - Throws: `RunFailure` when a renderer or the file system fails; the previous reports then stay.
  func publish(_ report: ReportModel) async throws(RunFailure) -> [String] {
    let folder = OutputFolder(root: settings.output)
    do {
      let templates = try TemplateSet.load(overrides: settings.templates)
      return try folder.publish(name: report.period.label) { staging in
        try settings.formats.map { format in
          let name: String
          switch format {
          case .html:
            name = ReportFileNames.html
            try write(HTMLRenderer(templates: templates).render(report), to: "\(staging)/\(name)")
          case .markdown:
            name = ReportFileNames.markdown
            try write(MarkdownRenderer(templates: templates).render(report), to: "\(staging)/\(name)")
          case .xlsx:
            name = ReportFileNames.xlsxName(for: report.period)
            try XLSXRenderer().write(report, to: "\(staging)/\(name)")
          case .json:
            name = ReportFileNames.json
            try write(JSONReportRenderer().render(report), to: "\(staging)/\(name)")
          }
          return name
        }
      }
    } catch let failure as RunFailure {
      throw failure
    } catch let error as any Error & CustomStringConvertible {
      throw RunFailure(error.description)
    } catch {
      throw RunFailure("\(settings.output): error: cannot write the reports: \(Runner.reason(error))")
    }
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }
}
