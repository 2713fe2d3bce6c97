import AlmanacKit
import ArgumentParser

/// `almanac validate`: checks a config and its inputs, writing nothing.
struct ValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a config and that its inputs exist and have the mapped columns.",
    discussion:
      "Writes nothing. Lists every problem found, one per line, and exits 1 if there is any;"
      + " otherwise says which columns drift tests leave out, and why."
  )

  @Option(name: .shortAndLong, help: "The config file.")
  var config = "almanac.yml"

  func run() async throws {
    let report = await Validation.check(configPath: config)
    guard report.problems.isEmpty else {
      for problem in report.problems { Console.error(problem) }
      throw RunFailure.invalid(count: report.problems.count, configPath: config)
    }
    Console.output("\(config): ok")
    for fact in report.facts { Console.output(fact) }
  }
}
