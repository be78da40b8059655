import ArgumentParser
import Foundation
import ParleyCore
import ParleyFormats
import ParleyIngest

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score a draft dossier against a curated one.",
    discussion: """
      Reports precision, recall and F1 for entities (by name or alias), talks (date, venue \
      and parties), statements (speaker and text overlap), positions (holder, issue and \
      stance) and events (date and kind); the talks matched with exactly the right parties; \
      the share of gold quotes given the right speaker; and the share of draft quotes with \
      an unknown speaker. Dates match when they are the same or one falls inside the \
      other. --details lists, per collection, the gold records matched and missed and the \
      draft records that match nothing. docs/ingest.md gives the matching rules.
      Exit codes: 0 success, 1 a dossier is invalid, 2 usage error, 3 a file is unreadable.
      """
  )

  @Argument(help: "The draft (for example from parley ingest).")
  var draft: String

  @Argument(help: "The curated dossier to compare with.")
  var gold: String

  @Flag(help: "Print the scores as JSON.")
  var json = false

  @Flag(
    help:
      "Also list, per collection, which records matched, which gold ones were missed, and which draft ones are spurious."
  )
  var details = false

  func run() throws {
    try Terminal.requireOutput()
    let loader = BuiltinFormats.loader
    let evaluation = Evaluator.evaluate(
      draft: try loader.load(path: draft), gold: try loader.load(path: gold))
    if json {
      let output = OutputWriter(descriptor: 1, name: "standard output")
      let writer = JSONWriter(output: output, pretty: true)
      try writer.beginObject()
      for score in evaluation.scores {
        try writer.key(score.collection)
        try writer.beginObject()
        for (key, value) in [
          ("matched", score.matched), ("draft", score.draft), ("gold", score.gold),
        ] {
          try writer.key(key)
          try writer.number(value)
        }
        for (key, value) in [
          ("precision", score.precision), ("recall", score.recall), ("f1", score.f1),
        ] {
          try writer.key(key)
          try writer.number(rounded(value))
        }
        try writer.endObject()
      }
      for (key, value) in [
        ("exactTalks", evaluation.exactTalks), ("quotesFound", evaluation.quotesFound),
        ("quotesWithRightSpeaker", evaluation.quotesWithRightSpeaker),
        ("draftQuotes", evaluation.draftQuotes),
        ("unknownSpeakerQuotes", evaluation.unknownSpeakerQuotes),
      ] {
        try writer.key(key)
        try writer.number(value)
      }
      try writer.key("speakerAccuracy")
      try writer.number(rounded(evaluation.speakerAccuracy))
      try writer.key("unknownSpeakerShare")
      try writer.number(rounded(evaluation.unknownSpeakerShare))
      if details { try write(evaluation.details, to: writer) }
      try writer.endObject()
      try writer.finish()
      try output.flush()
      return
    }
    Terminal.output("collection   matched  draft   gold  precision  recall     F1")
    for score in evaluation.scores {
      Terminal.output(
        score.collection.padding(toLength: 12, withPad: " ", startingAt: 0)
          + String(
            format: " %7d %6d %6d %10.2f %7.2f %6.2f", score.matched, score.draft, score.gold,
            score.precision, score.recall, score.f1))
    }
    let goldTalks = evaluation.scores.first { $0.collection == "talks" }?.gold ?? 0
    Terminal.output("talks with exactly the gold parties: \(evaluation.exactTalks) of \(goldTalks)")
    Terminal.output(
      String(
        format: "quote → speaker: %d of %d gold quotes found have the right speaker (%.2f)",
        evaluation.quotesWithRightSpeaker, evaluation.quotesFound, evaluation.speakerAccuracy))
    Terminal.output(
      String(
        format: "draft statements with an unknown speaker: %d of %d (%.2f)",
        evaluation.unknownSpeakerQuotes, evaluation.draftQuotes, evaluation.unknownSpeakerShare))
    if details {
      for collection in evaluation.details {
        Terminal.output("")
        Terminal.output(
          "\(collection.collection): \(collection.matched.count) matched, \(collection.missed.count) missed, \(collection.spurious.count) spurious"
        )
        for pair in collection.matched { Terminal.output("  = \(pair.draft) → \(pair.gold)") }
        for id in collection.missed { Terminal.output("  - missed \(id)") }
        for id in collection.spurious { Terminal.output("  + spurious \(id)") }
      }
    }
  }

  /// `"details": {COLLECTION: {"matched": [{"draft", "gold"}], "missed": [IDS],
  /// "spurious": [IDS]}}`.
  private func write(_ details: [Evaluation.Details], to writer: JSONWriter) throws {
    try writer.key("details")
    try writer.beginObject()
    for collection in details {
      try writer.key(collection.collection)
      try writer.beginObject()
      try writer.key("matched")
      try writer.beginArray()
      for pair in collection.matched {
        try writer.beginObject()
        try writer.key("draft")
        try writer.string(pair.draft)
        try writer.key("gold")
        try writer.string(pair.gold)
        try writer.endObject()
      }
      try writer.endArray()
      for (key, ids) in [("missed", collection.missed), ("spurious", collection.spurious)] {
        try writer.key(key)
        try writer.beginArray()
        for id in ids { try writer.string(id) }
        try writer.endArray()
      }
      try writer.endObject()
    }
    try writer.endObject()
  }

  private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
