extension HistoryMigrations {
  /// The second migration: each feature's drift and the cost per 1,000 predictions.
  static let second = "v2-feature-drift-and-unit-cost"

  /// Version 2: each feature's drift per model and period, and the unit cost of each period.
  ///
  /// - `model_period.cost_per_thousand` is added as a nullable column, so the figures of a
  ///   version 1 history read back with no unit cost. SQLite (3.37 and later, so the system's
  ///   3.40.1) allows a CHECK in `ADD COLUMN`, also on a STRICT table, and tests it against the
  ///   existing rows (all NULL here, which passes): the cost is not negative, and absent when the
  ///   model made no predictions (the figure would divide by zero).
  /// - `model_period_feature` belongs to its figures (`ON DELETE CASCADE`), so replacing a period
  ///   replaces its features, like its metrics. One row per feature name (the primary key);
  ///   `ordinal` keeps the order the features were recorded in (0, 1, ...), unique per figures so
  ///   that the order read back is never ambiguous. Both keys' indexes lead with
  ///   `model_period_id`, which serves the cascade and the ordered read. The table keeps its rowid
  ///   for the reason given in version 1.
  /// - Checks: the method is one of the JSON report's; scores, thresholds and PSI are not negative
  ///   (p-values, distances and PSI all are), and a p-value method's score is at most 1; a feature
  ///   without a score is not detected. Thresholds are not bounded above: the configuration may
  ///   set any threshold for a feature whose method is chosen automatically. A CHECK whose
  ///   expression is NULL passes, so a NULL score or PSI passes its own checks.
  static let featureDriftAndUnitCost = """
    ALTER TABLE model_period ADD COLUMN cost_per_thousand REAL
      CONSTRAINT model_period_cost_per_thousand_not_negative CHECK (cost_per_thousand >= 0)
      CONSTRAINT model_period_cost_per_thousand_needs_predictions
      CHECK (cost_per_thousand IS NULL OR predictions > 0);

    CREATE TABLE model_period_feature (
      model_period_id INTEGER NOT NULL REFERENCES model_period (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL
        CONSTRAINT model_period_feature_ordinal_not_negative CHECK (ordinal >= 0),
      name TEXT NOT NULL
        CONSTRAINT model_period_feature_name_not_empty CHECK (length(name) > 0),
      method TEXT NOT NULL
        CONSTRAINT model_period_feature_method_known
        CHECK (method IN ('ks', 'chi_square', 'z', 'wasserstein', 'jensen_shannon', 'psi')),
      score REAL
        CONSTRAINT model_period_feature_score_not_negative CHECK (score >= 0),
      threshold REAL NOT NULL
        CONSTRAINT model_period_feature_threshold_not_negative CHECK (threshold >= 0),
      detected INTEGER NOT NULL
        CONSTRAINT model_period_feature_detected_bool CHECK (detected IN (0, 1)),
      psi REAL
        CONSTRAINT model_period_feature_psi_not_negative CHECK (psi >= 0),
      CONSTRAINT model_period_feature_p_value_at_most_one
        CHECK (method NOT IN ('ks', 'chi_square', 'z') OR score <= 1),
      CONSTRAINT model_period_feature_detected_needs_score
        CHECK (detected = 0 OR score IS NOT NULL),
      CONSTRAINT model_period_feature_ordinal_once UNIQUE (model_period_id, ordinal),
      PRIMARY KEY (model_period_id, name)
    ) STRICT;
    """
}
