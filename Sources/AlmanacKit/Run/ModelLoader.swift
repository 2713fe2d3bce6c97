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
}

/// Reads a config entry's files and splits them into models.
///
/// An entry with a name keeps that model's rows where the files have a model column; an entry without
/// a name becomes one model per distinct value of the model column. Reference rows are split by the
/// same column when the reference has it, and shared otherwise.
struct ModelLoader {
  let entry: ModelEntry
  /// The config's folder: paths in the report are written relative to it, so reports carry no
  /// machine's absolute paths.
  let baseFolder: String
  /// The most rows the entry's files may hold together (what `max_rows` leaves for this entry).
  let rowLimit: Int

  /// The models of the entry, sorted by name, and the rows read for them.
  ///
  /// - Throws: `RunFailure` with the reader's message (file, line, column, value, what was
  ///   expected), `max_rows` exceeded included.
  func load() async throws(RunFailure) -> (models: [LoadedModel], rows: Int) {
    let logs = try await read(entry.predictions, isReference: false, rowLimit: rowLimit)
    let reference =
      try await entry.reference.isEmpty
      ? nil
      : read(entry.reference, isReference: true, rowLimit: rowLimit - logs.table.rowCount)
    let logRoles = try roles(of: logs.table, isReference: false, files: entry.predictions)
    var referenceRoles: ModelLog?
    if let reference {
      referenceRoles = try roles(of: reference.table, isReference: true, files: entry.reference)
    }
    let models: [(name: String, rows: [Int]?)]
    switch (entry.name, logs.table.rowGroups(by: entry.columns.model)) {
    case (let name?, let groups?):
      models = [(name, groups.first { $0.level == name }?.rows ?? [])]
    case (let name?, nil):
      models = [(name, nil)]
    case (nil, let groups?):
      models = groups.sorted { $0.level.utf8.lexicographicallyPrecedes($1.level.utf8) }
        .map { ($0.level, $0.rows) }
    case (nil, nil):
      throw RunFailure(
        "\(entry.predictions.joined(separator: ", ")): error: no model column \"\(entry.columns.model)\""
          + " to split the rows by\n  hint: give the entry a name, or map the model column in columns.model"
      )
    }
    // Reference rows are split by the model column when the reference has one, shared otherwise.
    let referenceGroups = reference?.table.rowGroups(by: entry.columns.model).map { groups in
      Dictionary(groups.map { ($0.level, $0.rows) }, uniquingKeysWith: { first, _ in first })
    }
    let notes = [logs, reference].compactMap { $0 }.compactMap(note)
    let rows = logs.table.rowCount + (reference?.table.rowCount ?? 0)
    return (
      models.map { model in
        LoadedModel(
          name: model.name, entry: entry, log: model.rows.map(logRoles.gathering) ?? logRoles,
          reference: referenceGroups.map { referenceRoles?.gathering($0[model.name] ?? []) }
            ?? referenceRoles,
          notes: notes)
      }, rows
    )
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

  private var roleNames: [String] { entry.columns.roles.compactMap(\.column) }

  private func read(_ paths: [String], isReference: Bool, rowLimit: Int) async throws(RunFailure)
    -> ReadResult
  {
    let columns = entry.columns
    let isClassifier = entry.task != .regression
    var categorical = Set(entry.categorical).union([columns.model, columns.version])
    var numeric = Set(entry.numeric).union([columns.score])
    if isClassifier {
      categorical.formUnion([columns.prediction, columns.actual])
    } else {
      numeric.formUnion([columns.prediction, columns.actual])
    }
    var timestamps: [String: TimestampFormat] = [:]
    var required = columns.roles.filter { columns.explicit.contains($0.role) }.compactMap(\.column)
    if let timestamp = columns.timestamp, !isReference {
      timestamps[timestamp] = entry.reading.timestampFormat
      if !required.contains(timestamp) { required.append(timestamp) }
    }
    if isReference {
      // A reference needs no role: without a model column it is shared, without outcomes or
      // scores only the inputs are compared.
      required = []
    }
    let keep = entry.features.isEmpty ? nil : Set(roleNames + entry.features)
    let options = ReadOptions(
      missingValues: Set(entry.reading.missing),
      categorical: categorical.subtracting(timestamps.keys),
      numeric: numeric, timestamps: timestamps,
      keep: keep.map { isReference ? $0.subtracting([columns.timestamp ?? ""]) : $0 },
      required: required, onBadRows: entry.reading.onBadRows, maximumRows: rowLimit)
    do {
      return try await TableReader.read(paths: paths, options: options)
    } catch {
      throw RunFailure(error.description)
    }
  }

  /// The table's columns by role; every column without a role is a feature unless the config lists them.
  private func roles(of table: Table, isReference: Bool, files: [String]) throws(RunFailure)
    -> ModelLog
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
      && (log.score == nil || entry.task != .binaryClassification)
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
