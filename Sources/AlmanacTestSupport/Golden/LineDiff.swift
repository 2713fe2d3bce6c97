/// A line-by-line comparison of two texts, printed like a unified diff with context.
///
/// Shared leading and trailing lines are set aside, then the rest is aligned by the longest common
/// subsequence of lines (dynamic programming), which is exact and simple; goldens hold a few
/// thousand lines at most.
public struct LineDiff: Sendable, Equatable {
  /// One line of the comparison.
  public enum Line: Sendable, Equatable {
    /// A line both texts share.
    case same(String)
    /// A line only the expected text has.
    case removed(String)
    /// A line only the actual text has.
    case added(String)
  }

  /// Every line of both texts in order.
  public let lines: [Line]

  /// Compares two texts line by line.
  ///
  /// - Parameters:
  ///   - expected: The reference text.
  ///   - actual: The text under test.
  /// - Complexity: O(*n* × *m*) time and space in the counts of lines between the shared head and
  ///   tail.
  public init(expected: String, actual: String) {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Shared leading and trailing lines need no table: goldens usually differ in a few places.
    var head = 0
    while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
    var tail = 0
    while tail < old.count - head, tail < new.count - head,
      old[old.count - 1 - tail] == new[new.count - 1 - tail]
    {
      tail += 1
    }
    let middle = Self.middle(
      Array(old[head..<(old.count - tail)]), Array(new[head..<(new.count - tail)]))
    lines = old[..<head].map(Line.same) + middle + old[(old.count - tail)...].map(Line.same)
  }

  /// The longest-common-subsequence alignment of two line lists.
  private static func middle(_ old: [String], _ new: [String]) -> [Line] {
    // common[i][j]: length of the longest common subsequence of old[i...] and new[j...].
    var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        common[i][j] =
          old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var lines: [Line] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        lines.append(.same(old[i]))
        i += 1
        j += 1
      } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
        lines.append(.removed(old[i]))
        i += 1
      } else {
        lines.append(.added(new[j]))
        j += 1
      }
    }
    return lines
  }

  /// Whether the texts differ.
  public var hasChanges: Bool {
    lines.contains { if case .same = $0 { false } else { true } }
  }

  /// The changed lines with a few lines of context, `-` for expected and `+` for actual.
  ///
  /// - Parameters:
  ///   - context: Unchanged lines shown around each change.
  ///   - limit: The most lines printed; a final line says how many more changed.
  /// - Returns: The printed diff, empty when the texts are equal.
  public func printed(context: Int = 2, limit: Int = 120) -> String {
    let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
    var shown = Set<Int>()
    for index in changed {
      for near in max(0, index - context)...min(lines.count - 1, index + context) {
        shown.insert(near)
      }
    }
    var output: [String] = []
    var previous: Int?
    for index in shown.sorted() {
      if let previous, index > previous + 1 { output.append("@@ line \(index + 1) @@") }
      switch lines[index] {
      case .same(let text): output.append("  " + text)
      case .removed(let text): output.append("- " + text)
      case .added(let text): output.append("+ " + text)
      }
      previous = index
    }
    if output.count > limit {
      let hidden = output.count - limit
      output = Array(output.prefix(limit)) + ["… \(hidden) more lines"]
    }
    return output.joined(separator: "\n")
  }
}
