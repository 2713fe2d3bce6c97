/// The parts of MLflow's REST answers the registry needs (MLflow 2.x and 3.x field names).
///
/// Decoded with `convertFromSnakeCase` (`run_id` is `runId`). Timestamps may come as numbers or, from protobuf's JSON mapping, as strings of digits; metric
/// values may be `"NaN"` or `"Infinity"` strings. Both are accepted.
enum MLflowResponses {
  struct RegisteredModelsPage: Decodable {
    var registeredModels: [RegisteredModel]?
  }

  struct ModelVersionsPage: Decodable {
    var modelVersions: [ModelVersion]?
  }

  struct RunAnswer: Decodable {
    var run: Run
  }

  struct RegisteredModel: Decodable {
    var name: String
    var creationTimestamp: Timestamp?
    var description: String?
    var latestVersions: [ModelVersion]?
    var tags: [Tag]?
    var aliases: [Alias]?
  }

  struct ModelVersion: Decodable {
    var name: String
    var version: String
    var creationTimestamp: Timestamp?
    var currentStage: String?
    var description: String?
    var runId: String?
    var tags: [Tag]?
    var aliases: [String]?
  }

  struct Tag: Decodable {
    var key: String
    var value: String?
  }

  struct Alias: Decodable {
    var alias: String
    var version: String
  }

  struct Run: Decodable {
    var info: RunInfo
    var data: RunData?
  }

  struct RunInfo: Decodable {
    var runId: String?
    var runUuid: String?
  }

  struct RunData: Decodable {
    var metrics: [Metric]?
  }

  struct Metric: Decodable {
    var key: String
    var value: MetricValue
    var timestamp: Timestamp?
    var step: Timestamp?
  }

  /// Milliseconds as a JSON number or a string of digits.
  struct Timestamp: Decodable {
    var value: Int64

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Int64.self) {
        value = number
      } else if let text = try? container.decode(String.self), let number = Int64(text) {
        value = number
      } else {
        throw DecodingError.typeMismatch(
          Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "an integer"))
      }
    }
  }

  /// A metric value as a JSON number or as `"NaN"`, `"Infinity"`, `"-Infinity"`.
  struct MetricValue: Decodable {
    var value: Double

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        value = number
      } else if let text = try? container.decode(String.self),
        let special = ["NaN": Double.nan, "Infinity": .infinity, "-Infinity": -.infinity][text]
      {
        value = special
      } else {
        throw DecodingError.typeMismatch(
          Double.self, .init(codingPath: decoder.codingPath, debugDescription: "a number"))
      }
    }
  }
}
