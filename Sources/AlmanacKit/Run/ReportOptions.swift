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
  public var recipients: [EmailAddress]?
  /// Whether to pipe the e-mail to the configured mail command (`--send`).
  public var send = false
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
}

/// What a finished run produced.
public struct RunOutcome: Sendable, Equatable {
  /// The period reported, such as `2026-W47`.
  public var period: String
  /// The files written, in writing order.
  public var files: [String]
  /// The worst status of any model (green when there are none).
  public var worstStatus: HealthStatus

  /// Creates a run outcome.
  public init(period: String, files: [String], worstStatus: HealthStatus) {
    self.period = period
    self.files = files
    self.worstStatus = worstStatus
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
