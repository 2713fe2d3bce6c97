import Foundation

extension Registry {
  /// Reads the registry from a folder of saved MLflow REST responses.
  ///
  /// When the folder has an `index.json` (`"requests": {file: {"path": ...}}`), it says which
  /// file answers which request, and every file it names must exist. Otherwise the file names
  /// decide: `registered-models-search*.json`, `model-versions-search*.json` and
  /// `runs-get-*.json`. Files of one kind are read in name order.
  ///
  /// - Parameters:
  ///   - folder: The folder of saved responses.
  ///   - options: The owner tag and the metrics left out of baselines.
  /// - Returns: The registry.
  /// - Throws: ``IngestError`` for a missing folder or file, an index that is not as described,
  ///   or a response as ``init(mlflow:options:)`` describes.
  public static func loadMLflow(folder: String, options: MLflowOptions = MLflowOptions())
    throws(IngestError) -> Registry
  {
    try Registry(mlflow: MLflowExport.load(folder: folder), options: options)
  }
}

extension MLflowExport {
  /// The saved responses in a folder, sorted by request (see ``Registry/loadMLflow(folder:options:)``).
  ///
  /// - Throws: ``IngestError`` when the folder, the index or a file it names cannot be read.
  public static func load(folder: String) throws(IngestError) -> MLflowExport {
    let fileManager = FileManager.default
    var isFolder: ObjCBool = false
    guard fileManager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw IngestError(.noSuchFile, file: folder)
    }
    let base = URL(fileURLWithPath: folder)
    var kinds: [(name: String, request: Request)] = []
    let indexPath = base.appendingPathComponent("index.json").path
    if fileManager.fileExists(atPath: indexPath) {
      for (name, path) in try requests(inIndex: indexPath) {
        guard let request = Request(path: path) else { continue }
        kinds.append((name, request))
      }
    } else {
      let names = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
      kinds = names.compactMap { name in Request(fileName: name).map { (name, $0) } }
    }
    var export = MLflowExport(registeredModels: [])
    for (name, request) in kinds.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    ) {
      let path = base.appendingPathComponent(name).path
      let document = Document(name: path, bytes: try InputSource.file(path).readAll())
      switch request {
      case .registeredModels: export.registeredModels.append(document)
      case .modelVersions: export.modelVersions.append(document)
      case .run: export.runs.append(document)
      }
    }
    return export
  }

  /// The `requests` of an index: file name -> API path.
  private static func requests(inIndex path: String) throws(IngestError) -> [(String, String)] {
    struct Index: Decodable {
      struct Request: Decodable { var path: String }
      var requests: [String: Request]
    }
    let bytes = try InputSource.file(path).readAll()
    guard let index = try? JSONDecoder().decode(Index.self, from: Data(bytes)) else {
      throw IngestError(
        .wrongType(keyPath: "requests", expected: #"an object of {"path": ...} by file name"#),
        file: path)
    }
    return index.requests.map { ($0.key, $0.value.path) }
  }
}
