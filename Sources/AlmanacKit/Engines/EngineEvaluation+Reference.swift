internal import AlmanacEngines
internal import Foundation

extension EngineEvaluation {
  /// Opens the engine of the entries' reference table, when the reference is one.
  ///
  /// - Parameter engines: The config's engines.
  /// - Throws: `RunFailure` when the engine's secret is not set or its address is unusable.
  mutating func connectReference(_ engines: [String: EngineSettings]) throws(RunFailure) {
    guard let source = entries[0].referenceSource, let settings = engines[source.engine] else {
      return
    }
    referenceEngine = try EngineConnection.make(settings)
  }

  /// The entries' reference rows: from files, or fetched whole from a table on an engine and read
  /// as a reference file is, so its columns are typed by the same rules.
  ///
  /// - Parameter rowLimit: The most reference rows (`max_rows` less what was read before).
  /// - Returns: The reference as `ModelLoader.loadReference()` gives it, `nil` without one.
  /// - Throws: `RunFailure` naming the engine and the table, or the reader's message.
  func loadReference(rowLimit: Int) async throws(RunFailure) -> (
    shared: ModelLog, byModel: [String: ModelLog]?, rows: Int
  )? {
    guard let source = entries[0].referenceSource, let referenceEngine else {
      return try await ModelLoader(entries: entries, baseFolder: baseFolder, rowLimit: rowLimit)
        .loadReference()
    }
    var query = EngineQuery(dialect: referenceEngine.dialect)
    let table: EngineTable
    do {
      switch source.relation {
      case .table(let parts):
        query.append("SELECT * FROM \(try referenceEngine.dialect.qualified(parts))")
      case .query(let text): query.append("SELECT * FROM (\(text)) AS user_query")
      }
      query.append(" LIMIT \(rowLimit + 1)")
      table = try await referenceEngine.run(query)
    } catch let error as SQLNameProblem {
      throw failure(source.description, error.description)
    } catch {
      throw failure(source.description, "\(error)")
    }
    guard table.rowCount <= rowLimit else {
      throw failure(
        source.description,
        "the reference has more than \(rowLimit) rows, more than max_rows leaves for it")
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "almanac-reference-\(UUID().uuidString).csv")
    do {
      try Data(Self.csv(table).utf8).write(to: file)
    } catch {
      throw RunFailure(
        "\(file.path): error: cannot write the reference fetched from \(source.description)")
    }
    defer { try? FileManager.default.removeItem(at: file) }
    var fromTable = entries
    for index in fromTable.indices { fromTable[index].reference = [file.path] }
    return try await ModelLoader(entries: fromTable, baseFolder: baseFolder, rowLimit: rowLimit)
      .loadReference()
  }

  /// A result as CSV (RFC 4180): a header, NULL as an empty cell, numbers in their shortest
  /// exact spelling.
  static func csv(_ table: EngineTable) -> String {
    func quoted(_ text: String) -> String {
      guard
        text.contains(where: { ",\"\r\n".contains($0) }) || text.hasPrefix(" ")
          || text.hasSuffix(" ")
      else { return text }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    var lines = [table.columns.map { quoted($0.name) }.joined(separator: ",")]
    lines.reserveCapacity(table.rowCount + 1)
    for row in 0..<table.rowCount {
      lines.append(
        table.columns.map { column in
          switch column.values {
          case .integers(let values): values[row].map { String($0) } ?? ""
          case .doubles(let values): values[row].map { "\($0)" } ?? ""
          case .texts(let values): values[row].map(quoted) ?? ""
          }
        }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
