internal import AlmanacIngest
internal import AlmanacNarrative

/// The task of a model whose config entry says `task: auto`, told from its rows, with the reason
/// in words for `almanac validate`.
///
/// The values of the prediction and outcome columns (logs and reference together, `1.0` and `1`
/// one value) decide:
/// - any text that is not a number makes a classifier: binary with at most two classes, else
///   multi-class;
/// - any number with a fraction makes a regression model;
/// - whole numbers only: at most two values make a binary classifier, three to ten a multi-class
///   one, more a regression model;
/// - without prediction or outcome values, a score column makes a binary classifier.
///
/// A registry tag naming the task (`registry.task_tag`) comes before all of these.
struct TaskInference: Sendable, Equatable {
  /// The most classes a multi-class model is taken to have when its classes are whole numbers.
  static let wholeNumberClasses = 10

  /// The task chosen.
  let task: ModelTask
  /// Why, in words: `its predictions and outcomes take 2 values (0, 1)`.
  let reason: String

  /// The task the registry gives a model.
  ///
  /// - Parameters:
  ///   - task: The task its tag names.
  ///   - tag: The tag's name.
  init(registered task: ModelTask, tag: String) {
    self.task = task
    reason = "the registry's \"\(tag)\" tag says so"
  }

  /// Tells the task of a model.
  ///
  /// - Parameters:
  ///   - log: The model's prediction log rows.
  ///   - reference: Its reference rows, if any.
  init(log: ModelLog, reference: ModelLog?) {
    let columns = [log.prediction, log.actual, reference?.prediction, reference?.actual]
      .compactMap { $0 }
    var values: [String] = []
    var hasText = false
    var fraction: String?
    // Enough distinct values to tell the cases apart; the columns are not read further.
    let enough = Self.wholeNumberClasses + 1
    for column in columns {
      for text in Self.distinctTexts(of: column, limit: enough) {
        if let number = Column.number(in: text) {
          if number.rounded() != number && fraction == nil { fraction = text }
        } else if Column.notANumberWords.contains(text.lowercased()) {
          continue
        } else {
          hasText = true
        }
        let canonical = ClassLabels.canonical(text)
        if !values.contains(canonical) && values.count < enough { values.append(canonical) }
      }
    }
    let listed = values.prefix(4).joined(separator: ", ") + (values.count > 4 ? ", ..." : "")
    if hasText {
      task = values.count <= 2 ? .binaryClassification : .multiclassClassification
      reason = "its predictions and outcomes are labels (\(Self.classes(values.count)): \(listed))"
    } else if let fraction {
      task = .regression
      reason = "its predictions or outcomes have fractions (such as \(fraction))"
    } else if values.isEmpty {
      task = .binaryClassification
      reason =
        log.score == nil
        ? "it has no predictions, outcomes or scores yet; taken as binary"
        : "it has scores and no predicted classes"
    } else if values.count <= 2 {
      task = .binaryClassification
      reason = "its predictions and outcomes take \(Self.values(values.count)) (\(listed))"
    } else if values.count <= Self.wholeNumberClasses {
      task = .multiclassClassification
      reason = "its predictions and outcomes take \(Self.values(values.count)) (\(listed))"
    } else {
      task = .regression
      reason =
        "its predictions and outcomes take more than \(Self.wholeNumberClasses) whole numbers"
    }
  }

  /// Up to `limit` distinct texts of a column, in order of first appearance; missing rows skipped.
  private static func distinctTexts(of column: Column, limit: Int) -> [String] {
    switch column {
    case .categorical(let codes, let levels):
      // The levels are the whole file's; only those in this model's rows count. A few more than
      // the limit are read, as words that mean "missing" (`nan`) are passed over.
      var seen: [Int32] = []
      for code in codes where code >= 0 && !seen.contains(code) {
        seen.append(code)
        if seen.count >= limit * 4 { break }
      }
      return seen.map { levels[Int($0)] }
    case .numeric(let numbers):
      var seen: [Double] = []
      for number in numbers where !number.isNaN && !seen.contains(number) {
        seen.append(number)
        if seen.count >= limit { break }
      }
      return seen.map(Column.text(of:))
    case .timestamp:
      return []
    }
  }

  private static func classes(_ count: Int) -> String {
    count == 1 ? "1 class" : count > wholeNumberClasses ? "many classes" : "\(count) classes"
  }

  private static func values(_ count: Int) -> String {
    count == 1 ? "1 value" : "\(count) values"
  }
}
