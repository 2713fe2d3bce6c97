import GRDB

/// An e-mail handed to the mail command for a period.
public struct StoredDelivery: Sendable, Equatable {
  /// The period the message reported, such as `2026-W47`.
  public var periodLabel: String
  /// When it was sent, as `YYYY-MM-DDTHH:MM:SSZ`.
  public var sentAt: String
  /// The message's `Message-ID`, with its angle brackets.
  public var messageID: String
  /// The recipients' addresses.
  public var recipients: [String]

  /// Creates a delivery.
  ///
  /// - Parameters:
  ///   - periodLabel: The period reported.
  ///   - sentAt: When, in UTC.
  ///   - messageID: The message's `Message-ID`.
  ///   - recipients: The addresses it went to.
  public init(periodLabel: String, sentAt: String, messageID: String, recipients: [String]) {
    self.periodLabel = periodLabel
    self.sentAt = sentAt
    self.messageID = messageID
    self.recipients = recipients
  }
}

extension HistoryStore {
  /// Records that a run sent a period's e-mail.
  ///
  /// - Parameters:
  ///   - delivery: What was sent.
  ///   - runID: The run that sent it, as `record(run:figures:)` returned.
  /// - Throws: `HistoryError.invalidRecord` when the record breaks the schema; `.failed` or
  ///   `.damaged` when SQLite fails.
  public func record(delivery: StoredDelivery, runID: Int64) throws {
    try write { db in
      try HistoryError.attributing(to: "the e-mail of \(delivery.periodLabel)", path: path) {
        try db.cachedStatement(
          sql: """
            INSERT INTO delivery (run_id, period_label, sent_at, message_id, recipients)
            VALUES (?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
          runID, delivery.periodLabel, delivery.sentAt, delivery.messageID,
          delivery.recipients.joined(separator: ", "),
        ])
      }
    }
  }

  /// The e-mails sent for a period, oldest first.
  ///
  /// - Parameter label: The period's label.
  /// - Returns: The deliveries; empty when the period was never sent.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func deliveries(period label: String) throws -> [StoredDelivery] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT sent_at, message_id, recipients FROM delivery
          WHERE period_label = ? ORDER BY sent_at, id
          """, arguments: [label]
      ).map { row in
        StoredDelivery(
          periodLabel: label, sentAt: row["sent_at"], messageID: row["message_id"],
          recipients: (row["recipients"] as String).split(separator: ", ").map(String.init))
      }
    }
  }
}
