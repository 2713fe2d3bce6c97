import AlmanacKit
import ArgumentParser

/// `almanac history`: past runs, or one model's figures period by period.
struct HistoryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List past runs, or one model's figures period by period.",
    discussion: "Reads the history database named in the config (history:); writes nothing."
  )

  @Option(name: .shortAndLong, help: "The config file.")
  var config = "almanac.yml"

  @Option(help: "List this model's figures period by period instead of the runs.")
  var model: String?

  @Option(help: "How many runs or periods to list.")
  var limit = 20

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() async throws {
    Console.output(try HistoryListing.text(configPath: config, model: model, limit: limit))
  }
}
