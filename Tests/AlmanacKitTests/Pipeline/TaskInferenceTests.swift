import AlmanacIngest
import AlmanacNarrative
import Testing

@testable import AlmanacKit

/// `task: auto` tells each model's task from the values of its predictions and outcomes.
@Suite struct TaskInferenceTests {
  static func log(prediction: Column?, actual: Column? = nil, score: [Double]? = nil) -> ModelLog {
    ModelLog(
      timestamps: nil, versions: nil, prediction: prediction, score: score, actual: actual,
      features: [])
  }

  static func labels(_ texts: [String]) -> Column {
    var levels: [String] = []
    let codes = texts.map { text -> Int32 in
      if let index = levels.firstIndex(of: text) { return Int32(index) }
      levels.append(text)
      return Int32(levels.count - 1)
    }
    return .categorical(codes: codes, levels: levels)
  }

  @Test(
    arguments: [
      (labels(["0", "1", "1"]), labels(["1", "0", "NA"]), ModelTask.binaryClassification),
      (labels(["yes", "no"]), nil, .binaryClassification),
      (Column.numeric([0, 1, 1.0]), Column.numeric([1, .nan, 0]), .binaryClassification),
      (labels(["buy", "browse", "leave"]), nil, .multiclassClassification),
      (Column.numeric([0, 1, 2, 3, 4]), nil, .multiclassClassification),
      (Column.numeric([12.5, 3, 4]), Column.numeric([12, 3, 5]), .regression),
      (Column.numeric((0..<30).map(Double.init)), nil, .regression),
      (labels(["1.5", "2"]), nil, .regression),
    ] as [(Column, Column?, ModelTask)])
  func tellsTheTaskFromTheValues(prediction: Column, actual: Column?, task: ModelTask) {
    let inference = TaskInference(
      log: Self.log(prediction: prediction, actual: actual), reference: nil)
    #expect(inference.task == task, "\(inference.reason)")
  }

  @Test func onlyTheModelsOwnRowsCount() {
    // A column shared with other models keeps every model's levels; this model's rows are 0/1.
    let shared = Column.categorical(
      codes: [0, 1, 0], levels: ["0", "1", "buy", "browse", "leave"])
    let inference = TaskInference(log: Self.log(prediction: shared), reference: nil)
    #expect(inference.task == .binaryClassification)
    #expect(inference.reason == "its predictions and outcomes take 2 values (0, 1)")
  }

  @Test func scoresAloneMakeABinaryClassifier() {
    let inference = TaskInference(
      log: Self.log(prediction: nil, score: [0.2, 0.9]), reference: nil)
    #expect(inference.task == .binaryClassification)
    #expect(inference.reason == "it has scores and no predicted classes")
  }

  @Test func regressionReadsTextAsNumbers() {
    let log = Self.log(prediction: Self.labels(["1.5", "2", "nan"])).typed(for: .regression)
    guard case .numeric(let values)? = log.prediction else {
      Issue.record("not numeric")
      return
    }
    #expect(values[0] == 1.5 && values[1] == 2 && values[2].isNaN)
  }
}
