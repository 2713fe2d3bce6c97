/// Reads prediction logs and reference data (CSV, TSV, JSON Lines, each optionally gzip) into a
/// typed ``Table``.
///
/// Files are read in the order given and their rows concatenated. The first file decides the
/// columns and their order; later files must have the same kept columns, in any order. A file with
/// a header but no rows adds nothing (one day without traffic), but at least one file must hold a
/// row. Blank lines are skipped. Categorical levels are numbered in order of first appearance
/// across all files, whatever the number of cores used.
///
/// Reading streams: memory holds the typed columns and one block of at most 8 MiB (plus a record
/// longer than that), whatever the size of the files. Large blocks are parsed on
/// ``ReadOptions/concurrency`` cores.
///
/// Measured with `scripts/bench/ingest.sh` (1,000,000 rows x 25 columns, 152.5 MB, release build,
/// the project's 2-core Linux machine): about 280 MB/s on one core and 430-445 MB/s on two, with
/// peak memory 1.4-1.5 times the typed columns' size; pandas 3.1.1 `read_csv` on the same file
/// reads 200-290 MB/s (200-230 MB/s with categories and dates) with 2.5-4 times the memory. The
/// Swift CSV packages available here (SwiftCSV 0.10.0, CSV.swift 2.5.2) read 10-11 MB/s, which is
/// why this reader is written out by hand.
public enum TableReader {
  /// Reads sources into one table.
  ///
  /// - Parameters:
  ///   - sources: The files or in-memory bytes, in order.
  ///   - options: Column kinds, kept and required columns, bad-row policy, format.
  /// - Returns: The table, the rows left out and why, the files and the bytes read.
  /// - Throws: ``IngestError``: an unreadable, empty or unrecognised file; a header problem
  ///   (repeated, empty, missing or extra column); a fatal record problem (unclosed quote, record
  ///   over the size limit); bad rows under ``BadRowPolicy/fail``; or no data row in any file.
  public static func read(_ sources: [InputSource], options: ReadOptions = ReadOptions())
    async throws(IngestError) -> ReadResult
  {
    var table = TableAssembly(options: options)
    var records = 0
    for source in sources {
      guard let format = options.format ?? FileFormat.inferred(fromPath: source.name) else {
        throw IngestError(.unknownFormat, file: source.name)
      }
      let rowsBefore = table.rowCount
      let skippedBefore = table.skippedRows
      switch format {
      case .csv, .tsv: try await DelimitedFileReader.read(source, format: format, into: &table)
      case .jsonLines: try await JSONLinesFileReader.read(source, into: &table)
      }
      records += table.rowCount - rowsBefore + table.skippedRows - skippedBefore
    }
    if records == 0, let first = sources.first {
      throw IngestError(.noRows, file: first.name, line: 2)
    }
    if table.builders.contains(where: \.hasUnrecoveredText) {
      try await TextRecovery.recover(&table)
    }
    return table.result()
  }

  /// Reads bytes in memory as one file; the name decides the format unless the options give it.
  ///
  /// - Parameters:
  ///   - bytes: The file's content (gzip recognised by its signature).
  ///   - name: The name used in errors and to tell the format.
  ///   - options: How to read.
  /// - Returns: As ``read(_:options:)``.
  /// - Throws: As ``read(_:options:)``.
  public static func read(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions())
    async throws(IngestError) -> ReadResult
  {
    try await read([.bytes(bytes, name: name)], options: options)
  }

  /// Reads text in memory as one file; the name decides the format unless the options give it.
  ///
  /// - Parameters:
  ///   - text: The file's content.
  ///   - name: The name used in errors and to tell the format.
  ///   - options: How to read.
  /// - Returns: As ``read(_:options:)``.
  /// - Throws: As ``read(_:options:)``.
  public static func read(text: String, name: String, options: ReadOptions = ReadOptions())
    async throws(IngestError) -> ReadResult
  {
    try await read(bytes: Array(text.utf8), name: name, options: options)
  }
}
