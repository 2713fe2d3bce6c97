internal import AlmanacEngines
internal import Foundation
internal import Yams

extension ConfigReader {
  /// The `engines` section: each engine by name, with its kind, address, secret's variable and
  /// timeout.
  func engines(_ node: ConfigNode) -> [String: EngineSettings] {
    var engines: [String: EngineSettings] = [:]
    for (name, value) in node.freeMapping() {
      let keys = value.mapping(allowed: [
        "kind", "url", "password_env", "token_env", "timeout_seconds",
      ])
      let kindText = keys["kind"]?.string() ?? name
      guard let kind = EngineSettings.Kind(rawValue: kindText) else {
        (keys["kind"] ?? value).fail(
          "\(value.path).kind must be one of \(EngineSettings.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
            + (keys["kind"] == nil
              ? "; the engine's name does not say which" : ", found \"\(kindText)\""),
          hint: "kind: postgres or kind: spark")
        continue
      }
      guard let urlNode = keys["url"], let url = urlNode.string() else {
        value.fail("\(value.path) is missing required key \"url\"", hint: exampleURL(kind))
        continue
      }
      if let problem = Self.urlProblem(url, kind: kind) {
        urlNode.fail("\(urlNode.path): \(problem)", hint: exampleURL(kind))
      }
      let secretKey = kind == .postgres ? "password_env" : "token_env"
      let wrongKey = kind == .postgres ? "token_env" : "password_env"
      if let wrong = keys[wrongKey] {
        wrong.fail("\(wrong.path) does not apply to a \(kind.rawValue) engine; use \(secretKey)")
      }
      var settings = EngineSettings(
        name: name, kind: kind, url: url, secretVariable: keys[secretKey]?.string())
      if let variable = settings.secretVariable,
        variable.isEmpty
          || !variable.unicodeScalars.allSatisfy({
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
              || $0 == "_"
          })
      {
        keys[secretKey]?.fail(
          "\(value.path).\(secretKey) must name an environment variable (letters, digits and _), found \"\(variable)\""
        )
        settings.secretVariable = nil
      }
      if let seconds = keys["timeout_seconds"]?.double(in: 1...86_400) {
        settings.timeoutSeconds = seconds
      }
      engines[name] = settings
    }
    return engines
  }

  /// A model's `predictions` given as a table or query on an engine.
  func engineSource(_ node: ConfigNode) -> EngineSource? {
    let keys = node.mapping(allowed: ["engine", "table", "query"])
    guard let engine = keys["engine"]?.string() else {
      node.fail(
        "\(node.path) is missing required key \"engine\"",
        hint: "predictions: { engine: warehouse, table: monitoring.predictions }")
      return nil
    }
    switch (keys["table"], keys["query"]) {
    case (let table?, nil):
      let parts: [String]
      if case .sequence = table.node {
        parts = table.strings()
      } else {
        parts = (table.string() ?? "").split(separator: ".", omittingEmptySubsequences: false).map(
          String.init)
      }
      guard !parts.isEmpty,
        parts.allSatisfy({ !$0.isEmpty && !$0.unicodeScalars.contains("\u{0}") })
      else {
        table.fail(
          "\(table.path) must name a table, as schema.table or a list of its parts",
          hint: "table: monitoring.predictions, or table: [monitoring, \"name.with.dots\"]")
        return nil
      }
      return EngineSource(engine: engine, relation: .table(parts))
    case (nil, let query?):
      guard let text = query.string(), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else {
        return nil
      }
      return EngineSource(engine: engine, relation: .query(text))
    default:
      node.fail("\(node.path) needs exactly one of \"table\" or \"query\"")
      return nil
    }
  }

  private func exampleURL(_ kind: EngineSettings.Kind) -> String {
    kind == .postgres
      ? "url: postgres://almanac@warehouse.internal:5432/monitoring"
      : "url: sc://spark.internal:15002"
  }

  /// Why an engine's address cannot be used, or `nil`.
  static func urlProblem(_ url: String, kind: EngineSettings.Kind) -> String? {
    switch kind {
    case .postgres:
      do {
        _ = try PostgresAddress(url)
        return nil
      } catch {
        return error.description
      }
    case .spark:
      guard url.hasPrefix("sc://") else { return "a Spark Connect address starts with sc://" }
      return url.lowercased().contains("token=")
        ? "it must not hold a token; give token_env instead" : nil
    }
  }
}
