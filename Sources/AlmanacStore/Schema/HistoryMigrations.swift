import GRDB

/// The history's schema as named, append-only migrations.
///
/// Never edit or remove a registered migration: a database keeps the identifiers of the migrations
/// applied to it, and a later version of Almanac adds a new migration (`v2-...`) for every change.
/// The schema version is the number of migrations applied.
enum HistoryMigrations {
  /// The first migration, which every Almanac history has applied.
  static let first = "v1-runs-and-figures"

  /// A migrator holding every migration this version of Almanac knows, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(first) { db in try db.execute(sql: runsAndFigures) }
    migrator.registerMigration(second) { db in try db.execute(sql: featureDriftAndUnitCost) }
    migrator.registerMigration(third) { db in try db.execute(sql: deliveries) }
    return migrator
  }

  /// Version 1: runs, each model's figures for a period, and their metrics.
  ///
  /// - `run` is append-only: one row per run, kept after a later run replaces its figures.
  /// - `model_period` holds one row per model and period label (`model_period_once`); `run_id`
  ///   names the run that wrote the current figures. `ON DELETE RESTRICT`: replacing a period
  ///   deletes and re-inserts figures, never runs, so deleting a run that still owns figures is
  ///   refused rather than silently losing them.
  /// - `model_period_metric` belongs to its figures (`ON DELETE CASCADE`), so replacing the figures
  ///   replaces their metrics; one row per name and kind (measured or estimated). The table keeps
  ///   its rowid: on `WITHOUT ROWID` tables SQLite 3.40.1's `integrity_check` reports false "NULL
  ///   value" errors.
  /// - Checks: timestamps are canonical UTC and dates real calendar dates, by a round trip through
  ///   SQLite's date functions (the `+0` modifier makes SQLite normalise, so `2026-02-30` comes
  ///   back as `2026-03-02` and fails); statuses are known, counts and durations not negative,
  ///   interval bounds surround the value. `IS` rather than `=` in the round trips, because a CHECK
  ///   whose expression is NULL passes. STRICT tables reject values of the wrong type.
  static let runsAndFigures = """
    CREATE TABLE run (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL
        CONSTRAINT run_started_at_utc
        CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', started_at, '+0 seconds') IS started_at),
      finished_at TEXT NOT NULL
        CONSTRAINT run_finished_at_utc
        CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', finished_at, '+0 seconds') IS finished_at),
      config_digest TEXT NOT NULL
        CONSTRAINT run_config_digest_hex
        CHECK (length(config_digest) > 0 AND config_digest NOT GLOB '*[^0-9a-f]*'),
      period_label TEXT NOT NULL
        CONSTRAINT run_period_label_not_empty CHECK (length(period_label) > 0),
      period_start TEXT NOT NULL
        CONSTRAINT run_period_start_date CHECK (date(period_start, '+0 days') IS period_start),
      period_end TEXT NOT NULL
        CONSTRAINT run_period_end_date CHECK (date(period_end, '+0 days') IS period_end),
      status TEXT NOT NULL
        CONSTRAINT run_status_known CHECK (status IN ('green', 'amber', 'red', 'failed')),
      duration_seconds REAL NOT NULL
        CONSTRAINT run_duration_not_negative CHECK (duration_seconds >= 0),
      almanac_version TEXT NOT NULL
        CONSTRAINT run_almanac_version_not_empty CHECK (length(almanac_version) > 0),
      CONSTRAINT run_period_in_order CHECK (period_start <= period_end),
      CONSTRAINT run_finished_after_start CHECK (started_at <= finished_at)
    ) STRICT;

    CREATE TABLE model_period (
      id INTEGER PRIMARY KEY,
      model TEXT NOT NULL
        CONSTRAINT model_period_model_not_empty CHECK (length(model) > 0),
      period_label TEXT NOT NULL
        CONSTRAINT model_period_label_not_empty CHECK (length(period_label) > 0),
      period_start TEXT NOT NULL
        CONSTRAINT model_period_start_date CHECK (date(period_start, '+0 days') IS period_start),
      period_end TEXT NOT NULL
        CONSTRAINT model_period_end_date CHECK (date(period_end, '+0 days') IS period_end),
      run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE RESTRICT,
      predictions INTEGER NOT NULL
        CONSTRAINT model_period_predictions_not_negative CHECK (predictions >= 0),
      labelled INTEGER NOT NULL
        CONSTRAINT model_period_labelled_within_predictions
        CHECK (labelled BETWEEN 0 AND predictions),
      status TEXT NOT NULL
        CONSTRAINT model_period_status_known CHECK (status IN ('green', 'amber', 'red')),
      drift_share REAL
        CONSTRAINT model_period_drift_share_fraction CHECK (drift_share BETWEEN 0 AND 1),
      cost REAL,
      value REAL,
      net REAL,
      value_estimated INTEGER NOT NULL
        CONSTRAINT model_period_value_estimated_bool CHECK (value_estimated IN (0, 1)),
      CONSTRAINT model_period_in_order CHECK (period_start <= period_end),
      CONSTRAINT model_period_once UNIQUE (model, period_label)
    ) STRICT;

    CREATE INDEX model_period_by_start ON model_period (model, period_start);
    CREATE INDEX model_period_by_run ON model_period (run_id);

    CREATE TABLE model_period_metric (
      model_period_id INTEGER NOT NULL REFERENCES model_period (id) ON DELETE CASCADE,
      name TEXT NOT NULL
        CONSTRAINT model_period_metric_name_not_empty CHECK (length(name) > 0),
      value REAL NOT NULL,
      low REAL,
      high REAL,
      estimated INTEGER NOT NULL
        CONSTRAINT model_period_metric_estimated_bool CHECK (estimated IN (0, 1)),
      CONSTRAINT model_period_metric_bounds_around_value CHECK (low <= value AND value <= high),
      PRIMARY KEY (model_period_id, name, estimated)
    ) STRICT;
    """
}
