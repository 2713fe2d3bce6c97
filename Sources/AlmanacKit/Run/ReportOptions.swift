internal import AlmanacIngest
public import AlmanacNarrative
public import Foundation
public import Logging

/// A model's or the portfolio's traffic-light status.
public typealias HealthStatus = Status

/// What one `almanac report` run should do, beyond what the config says.
public struct ReportOptions: Sendable {
  /// The config file.
  public var configPath: String
  /// The period, replacing the config's.
  public var period: PeriodSpec?
  /// The formats, replacing the config's.
  public var formats: [ReportFormat]?
  /// The output folder, replacing the config's.
  public var output: String?
  /// A folder of templates (and `analogies/` packs) replacing the built-in ones file by file.
  public var templates: String?
  /// E-mail recipients, replacing the config's (`--email`).
  public var recipients: [Mailbox]?
  /// Whether to pipe the e-mail to the configured mail command (`--send`).
  public var send = false
  /// When `--send` sends: always, or only when a model is amber or red (`--email-on`).
  public var emailOn = EmailCondition.always
  /// Whether to send a period the history says was already sent (`--resend`).
  public var resend = false
  /// Which history the run reads and records (`--history`, `--no-history`).
  public var history = HistoryChoice.config
  /// The most models measured at once (`--jobs`): the machine's cores unless told.
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Where "now" comes from.
  public var clock: RunClock
  /// Where the run says what it is doing (stderr in the tool).
  public var logger: Logger

  /// Creates run options.
  ///
  /// - Parameters:
  ///   - configPath: The config file.
  ///   - period: The period, replacing the config's.
  ///   - formats: The formats, replacing the config's.
  ///   - output: The output folder, replacing the config's.
  ///   - templates: A templates folder, replacing the config's.
  ///   - clock: Where "now" comes from.
  ///   - logger: Where the run says what it is doing.
  public init(
    configPath: String, period: PeriodSpec? = nil, formats: [ReportFormat]? = nil,
    output: String? = nil, templates: String? = nil, clock: RunClock = .system,
    logger: Logger = Logger(label: "almanac")
  ) {
    self.configPath = configPath
    self.period = period
    self.formats = formats
    self.output = output
    self.templates = templates
    self.clock = clock
    self.logger = logger
  }
}

/// Where a run takes the current time from: injected so reports are reproducible.
public enum RunClock: Sendable, Equatable {
  /// The system clock.
  case system
  /// A fixed instant.
  case fixed(Date)

  /// The demo's fixed time: Monday 2026-11-23 06:00 UTC, the morning after its last week.
  public static let demo = RunClock.fixed(Date(timeIntervalSince1970: 1_795_413_600))

  /// The current instant.
  public var now: Date {
    switch self {
    case .system: Date()
    case .fixed(let date): date
    }
  }

  /// The current instant in UTC as log lines and the history write it: `2026-11-23T06:00:02Z`.
  public var timestamp: String {
    CalendarDay.isoTimestamp(secondsSinceEpoch: Int64(now.timeIntervalSince1970.rounded(.down)))
  }
}

/// When a run that may send its e-mail sends it (`--email-on`).
public enum EmailCondition: String, Sendable, CaseIterable {
  /// Every period.
  case always
  /// When a model is amber or red.
  case amber
  /// When a model is red.
  case red

  /// Whether a run whose worst model has this status sends.
  ///
  /// - Parameter status: The worst status of the run's models.
  /// - Returns: `true` when the status meets the condition.
  public func isMet(by status: HealthStatus) -> Bool {
    switch self {
    case .always: true
    case .amber: status >= .amber
    case .red: status >= .red
    }
  }
}

/// Which history a run reads and records.
public enum HistoryChoice: Sendable, Equatable {
  /// The config's `history`.
  case config
  /// Another database, such as a trial run's (`--history PATH`).
  case path(String)
  /// None: the run reads no history, records nothing and sends nothing (`--no-history`).
  case none
}

/// What a finished run produced.
public struct RunOutcome: Sendable, Equatable {
  /// The period reported, such as `2026-W47`.
  public var period: String
  /// The files written, in writing order.
  public var files: [String]
  /// The worst status of any model (green when there are none).
  public var worstStatus: HealthStatus
  /// Each model's name and status, in the report's order.
  public var statuses: [Entry]

  /// A model's status.
  public struct Entry: Sendable, Equatable {
    /// The model's name.
    public var model: String
    /// Its status.
    public var status: HealthStatus

    /// Creates an entry.
    public init(model: String, status: HealthStatus) {
      self.model = model
      self.status = status
    }
  }

  /// Creates a run outcome.
  ///
  /// - Parameters:
  ///   - period: The period reported.
  ///   - files: The files written.
  ///   - statuses: Each model's status, in the report's order.
  public init(period: String, files: [String], statuses: [Entry]) {
    self.period = period
    self.files = files
    self.statuses = statuses
    worstStatus = statuses.map(\.status).max() ?? .green
  }

  /// The models whose status meets a level, such as the red ones.
  ///
  /// - Parameter level: The level.
  /// - Returns: Their names, in the report's order.
  public func models(meeting level: FailureLevel) -> [String] {
    statuses.filter { level.isMet(by: $0.status) }.map(\.model)
  }

}

/// The status from which a finished run tells cron it needs attention (`--fail-on`).
public enum FailureLevel: String, Sendable, CaseIterable {
  /// Any amber or red model.
  case amber
  /// Any red model.
  case red

  /// Whether a run whose worst model has this status meets the level.
  ///
  /// - Parameter status: The worst status of the run's models.
  /// - Returns: `true` when `status` is this level or worse.
  public func isMet(by status: HealthStatus) -> Bool {
    status >= (self == .red ? .red : .amber)
  }
}

/// Why a run stopped: every message names the file (and line and column when it applies) and says
/// what was expected.
public struct RunFailure: Error, Equatable, CustomStringConvertible {
  /// The message, possibly several lines.
  public var description: String

  /// Creates a failure with a ready message.
  ///
  /// - Parameter description: The message.
  public init(_ description: String) { self.description = description }

  /// A config or its inputs have problems, already listed.
  ///
  /// - Parameters:
  ///   - count: How many problems.
  ///   - configPath: The config file.
  /// - Returns: The failure.
  public static func invalid(count: Int, configPath: String) -> RunFailure {
    RunFailure("\(configPath): \(count) problem\(count == 1 ? "" : "s") found")
  }
}
