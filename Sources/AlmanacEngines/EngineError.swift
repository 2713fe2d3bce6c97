/// Why a query on an engine failed, in words that name the engine.
public struct EngineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Reason: Sendable, Equatable {
    /// The engine could not be reached or refused the credentials.
    case connection(String)
    /// The query did not finish in time.
    case timeout(seconds: Double)
    /// The engine ran the query and reported an error.
    case query(String)
    /// The engine's answer could not be read.
    case malformedResult(String)
  }

  /// The engine's name in the config and its address, such as `warehouse (postgres://db:5432/ml)`.
  public var engine: String
  /// What went wrong.
  public var reason: Reason

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - engine: The engine's name and address.
  ///   - reason: What went wrong.
  public init(engine: String, reason: Reason) {
    self.engine = engine
    self.reason = reason
  }

  /// One line naming the engine and the cause.
  public var description: String {
    switch reason {
    case .connection(let detail): "cannot connect to \(engine): \(detail)"
    case .timeout(let seconds):
      "\(engine) did not answer within \(Self.seconds(seconds)) seconds"
    case .query(let detail): "\(engine) rejected the query: \(detail)"
    case .malformedResult(let detail): "cannot read the answer of \(engine): \(detail)"
    }
  }

  private static func seconds(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
