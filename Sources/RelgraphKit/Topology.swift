import EntityExtraction
import Foundation
import GraphAlgorithms
import GraphModel

/// The link structure of a graph store, saved inside the store as flat arrays so that a
/// query (`relgraph path`) on a million-node graph reads ~100 MB of blobs instead of
/// materialising every relation with its evidence.
///
/// It is the graph ``GraphSnapshot`` builds from a full load with the default filter: the
/// same node order (entity ids as the store sorts them), the same merged, undirected links
/// with stated relations counting double, the same stated flags, so answers do not depend on
/// which of the two a command used. It is rebuilt after every `build` and `import` and tagged
/// with the store's revision; a store changed since (or written by an older relgraph) has no
/// valid topology and commands fall back to a full load.
///
/// Blobs are little-endian, 64-bit: ids as UTF-8 with an end offset per id (`Int`), CSR offsets
/// (`Int`), targets (`Int32`), strengths (`Float64`), stated flags (`UInt8`).
public struct Topology: Sendable {
  public let compact: CompactGraph
  /// Per arc of ``compact``: whether a stated relation joins the pair.
  public let stated: [Bool]
  let idBytes: [UInt8]
  let idEnds: [Int]

  static let format = "relgraph-topology-1"
  static let names = ["topology.format", "topology.ids", "topology.idEnds", "topology.offsets", "topology.targets", "topology.weights", "topology.stated"]

  public var nodeCount: Int { compact.nodeCount }

  /// The id of node `i`. O(length of the id).
  public func id(_ i: Int) -> String {
    let lo = i == 0 ? 0 : idEnds[i - 1]
    return String(decoding: idBytes[lo..<idEnds[i]], as: UTF8.self)
  }

  /// The node index of an exact id, or nil. A linear byte scan, O(total id length): done
  /// once or twice per query, it is cheaper than hashing every id into a dictionary.
  public func index(of id: String) -> Int? {
    let q = Array(id.utf8)
    return idBytes.withUnsafeBufferPointer { bytes in
      var lo = 0
      for i in 0..<idEnds.count {
        let hi = idEnds[i]
        if hi - lo == q.count && (q.isEmpty || memcmp(bytes.baseAddress! + lo, q, q.count) == 0) { return i }
        lo = hi
      }
      return nil
    }
  }

  /// Path costs as ``GraphSnapshot/pathCosts(_:preferStated:)`` gives them.
  public func pathCosts(_ transform: CostTransform, preferStated: Bool = true) -> [Double] {
    GraphSnapshot.pathCosts(compact, stated: stated, transform, preferStated: preferStated)
  }

  // MARK: - Building and saving

  /// Recomputes the topology from the store's relations (streamed, no evidence read) and
  /// saves it in the store. O(V + E) plus one pass over the relations table.
  @discardableResult
  public static func rebuild(_ store: GraphStore) throws -> Topology {
    var ids: [String] = []
    var index: [String: Int] = [:]
    var merger = LinkMerger(directed: false)
    func position(_ id: String) -> Int {
      if let i = index[id] { return i }
      index[id] = ids.count
      ids.append(id)
      return ids.count - 1
    }
    let revision = try store.streamTopology(
      node: { _ = position($0) },
      edge: { s, t, w, stated in merger.add(position(s), position(t), weight: w, stated: stated) })
    let (compact, stated) = merger.finish(nodeCount: ids.count)
    var bytes: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(ids.count)
    for id in ids {
      bytes.append(contentsOf: id.utf8)
      ends.append(bytes.count)
    }
    let t = Topology(compact: compact, stated: stated, idBytes: bytes, idEnds: ends)
    try store.saveCache(t.blobs(), revision: revision)
    return t
  }

  /// The topology saved in the store, or nil when there is none for its current revision.
  public static func cached(in store: GraphStore) throws -> Topology? {
    #if _endian(big)
      return nil
    #endif
    guard MemoryLayout<Int>.size == 8 else { return nil }
    var format = "", bytes: [UInt8] = [], ends: [Int] = [], offsets: [Int] = [], targets: [Int32] = [], weights: [Double] = [], flags: [UInt8] = []
    let found = try store.readCache(names) { name, data in
      switch name {
      case "topology.format": format = String(decoding: data, as: UTF8.self)
      case "topology.ids": bytes = decode(data, as: UInt8.self)
      case "topology.idEnds": ends = decode(data, as: Int.self)
      case "topology.offsets": offsets = decode(data, as: Int.self)
      case "topology.targets": targets = decode(data, as: Int32.self)
      case "topology.weights": weights = decode(data, as: Double.self)
      case "topology.stated": flags = decode(data, as: UInt8.self)
      default: break
      }
    }
    guard found, format == Self.format else { return nil }
    // a damaged cache is no cache: the caller falls back to the full load
    guard offsets.count == ends.count + 1, offsets.first == 0, offsets.last == targets.count, targets.count == weights.count, flags.count == targets.count,
      ends.last ?? 0 == bytes.count, zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 }),
      zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }), targets.allSatisfy({ $0 >= 0 && Int($0) < ends.count })
    else { return nil }
    let compact = CompactGraph(undirectedCSR: offsets, targets: targets, weights: weights)
    return Topology(compact: compact, stated: flags.map { $0 != 0 }, idBytes: bytes, idEnds: ends)
  }

  func blobs() -> [String: Data] {
    [
      "topology.format": Data(Self.format.utf8),
      "topology.ids": Data(idBytes),
      "topology.idEnds": Self.encode(idEnds),
      "topology.offsets": Self.encode(compact.offsets),
      "topology.targets": Self.encode(compact.targets),
      "topology.weights": Self.encode(compact.weights),
      "topology.stated": Data(stated.map { $0 ? 1 : 0 }),
    ]
  }

  static func encode<T>(_ values: [T]) -> Data { values.withUnsafeBytes { Data($0) } }

  /// Copies a blob into an array (memcpy, so alignment does not matter). Blobs are
  /// written and read in the host's byte order, which is little-endian on every platform
  /// Swift targets here; ``cached(in:)`` refuses the cache on a big-endian host.
  static func decode<T>(_ data: Data, as: T.Type) -> [T] {
    let n = data.count / MemoryLayout<T>.stride
    return [T](unsafeUninitializedCapacity: n) { buf, count in
      data.withUnsafeBytes { src in
        if n > 0 { memcpy(buf.baseAddress!, src.baseAddress!, n * MemoryLayout<T>.stride) }
      }
      count = n
    }
  }
}
