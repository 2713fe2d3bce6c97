internal import AlmanacIngest

/// Turns prediction and outcome columns into classes.
enum ClassLabels {
  /// Words read as the positive class when the config names none (compared in lower case).
  static let positiveWords: Set<String> = ["1", "1.0", "true", "yes", "y", "t", "positive", "pos"]
  /// Words read as the negative class when the config names none.
  static let negativeWords: Set<String> = ["0", "0.0", "false", "no", "n", "f", "negative", "neg"]

  /// The binary class of each row, `nil` where the cell is missing.
  ///
  /// With a configured positive class, that text is positive and any other value negative; without
  /// one, only the words above are accepted.
  ///
  /// - Parameters:
  ///   - column: The prediction or outcome column.
  ///   - positiveClass: The configured positive label, if any.
  ///   - role: The column's role and name, for messages (`prediction column "pred"`).
  /// - Returns: The classes.
  /// - Throws: `RunFailure` naming the first value that is neither class.
  static func binary(_ column: Column, positiveClass: String?, role: String) throws(RunFailure)
    -> [Bool?]
  {
    let texts = column.texts()
    var decoded: [String: Bool] = [:]
    var classes: [Bool?] = []
    classes.reserveCapacity(texts.count)
    for text in texts {
      guard let text else {
        classes.append(nil)
        continue
      }
      if let known = decoded[text] {
        classes.append(known)
        continue
      }
      let value: Bool
      if let positiveClass {
        value = text == positiveClass
      } else if positiveWords.contains(text.lowercased()) {
        value = true
      } else if negativeWords.contains(text.lowercased()) {
        value = false
      } else {
        throw RunFailure(
          "\(role): cannot tell whether \"\(text)\" is the positive class\n"
            + "  hint: set positive_class in the model's config, e.g. positive_class: \"\(text)\"")
      }
      decoded[text] = value
      classes.append(value)
    }
    return classes
  }

  /// Class codes shared by several columns: the same text gets the same code in each, -1 where missing.
  ///
  /// - Parameter columns: The columns (e.g. prediction and outcome of a multi-class model).
  /// - Returns: Codes per column, in the order given.
  static func sharedCodes(_ columns: [Column]) -> [[Int32]] {
    var codes: [String: Int32] = [:]
    return columns.map { column in
      column.texts().map { text in
        guard let text else { return -1 }
        if let code = codes[text] { return code }
        let code = Int32(codes.count)
        codes[text] = code
        return code
      }
    }
  }
}
