internal import AlmanacEngines
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import Foundation

extension EngineEvaluation {
  /// The table's columns and their engine types, from a query that reads no rows.
  ///
  /// - Parameter source: The table or query.
  /// - Returns: The columns, without rows.
  /// - Throws: `RunFailure` naming the engine when it cannot be reached or the table is unknown.
  func describe(_ source: EngineSource) async throws(RunFailure) -> EngineTable {
    var query = EngineQuery(dialect: engine.dialect)
    do {
      switch source.relation {
      case .table(let parts):
        query.append("SELECT * FROM \(try engine.dialect.qualified(parts)) WHERE 1 = 0")
      case .query(let text): query.append("SELECT * FROM (\(text)) AS user_query WHERE 1 = 0")
      }
      return try await engine.run(query)
    } catch let error as SQLNameProblem {
      throw failure(source.description, error.description)
    } catch {
      throw failure(source.description, "\(error)")
    }
  }

  /// The aggregation query for the entries' models.
  ///
  /// - Parameters:
  ///   - source: The table or query.
  ///   - table: The table's columns (``describe(_:)``).
  ///   - reference: The whole reference, profiled, whose quantiles give the bins' edges.
  ///   - knots: Each model's calibration knots, which the score bins' edges include.
  ///   - buckets: The report's window.
  /// - Returns: The query.
  /// - Throws: `RunFailure` when the table lacks a column the models need.
  func plan(
    source: EngineSource, table: EngineTable, reference: ReferenceProfile?, knots: [[Double]],
    buckets: PeriodBuckets
  ) throws(RunFailure) -> AggregationQuery {
    let first = entries[0]
    let columns = first.columns
    let names = Set(table.columns.map(\.name))
    let place = source.description
    guard let timestamp = columns.timestamp, names.contains(timestamp) else {
      throw RunFailure(
        "\(place): error: no timestamp column \"\(columns.timestamp ?? "timestamp")\"; a table's rows are assigned to periods by it"
          + "\n  hint: map it in columns.timestamp; the table has \(table.columns.map(\.name).joined(separator: ", "))"
      )
    }
    var roles = Set<AggregationQuery.Role>()
    for (role, name) in [
      (AggregationQuery.Role.model, columns.model), (.version, columns.version),
      (.prediction, columns.prediction), (.score, columns.score), (.actual, columns.actual),
    ] where names.contains(name) {
      roles.insert(role)
    }
    if first.task == .regression { roles.remove(.score) }
    guard roles.contains(.prediction) || roles.contains(.score) else {
      throw RunFailure(
        "\(place): error: no prediction column \"\(columns.prediction)\""
          + (first.task == .binaryClassification ? " and no score column \"\(columns.score)\"" : "")
          + "\n  hint: map the column that holds the model's output in columns.prediction")
    }
    for entry in entries where !roles.contains(.model) && (entry.name == nil || entry.isPattern) {
      throw RunFailure(
        "\(place): error: no model column \"\(columns.model)\" to split the rows by"
          + "\n  hint: name the model in the entry, or map the model column in columns.model")
    }
    for name in first.features where !names.contains(name) {
      throw RunFailure(
        "\(place): error: feature column \"\(name)\" is missing; the table has \(table.columns.map(\.name).joined(separator: ", "))"
      )
    }
    let roleColumns = Set(columns.roles.compactMap(\.column))
    var features: [AggregationQuery.Feature] = []
    if let reference {
      for column in table.columns where !roleColumns.contains(column.name) {
        guard first.features.isEmpty || first.features.contains(column.name),
          let profile = reference.columns[column.name]
        else { continue }
        features.append(Self.feature(column.name, profile))
      }
      if first.task == .regression {
        for name in [columns.prediction, columns.actual] where names.contains(name) {
          if let profile = reference.columns[name] { features.append(Self.feature(name, profile)) }
        }
      }
    }
    let named = entries.compactMap { $0.isPattern ? nil : $0.name }
    var query = AggregationQuery(
      source: source.relation, sourceName: place, columns: columns, roles: roles,
      task: first.task, features: features, scoreEdges: [],
      boundaries: buckets.edges.map { $0 / 1000 }, timeZone: buckets.timeZone.identifier,
      models: named.count == entries.count ? named : nil)
    if roles.contains(.score) {
      query.scoreEdges = Self.scoreEdges(
        reference: reference?.columns[columns.score], knots: knots,
        threshold: roles.contains(.prediction) ? nil : first.scoreThreshold)
    }
    if first.task == .regression, case .numeric(let sample)? = reference?.columns[columns.actual] {
      query.actualShift = sample.mean ?? 0
    }
    return query
  }

  /// A feature grouped as its reference column's kind: numbers on reference quantiles.
  static func feature(_ name: String, _ profile: ColumnProfile) -> AggregationQuery.Feature {
    guard case .numeric(let sample) = profile else { return .init(name: name, edges: nil) }
    return .init(name: name, edges: BinEdges.quantiles(of: sample, count: featureBins))
  }

  /// The score bins' edges: reference quantiles (a fine grid without a reference), every
  /// calibration knot, the number just below each calibration's lowest score (so the first bin
  /// holds exactly the scores below the calibrated range) and just below the threshold when
  /// classes come from the score.
  static func scoreEdges(reference: ColumnProfile?, knots: [[Double]], threshold: Double?)
    -> [Double]
  {
    var edges: Set<Double> = []
    if case .numeric(let sample)? = reference, !sample.isEmpty {
      edges.formUnion(BinEdges.quantiles(of: sample, count: scoreBins))
    } else {
      edges.formUnion((0...scoreBins).map { Double($0) / Double(scoreBins) })
    }
    for model in knots {
      edges.formUnion(model)
      if let lowest = model.first { edges.insert(lowest.nextDown) }
    }
    if let threshold { edges.insert(threshold.nextDown) }
    return edges.filter(\.isFinite).sorted()
  }
}

extension EngineEvaluation {
  /// What `almanac validate` says about the entries' table: connects, reads its columns, plans
  /// the query against the reference, and describes what it found, without reading any row.
  ///
  /// - Parameter rowLimit: The most reference rows to read.
  /// - Returns: One line saying what was found.
  /// - Throws: `RunFailure` naming the engine and the table when the engine cannot be reached, the
  ///   table is unknown or lacks a column the models need.
  func check(rowLimit: Int) async throws(RunFailure) -> String {
    guard let source = entries[0].engineSource else { return "" }
    let table = try await describe(source)
    let reference = try await loadReference(rowLimit: rowLimit)
    var profile: ReferenceProfile?
    if let reference {
      profile = try await ReferenceProfile(reference.shared, entry: entries[0], periodSize: nil)
    }
    let query = try plan(
      source: source, table: table, reference: profile, knots: [],
      buckets: PeriodBuckets(periods: [], timeZone: .gmt))
    let columns = entries[0].columns
    let roles = AggregationQuery.Role.allCases.filter(query.roles.contains).map { role in
      let name =
        switch role {
        case .model: columns.model
        case .version: columns.version
        case .prediction: columns.prediction
        case .score: columns.score
        case .actual: columns.actual
        }
      return "\(role.rawValue) \"\(name)\""
    }
    let features = query.features.filter {
      $0.name != columns.prediction && $0.name != columns.actual
    }
    let numeric = features.filter { $0.edges != nil }.count
    return "\(source.description): \(engine.label) has \(table.columns.count) columns: timestamp"
      + " \"\(columns.timestamp ?? "timestamp")\", \(roles.joined(separator: ", ")); "
      + (profile == nil
        ? "no reference, so no drift tests"
        : "\(features.count) features tested against the reference (\(numeric) numeric,"
          + " binned on its quantiles; \(features.count - numeric) categorical)")
  }
}
