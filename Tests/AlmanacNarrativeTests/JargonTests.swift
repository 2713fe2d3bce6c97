import AlmanacNarrative
import Testing

@Suite struct JargonTests {
  @Test(arguments: [
    ("PSI was 0.3", "PSI"), ("a Wasserstein distance", "Wasserstein"),
    ("Kolmogorov-Smirnov test", "Kolmogorov"), ("the KS test", "KS"), ("(ks)", "KS"),
    ("p-value 0.01", "p-value"), ("P value", "p-value"), ("p-values", "p-value"),
    ("F1 of 0.5", "F1"), ("ROC AUC", "AUC"), ("log-loss", "log loss"), ("Log Loss", "log loss"),
    ("chi-square", "chi-square"), ("chi squared", "chi-square"),
  ])
  func findsEachTermInItsSpellings(_ text: String, _ term: String) {
    #expect(Jargon.terms(in: text) == [term])
  }

  @Test func ignoresWordsThatMerelyContainATerm() {
    let text = "Thanks to the team, it asks for psychology, values and a login; loss fell."
    #expect(Jargon.terms(in: text).isEmpty)
  }

  @Test func listsEveryTermFoundOnceInListOrder() {
    #expect(Jargon.terms(in: "AUC and PSI and again PSI") == ["PSI", "AUC"])
  }
}
