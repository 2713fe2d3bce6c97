import AlmanacNarrative

/// A narrator with a built-in pack, for tests that need words.
func narrator(_ pack: String = "farming", currency: String = "USD") throws -> Narrator {
  Narrator(pack: try AnalogyLibrary.builtIn().pack(named: pack), currency: currency)
}
