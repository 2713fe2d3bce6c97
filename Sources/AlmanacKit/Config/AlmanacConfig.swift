public import AlmanacIngest
public import AlmanacMetrics
public import AlmanacNarrative

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
  /// The config file this came from.
  public var sourcePath: String

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
}

/// The e-mail that carries the workbook to its readers.
public struct EmailSettings: Sendable, Equatable {
  /// The sender.
  public var from: EmailAddress
  /// The recipients; `--email` replaces them.
  public var to: [EmailAddress]
  /// The command the message is piped to with `--send`; `$1` is the sender's address.
  public var sendmail = Sendmail.defaultCommand
  /// The host name in the Message-ID; the sender's domain when `nil`.
  public var messageIDDomain: String?

  /// Creates e-mail settings.
  ///
  /// - Parameters:
  ///   - from: The sender.
  ///   - to: The recipients.
  public init(from: EmailAddress, to: [EmailAddress]) {
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

/// One `models` entry: a model, or every model found in its files when it has no name.
public struct ModelEntry: Sendable, Equatable {
  /// The model's name; `nil` covers every model in the files' model column.
  public var name: String?
  /// What the model does.
  public var task: ModelTask
  /// Prediction log paths or globs.
  public var predictions: [String]
  /// Reference (training) data paths or globs, if any.
  public var reference: [String]
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
