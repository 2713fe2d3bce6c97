import AlmanacKit
public import ArgumentParser
import Logging

/// `almanac report`: the weekly job.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Report on the models of a config for one period.",
    discussion:
      "Reads the prediction logs, reference data, registry and costs named in the config, and writes one folder per period holding report.html, report.md, the XLSX workbook and report.json. Lists the files written on stdout, unless --quiet."
  )

  @OptionGroup var report: ReportOptionsGroup
  @OptionGroup var logging: LogOptions

  func run() async throws {
    let log = try logging.log()
    do {
      let outcome = try await Runner.report(try report.options(logger: log.logger))
      Console.endProgress()
      try report.finish(outcome, log: log, listsFiles: !logging.quiet)
    } catch let failure as RunFailure {
      log.exit(1, failure.description)
      throw failure
    }
  }
}

/// `almanac demo`: writes the built-in demo data and reports on it.
struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Write the built-in demo data set and report on its latest week.",
    discussion:
      "Two models over eight ISO weeks: a credit-default classifier that drifts and loses accuracy, and a healthy store-demand forecaster. The data and its config go to the work folder."
  )

  @Option(help: "Where to write the demo's data and config.")
  var work = "demo-data"

  @Option(help: "Where to write the reports (one folder per period).")
  var output = "reports/demo"

  @Option(
    name: .customLong("format"), parsing: .upToNextOption,
    help: "Formats to write: html, markdown, xlsx, json (default: all).")
  var formats: [ReportFormatArgument] = []

  @OptionGroup var logging: LogOptions

  func run() async throws {
    let configPath = try Runner.writeDemo(to: work)
    let options = ReportOptions(
      configPath: configPath, period: .latest,
      formats: formats.isEmpty ? nil : formats.map(\.format),
      output: output, clock: .demo, logger: try logging.log().logger)
    let outcome = try await Runner.report(options)
    Console.endProgress()
    for file in outcome.files { Console.output(file) }
  }
}

/// Options shared by commands that write a report.
struct ReportOptionsGroup: ParsableArguments {
  @Option(name: .shortAndLong, help: "The config file.")
  var config = "almanac.yml"

  @Option(
    help:
      "The period: last-week, latest, an ISO week (2026-W47) or a range (2026-11-16..2026-11-22).")
  var period: String?

  @Option(
    name: .customLong("format"), parsing: .upToNextOption,
    help: "Formats to write: html, markdown, xlsx, json (default: the config's).")
  var formats: [ReportFormatArgument] = []

  @Option(help: "The folder that receives one sub-folder per period (default: the config's).")
  var output: String?

  @Option(
    help:
      "A folder of templates replacing the built-in ones file by file (see templates/README.md).")
  var templates: String?

  @Option(help: "Exit with code 3 when a model's status is this bad or worse: red or amber.")
  var failOn: FailureLevel?

  @Option(help: "E-mail recipients, comma-separated, replacing report.email.to; writes report.eml.")
  var email: String?

  @Flag(
    help: ArgumentHelp(
      "Pipe the e-mail to the configured mail command (report.email.sendmail).",
      discussion:
        "A period is sent once: the history records each message, and a rerun says when it was"
        + " sent instead of sending it again."))
  var send = false

  @Option(
    help:
      "With --send, send only when a model is this bad or worse: red or amber (default: always).")
  var emailOn: EmailCondition = .always

  @Flag(help: "With --send, send the period again though the history says it was sent.")
  var resend = false

  @Option(help: "The history database to read and record, replacing the config's history.")
  var history: String?

  @Flag(help: "Read and record no history, and send nothing: a trial run.")
  var noHistory = false

  @Option(help: "The most models measured at once (default: the machine's cores).")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    if let period, PeriodSpec(period) == nil {
      throw ValidationError(
        "--period \"\(period)\" is not a period; use \(PeriodSpec.expectedForms)")
    }
    _ = try recipients()
    if noHistory && history != nil {
      throw ValidationError("--no-history and --history cannot be used together")
    }
    if noHistory && send {
      throw ValidationError(
        "--send needs the history to send each period once; a --no-history run sends nothing")
    }
    if !send && (resend || emailOn != .always) {
      throw ValidationError("--resend and --email-on apply to --send")
    }
  }

  /// The `--email` recipients, if given.
  func recipients() throws -> [Mailbox]? {
    do {
      return try email.map(Mailbox.list)
    } catch {
      let message = "\(error)"
      throw ValidationError(
        message.hasPrefix("error: ") ? "--email: " + message.dropFirst("error: ".count) : message)
    }
  }

  func options(logger: Logger) throws -> ReportOptions {
    var options = ReportOptions(
      configPath: config, period: period.flatMap(PeriodSpec.init),
      formats: formats.isEmpty ? nil : formats.map(\.format), output: output, templates: templates,
      clock: .system, logger: logger)
    options.recipients = try recipients()
    options.send = send
    options.emailOn = emailOn
    options.resend = resend
    options.history = noHistory ? .none : history.map { .path($0) } ?? .config
    if let jobs { options.jobs = jobs }
    return options
  }

  /// Prints what was written (unless `--quiet`), then exits 3 when `--fail-on` is met, saying so
  /// in one line on stderr (which cron mails to `MAILTO`) and in the log file.
  func finish(_ outcome: RunOutcome, log: RunLog, listsFiles: Bool) throws {
    if listsFiles {
      for file in outcome.files { Console.output(file) }
    }
    if let failOn, failOn.isMet(by: outcome.worstStatus) {
      let models = outcome.models(meeting: failOn)
      let line =
        "almanac: \(outcome.period): \(models.joined(separator: ", ")) \(models.count == 1 ? "is" : "are")"
        + " \(failOn == .red ? "red" : "amber or red") (--fail-on \(failOn.rawValue))"
      Console.error(line)
      log.exit(3, line)
      throw ExitCode(3)
    }
  }
}

/// A report format named on the command line.
struct ReportFormatArgument: ExpressibleByArgument {
  let format: ReportFormat

  init?(argument: String) {
    let names = argument.split(separator: ",").map(String.init)
    guard names.count == 1,
      let format = ReportFormat(rawValue: argument) ?? (argument == "md" ? .markdown : nil)
    else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

extension FailureLevel: ExpressibleByArgument {}

extension EmailCondition: ExpressibleByArgument {}
