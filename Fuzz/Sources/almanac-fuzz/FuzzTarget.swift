import AlmanacIngest
import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation

/// What a fuzz run feeds its input to.
///
/// Each target must survive any bytes: an error is an
/// answer, a trap or a sanitizer report is a finding.
///
/// Inputs that hold several files (a registry's pages, the pipeline's logs and reference) are
/// cut at lines holding only `=====`, so seed files stay readable.
enum FuzzTarget: String, CaseIterable {
  /// A prediction log or reference as CSV or TSV; the first byte picks the options.
  case csv
  /// A prediction log as JSON Lines; the first byte picks the options.
  case jsonl
  /// Saved MLflow responses: registered models, model versions, then runs.
  case mlflow
  /// A CSV registry.
  case registryCSV = "registry-csv"
  /// A billing CSV.
  case billing
  /// An `almanac.yml`.
  case config
  /// Two template overrides (the first byte of each part picks its name), rendered on the
  /// sample report when they load.
  case templates
  /// A whole `almanac report` run on a tiny log, reference, registry and billing file.
  case pipeline

  /// The target of this process, set once from the command line before libFuzzer starts.
  nonisolated(unsafe) static var current = FuzzTarget.csv

  /// Feeds one input to the target.
  func run(_ input: [UInt8]) {
    switch self {
    case .csv: Self.readTable(input, format: .csv)
    case .jsonl: Self.readTable(input, format: .jsonLines)
    case .mlflow:
      let parts = FuzzInput.parts(of: input).enumerated().map { index, bytes in
        MLflowExport.Document(name: "response-\(index).json", bytes: bytes)
      }
      let export = MLflowExport(
        registeredModels: Array(parts.prefix(1)), modelVersions: Array(parts.dropFirst().prefix(1)),
        runs: Array(parts.dropFirst(2)))
      FuzzInput.describe { () throws(IngestError) in _ = try Registry(mlflow: export) }
    case .registryCSV:
      FuzzInput.describe { () throws(IngestError) in
        _ = try Registry(csv: input, file: "registry.csv")
      }
    case .billing:
      FuzzInput.describe { () throws(IngestError) in
        _ = try BillingReader.read([.bytes(input, name: "billing.csv")])
      }
    case .config:
      let folder = ScratchFolder()
      folder.write("almanac.yml", input)
      FuzzInput.describe { () throws(RunFailure) in
        _ = try Runner.loadConfig(folder.path("almanac.yml"))
      }
    case .templates: TemplateTarget.run(input)
    case .pipeline: PipelineTarget.run(input)
    }
  }

  /// Reads a table with options picked by the input's first byte: TSV instead of CSV, skipping
  /// bad rows, declared column kinds, epoch timestamps, a tiny record limit.
  private static func readTable(_ input: [UInt8], format: FileFormat) {
    guard let flags = input.first else { return }
    let options = ReadOptions(
      categorical: flags & 4 != 0 ? ["label", "region"] : [],
      numeric: flags & 8 != 0 ? ["score", "x"] : [],
      timestamps: flags & 16 != 0 ? ["timestamp": .epochSeconds] : ["timestamp": .iso8601],
      onBadRows: flags & 2 != 0 ? .skip : .fail,
      format: format == .csv && flags & 1 != 0 ? .tsv : format,
      maximumRecordBytes: flags & 32 != 0 ? 64 : 1 << 20,
      concurrency: flags & 64 != 0 ? 1 : 2)
    let bytes = Array(input.dropFirst())
    FuzzInput.blocking {
      do {
        let result = try await TableReader.read(bytes: bytes, name: "log", options: options)
        FuzzInput.answer("ok: \(result.table.rowCount) rows")
      } catch {
        FuzzInput.answer("\(error)")
      }
    }
  }
}
