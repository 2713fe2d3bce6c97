internal import AlmanacReport
internal import Foundation

/// The e-mail a run writes beside its reports.
struct EmailPlan {
  /// Sender, recipients, command and Message-ID host.
  let settings: EmailSettings
  /// When the message is made.
  let date: Date
  /// Makes boundaries and Message-ID: fixed where output must repeat.
  let seed: UInt64
}

/// Renders a report in every configured format and publishes the period's folder in one step.
struct ReportWriter {
  let settings: ReportSettings

  /// What a publication wrote.
  struct Published {
    /// The paths written.
    var files: [String]
    /// The e-mail message, when one was written.
    var message: EmailMessage?
  }

  /// Writes the report's files, and the e-mail message when there is one, into `output/<period>/`.
  ///
  /// The message attaches the workbook and the report page, so e-mail always writes both.
  ///
  /// - Parameters:
  ///   - report: The report.
  ///   - email: The e-mail to write beside the reports, if any.
  /// - Returns: The paths written and the message.
  /// - Throws: `RunFailure` when a renderer or the file system fails; the previous reports then stay.
  func publish(_ report: ReportModel, email: EmailPlan? = nil) async throws(RunFailure) -> Published
  {
    let folder = OutputFolder(root: settings.output)
    var formats = settings.formats
    if email != nil {
      formats += [ReportFormat.html, .xlsx].filter { !formats.contains($0) }
    }
    var message: EmailMessage?
    do {
      let templates = try TemplateSet.load(overrides: settings.templates)
      let files = try folder.publish(name: report.period.label) { staging in
        var names = try formats.map { format in
          let name: String
          switch format {
          case .html:
            name = ReportFileNames.html
            try write(HTMLRenderer(templates: templates).render(report), to: "\(staging)/\(name)")
          case .markdown:
            name = ReportFileNames.markdown
            try write(
              MarkdownRenderer(templates: templates).render(report), to: "\(staging)/\(name)")
          case .xlsx:
            name = ReportFileNames.xlsxName(for: report.period)
            try XLSXRenderer().write(report, to: "\(staging)/\(name)")
          case .json:
            name = ReportFileNames.json
            try write(JSONReportRenderer().render(report), to: "\(staging)/\(name)")
          }
          return name
        }
        if let email {
          let attachments = try [
            (ReportFileNames.xlsxName(for: report.period), EmailAttachment.workbookType),
            (ReportFileNames.html, EmailAttachment.pageType),
          ].map { name, type in
            let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(staging)/\(name)"))
            return EmailAttachment(name: name, type: type, bytes: [UInt8](bytes))
          }
          let written = try EmailMessage(
            report: report, templates: templates, attachments: attachments,
            from: email.settings.from, to: email.settings.to, date: email.date,
            messageIDDomain: email.settings.messageIDDomain,
            link: settings.link(for: report.period.label), seed: email.seed)
          try Data(written.bytes).write(
            to: URL(fileURLWithPath: "\(staging)/\(EmailMessage.fileName)"))
          names.append(EmailMessage.fileName)
          message = written
        }
        return names
      }
      return Published(files: files, message: message)
    } catch let failure as RunFailure {
      throw failure
    } catch let error as TemplateError {
      throw RunFailure(error.description)
    } catch let error as XLSXError {
      throw RunFailure(Self.naming(period: report.period.label, in: error.description))
    } catch let error as EmailError {
      throw RunFailure(error.description)
    } catch let error as DeliveryError {
      throw RunFailure(error.description)
    } catch {
      throw RunFailure(
        "\(settings.output): error: cannot write the reports: \(Runner.reason(error))")
    }
  }

  /// A message about a file in the staging folder, naming the period's folder instead: the
  /// staging folder (`.almanac-tmp-<period>-<process>`) is gone by the time the user reads it.
  private static func naming(period label: String, in message: String) -> String {
    let staging = OutputFolder.temporaryPrefix + label + "-"
    guard let start = message.range(of: staging) else { return message }
    let end = message[start.upperBound...].firstIndex { !$0.isNumber } ?? message.endIndex
    return message.replacingCharacters(in: start.lowerBound..<end, with: label)
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }
}
