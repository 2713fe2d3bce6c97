public import AlmanacIngest
public import AlmanacMetrics
public import AlmanacNarrative
internal import Foundation

/// A validated Almanac config: what to report on, where the data is and how to judge it.
///
/// Paths are absolute: relative paths in the file are resolved against the config file's folder.
public struct AlmanacConfig: Sendable, Equatable {
  /// How the report looks and where it goes.
  public var report: ReportSettings
  /// The SQLite history file; `nil` when the run reads and records no history (`--no-history`).
  public var historyPath: String?
  /// Where the model registry export is, if any.
  public var registry: RegistrySource?
  /// When a registry entry counts as a governance gap.
  public var governance: GovernancePolicy
  /// Billing exports (paths or globs) that replace the infrastructure estimate, if any.
  public var billing: [String]
  /// The models to report on, in config order.
  public var models: [ModelEntry]
  /// The engines whose tables models read, by name.
  public var engines: [String: EngineSettings] = [:]
  /// The most rows a run reads from all prediction logs and references together (`max_rows`), so
  /// that a small compressed file inflating to billions of rows stops the run with a clear error
  /// instead of exhausting memory.
  public var maxRows = AlmanacConfig.defaultMaxRows
  /// The config file this came from.
  public var sourcePath: String

  /// The registry tag (MLflow model or version tag, CSV `tag_<name>` column) whose value,
  /// `binary-classification`, `multiclass-classification` or `regression`, gives the task of a
  /// model whose entry says `task: auto` (`registry.task_tag`).
  public var taskTag = "task"

  /// `max_rows` when the config gives none: about 7 GB at the measured 345 bytes a row (25
  /// columns).
  public static let defaultMaxRows = 20_000_000

  /// The config file's folder, against which its relative paths were resolved.
  public var folder: String {
    String(sourcePath[..<(sourcePath.lastIndex(of: "/") ?? sourcePath.startIndex)])
  }
}

/// How the report looks and where it goes.
public struct ReportSettings: Sendable, Equatable {
  /// The report's title.
  public var title = "Weekly model health"
  /// The organisation named on the report.
  public var organization: String?
  /// Which period to report.
  public var period: PeriodSpec = .lastWeek
  /// How many earlier periods the trends show.
  public var trend = 8
  /// Which files to write.
  public var formats: [ReportFormat] = ReportFormat.allCases
  /// The folder that receives one sub-folder per period.
  public var output = "reports"
  /// The analogy pack used in plain-language findings.
  public var analogies = "farming"
  /// The ISO 4217 code of every money figure.
  public var currency = "USD"
  /// The IANA time zone in which days and weeks are counted.
  public var timeZone = "UTC"
  /// The accent colour as `#RRGGBB`.
  public var accentColor = "#1F4E79"
  /// Text shown where a logo would be.
  public var logoText: String?
  /// A line at the foot of every report.
  public var footer: String?
  /// A folder of templates that replace the built-in ones file by file.
  public var templates: String?
  /// How long a run waits for another run on the same output folder before giving up.
  public var lockTimeoutSeconds = 600.0
  /// Who receives the report by e-mail, if anyone.
  public var email: EmailSettings?
  /// Where each period's report page is published, `{period}` standing for the period's label;
  /// the e-mail links to it.
  public var link: String?
}

extension ReportSettings {
  /// The longest `report.link`, in characters.
  static let linkLimit = 2_000

  /// The published page's address for a period: `link` with `{period}` replaced.
  ///
  /// - Parameter period: The period's label, such as `2026-W47`.
  /// - Returns: The address, or `nil` when no link is configured.
  func link(for period: String) -> String? {
    link?.replacingOccurrences(of: "{period}", with: period)
  }

  /// Why a text cannot be `report.link`, or `nil` when it can: an `http` or `https` address of
  /// printable ASCII, without spaces, quotes, angle brackets or braces other than `{period}`.
  ///
  /// - Parameter link: The configured text.
  /// - Returns: What is wrong, in words.
  static func linkProblem(_ link: String) -> String? {
    let lower = link.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
      return "it must start with https:// or http://"
    }
    guard link.count <= linkLimit else { return "it is longer than \(linkLimit) characters" }
    let rest = link.replacingOccurrences(of: "{period}", with: "")
    if let bad = rest.unicodeScalars.first(where: {
      !(0x21...0x7E).contains($0.value) || "\"<>\\^`{|}".unicodeScalars.contains($0)
    }) {
      return bad.value == 0x20
        ? "it contains a space; write it as %20"
        : "it contains \(String(reflecting: String(bad))), which an address cannot hold as it is"
    }
    let host = rest.dropFirst(lower.hasPrefix("https://") ? 8 : 7).prefix { $0 != "/" }
    return host.isEmpty ? "it names no host after the //" : nil
  }
}

/// The e-mail that carries the workbook to its readers.
public struct EmailSettings: Sendable, Equatable {
  /// The sender.
  public var from: Mailbox
  /// The recipients; `--email` replaces them.
  public var to: [Mailbox]
  /// The command the message is piped to with `--send`; `$1` is the sender's address.
  public var sendmail = Sendmail.defaultCommand
  /// The host name in the Message-ID; the sender's domain when `nil`.
  public var messageIDDomain: String?

  /// Creates e-mail settings.
  ///
  /// - Parameters:
  ///   - from: The sender.
  ///   - to: The recipients.
  public init(from: Mailbox, to: [Mailbox]) {
    self.from = from
    self.to = to
  }
}

/// A report file format.
public enum ReportFormat: String, Sendable, Equatable, CaseIterable {
  case html, markdown, xlsx, json
}

/// Where the model registry export is.
public enum RegistrySource: Sendable, Equatable {
  /// A folder of saved MLflow REST responses.
  case mlflow(folder: String, ownerTag: String)
  /// A CSV with name, version, stage, owner, registered_at, description and `baseline_<metric>`.
  case csv(path: String)
}

/// One `models` entry: a model, the models whose names match a pattern, or every model found in
/// its files when it has no name.
///
/// A model in the files is covered by the entry that names it exactly, else by the first entry in
/// config order whose pattern matches its name, else by the first entry without a name.
public struct ModelEntry: Sendable, Equatable {
  /// The model's name, or a pattern (`fraud-*`: `*`, `?` and `[...]` as in file names); `nil`
  /// covers every model in the files' model column.
  public var name: String?
  /// What the model does; with `inferTask`, set for each model from its data when it is loaded.
  public var task: ModelTask
  /// Whether the config says `task: auto`.
  public var inferTask = false
  /// Prediction log paths or globs; empty when the predictions are a table on an engine.
  public var predictions: [String]
  /// The table or query on an engine that holds the predictions, instead of files.
  public var engineSource: EngineSource?
  /// Reference (training) data paths or globs, if any; empty when the reference is a table.
  public var reference: [String]
  /// The table or query on an engine that holds the reference, instead of files.
  public var referenceSource: EngineSource?
  /// Column names for each role.
  public var columns: ColumnMapping
  /// Input features; empty means every column without a role.
  public var features: [String]
  /// Columns declared categorical.
  public var categorical: [String]
  /// Columns declared numeric.
  public var numeric: [String]
  /// The label of the positive class for binary classifiers, if not `1`, `true` or `yes`.
  public var positiveClass: String?
  /// The score at or above which a prediction is positive, used when there is no prediction column.
  public var scoreThreshold = 0.5
  /// The version serving the model when the logs have no version column.
  public var version: String?
  /// Drift tests and thresholds.
  public var drift: DriftSettings
  /// Cost and value figures, if configured.
  public var economics: EconomicsSettings?
  /// When a model turns amber or red.
  public var thresholds: Thresholds
  /// What the model should achieve, by metric name: beats the registry's and the reference's.
  public var baseline: [String: Double] = [:]
  /// How the files are read.
  public var reading: ReadingSettings
}

extension ModelEntry {
  /// Whether two entries read the same files the same way, so their files are read once for both.
  ///
  /// - Parameter other: Another entry.
  /// - Returns: `true` for the same logs, reference, column mapping and reading settings.
  func sharesReading(with other: ModelEntry) -> Bool {
    predictions == other.predictions && reference == other.reference && columns == other.columns
      && reading == other.reading && engineSource == other.engineSource
      && referenceSource == other.referenceSource
  }

  /// Whether `name` is a pattern rather than one model's name.
  var isPattern: Bool { name.map(Glob.hasWildcards) ?? false }

  /// Whether the entry covers a model of this name, before precedence between entries.
  ///
  /// - Parameter model: A name from the files' model column.
  /// - Returns: `true` for the exact name, a matching pattern, or an entry without a name.
  func matches(_ model: String) -> Bool {
    guard let name else { return true }
    return isPattern ? Glob.matches(model, pattern: name) : name == model
  }

  /// Where a column of the entry's files is, for messages: `logs-*.csv: error: column "label"`.
  ///
  /// - Parameters:
  ///   - column: The column's name.
  ///   - inReference: Whether it is the reference's column (else the prediction logs').
  /// - Returns: The files and the column.
  func place(of column: String, inReference: Bool) -> String {
    let files = (inReference ? reference : predictions).joined(separator: ", ")
    return "\(files): error: column \"\(column)\""
  }
}

/// Column names for each role in the prediction logs.
public struct ColumnMapping: Sendable, Equatable {
  /// The time of each prediction; `nil` when each file holds one period.
  public var timestamp: String? = "timestamp"
  /// The model name column.
  public var model = "model"
  /// The model version column.
  public var version = "version"
  /// The prediction.
  public var prediction = "prediction"
  /// The score (probability of the positive class).
  public var score = "score"
  /// The true outcome, empty while unknown.
  public var actual = "actual"
  /// The roles named in the config: their columns must exist, while a defaulted role's column is
  /// used only when present.
  public var explicit: Set<String> = []

  /// Each role with its column, in the order of the config's keys.
  public var roles: [(role: String, column: String?)] {
    [
      ("timestamp", timestamp), ("model", model), ("version", version),
      ("prediction", prediction), ("score", score), ("actual", actual),
    ]
  }
}

/// How the files of a model entry are read.
public struct ReadingSettings: Sendable, Equatable {
  /// Cell values that mean "missing".
  public var missing = ["", "NA", "N/A", "null", "NaN"]
  /// Whether a bad row stops the run or is skipped and counted.
  public var onBadRows: BadRowPolicy = .fail
  /// How timestamps are written.
  public var timestampFormat: TimestampFormat = .iso8601
}

/// Per-feature drift tests and thresholds, and the share of drifting features that means model drift.
public struct DriftSettings: Sendable, Equatable {
  /// The test to use per feature instead of the automatic choice.
  public var methods: [String: DriftMethod] = [:]
  /// The threshold per feature instead of the method's default.
  public var thresholds: [String: Double] = [:]
  /// The share of drifting features at which the model's data drift is detected.
  public var share = 0.5
}

/// Cost and value figures for one model.
public struct EconomicsSettings: Sendable, Equatable {
  /// Infrastructure per month, cost per 1,000 predictions and per label.
  public var rates = CostRates(monthlyInfrastructure: 0, perThousandPredictions: 0, perLabel: 0)
  /// The value of each classification outcome, if configured.
  public var outcomes: OutcomePayoffs?
  /// The value of a forecast less the cost of its error, if configured (regression).
  public var forecasts: RegressionPayoffs?
}

extension EconomicsSettings {
  /// The settings a model of this task uses, for an entry whose models differ in task: outcome
  /// values for a binary classifier, forecast values for regression, neither for a multi-class
  /// model (whose value is not estimated yet); costs for all.
  ///
  /// - Parameter task: The model's task.
  /// - Returns: The settings.
  func keeping(for task: ModelTask) -> EconomicsSettings {
    var kept = self
    if task != .binaryClassification { kept.outcomes = nil }
    if task != .regression { kept.forecasts = nil }
    return kept
  }
}
