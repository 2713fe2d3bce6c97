internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport
internal import Foundation

/// What `almanac validate` found: the problems, and what the run will do that a user should know.
public struct ValidationReport: Sendable, Equatable {
  /// One message per problem, each naming the file (and line and column where they apply); empty
  /// when all is well.
  public var problems: [String]
  /// What the run will do, one line each: the columns each model leaves out of drift tests, and
  /// why; who the e-mail goes to and how.
  public var facts: [String]
}

/// `almanac validate`: every problem with a config and its inputs, without writing anything.
public enum Validation {
  /// Checks the config, then reads every input it names: prediction logs and reference data (files
  /// exist, mapped columns present, every cell readable), the registry, billing exports, the analogy
  /// pack, the templates and the mail command; profiles each model's reference to say which columns
  /// drift tests leave out; and says what the e-mail settings will do.
  ///
  /// - Parameter configPath: The config file.
  /// - Returns: The problems and the facts.
  public static func check(configPath: String) async -> ValidationReport {
    let config: AlmanacConfig
    switch Runner.readConfig(configPath) {
    case .success(let read): config = read
    case .failure(let problems): return ValidationReport(problems: problems.messages, facts: [])
    }
    var problems: [String] = []
    var facts: [String] = []
    func check(_ work: () async throws(RunFailure) -> Void) async {
      do { try await work() } catch { problems.append(error.description) }
    }
    var registry: RegistryBridge?
    await check { () async throws(RunFailure) in
      registry = try RegistryBridge(source: config.registry, policy: config.governance)
    }
    var names: [String] = []
    var rowsLeft = config.maxRows
    for group in ModelLoader.groups(config.models.filter { $0.engineSource == nil }) {
      await check { () async throws(RunFailure) in
        var loader = ModelLoader(entries: group, baseFolder: config.folder, rowLimit: rowsLeft)
        loader.registeredTasks = registry?.tasks(tag: config.taskTag) ?? [:]
        loader.taskTag = config.taskTag
        let loaded = try await loader.load()
        let models = loaded.models
        rowsLeft -= loaded.rows
        names += models.map(\.name)
        for entry in group {
          let first = models.first { $0.entry.name == entry.name }
          problems += first.map { methodProblems($0, config: config) } ?? []
        }
        if !loaded.uncovered.isEmpty {
          facts.append(
            "\(group[0].predictions.joined(separator: ", ")): \(uncoveredMessage(loaded.uncovered));"
              + " no models entry covers them, so they are left out")
        }
        for model in models {
          facts.append(coverage(of: model, in: config))
          guard let reference = model.reference else { continue }
          for column in try await ReferenceProfile(reference, entry: model.entry, periodSize: nil)
            .excluded
          {
            let figure = ExcludedColumnFigure(name: column.name, reason: column.reason.rawValue)
            facts.append(
              "\(model.name): drift tests leave out \"\(column.name)\", \(figure.explanation);"
                + " list it in features to test it anyway")
          }
        }
      }
    }
    for group in ReportBuilder.engineGroups(config.models) {
      await check { () async throws(RunFailure) in
        guard let source = group[0].engineSource, let settings = config.engines[source.engine]
        else {
          return
        }
        var evaluation = EngineEvaluation(
          entries: group, engine: try EngineConnection.make(settings), baseFolder: config.folder)
        try evaluation.connectReference(config.engines)
        facts.append(try await evaluation.check(rowLimit: rowsLeft))
        names += group.compactMap { $0.isPattern ? nil : $0.name }
      }
    }
    if let registry {
      let logged = Set(names)
      let silent = registry.registry.models.map(\.name).filter { !logged.contains($0) }.sorted {
        $0.utf8.lexicographicallyPrecedes($1.utf8)
      }
      if !silent.isEmpty {
        facts.append(
          "registry: \(uncoveredMessage(silent)) \(silent.count == 1 ? "has" : "have") no"
            + " prediction logs; the report's governance section lists a production one as"
            + " unmonitored")
      }
      await check { () async throws(RunFailure) in
        _ = try BillingLedger(
          paths: config.billing, currency: config.report.currency, models: names,
          registry: registry.registry)
      }
    }
    do {
      _ = try AnalogyLibrary.load(templates: config.report.templates).pack(
        named: config.report.analogies)
    } catch {
      problems.append(error.message(config: config.sourcePath))
    }
    do {
      _ = try TemplateSet.load(overrides: config.report.templates)
    } catch {
      problems.append("\(error)")
    }
    if let email = config.report.email {
      if let problem = Runner.mailCommandProblem(email, config) { problems.append(problem) }
      facts += emailFacts(email, link: config.report.link)
    }
    return ValidationReport(problems: problems, facts: facts)
  }

  /// What `--send` will do, one line each: who sends to whom, the command and where its program
  /// is, and the link; with a note when the recipients are missing or the envelope sender will
  /// not follow `from`.
  ///
  /// - Parameters:
  ///   - email: The e-mail settings, each already checked when the config was read.
  ///   - link: `report.link`, if set.
  /// - Returns: The lines.
  static func emailFacts(_ email: EmailSettings, link: String?) -> [String] {
    var facts = [
      email.to.isEmpty
        ? "e-mail: from \(email.from); report.email.to lists no one, so --send needs --email"
        : "e-mail: from \(email.from) to \(email.to.map(\.description).joined(separator: ", "))"
    ]
    if let program = Sendmail(command: email.sendmail).program() {
      facts.append("e-mail: sent with \(String(reflecting: email.sendmail)), found at \(program)")
    }
    if !email.sendmail.contains("$1") {
      facts.append(
        "e-mail: report.email.sendmail does not use $1, so the envelope sender is the mail"
          + " server's default rather than \(email.from.address); add -f \"$1\" to match From")
    }
    if let link {
      facts.append(
        "e-mail: links to \(link.replacingOccurrences(of: "{period}", with: "<period>"))")
    }
    return facts
  }

  /// Models named in a sentence: all of them up to five, else the first five and how many more.
  ///
  /// - Parameter names: Model names.
  /// - Returns: `3 models (a, b, c)` or `12 models (a, b, c, d, e and 7 more)`.
  static func uncoveredMessage(_ names: [String]) -> String {
    let shown = names.prefix(5).joined(separator: ", ")
    let more = names.count > 5 ? " and \(names.count - 5) more" : ""
    return "\(Wording.counted(names.count, "model")) (\(shown)\(more))"
  }

  /// Which entry covers a model and its task, with the reason when the task was told from its
  /// rows: `fraud-eu: models[1] ("fraud-*"), binary-classification (task: auto, its ...)`.
  private static func coverage(of model: LoadedModel, in config: AlmanacConfig) -> String {
    let index = config.models.firstIndex {
      $0.name == model.entry.name && $0.predictions == model.entry.predictions
    }
    let entry =
      "models[\(index.map(String.init) ?? "?")]"
      + (model.entry.name.map { " (\(String(reflecting: $0)))" } ?? " (no name)")
    let task = model.entry.task.rawValue
    guard let inference = model.taskInference else { return "\(model.name): \(entry), \(task)" }
    return "\(model.name): \(entry), \(task) (task: auto, \(inference.reason))"
  }

  /// Drift methods configured for columns they cannot test (KS or Wasserstein on text).
  private static func methodProblems(_ model: LoadedModel, config: AlmanacConfig) -> [String] {
    model.entry.drift.methods.sorted { $0.key < $1.key }.compactMap { feature, method in
      guard let column = model.log.features.first(where: { $0.name == feature })?.column else {
        return
          "\(config.sourcePath): error: drift.method names \"\(feature)\", which is not an input feature"
          + " of \(model.entry.name ?? "the models entry")"
      }
      guard case .categorical = column, !method.applies(to: .categorical) else { return nil }
      return
        "\(config.sourcePath): error: drift.method \(method.rawValue) cannot test \"\(feature)\","
        + " a categorical column\n  hint: use chi_square, z, jensen_shannon or psi, or declare it numeric"
    }
  }
}
