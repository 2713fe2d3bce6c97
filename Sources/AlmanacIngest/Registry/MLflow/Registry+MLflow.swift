import Foundation

extension Registry {
  /// Builds the registry from saved MLflow REST responses.
  ///
  /// Models come from `registered-models/search`; versions from `model-versions/search`, or the
  /// models' `latest_versions` when that answer is absent. A version's stage `None` is no stage;
  /// its aliases are the model's aliases that point to it; its baseline is the final metrics of
  /// its run (`runs/get`), except keys with an ignored prefix and values that are not finite.
  /// The owner is the model's owner tag. Descriptions and tags are kept verbatim.
  ///
  /// - Parameters:
  ///   - export: The saved answers.
  ///   - options: The owner tag and the metrics left out of baselines.
  /// - Throws: ``IngestError`` naming the file and the JSON key path (`registered_models[2].name`)
  ///   of a field that is missing or has the wrong type, or a document that is not JSON.
  public init(mlflow export: MLflowExport, options: MLflowOptions = MLflowOptions())
    throws(IngestError)
  {
    typealias Wire = MLflowResponses
    var models: [String: Wire.RegisteredModel] = [:]
    for document in export.registeredModels {
      for model in try Self.decode(Wire.RegisteredModelsPage.self, document).registeredModels ?? []
      {
        models[model.name] = model
      }
    }
    var versions: [String: [String: Wire.ModelVersion]] = [:]
    let versionLists =
      export.modelVersions.isEmpty
      ? models.values.map { $0.latestVersions ?? [] }
      : try export.modelVersions.map { (document) throws(IngestError) in
        try Self.decode(Wire.ModelVersionsPage.self, document).modelVersions ?? []
      }
    for version in versionLists.joined() {
      versions[version.name, default: [:]][version.version] = version
    }
    var baselines: [String: [String: Double]] = [:]
    for document in export.runs {
      let run = try Self.decode(Wire.RunAnswer.self, document).run
      guard let id = run.info.runId ?? run.info.runUuid else {
        throw IngestError(.missingKey(keyPath: "run.info.run_id"), file: document.name)
      }
      baselines[id] = Self.baseline(of: run.data?.metrics ?? [], options: options)
    }
    self.init(
      models: Set(models.keys).union(versions.keys).map { name in
        let model = models[name]
        let aliases = Dictionary(
          (model?.aliases ?? []).map { ($0.alias, $0.version) },
          uniquingKeysWith: { _, last in last })
        return RegisteredModel(
          name: name, description: model?.description,
          owner: Self.tags(model?.tags)[options.ownerTag],
          tags: Self.tags(model?.tags), aliases: aliases,
          createdAt: model?.creationTimestamp?.value,
          versions: (versions[name] ?? [:]).values.map { version in
            ModelVersion(
              version: version.version, stage: ModelVersion.stage(version.currentStage),
              aliases: Array(
                Set(aliases.filter { $0.value == version.version }.keys).union(
                  version.aliases ?? [])),
              registeredAt: version.creationTimestamp?.value, description: version.description,
              runID: version.runId, baseline: version.runId.flatMap { baselines[$0] } ?? [:],
              tags: Self.tags(version.tags))
          })
      })
  }

  private static func tags(_ tags: [MLflowResponses.Tag]?) -> [String: String] {
    Dictionary((tags ?? []).map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
  }

  /// The latest value of each kept metric: the highest step, then the latest timestamp.
  private static func baseline(of metrics: [MLflowResponses.Metric], options: MLflowOptions)
    -> [String: Double]
  {
    var latest: [String: MLflowResponses.Metric] = [:]
    for metric in metrics
    where !options.ignoredMetricPrefixes.contains(where: metric.key.hasPrefix)
      && metric.value.value.isFinite
    {
      let order = (metric.step?.value ?? 0, metric.timestamp?.value ?? 0)
      if let kept = latest[metric.key], (kept.step?.value ?? 0, kept.timestamp?.value ?? 0) > order
      {
        continue
      }
      latest[metric.key] = metric
    }
    return latest.mapValues(\.value.value)
  }

  /// Decodes a document, turning decoding errors into errors naming the file and key path.
  private static func decode<Value: Decodable>(
    _ type: Value.Type, _ document: MLflowExport.Document
  )
    throws(IngestError) -> Value
  {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    // The decoder does not say where the syntax breaks (and may stop first at a type it did not
    // expect); the grammar check, first, does.
    if let place = JSONSyntax.firstBreak(in: document.bytes) {
      throw IngestError(
        .invalidJSON(expected: place.expected), file: document.name, line: place.line,
        column: place.column, value: place.found.isEmpty ? nil : CellText.escaped(place.found))
    }
    do {
      return try decoder.decode(type, from: Data(document.bytes))
    } catch let error as DecodingError {
      throw IngestError(Self.reason(for: error), file: document.name)
    } catch {
      throw IngestError(.malformedJSON(String(describing: error)), file: document.name)
    }
  }

  private static func reason(for error: DecodingError) -> IngestError.Reason {
    switch error {
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      return .wrongType(keyPath: keyPath(context.codingPath), expected: describe(type))
    case .keyNotFound(let key, let context):
      return .missingKey(keyPath: keyPath(context.codingPath + [key]))
    case .dataCorrupted(let context):
      let detail =
        (context.underlyingError.map { String(describing: $0) }) ?? context.debugDescription
      return .malformedJSON(detail)
    @unknown default:
      return .malformedJSON(String(describing: error))
    }
  }

  /// `registered_models[2].latest_versions[0].version`, in the JSON's snake_case.
  private static func keyPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        let snake = key.stringValue.reduce(into: "") { result, character in
          result += character.isUppercase ? "_" + character.lowercased() : String(character)
        }
        text += (text.isEmpty ? "" : ".") + snake
      }
    }
    return text.isEmpty ? "the document" : text
  }

  private static func describe(_ type: Any.Type) -> String {
    let name = String(describing: type)
    if name == "String" { return "a string" }
    if name.hasPrefix("Int") || name.hasPrefix("UInt") { return "an integer" }
    if name == "Double" || name == "Float" { return "a number" }
    if name.hasPrefix("Array") { return "a list" }
    return "an object"
  }
}
