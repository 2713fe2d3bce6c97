import AlmanacKit
import ArgumentParser

/// `almanac validate`: checks a config and its inputs, writing nothing.
struct ValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a config and that its inputs exist and have the mapped columns.",
    discussion:
      "Writes nothing. Lists every problem found, one per line, and exits 1 if there is any."
  )

  @Option(name: .shortAndLong, help: "The config file.")
  var config = "almanac.yml"

  func run() async throws {
    let problems = await Validation.problems(configPath: config)
    guard problems.isEmpty else {
      for problem in problems { Console.error(problem) }
      throw RunFailure.invalid(count: problems.count, configPath: config)
    }
    Console.output("\(config): ok")
  }
}
