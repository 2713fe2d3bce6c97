extension Registry {
  /// The columns a CSV registry may have besides `baseline_<metric>` and `tag_<key>`.
  static let csvColumns = [
    "name", "version", "stage", "owner", "registered_at", "description", "aliases",
  ]

  /// Reads a registry from a CSV with one row per model version.
  ///
  /// Columns: `name` and `version` (required, non-empty); `stage` (empty or `None` for none);
  /// `owner`; `registered_at` (ISO-8601 date or date-time); `description`; `aliases` (separated
  /// by `;`); `baseline_<metric>` (numbers, such as `baseline_accuracy`; empty or a missing-value
  /// token for none); `tag_<key>` (model version tags). Any other column is an error, so a typo
  /// in a header is caught. A model's owner and description are those of its last row that has
  /// one; its creation time is its earliest registration.
  ///
  /// - Parameters:
  ///   - bytes: The CSV's content.
  ///   - file: Its name, for errors.
  /// - Throws: ``IngestError`` naming the file, line and column of a bad cell, an unknown or
  ///   missing column, or a version listed twice.
  public init(csv bytes: [UInt8], file: String) throws(IngestError) {
    let document = try DelimitedDocument(bytes: bytes, file: file)
    for (index, name) in document.header.enumerated()
    where !Self.csvColumns.contains(name) && !name.hasPrefix("baseline_") && !name.hasPrefix("tag_")
    {
      throw IngestError(
        .unknownColumn(accepted: Self.csvColumns + ["baseline_<metric>", "tag_<key>"]), file: file,
        line: 1, column: index + 1, columnName: name)
    }
    let nameColumn = try document.requiredColumn("name")
    let versionColumn = try document.requiredColumn("version")
    let missing = ReadOptions.defaultMissingValues
    var models: [String: RegisteredModel] = [:]
    var firstLines: [String: Int] = [:]
    for row in document.rows {
      func cell(_ column: String) -> String? {
        document.column(column).map { row.cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
      }
      let name = row.cells[nameColumn]
      let version = row.cells[versionColumn]
      for (column, text) in [(nameColumn, name), (versionColumn, version)] where text.isEmpty {
        throw document.error(.missingValue, row: row, column: column)
      }
      let key = name + "\u{0}" + version
      if let first = firstLines[key] {
        throw document.error(.duplicateVersion(firstLine: first), row: row, column: versionColumn)
      }
      firstLines[key] = row.line
      var registeredAt: Int64?
      if let text = cell("registered_at"), let column = document.column("registered_at") {
        registeredAt = Array(text.utf8).withUnsafeBytes {
          TimestampParser.milliseconds($0, format: .iso8601)
        }
        if registeredAt == nil {
          throw document.error(.badTimestamp(.iso8601), row: row, column: column)
        }
      }
      var baseline: [String: Double] = [:]
      var tags: [String: String] = [:]
      for (column, header) in document.header.enumerated() {
        let text = row.cells[column]
        if header.hasPrefix("tag_"), !text.isEmpty {
          tags[String(header.dropFirst(4))] = text
        } else if header.hasPrefix("baseline_"), !missing.contains(text) {
          guard let value = Array(text.utf8).withUnsafeBytes(NumberParser.parse) else {
            throw document.error(.notANumber, row: row, column: column)
          }
          baseline[String(header.dropFirst(9))] = value
        }
      }
      let aliases = (cell("aliases") ?? "").split(separator: ";").map {
        $0.trimmingCharacters(in: " ")
      }.filter { !$0.isEmpty }
      var model = models[name] ?? RegisteredModel(name: name)
      model.owner = cell("owner") ?? model.owner
      model.description = cell("description") ?? model.description
      if let registeredAt { model.createdAt = min(model.createdAt ?? registeredAt, registeredAt) }
      for alias in aliases { model.aliases[alias] = version }
      model.versions.append(
        ModelVersion(
          version: version, stage: ModelVersion.stage(cell("stage")), aliases: aliases,
          registeredAt: registeredAt, description: cell("description"), baseline: baseline,
          tags: tags))
      models[name] = model
    }
    self.init(
      models: models.values.map { model in
        var sorted = model
        sorted.versions.sort { ModelVersion.precedes($0.version, $1.version) }
        return sorted
      })
  }
}

extension Substring {
  /// The text without leading and trailing `character`s.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
