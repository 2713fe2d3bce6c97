internal import AlmanacIngest
internal import AlmanacNarrative
internal import AlmanacReport
internal import Foundation
internal import Logging

/// The entry points of the command-line tool: one call per command, each doing all of its work.
public enum Runner {
  /// Reads and validates a config file.
  ///
  /// - Parameter path: The config file.
  /// - Returns: The config with absolute paths.
  /// - Throws: `RunFailure` listing every problem, each with file and line.
  public static func loadConfig(_ path: String) throws(RunFailure) -> AlmanacConfig {
    switch readConfig(path) {
    case .success(let config): return config
    case .failure(let problems): throw RunFailure(problems.joined(separator: "\n"))
    }
  }

  /// Reads and validates a config file, keeping its problems apart.
  ///
  /// - Parameter path: The config file.
  /// - Returns: The config, or one message per problem.
  static func readConfig(_ path: String) -> Result<AlmanacConfig, ConfigProblemList> {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let text: String
    do {
      text = try TextFile.read(absolute)
    } catch {
      var named = error
      named.file = path
      // A place in the file (a byte that is not UTF-8) reads as a compiler message; otherwise
      // the file itself could not be read.
      return .failure(
        ConfigProblemList([
          named.line != nil
            ? named.description : "\(path): error: cannot read the config: \(named.message)"
        ]))
    }
    do {
      return .success(try AlmanacConfig.parse(yaml: text, path: absolute))
    } catch {
      return .failure(ConfigProblemList(error.errors.map(\.description)))
    }
  }

  /// Writes the built-in demo data set and its config.
  ///
  /// - Parameter folder: The work folder.
  /// - Returns: The demo config's path.
  /// - Throws: `RunFailure` when a file cannot be written.
  public static func writeDemo(to folder: String) throws(RunFailure) -> String {
    do {
      return try DemoDataset().write(to: folder)
    } catch {
      throw RunFailure("\(folder): error: cannot write the demo data: \(Self.reason(error))")
    }
  }

  /// Runs a report: reads the inputs, measures, judges, writes every format, records history and
  /// sends the e-mail when asked.
  ///
  /// Besides the stages, the run logs what it did at `notice` level, each line naming the period:
  /// the status counts and where the files went, then what was sent to whom with the Message-ID,
  /// or why nothing was sent.
  ///
  /// - Parameter options: The config and command-line overrides.
  /// - Returns: The files written and each model's status.
  /// - Throws: `RunFailure` with a message naming what went wrong and where.
  public static func report(_ options: ReportOptions) async throws(RunFailure) -> RunOutcome {
    let started = options.clock.now
    var config = try loadConfig(options.configPath)
    if let period = options.period { config.report.period = period }
    if let formats = options.formats { config.report.formats = formats }
    if let output = options.output {
      config.report.output = URL(fileURLWithPath: output).standardizedFileURL.path
    }
    if let templates = options.templates {
      config.report.templates = URL(fileURLWithPath: templates).standardizedFileURL.path
    }
    switch options.history {
    case .config: break
    case .path(let path): config.historyPath = URL(fileURLWithPath: path).standardizedFileURL.path
    case .none: config.historyPath = nil
    }
    let email = try emailPlan(config: config, options: options, now: started)
    if options.send, let email, let problem = mailCommandProblem(email.settings, config) {
      throw RunFailure(problem)
    }
    let lock = try RunLock(
      folder: config.report.output, timeoutSeconds: config.report.lockTimeoutSeconds)
    defer { withExtendedLifetime(lock) {} }
    let logger = options.logger
    let built = try await ReportBuilder(
      config: config, now: started, logger: logger, jobs: options.jobs
    ).build()
    let recorder = HistoryRecorder(config: config)
    let figures = recorder.figures(of: built)
    try HistoryRecorder.check(figures, period: built.period)
    let published = try await logger.stage(
      "writing \(config.report.formats.map(\.rawValue).joined(separator: ", "))"
    ) {
      () async throws(RunFailure) in
      try await ReportWriter(settings: config.report).publish(built.report, email: email)
    }
    let runID = try await logger.stage("recording history") { () async throws(RunFailure) in
      try recorder.record(built, figures: figures, started: started, finished: options.clock.now)
    }
    let outcome = RunOutcome(
      period: built.report.period.label, files: published.files,
      statuses: built.report.models.map { RunOutcome.Entry(model: $0.name, status: $0.status) })
    let folder = "\(config.report.output)/\(outcome.period)"
    logger.notice(
      "\(outcome.period): \(statusCounts(outcome)); \(Wording.counted(published.files.count, "file")) in \(folder)"
    )
    if options.send, let email, let message = published.message {
      try await ReportDelivery(
        email: email, recorder: recorder, runID: runID, logger: logger, clock: options.clock
      ).deliver(message, outcome: outcome, condition: options.emailOn, resend: options.resend)
    }
    return outcome
  }

  /// The models' statuses counted in words: `2 models: 1 red, 1 green`.
  static func statusCounts(_ outcome: RunOutcome) -> String {
    let counts = HealthStatus.allCases.reversed().compactMap { status -> String? in
      let count = outcome.statuses.filter { $0.status == status }.count
      return count > 0 ? "\(Wording.count(count)) \(status.rawValue)" : nil
    }
    let models = Wording.counted(outcome.statuses.count, "model")
    return counts.isEmpty ? "no models" : "\(models): \(counts.joined(separator: ", "))"
  }

  /// The e-mail to write, when the config or the command line names recipients.
  ///
  /// - Throws: `RunFailure` when recipients are given without a sender, or `--send` without any.
  static func emailPlan(config: AlmanacConfig, options: ReportOptions, now: Date) throws(RunFailure)
    -> EmailPlan?
  {
    var settings = config.report.email
    if let recipients = options.recipients {
      guard settings != nil else {
        throw RunFailure(
          "\(config.sourcePath): error: --email needs a sender\n  hint: add report.email.from to the config"
        )
      }
      settings?.to = recipients
    }
    guard let settings, !settings.to.isEmpty else {
      if options.send {
        throw RunFailure(
          "error: --send needs recipients: give --email or report.email.to in the config")
      }
      return nil
    }
    // A fixed clock (the demo, tests) makes the message repeat byte for byte.
    let seed =
      options.clock == .system
      ? UInt64.random(in: .min ... .max) : UInt64(now.timeIntervalSince1970)
    return EmailPlan(settings: settings, date: now, seed: seed)
  }

  /// Why the configured mail command cannot run, or `nil` when its program is found.
  ///
  /// - Parameters:
  ///   - settings: The e-mail settings.
  ///   - config: The config, for the message.
  /// - Returns: A message naming the config and the program.
  static func mailCommandProblem(_ settings: EmailSettings, _ config: AlmanacConfig) -> String? {
    let sendmail = Sendmail(command: settings.sendmail)
    guard sendmail.program() == nil else { return nil }
    let word = settings.sendmail.split(separator: " ").first.map(String.init) ?? ""
    return "\(config.sourcePath): error: report.email.sendmail: cannot find the program "
      + "\(String(reflecting: word)) in PATH, \(Sendmail.systemFolders.joined(separator: ", "))"
      + "\n  hint: install a mail transfer agent (exim4, postfix or msmtp-mta), or give its full path"
  }

  /// A short reason for a file-system error: the system's own words when there are some ("No
  /// space left on device"), never a raw error object.
  public static func reason(_ error: any Error) -> String {
    let error = error as NSError
    if let cause = error.userInfo[NSUnderlyingErrorKey] as? any Error,
      case let underlying = cause as NSError, underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    return error.localizedFailureReason ?? error.localizedDescription
  }
}

/// Messages about a config, one per problem.
struct ConfigProblemList: Error {
  let messages: [String]

  init(_ messages: [String]) { self.messages = messages }

  func joined(separator: String) -> String { messages.joined(separator: separator) }
}
