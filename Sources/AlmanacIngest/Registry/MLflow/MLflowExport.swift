/// The saved REST responses of an MLflow tracking server, sorted by the request they answer.
///
/// Each document is a file's name and bytes. Several documents of one kind are pages of one
/// answer, read in the order given.
public struct MLflowExport: Sendable, Equatable {
  /// A saved response: its file name (for errors) and its bytes.
  public struct Document: Sendable, Equatable {
    /// The file the response was saved in.
    public var name: String
    /// The response body (JSON).
    public var bytes: [UInt8]

    /// Creates a document.
    public init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// Answers of `GET /api/2.0/mlflow/registered-models/search`.
  public var registeredModels: [Document]
  /// Answers of `GET /api/2.0/mlflow/model-versions/search`.
  public var modelVersions: [Document]
  /// Answers of `GET /api/2.0/mlflow/runs/get`, one per run.
  public var runs: [Document]

  /// Creates an export.
  ///
  /// - Parameters:
  ///   - registeredModels: Pages of registered models.
  ///   - modelVersions: Pages of model versions (optional: the registered models' latest
  ///     versions are used when there are none).
  ///   - runs: One answer per run, for baseline metrics.
  public init(registeredModels: [Document], modelVersions: [Document] = [], runs: [Document] = []) {
    self.registeredModels = registeredModels
    self.modelVersions = modelVersions
    self.runs = runs
  }

  /// The kind of request an API path names, by its last segments (any API prefix or version).
  enum Request {
    case registeredModels, modelVersions, run

    init?(path: String) {
      if path.hasSuffix("registered-models/search") {
        self = .registeredModels
      } else if path.hasSuffix("model-versions/search") {
        self = .modelVersions
      } else if path.hasSuffix("runs/get") {
        self = .run
      } else {
        return nil
      }
    }

    /// The kind a saved file's name suggests when there is no index.
    init?(fileName: String) {
      guard fileName.hasSuffix(".json") else { return nil }
      if fileName.hasPrefix("registered-models-search") {
        self = .registeredModels
      } else if fileName.hasPrefix("model-versions-search") {
        self = .modelVersions
      } else if fileName.hasPrefix("runs-get") {
        self = .run
      } else {
        return nil
      }
    }
  }
}
