/// Statistical terms that must never reach the executive summary or a model headline.
///
/// The data-team appendix may use them; the words a business leader reads may not.
public enum Jargon {
  /// The banned terms, as they are usually written.
  public static let terms = [
    "PSI", "Wasserstein", "Kolmogorov", "KS", "p-value", "F1", "AUC", "log loss", "chi-square",
  ]

  /// Each term's spellings as word sequences: lower case, split at every character that is not a
  /// letter or digit, so `p-value`, `p value` and `P-Value` are one spelling.
  private static let spellings: [(term: String, words: [[String]])] = [
    ("PSI", [["psi"]]),
    ("Wasserstein", [["wasserstein"]]),
    ("Kolmogorov", [["kolmogorov"]]),
    ("KS", [["ks"]]),
    ("p-value", [["p", "value"], ["pvalue"], ["p", "values"], ["pvalues"]]),
    ("F1", [["f1"]]),
    ("AUC", [["auc"]]),
    ("log loss", [["log", "loss"], ["logloss"]]),
    ("chi-square", [["chi", "square"], ["chi", "squared"], ["chi2"]]),
  ]

  /// The banned terms a text uses, in the order of `terms`.
  ///
  /// Matching is by whole words, ignoring case and punctuation: `KS` is found in `KS test` and
  /// `(KS)` but not in `thanks`; `log loss` is found in `log-loss` and `Log Loss`.
  ///
  /// - Parameter text: Plain text.
  /// - Returns: The terms found, each once; empty when the text is free of jargon.
  /// - Complexity: O(*n* x *t*) for *n* words and *t* spellings.
  public static func terms(in text: String) -> [String] {
    let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(
      String.init)
    return spellings.filter { _, forms in
      forms.contains { form in
        words.indices.contains { start in
          start + form.count <= words.count && Array(words[start..<start + form.count]) == form
        }
      }
    }.map(\.term)
  }
}
