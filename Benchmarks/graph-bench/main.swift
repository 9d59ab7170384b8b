// graph-bench --edges FILE --measure NAME [--samples K] [--threads N] [--directed]
// Loads an edge list ("u v" per line, integer ids), runs one measure and prints a JSON line:
// {"measure", "load_seconds", "seconds", "peak_rss_kb", "summary"}. Threads are set with
// RELGRAPH_THREADS (the algorithms read it), so the same binary measures 1 and 2 cores.
import Foundation
import GraphAlgorithms

var args = CommandLine.arguments.dropFirst()
var opts: [String: String] = [:]
while let a = args.first {
  args = args.dropFirst()
  if a == "--directed" { opts["directed"] = "1"; continue }
  if let v = args.first { opts[String(a.dropFirst(2))] = v; args = args.dropFirst() }
}
guard let path = opts["edges"], let measure = opts["measure"] else {
  FileHandle.standardError.write(Data("usage: graph-bench --edges FILE --measure NAME [--samples K] [--directed]\n".utf8))
  exit(64)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func peakRSS() -> Int {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
  }
  return 0
}

let t0 = now()
let data = FileManager.default.contents(atPath: path)!
var edges: [(Int, Int, Double)] = []
edges.reserveCapacity(data.count / 10)
var maxID = -1
data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
  var i = 0
  let n = raw.count
  var nums: [Int] = []
  while i < n {
    // one line: skip comments, read integers
    if raw[i] == UInt8(ascii: "#") {
      while i < n && raw[i] != 10 { i += 1 }
      i += 1
      continue
    }
    nums.removeAll(keepingCapacity: true)
    while i < n && raw[i] != 10 {
      if raw[i] >= 48 && raw[i] <= 57 {
        var v = 0
        while i < n && raw[i] >= 48 && raw[i] <= 57 { v = v * 10 + Int(raw[i] - 48); i += 1 }
        nums.append(v)
      } else {
        i += 1
      }
    }
    i += 1
    if nums.count >= 2 {
      edges.append((nums[0], nums[1], 1))
      maxID = max(maxID, nums[0], nums[1])
    }
  }
}
let g = CompactGraph(nodeCount: maxID + 1, edges: edges, directed: opts["directed"] != nil, weighted: false)
edges = []
let load = now() - t0

let t1 = now()
var summary = ""
switch measure {
case "degree": summary = "\(g.degreeCentrality().max() ?? 0)"
case "betweenness": summary = "\(g.betweenness(normalized: true).max() ?? 0)"
case "betweenness-sampled":
  let k = Int(opts["samples"] ?? "256")!
  summary = "\(g.betweenness(normalized: true, samples: k, seed: 42).max() ?? 0)"
case "closeness": summary = "\(g.closeness().max() ?? 0)"
case "harmonic": summary = "\(g.harmonic().max() ?? 0)"
case "pagerank": summary = "\((try? g.pageRank(weighted: false, tolerance: 1e-10))?.max() ?? -1)"
case "eigenvector": summary = "\((try? g.eigenvector(tolerance: 1e-10))?.max() ?? -1)"
case "katz": summary = "\((try? g.katz(alpha: 0.5 / Double(g.offsets.indices.dropLast().map { g.degree(of: NodeIndex($0)) }.max() ?? 1)))?.max() ?? -1)"
case "components": summary = "\(g.connectedComponents().count)"
case "bfs": summary = "\(g.breadthFirst(from: 0).distances.filter { $0.isFinite }.count)"
case "path":
  let p = g.shortestPath(from: 0, to: NodeIndex(g.nodeCount - 1))
  summary = "\(p?.path.count ?? 0)"
case "kcore": summary = "\(g.coreNumbers().max() ?? 0)"
case "louvain":
  let p = g.louvain(seed: 7, weighted: false)
  summary = "\(p.modularity)"
case "leiden":
  let p = g.leiden(seed: UInt64(opts["seed"] ?? "7")!, weighted: false, iterations: Int(opts["iterations"] ?? "2")!)
  summary = "\(p.modularity) \(p.communities.count)"
case "label-propagation": summary = "\(g.labelPropagation(seed: 7).modularity)"
default:
  FileHandle.standardError.write(Data("unknown measure \(measure)\n".utf8))
  exit(64)
}
let secs = now() - t1
print("{\"measure\": \"\(measure)\", \"load_seconds\": \(load), \"seconds\": \(secs), \"peak_rss_kb\": \(peakRSS()), \"summary\": \"\(summary)\"}")
