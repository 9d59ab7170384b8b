import ArgumentParser
import Foundation
import RelgraphKit

/// Output formats of the analysis commands.
enum TableFormat: String, ExpressibleByArgument, CaseIterable, Sendable { case table, json, csv }

struct GraphOption: ParsableArguments {
  @Option(name: .long, help: "The graph store (an SQLite file made by `relgraph build` or `relgraph import`).")
  var graph: String

  func store() throws -> GraphStore {
    do { return try GraphStore(path: graph) } catch { throw CLIError.data("\(error)") }
  }

  func load() throws -> PropertyGraph {
    do { return try store().load() } catch let e as CLIError { throw e } catch { throw CLIError.runtime("cannot read graph store \(graph): \(error)") }
  }
}

struct FormatOption: ParsableArguments {
  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: TableFormat = .table
}

/// An error the CLI reports as one sentence on stderr with a SPEC exit code.
enum CLIError: Error {
  case usage(String)  // 64
  case data(String)  // 65
  case runtime(String)  // 1

  var code: Int32 {
    switch self {
    case .usage: 64
    case .data: 65
    case .runtime: 1
    }
  }
  var message: String {
    switch self {
    case .usage(let m), .data(let m), .runtime(let m): m
    }
  }
}

extension ParsableCommand {
  /// Runs a command body, turning every error into one line on stderr and an exit code.
  func guarded(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let e as CLIError {
      Terminal.error(e.message)
      throw ExitCode(e.code)
    } catch let e as ExitCode {
      throw e
    } catch let e as ValidationError {
      throw e
    } catch {
      Terminal.error("\(error)")
      throw ExitCode.failure
    }
  }
}

enum Terminal {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("relgraph: error: \(message)\n".utf8))
  }
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("relgraph: warning: \(message)\n".utf8))
  }
  static func note(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
  }
  static var isTTY: Bool { isatty(2) != 0 }
  /// A one-line progress indicator on a terminal; silent when stderr is not a terminal.
  static func progress(_ done: Int, _ total: Int, _ label: String) {
    guard isTTY else { return }
    let l = label.count > 50 ? "…" + label.suffix(49) : label
    FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(l)".utf8))
    if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  static func printJSON(_ obj: Any) { print(JSONText.encode(obj)) }

  /// Prints rows as aligned columns.
  static func table(_ header: [String], _ rows: [[String]]) {
    var w = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() where i < w.count { w[i] = max(w[i], c.count) } }
    func line(_ r: [String]) -> String {
      r.enumerated().map { i, c in i == r.count - 1 ? c : c.padding(toLength: w[i], withPad: " ", startingAt: 0) }.joined(separator: "  ")
    }
    print(line(header))
    print(line(w.map { String(repeating: "-", count: $0) }))
    for r in rows { print(line(r)) }
  }

  static func csv(_ header: [String], _ rows: [[String]]) {
    func q(_ s: String) -> String { s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
    print(header.map(q).joined(separator: ","))
    for r in rows { print(r.map(q).joined(separator: ",")) }
  }
}

/// Resolves a user-typed entity name or fails with the closest candidates (exit 65).
func resolve(_ name: String, in g: PropertyGraph) throws -> String {
  do { return try EntityResolver(g).resolve(name) } catch { throw CLIError.data("\(error)") }
}

func format(_ x: Double) -> String { String(format: "%.6f", x) }

extension CostTransform: ExpressibleByArgument {}
extension Measure: ExpressibleByArgument {}
extension EntityKind: ExpressibleByArgument {}
extension RelationKind: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DOTWriter.Cluster: ExpressibleByArgument {}
extension Importers.Format: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
