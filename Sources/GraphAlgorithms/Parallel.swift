import Dispatch

/// Runs `body` over `0..<count` split into a fixed number of chunks (independent of the core
/// count) and returns the per-chunk results in chunk order, so any reduction over them is
/// bit-identical on 1 or 64 cores.
func chunkedMap<T: Sendable>(count: Int, chunks: Int = 64, threads: Int? = nil, _ body: @escaping @Sendable (Range<Int>) -> T) -> [T] {
  let k = max(1, min(chunks, count))
  let size = (count + k - 1) / max(k, 1)
  let box = ResultBox<T>(count: k)
  let work: @Sendable (Int) -> Void = { c in
    let lo = c * size, hi = min(count, lo + size)
    box.set(c, body(lo..<max(lo, hi)))
  }
  if (threads ?? WorkerThreads.count) <= 1 || k == 1 {
    for c in 0..<k { work(c) }
  } else {
    DispatchQueue.concurrentPerform(iterations: k, execute: work)
  }
  return box.values()
}

/// Per-chunk result slots written by distinct iterations (no two write the same slot).
final class ResultBox<T>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ v: T) {
    lock.lock()
    slots[i] = v
    lock.unlock()
  }
  func values() -> [T] { slots.map { $0! } }
}

/// How many threads relgraph's parallel work may use.
public enum WorkerThreads {
  /// `RELGRAPH_THREADS` if set to a positive number, else all active cores.
  public static var count: Int {
    if let s = getenv("RELGRAPH_THREADS"), let n = Int(String(cString: s)), n > 0 { return n }
    return Foundation.ProcessInfo.processInfo.activeProcessorCount
  }
}

import Foundation
