internal import AlmanacIngest
internal import AlmanacNarrative

/// Turns prediction and outcome columns into classes.
///
/// Spellings that mean the same class are one class everywhere (metrics, label and prediction
/// drift): a number is compared by its value (`1`, `1.0` and `1e0` are one class), and for binary
/// models the words of the positive and negative class are one class with `1` and `0`.
enum ClassLabels {
  /// Words read as the positive class, beside the number 1 (compared in lower case).
  static let positiveWords: Set<String> = ["true", "yes", "y", "t", "positive", "pos"]
  /// Words read as the negative class, beside the number 0.
  static let negativeWords: Set<String> = ["false", "no", "n", "f", "negative", "neg"]

  /// The text a class is known by: a number in its shortest form, any other text as written.
  ///
  /// - Parameter text: A label as written in a file.
  /// - Returns: `1` for `1.0`, `0` for `-0`, `2.5` for `2.50`; other text unchanged.
  static func canonical(_ text: String) -> String {
    Column.number(in: text).map(Column.text(of:)) ?? text
  }

  /// Whether a label spells the positive class (`1`, `1.0`, `true`, `yes`, ...).
  static func spellsPositive(_ text: String) -> Bool {
    Column.number(in: text) == 1 || positiveWords.contains(text.lowercased())
  }

  /// Whether a label spells the negative class (`0`, `0.0`, `false`, `no`, ...).
  static func spellsNegative(_ text: String) -> Bool {
    Column.number(in: text) == 0 || negativeWords.contains(text.lowercased())
  }

  /// The binary class of each row, `nil` where the cell is missing.
  ///
  /// With a configured positive class, a label is positive when it spells that class (the same
  /// number, the same text ignoring case, or, when the class is a word or number of the positive
  /// class, any such word or number) and negative otherwise. Without one, only the words and
  /// numbers of the two classes are accepted.
  ///
  /// - Parameters:
  ///   - column: The prediction or outcome column.
  ///   - positiveClass: The configured positive label, if any.
  ///   - role: Where the column is, for messages: `files: error: column "pred"` (see
  ///     `ModelEntry.place(of:inReference:)`).
  /// - Returns: The classes.
  /// - Throws: `RunFailure` naming the first value that is neither class.
  static func binary(_ column: Column, positiveClass: String?, role: String) throws(RunFailure)
    -> [Bool?]
  {
    let reader = BinaryClassReader(positiveClass: positiveClass)
    return try column.mapTexts { (text: String) throws(RunFailure) -> Bool in
      try reader.isPositive(text, role: role)
    }
  }

  /// Class codes shared by several columns: every spelling of a class gets the same code in each,
  /// -1 where missing.
  ///
  /// - Parameter columns: The columns (e.g. prediction and outcome of a multi-class model).
  /// - Returns: Codes per column, in the order given.
  static func sharedCodes(_ columns: [Column]) -> [[Int32]] {
    var codes: [String: Int32] = [:]
    return columns.map { column in
      column.mapTexts { text in
        let name = canonical(text)
        if let code = codes[name] { return code }
        let code = Int32(codes.count)
        codes[name] = code
        return code
      }.map { $0 ?? -1 }
    }
  }

  /// A prediction or outcome column as classes, for drift tests: one category per class, so
  /// `1.0` in the reference and `1` in the logs are the same category.
  ///
  /// - Parameters:
  ///   - column: The column.
  ///   - task: What the model does; a regression model's column is returned as it is.
  ///   - positiveClass: The configured positive label of a binary classifier, if any.
  ///   - role: Where the column is, for messages.
  /// - Returns: Binary classes as the categories `0` and `1`; multi-class labels by their
  ///   canonical text.
  /// - Throws: `RunFailure` when a binary label is neither class.
  static func classes(
    _ column: Column, task: ModelTask, positiveClass: String?, role: String
  ) throws(RunFailure) -> Column {
    switch task {
    case .regression:
      return column
    case .binaryClassification:
      let classes = try binary(column, positiveClass: positiveClass, role: role)
      return .categorical(codes: classes.map { $0.map { $0 ? 1 : 0 } ?? -1 }, levels: ["0", "1"])
    case .multiclassClassification:
      var levels: [String] = []
      var codes: [String: Int32] = [:]
      let rows = column.mapTexts { text in
        let name = canonical(text)
        if let code = codes[name] { return code }
        let code = Int32(levels.count)
        codes[name] = code
        levels.append(name)
        return code
      }
      return .categorical(codes: rows.map { $0 ?? -1 }, levels: levels)
    }
  }
}

/// Reads labels as the positive or negative class of a binary model (see
/// ``ClassLabels/binary(_:positiveClass:role:)``).
struct BinaryClassReader: Sendable {
  private let positive: (spelling: String, lowercased: String, isPositiveWord: Bool)?

  /// Creates a reader.
  ///
  /// - Parameter positiveClass: The configured positive label, if any.
  init(positiveClass: String?) {
    positive = positiveClass.map {
      (ClassLabels.canonical($0), $0.lowercased(), ClassLabels.spellsPositive($0))
    }
  }

  /// Whether a label is the positive class.
  ///
  /// - Parameters:
  ///   - text: The label.
  ///   - role: Where it is, for messages.
  /// - Returns: `true` for the positive class.
  /// - Throws: `RunFailure` when, without a configured positive class, the label is neither.
  func isPositive(_ text: String, role: String) throws(RunFailure) -> Bool {
    if let (spelling, lowercased, isPositiveWord) = positive {
      return ClassLabels.canonical(text) == spelling || text.lowercased() == lowercased
        || (isPositiveWord && ClassLabels.spellsPositive(text))
    }
    if ClassLabels.spellsPositive(text) { return true }
    if ClassLabels.spellsNegative(text) { return false }
    throw RunFailure(
      "\(role): cannot tell whether \"\(text)\" is the positive class\n"
        + "  hint: set positive_class in the model's config, e.g. positive_class: \"\(text)\"")
  }
}
