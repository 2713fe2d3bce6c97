internal import AlmanacEngines
internal import AlmanacSpark
internal import Foundation

/// Opens the engine a config names, with its secret read from the environment.
enum EngineConnection {
  /// The engine for a config's settings.
  ///
  /// - Parameters:
  ///   - settings: The engine's settings.
  ///   - environment: The process's environment variables.
  /// - Returns: The engine.
  /// - Throws: `RunFailure` when the secret's variable is unset or the address is unusable.
  static func make(
    _ settings: EngineSettings,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(RunFailure) -> any QueryEngine {
    var secret: String?
    if let variable = settings.secretVariable {
      guard let value = environment[variable], !value.isEmpty else {
        throw RunFailure(
          "error: engine \(settings.name): the environment variable \(variable) is not set"
            + "\n  hint: export \(variable) with the engine's \(settings.kind == .postgres ? "password" : "token") before the run"
        )
      }
      secret = value
    }
    switch settings.kind {
    case .postgres:
      do {
        return PostgresEngine(
          name: settings.name, address: try PostgresAddress(settings.url), password: secret,
          timeoutSeconds: settings.timeoutSeconds)
      } catch {
        throw RunFailure("error: engine \(settings.name): \(settings.url): \(error.description)")
      }
    case .spark:
      do {
        return SparkEngine(
          name: settings.name,
          address: try SparkConnectAddress(parsing: settings.url, token: secret),
          timeoutSeconds: settings.timeoutSeconds)
      } catch {
        throw RunFailure("error: engine \(settings.name): \(settings.url): \(error.description)")
      }
    }
  }
}
