extension HistoryMigrations {
  /// The third migration: the e-mails sent for each period.
  static let third = "v3-deliveries"

  /// Version 3: one row per e-mail handed to the mail command, so a period is sent once.
  ///
  /// - `delivery` belongs to the run that sent it (`ON DELETE RESTRICT`, like figures). Rows are
  ///   never replaced: sending a period again (`--resend`) adds a row, so the history tells every
  ///   time a period went out.
  /// - Checks: the time is canonical UTC; the Message-ID keeps its angle brackets around one `@`;
  ///   recipients are a non-empty, comma-separated list of addresses.
  static let deliveries = """
    CREATE TABLE delivery (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE RESTRICT,
      period_label TEXT NOT NULL
        CONSTRAINT delivery_period_label_not_empty CHECK (length(period_label) > 0),
      sent_at TEXT NOT NULL
        CONSTRAINT delivery_sent_at_utc
        CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', sent_at, '+0 seconds') IS sent_at),
      message_id TEXT NOT NULL
        CONSTRAINT delivery_message_id_angled CHECK (message_id GLOB '<?*@?*>'),
      recipients TEXT NOT NULL
        CONSTRAINT delivery_recipients_addresses CHECK (recipients GLOB '?*@?*')
    ) STRICT;

    CREATE INDEX delivery_by_period ON delivery (period_label, sent_at);
    CREATE INDEX delivery_by_run ON delivery (run_id);
    """
}
