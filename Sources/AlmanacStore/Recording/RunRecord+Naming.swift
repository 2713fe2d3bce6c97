extension RunRecord {
  /// How error messages name this run.
  var recordName: String { "the run started \(startedAt)" }
}
