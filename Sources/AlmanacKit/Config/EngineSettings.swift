public import AlmanacEngines

/// An engine that holds prediction logs as tables: where it is and how Almanac signs in.
///
/// The secret (a PostgreSQL password, a Spark Connect token) is never in the config: the config
/// names the environment variable that holds it.
public struct EngineSettings: Sendable, Equatable {
  /// What kind of engine it is.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// PostgreSQL or a warehouse speaking its protocol, through PostgresNIO.
    case postgres
    /// Apache Spark, through Spark Connect.
    case spark

    /// The SQL dialect the engine speaks.
    public var dialect: SQLDialect { self == .postgres ? .postgres : .spark }
  }

  /// The engine's name in the config, which a model's `predictions.engine` names.
  public var name: String
  /// What kind of engine it is.
  public var kind: Kind
  /// Its address: `postgres://user@host:5432/database` or `sc://host:15002`.
  public var url: String
  /// The environment variable holding the password or token, if the engine asks for one.
  public var secretVariable: String?
  /// How long one query may take, connecting included.
  public var timeoutSeconds = 600.0
}

/// Where a model's predictions are on an engine: a table or a query, with the config's column
/// mapping applied to its columns.
public struct EngineSource: Sendable, Equatable {
  /// A table or a query.
  public enum Relation: Sendable, Equatable {
    /// A table or view, by its name's parts (`monitoring.predictions` is two parts).
    case table([String])
    /// A query whose result is read as the table.
    case query(String)
  }

  /// The engine's name in `engines`.
  public var engine: String
  /// The table or query.
  public var relation: Relation

  /// The table or query as the config gives it, for messages.
  public var description: String {
    switch relation {
    case .table(let parts): "\(engine): \(parts.joined(separator: "."))"
    case .query: "\(engine): query"
    }
  }
}
