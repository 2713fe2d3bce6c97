/// An engine that runs Almanac's aggregation queries where the data are.
public protocol QueryEngine: Sendable {
  /// The engine's SQL dialect.
  var dialect: SQLDialect { get }
  /// The engine's name in the config and its address without secrets, for messages.
  var label: String { get }

  /// Runs a query and returns its whole (small) result.
  ///
  /// - Parameter query: The query, in this engine's dialect.
  /// - Returns: The result's columns.
  /// - Throws: `EngineError` naming the engine: unreachable, rejected, timed out, unreadable.
  func run(_ query: EngineQuery) async throws(EngineError) -> EngineTable
}
