import ArgumentParser
import Foundation
import RelgraphKit

struct CatalogOption: ParsableArguments {
  @Option(name: .long, help: "An extra catalogue (JSON, same shape as the built-in one); repeatable.")
  var catalog: [String] = []

  /// The extractor a command uses; it lives until the process ends (see ``ProcessLifetime``).
  func extractor() throws -> Extractor {
    do {
      let x = try Extractor.standard(extraCatalogs: catalog)
      ProcessLifetime.keep(x)
      return x
    } catch let e as CatalogError { throw CLIError.data(e.description) }
  }
}

/// Values that stay alive until the process exits. A command builds one extractor and ends
/// with the process; tearing down its catalogue indexes (hundreds of thousands of strings,
/// arrays and dictionaries) took about 10 ms, 7% of a one-file `extract`, and gave back
/// memory nobody would use again. Kept values are never released.
enum ProcessLifetime {
  private final class Box<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
  }

  static func keep<T>(_ value: T) { _ = Unmanaged.passRetained(Box(value)) }
}

/// Reads and extracts inputs on all cores, reporting per-file problems as warnings.
func extractInputs(_ inputs: [String], extractor: Extractor, skip: (@Sendable (String) -> Bool)? = nil) throws -> [Pipeline.Item] {
  let files: [String]
  do { files = try Pipeline.files(inputs) } catch { throw CLIError.data("\(error)") }
  let (items, warnings) = Pipeline.run(files, extractor: extractor, skip: skip) { done, total in
    Terminal.progress(done, total, "extracting")
  }
  for w in warnings {
    // a file the user named directly must be readable; inside directories, bad files are skipped
    if case .unreadable = w { throw CLIError.data(w.description) }
    Terminal.warn(w.description)
  }
  for it in items where it.document.language == "und" || it.document.language == "zh" {
    Terminal.warn("\(it.document.path): language \(it.document.language == "zh" ? "zh" : "not recognised") is not supported by the rules; only catalogue names are extracted")
  }
  if items.isEmpty { throw CLIError.data("no readable texts in \(inputs.joined(separator: ", "))") }
  return items
}

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ingest files and directories (.txt .md .html .htm) and add them to a graph store.",
    discussion: "Documents already in the store (same content) are skipped. The build runs in one transaction: if it fails, the store is left as it was.")

  @Argument(help: "Files or directories (searched recursively).")
  var inputs: [String]
  @OptionGroup var store: GraphOption
  @OptionGroup var cat: CatalogOption

  func run() throws {
    try guarded {
      let x = try cat.extractor()
      let gs: GraphStore
      do { gs = try GraphStore(path: store.graph, create: true) } catch { throw CLIError.data("\(error)") }
      // documents already stored (same content) are not extracted again
      let items = try extractInputs(inputs, extractor: x, skip: { hash in (try? gs.contains(hash: hash)) ?? false })
      let r: BuildReport
      do { r = try gs.add(items.map { ($0.document, $0.extraction) }, catalog: x.catalog) } catch { throw CLIError.runtime("build failed, store unchanged: \(error)") }
      saveTopology(gs)
      Terminal.note("added \(r.documentsAdded) document(s), skipped \(r.documentsSkipped) already stored; the graph has \(r.entities) entities and \(r.relations) relations")
    }
  }
}

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract entities and relations per document, without a store.",
    discussion: "`--format json` prints the shape that `relgraph eval` and shared/tools/score.py read.")

  @Argument(help: "Files or directories.")
  var inputs: [String]
  @OptionGroup var cat: CatalogOption
  @Option(name: .long, help: "Output format: json or table.")
  var format: TableFormat = .json
  @Flag(name: .long, help: "Extract entities only (no relations): the baseline for measuring relation extraction.")
  var entitiesOnly = false

  func run() throws {
    try guarded {
      var x = try cat.extractor()
      x.extractsRelations = !entitiesOnly
      switch format {
      case .json:
        try streamJSON(extractor: x)
      case .table, .csv:
        let docs = try extractInputs(inputs, extractor: x).map(\.extraction)
        var rows: [[String]] = []
        for d in docs {
          for e in d.entities { rows.append([(d.file as NSString).lastPathComponent, e.kind.rawValue, e.id, e.label, String(e.mentions.count)]) }
        }
        if format == .csv { Terminal.csv(["document", "kind", "id", "label", "mentions"], rows) } else { Terminal.table(["document", "kind", "id", "label", "mentions"], rows) }
      }
    }
  }
}

extension Extract {
  /// JSON written batch by batch as files are extracted: memory stays bounded by a batch
  /// however large the corpus. Files that cannot be read at all are found before anything
  /// is written, so such a run fails with no partial output.
  func streamJSON(extractor x: Extractor) throws {
    let files: [String]
    do { files = try Pipeline.files(inputs) } catch { throw CLIError.data("\(error)") }
    for f in files where !FileManager.default.isReadableFile(atPath: f) {
      throw CLIError.data(IngestError.unreadable(path: f, reason: "permission denied or not a regular file").description)
    }
    // Small chunks are gathered, large ones go straight to the file descriptor: the JSON of
    // a corpus with relations runs to 25 bytes per byte of text, so every copy counts.
    final class Output: @unchecked Sendable {
      var buffer: [UInt8] = []
      func add(_ chunk: [UInt8]) {
        if chunk.count >= 1 << 16 {
          flush()
          Self.write(chunk)
          return
        }
        buffer += chunk
        if buffer.count > 1 << 20 { flush() }
      }
      func flush() {
        Self.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
      static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
          var done = 0
          while done < raw.count {
            let n = Foundation.write(1, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
              if errno == EINTR { continue }
              return  // a closed pipe: nothing more can be written
            }
            done += n
          }
        }
      }
    }
    let output = Output()
    var writer = ExtractionJSON.Writer { output.add($0) }
    let batch = 2048
    var start = 0
    while start < files.count {
      let part = Array(files[start..<min(files.count, start + batch)])
      let offset = start
      // each worker serialises what it extracted: one parallel phase, documents dropped early
      let (items, warnings) = Pipeline.run(
        part, extractor: x,
        progress: { done, _ in Terminal.progress(offset + done, files.count, "extracting") },
        transform: { (path: $0.document.path, language: $0.document.language, json: ExtractionJSON.json($0.extraction)) })
      for w in warnings {
        if case .unreadable = w { throw CLIError.data(w.description) }
        Terminal.warn(w.description)
      }
      for it in items where it.language == "und" || it.language == "zh" {
        Terminal.warn("\(it.path): language \(it.language == "zh" ? "zh" : "not recognised") is not supported by the rules; only catalogue names are extracted")
      }
      writer.add(serialised: items.map(\.json))
      start += batch
    }
    if writer.written == 0 { throw CLIError.data("no readable texts in \(inputs.joined(separator: ", "))") }
    writer.finish()
    output.flush()
  }
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Bring in a graph made elsewhere (edge list, GraphML or node-link JSON) as a graph store.",
    discussion: "Edge list: one edge per line, SOURCE TARGET [WEIGHT], whitespace-separated, # comments; node ids are kept as given. The store's previous content is replaced.")

  @Argument(help: "The file to import.")
  var file: String
  @Option(name: .long, help: "Input format: edgelist, graphml or json.")
  var from: Importers.Format
  @OptionGroup var store: GraphOption

  func run() throws {
    try guarded {
      let g: PropertyGraph
      do { g = try Importers.load(file, as: from) } catch { throw CLIError.data("\(error)") }
      let gs: GraphStore
      do { gs = try GraphStore(path: store.graph, create: true) } catch { throw CLIError.data("\(error)") }
      try gs.replace(with: g)
      saveTopology(gs)
      Terminal.note("imported \(g.nodeCount) nodes and \(g.edgeCount) edges into \(store.graph)")
    }
  }
}

/// Saves the store's link structure for fast queries (``Topology``). The store is complete
/// without it, so a failure is a warning: queries then load the whole graph.
func saveTopology(_ gs: GraphStore) {
  do { try Topology.rebuild(gs) } catch { Terminal.warn("graph stored, but its topology cache was not saved (queries will be slower): \(error)") }
}
