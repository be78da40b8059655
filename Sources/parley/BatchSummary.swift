import ParleyCore

/// `--json`: the batch's outcome for scripts, on standard output.
struct BatchSummary {
  let results: [BatchConverter.Result]

  func write() throws {
    let output = OutputWriter(descriptor: 1, name: "standard output")
    let json = JSONWriter(output: output, pretty: true)
    let failures = results.filter { $0.error != nil }
    try json.beginObject()
    try json.key("succeeded")
    try json.number(results.count - failures.count)
    try json.key("failed")
    try json.number(failures.count)
    try json.key("results")
    try json.beginArray()
    for result in results {
      try json.beginObject()
      try json.key("input")
      try json.string(result.input)
      try json.key("outputs")
      try json.beginArray()
      for path in result.outputs { try json.string(path) }
      try json.endArray()
      if let error = result.error {
        try json.key("exitCode")
        try json.number(Int(error.exitCode))
        try json.key("error")
        try json.string(error.description)
      }
      if !result.warnings.isEmpty {
        try json.key("warnings")
        try json.beginArray()
        for warning in result.warnings { try json.string(warning) }
        try json.endArray()
      }
      try json.endObject()
    }
    try json.endArray()
    try json.endObject()
    try json.finish()
    try output.flush()
  }
}
