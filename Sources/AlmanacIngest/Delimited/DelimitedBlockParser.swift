/// Parses one block of a delimited file, on several cores when it is large.
extension DelimitedFileReader {
  /// Parses the complete records of `storage[0..<count]` from `start`.
  ///
  /// The block is cut into `concurrency` stretches at likely record boundaries. The first is
  /// parsed into `builders`, the others into empty columns at the same time; then each later
  /// stretch is appended in order if the one before it ended exactly at its start. Otherwise
  /// (a cut inside a quoted field) the rest of the block is parsed in one piece, so the outcome
  /// never depends on where the cuts fell or on thread timing.
  ///
  /// - Parameters:
  ///   - storage: The block's storage.
  ///   - count: The number of valid bytes in `storage`.
  ///   - start: The start of the first unparsed record.
  ///   - isFinal: Whether the block ends the file.
  ///   - firstLine: The 1-based line of `start`.
  ///   - layout: The file's field mapping.
  ///   - concurrency: How many stretches to parse at once.
  ///   - builders: The table's columns, appended to.
  /// - Returns: The progress, with lines counted from `start` and records from 0.
  static func parseBlock(
    _ storage: [UInt8], count: Int, from start: Int, isFinal: Bool, firstLine: Int,
    layout: DelimitedLayout,
    concurrency: Int, into builders: inout [ColumnBuilder]
  ) async -> ChunkProgress {
    let cuts =
      count - start >= parallelMinimum && concurrency > 1
      ? withBlock(storage, count) { RecordBoundaries.cuts(in: $0, from: start, parts: concurrency) }
        .filter { $0 < count }
      : []
    let starts = [start] + cuts
    let limits = cuts + [count]
    let templates = builders.map { $0.emptied() }
    // The later stretches run as child tasks; the first is parsed here, in place.
    async let laterStretches = parseStretches(
      storage, count: count, starts: Array(starts.dropFirst()), limits: Array(limits.dropFirst()),
      isFinal: isFinal, layout: layout, templates: templates)
    var progress = parse(
      storage, count: count, from: start, recordsBefore: limits[0], isFinal: isFinal,
      firstLine: firstLine, layout: layout, into: &builders)
    let later = await laterStretches
    var cutFellInsideARecord = false
    for (index, stretch) in later.enumerated() {
      guard canContinue(progress, layout: layout), let (stretchProgress, columns) = stretch else {
        break
      }
      guard progress.end == starts[index + 1] else {
        cutFellInsideARecord = true
        break
      }
      for slot in builders.indices { builders[slot].append(contentsOf: columns[slot]) }
      progress.append(
        stretchProgress.shifted(
          lines: firstLine - 1 + progress.lineBreaks, records: progress.records),
        keepingAtMost: layout.problemLimit)
    }
    if cutFellInsideARecord && canContinue(progress, layout: layout) {
      // Parse the rest of the block in one piece.
      let rest = parse(
        storage, count: count, from: progress.end, recordsBefore: count, isFinal: isFinal,
        firstLine: firstLine + progress.lineBreaks, layout: layout, into: &builders)
      progress.append(
        rest.shifted(lines: 0, records: progress.records), keepingAtMost: layout.problemLimit)
    }
    return progress
  }

  /// Parses stretches at the same time, each into empty columns; results in stretch order.
  private static func parseStretches(
    _ storage: [UInt8], count: Int, starts: [Int], limits: [Int], isFinal: Bool,
    layout: DelimitedLayout, templates: [ColumnBuilder]
  ) async -> [(ChunkProgress, [ColumnBuilder])?] {
    guard !starts.isEmpty else { return [] }
    return await withTaskGroup(of: (Int, ChunkProgress, [ColumnBuilder]).self) { group in
      for part in starts.indices {
        group.addTask {
          var columns = templates
          let stretch = parse(
            storage, count: count, from: starts[part], recordsBefore: limits[part],
            isFinal: isFinal, firstLine: 1, layout: layout, into: &columns)
          return (part, stretch, columns)
        }
      }
      var results = [(ChunkProgress, [ColumnBuilder])?](repeating: nil, count: starts.count)
      for await (part, stretch, columns) in group { results[part] = (stretch, columns) }
      return results
    }
  }

  /// Parses records of `storage[0..<count]` into `builders`.
  ///
  /// A synchronous function on purpose: an `inout` captured by a closure in an async function is
  /// copied in and out, which would copy every column once per block.
  private static func parse(
    _ storage: [UInt8], count: Int, from start: Int, recordsBefore limit: Int, isFinal: Bool,
    firstLine: Int, layout: DelimitedLayout, into builders: inout [ColumnBuilder]
  ) -> ChunkProgress {
    storage.withUnsafeBytes {
      DelimitedChunkParser.parse(
        UnsafeRawBufferPointer(rebasing: $0[0..<count]), from: start, recordsBefore: limit,
        isFinal: isFinal, firstLine: firstLine, layout: layout, into: &builders)
    }
  }

  private static func withBlock<Result>(
    _ storage: [UInt8], _ count: Int, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
  }

  private static func canContinue(_ progress: ChunkProgress, layout: DelimitedLayout) -> Bool {
    progress.fatal == nil
      && !(layout.stopsAtProblemLimit && progress.problemCount >= layout.problemLimit)
  }
}
