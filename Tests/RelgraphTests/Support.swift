import Foundation

/// Paths and a runner for end-to-end tests of the built `relgraph` binary.
enum E2E {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
  static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/seeds.json").path) }

  /// Whether `python3 -c "import networkx"` works here.
  static let pythonHasNetworkX: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import networkx"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }()

  /// The binary next to the test bundle (`.build/<config>/relgraph`).
  static let binary: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("relgraph")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/relgraph")
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs relgraph with arguments from the package root (`env` adds environment variables).
  @discardableResult
  static func run(_ args: [String], cwd: URL = root, env: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    if !env.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
    p.currentDirectoryURL = cwd
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  static func tempDir() -> URL {
    let d = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("relgraph-e2e-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    return d
  }

  static func json(_ s: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(s.utf8)) as! [String: Any]
  }
}
