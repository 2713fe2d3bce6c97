/// A gradient-boosted regression tree ensemble on binned inputs (squared loss), small and exact
/// enough to learn a model's expected error from its reference data.
///
/// Inputs are columns of bin numbers (at most 255 bins each, from ``FeatureBins``). Each round
/// fits one tree of depth at most `depth` to the residuals: every node takes the split (a column
/// and a bin, rows at or below it to the left) that most reduces the squared error, among splits
/// leaving at least `minimumLeaf` rows on each side, found from per-bin sums of the residuals
/// (histograms); its leaves predict their mean residual times `learningRate`. The first
/// prediction is the target's mean. No randomness is used, and rows and columns are visited in
/// order, so the same inputs give the same trees on every machine; ties between splits go to the
/// first column, then the lowest bin.
///
/// Friedman, J. H. (2001), "Greedy function approximation: a gradient boosting machine", Annals
/// of Statistics 29(5), 1189-1232; histograms as in Ke, G. et al. (2017), "LightGBM".
public struct BoostedTrees: Sendable, Equatable {
  /// One node of a tree: a split or a leaf.
  public enum Node: Sendable, Equatable {
    /// Rows whose bin in `column` is at most `bin` go to node `left`, the others to `right`.
    case split(column: Int, bin: UInt8, left: Int, right: Int)
    /// The tree's value for the rows that reach it.
    case leaf(Double)
  }

  /// The first prediction: the target's mean.
  public let base: Double
  /// The trees, each a list of nodes with its root first; a row's prediction is ``base`` plus
  /// each tree's leaf for it, added in this order.
  public let trees: [[Node]]

  /// Fits the ensemble.
  ///
  /// - Parameters:
  ///   - columns: Bin numbers, one array per input column, each with one entry per row.
  ///   - binCounts: The number of bins of each column.
  ///   - target: The value to learn for each row.
  ///   - rounds: The number of trees.
  ///   - depth: The deepest split of a tree.
  ///   - learningRate: How much of each tree's fit is kept.
  ///   - minimumLeaf: The fewest rows in a leaf.
  /// - Precondition: Every column has one entry per target value.
  public init(
    columns: [[UInt8]], binCounts: [Int], target: [Double], rounds: Int = 100, depth: Int = 3,
    learningRate: Double = 0.1, minimumLeaf: Int = 20
  ) {
    precondition(columns.allSatisfy { $0.count == target.count }, "columns differ in length")
    var sum = CompensatedSum()
    for value in target { sum.add(value) }
    base = target.isEmpty ? 0 : sum.value / Double(target.count)
    var predictions = [Double](repeating: base, count: target.count)
    var trees: [[Node]] = []
    for _ in 0..<rounds {
      let residuals = zip(target, predictions).map { $0 - $1 }
      var nodes: [Node] = []
      Self.grow(
        rows: Array(0..<target.count), residuals: residuals, columns: columns,
        binCounts: binCounts, depth: depth, minimumLeaf: minimumLeaf,
        learningRate: learningRate, into: &nodes)
      for row in 0..<target.count {
        predictions[row] += Self.value(of: nodes, at: { columns[$0][row] })
      }
      trees.append(nodes)
    }
    self.trees = trees
  }

  /// The ensemble's prediction for one row.
  ///
  /// - Parameter bin: The row's bin number in each column, by column index.
  /// - Returns: The prediction.
  public func predict(_ bin: (Int) -> UInt8) -> Double {
    var value = base
    for tree in trees { value += Self.value(of: tree, at: bin) }
    return value
  }

  /// A tree's value for a row.
  private static func value(of nodes: [Node], at bin: (Int) -> UInt8) -> Double {
    var index = 0
    while true {
      switch nodes[index] {
      case .leaf(let value): return value
      case .split(let column, let threshold, let left, let right):
        index = bin(column) <= threshold ? left : right
      }
    }
  }

  /// Grows a node (and its children) from its rows; appends it and returns its index.
  @discardableResult
  private static func grow(
    rows: [Int], residuals: [Double], columns: [[UInt8]], binCounts: [Int], depth: Int,
    minimumLeaf: Int, learningRate: Double, into nodes: inout [Node]
  ) -> Int {
    var total = CompensatedSum()
    for row in rows { total.add(residuals[row]) }
    let index = nodes.count
    nodes.append(.leaf(learningRate * total.value / Double(max(rows.count, 1))))
    guard depth > 0, rows.count >= 2 * minimumLeaf,
      let split = bestSplit(
        rows: rows, residuals: residuals, total: total.value, columns: columns,
        binCounts: binCounts, minimumLeaf: minimumLeaf)
    else { return index }
    let left = rows.filter { columns[split.column][$0] <= split.bin }
    let right = rows.filter { columns[split.column][$0] > split.bin }
    let leftIndex = grow(
      rows: left, residuals: residuals, columns: columns, binCounts: binCounts,
      depth: depth - 1, minimumLeaf: minimumLeaf, learningRate: learningRate, into: &nodes)
    let rightIndex = grow(
      rows: right, residuals: residuals, columns: columns, binCounts: binCounts,
      depth: depth - 1, minimumLeaf: minimumLeaf, learningRate: learningRate, into: &nodes)
    nodes[index] = .split(column: split.column, bin: split.bin, left: leftIndex, right: rightIndex)
    return index
  }

  /// The split that most reduces the squared error, from per-bin sums; `nil` when none helps.
  private static func bestSplit(
    rows: [Int], residuals: [Double], total: Double, columns: [[UInt8]], binCounts: [Int],
    minimumLeaf: Int
  ) -> (column: Int, bin: UInt8)? {
    let count = Double(rows.count)
    let parent = total * total / count
    var best: (gain: Double, column: Int, bin: UInt8)?
    for (column, bins) in columns.enumerated() {
      let binCount = binCounts[column]
      var sums = [Double](repeating: 0, count: binCount)
      var counts = [Int](repeating: 0, count: binCount)
      for row in rows {
        let bin = Int(bins[row])
        sums[bin] += residuals[row]
        counts[bin] += 1
      }
      var leftSum = 0.0
      var leftCount = 0
      for bin in 0..<(binCount - 1) {
        leftSum += sums[bin]
        leftCount += counts[bin]
        let rightCount = rows.count - leftCount
        guard leftCount >= minimumLeaf, rightCount >= minimumLeaf else { continue }
        let rightSum = total - leftSum
        let gain =
          leftSum * leftSum / Double(leftCount) + rightSum * rightSum / Double(rightCount)
          - parent
        if gain > (best?.gain ?? 1e-12 * abs(parent) + 1e-300) {
          best = (gain, column, UInt8(bin))
        }
      }
    }
    return best.map { ($0.column, $0.bin) }
  }
}

/// How the values of a column become bin numbers for ``BoostedTrees``: numbers by quantile edges
/// learned from a sample, text by its level; a missing value gets a bin of its own.
public struct FeatureBins: Sendable, Equatable {
  /// The upper edges of the numeric bins (a value goes to the first edge at or above it), or
  /// empty for a text column.
  public let edges: [Double]
  /// The bin of each text level, for a text column.
  public let levels: [String: UInt8]
  /// The number of bins, the missing-value bin included.
  public let count: Int

  /// Quantile bins for numbers: at most `maximum` − 1 bins of about equal size, plus one for
  /// missing values (NaN).
  ///
  /// - Parameters:
  ///   - values: The sample (NaN for missing).
  ///   - maximum: The most bins, at most 255.
  public init(numbers values: [Double], maximum: Int = 64) {
    let sorted = values.filter { !$0.isNaN }.sorted()
    var edges: [Double] = []
    let wanted = max(1, min(maximum, 255) - 1)
    if !sorted.isEmpty {
      for step in 1..<wanted {
        let edge = sorted[min(sorted.count - 1, step * sorted.count / wanted)]
        if edges.last.map({ edge > $0 }) ?? true { edges.append(edge) }
      }
      if let last = sorted.last, edges.last.map({ last > $0 }) ?? true { edges.append(last) }
    }
    self.edges = edges
    levels = [:]
    count = edges.count + 2
  }

  /// Bins for text: the most frequent `maximum` − 2 levels each have one, every other level
  /// shares one, and missing values have one.
  ///
  /// - Parameters:
  ///   - texts: The sample (`nil` for missing).
  ///   - maximum: The most bins, at most 255.
  public init(texts: [String?], maximum: Int = 64) {
    var counts: [String: Int] = [:]
    for text in texts { if let text { counts[text, default: 0] += 1 } }
    let kept = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(max(1, min(maximum, 255) - 2))
    var levels: [String: UInt8] = [:]
    for (index, level) in kept.enumerated() { levels[level.key] = UInt8(index) }
    edges = []
    self.levels = levels
    count = levels.count + 2
  }

  /// The bin of a number: missing values in the last bin, values above every edge in the one
  /// before it.
  public func bin(_ value: Double) -> UInt8 {
    if value.isNaN { return UInt8(count - 1) }
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] >= value { high = middle } else { low = middle + 1 }
    }
    return UInt8(low)
  }

  /// The bin of a text: its level's, the shared bin for other levels, the last for missing.
  public func bin(_ text: String?) -> UInt8 {
    guard let text else { return UInt8(count - 1) }
    return levels[text] ?? UInt8(count - 2)
  }
}
