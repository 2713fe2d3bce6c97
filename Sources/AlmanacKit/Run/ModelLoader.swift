internal import AlmanacIngest
internal import AlmanacNarrative
internal import AlmanacReport
internal import Foundation

/// One model's rows, ready for evaluation.
struct LoadedModel: Sendable {
  /// The model's name: from the config, or from the logs' model column.
  var name: String
  /// The config entry that covers it.
  var entry: ModelEntry
  /// Its prediction log rows.
  var log: ModelLog
  /// Its reference rows, if a reference is configured.
  var reference: ModelLog?
  /// Rows skipped while reading, when the config allows skipping.
  var notes: [DataNote]
  /// How the task was told from the rows, when the entry says `task: auto`.
  var taskInference: TaskInference? = nil

  /// Takes the model's rows out, leaving it without any, so that they are freed as soon as the
  /// caller is done with them.
  ///
  /// - Returns: The prediction log rows and the reference rows.
  mutating func takeRows() -> (log: ModelLog, reference: ModelLog?) {
    defer {
      log = ModelLog(
        timestamps: nil, versions: nil, prediction: nil, score: nil, actual: nil, features: [])
      reference = nil
    }
    return (log, reference)
  }
}

/// What reading one set of files gave.
struct LoadedFiles: Sendable {
  /// The models in the files, sorted by name, each with the entry that covers it.
  var models: [LoadedModel]
  /// The rows read, logs and reference together, counted against `max_rows`.
  var rows: Int
  /// Names in the logs' model column that no entry covers, sorted; their rows are left out.
  var uncovered: [String]
}

/// Reads the files a group of config entries share, each file once, and hands each model in them
/// to the entry that covers it.
///
/// Entries share a read when they name the same prediction logs and reference with the same
/// columns and reading settings (`groups(_:)`). A model is covered by the entry that names it
/// exactly, else by the first entry whose pattern matches its name, else by the first entry
/// without a name; a named entry whose model has no rows still reports it (as no traffic). An
/// entry with `task: auto` gets each model's task from its rows (`TaskInference`). Reference rows
/// are split by the model column when the reference has one, and shared otherwise.
struct ModelLoader {
  /// Entries that share their files, in config order.
  let entries: [ModelEntry]
  /// The config's folder: paths in the report are written relative to it, so reports carry no
  /// machine's absolute paths.
  let baseFolder: String
  /// The most rows the files may hold together (what `max_rows` leaves for them).
  let rowLimit: Int
  /// Tasks the registry's tag gives, by model name, for entries that say `task: auto`.
  var registeredTasks: [String: ModelTask] = [:]
  /// The tag's name, for the reason.
  var taskTag = "task"

  /// Entries grouped by the files and reading they share, groups in order of first appearance.
  ///
  /// - Parameter entries: The config's entries.
  /// - Returns: The groups, each in config order.
  static func groups(_ entries: [ModelEntry]) -> [[ModelEntry]] {
    var groups: [[ModelEntry]] = []
    for entry in entries {
      if let index = groups.firstIndex(where: { $0[0].sharesReading(with: entry) }) {
        groups[index].append(entry)
      } else {
        groups.append([entry])
      }
    }
    return groups
  }

  /// The models of the entries, sorted by name, and the rows read for them.
  ///
  /// - Throws: `RunFailure` with the reader's message (file, line, column, value, what was
  ///   expected), `max_rows` exceeded included.
  func load() async throws(RunFailure) -> LoadedFiles {
    let first = entries[0]
    // The logs and the reference are read side by side, sharing the rows `max_rows` leaves.
    let allowance = RowAllowance(limit: rowLimit)
    async let referenceRead =
      first.reference.isEmpty
      ? nil : readOutcome(first.reference, isReference: true, allowance: allowance)
    let logs = try await read(first.predictions, isReference: false, allowance: allowance)
    let reference = try await referenceRead?.get()
    let logRoles = try entries.map { entry throws(RunFailure) in
      try roles(of: logs.table, entry: entry, isReference: false, files: first.predictions)
    }
    let referenceRoles = try reference.map { reference throws(RunFailure) in
      try entries.map { entry throws(RunFailure) in
        try roles(of: reference.table, entry: entry, isReference: true, files: first.reference)
      }
    }
    // Which entry covers each model, with its rows (nil: every row).
    var covered: [(name: String, entry: Int, rows: [Int]?)] = []
    var uncovered: [String] = []
    if let groups = logs.table.rowGroups(by: first.columns.model) {
      let rows = Dictionary(groups.map { ($0.level, $0.rows) }, uniquingKeysWith: { a, _ in a })
      for (index, entry) in entries.enumerated() where !entry.isPattern {
        if let name = entry.name, rows[name] == nil { covered.append((name, index, [])) }
      }
      for group in groups {
        if let index = coveringEntry(of: group.level) {
          covered.append((group.level, index, group.rows))
        } else {
          uncovered.append(group.level)
        }
      }
    } else {
      for (index, entry) in entries.enumerated() {
        guard let name = entry.name, !entry.isPattern else {
          throw RunFailure(
            "\(first.predictions.joined(separator: ", ")): error: no model column \"\(first.columns.model)\""
              + " to split the rows by\n  hint: name the model in the entry, or map the model column"
              + " in columns.model")
        }
        covered.append((name, index, nil))
      }
    }
    let referenceGroups = reference?.table.rowGroups(by: first.columns.model).map { groups in
      Dictionary(groups.map { ($0.level, $0.rows) }, uniquingKeysWith: { first, _ in first })
    }
    let notes = [logs, reference].compactMap { $0 }.compactMap(note)
    let models = covered.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
      .map { name, index, rows in
        var entry = entries[index]
        let log = rows.map(logRoles[index].gathering) ?? logRoles[index]
        let referenceLog = referenceRoles.map { roles in
          referenceGroups.map { roles[index].gathering($0[name] ?? []) } ?? roles[index]
        }
        var inference: TaskInference?
        if entry.inferTask {
          let inferred =
            registeredTasks[name].map { TaskInference(registered: $0, tag: taskTag) }
            ?? TaskInference(log: log, reference: referenceLog)
          entry.task = inferred.task
          entry.economics = entry.economics?.keeping(for: inferred.task)
          inference = inferred
        }
        return LoadedModel(
          name: name, entry: entry, log: log.typed(for: entry.task),
          reference: referenceLog?.typed(for: entry.task), notes: notes, taskInference: inference)
      }
    return LoadedFiles(
      models: models, rows: logs.table.rowCount + (reference?.table.rowCount ?? 0),
      uncovered: uncovered.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  /// Reads only the entries' reference, for models whose predictions are a table on an engine.
  ///
  /// - Returns: The reference rows of the first entry's roles, split by the model column when the
  ///   reference has one, and the rows read; `nil` when the entries name no reference.
  /// - Throws: `RunFailure` with the reader's message.
  func loadReference() async throws(RunFailure) -> (
    shared: ModelLog, byModel: [String: ModelLog]?, rows: Int
  )? {
    let first = entries[0]
    guard !first.reference.isEmpty else { return nil }
    let reference = try await read(
      first.reference, isReference: true, allowance: RowAllowance(limit: rowLimit))
    let log = try roles(
      of: reference.table, entry: first, isReference: true, files: first.reference
    ).typed(for: first.task)
    let byModel = reference.table.rowGroups(by: first.columns.model).map { groups in
      Dictionary(groups.map { ($0.level, log.gathering($0.rows)) }, uniquingKeysWith: { a, _ in a })
    }
    return (log, byModel, reference.table.rowCount)
  }

  /// The entry that covers a model in the files: the one naming it exactly, else the first whose
  /// pattern matches, else the first without a name.
  private func coveringEntry(of model: String) -> Int? {
    entries.firstIndex { $0.name == model && !$0.isPattern }
      ?? entries.firstIndex { $0.isPattern && $0.matches(model) }
      ?? entries.firstIndex { $0.name == nil }
  }

  private func note(_ result: ReadResult) -> DataNote? {
    guard result.skippedRows > 0 else { return nil }
    let prefix = baseFolder.hasSuffix("/") ? baseFolder : baseFolder + "/"
    func relative(_ text: String) -> String { text.replacingOccurrences(of: prefix, with: "") }
    return DataNote(
      kind: .skippedRows, source: relative(result.files.joined(separator: ", ")),
      what: "\(Wording.counted(result.skippedRows, "row")) could not be read and "
        + "\(result.skippedRows == 1 ? "was" : "were") skipped.",
      skippedRows: result.skippedRows, reasons: result.skipReasons.map { relative($0.description) })
  }

  /// The read of `read(_:isReference:allowance:)`, a failure as a value, so that it can run beside
  /// another.
  private func readOutcome(_ paths: [String], isReference: Bool, allowance: RowAllowance) async
    -> Result<ReadResult, RunFailure>
  {
    do throws(RunFailure) {
      return .success(try await read(paths, isReference: isReference, allowance: allowance))
    } catch {
      return .failure(error)
    }
  }

  /// The columns that hold a role, by the entries' shared mapping.
  private var roleNames: [String] { entries[0].columns.roles.compactMap(\.column) }

  /// Reads files with what every entry declares: their categorical and numeric columns, and the
  /// prediction and outcome typed for their task when they all share one (otherwise typed from
  /// the cells, and each model's typed for its own task once it is known).
  private func read(_ paths: [String], isReference: Bool, allowance: RowAllowance)
    async throws(RunFailure) -> ReadResult
  {
    let first = entries[0]
    let columns = first.columns
    let tasks = Set(entries.map { $0.inferTask ? nil : $0.task })
    var categorical = Set(entries.flatMap(\.categorical)).union([columns.model, columns.version])
    var numeric = Set(entries.flatMap(\.numeric)).union([columns.score])
    switch tasks.count == 1 ? tasks.first ?? nil : nil {
    case .regression?: numeric.formUnion([columns.prediction, columns.actual])
    case .binaryClassification?, .multiclassClassification?:
      categorical.formUnion([columns.prediction, columns.actual])
    case nil: break
    }
    var timestamps: [String: TimestampFormat] = [:]
    var required = columns.roles.filter { columns.explicit.contains($0.role) }.compactMap(\.column)
    if let timestamp = columns.timestamp, !isReference {
      timestamps[timestamp] = first.reading.timestampFormat
      if !required.contains(timestamp) { required.append(timestamp) }
    }
    if isReference {
      // A reference needs no role: without a model column it is shared, without outcomes or
      // scores only the inputs are compared.
      required = []
    }
    let keep =
      entries.contains { $0.features.isEmpty }
      ? nil : Set(roleNames + entries.flatMap(\.features))
    let options = ReadOptions(
      missingValues: Set(first.reading.missing),
      categorical: categorical.subtracting(timestamps.keys),
      numeric: numeric, timestamps: timestamps,
      keep: keep.map { isReference ? $0.subtracting([columns.timestamp ?? ""]) : $0 },
      required: required, onBadRows: first.reading.onBadRows, rowAllowance: allowance)
    do {
      return try await TableReader.read(paths: paths, options: options)
    } catch {
      throw RunFailure(error.description)
    }
  }

  /// The table's columns by role for one entry; every column without a role is a feature unless
  /// the entry lists them.
  private func roles(of table: Table, entry: ModelEntry, isReference: Bool, files: [String])
    throws(RunFailure) -> ModelLog
  {
    let columns = entry.columns
    var timestamps: [Int64]?
    if !isReference, let name = columns.timestamp, case .timestamp(let values)? = table[name] {
      timestamps = values
    }
    var score: [Double]?
    if case .numeric(let values)? = table[columns.score] { score = values }
    let log = ModelLog(
      timestamps: timestamps, versions: table[columns.version],
      prediction: table[columns.prediction],
      score: score, actual: table[columns.actual], features: [])
    if !isReference && log.prediction == nil
      && (log.score == nil || (entry.task != .binaryClassification && !entry.inferTask))
    {
      throw RunFailure(
        "\(files.joined(separator: ", ")): error: no prediction column \"\(columns.prediction)\""
          + (entry.task == .binaryClassification ? " and no score column \"\(columns.score)\"" : "")
          + "\n  hint: map the column that holds the model's output in columns.prediction")
    }
    let featureNames: [String]
    if entry.features.isEmpty {
      featureNames = table.names.filter { !roleNames.contains($0) }
    } else {
      for name in entry.features where table[name] == nil {
        throw RunFailure(
          "\(files.joined(separator: ", ")): error: feature column \"\(name)\" is missing; "
            + "the files have \(table.names.joined(separator: ", "))")
      }
      featureNames = entry.features
    }
    var withFeatures = log
    withFeatures.features = featureNames.compactMap { name in table[name].map { (name, $0) } }
    return withFeatures
  }
}
