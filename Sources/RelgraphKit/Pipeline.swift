import Dispatch
import EntityExtraction
import Foundation
import GraphAlgorithms
import TextIngest

/// Reading and extraction over many files, on all cores, in input order.
public enum Pipeline {
  public struct Item: Sendable {
    public var document: Document
    public var extraction: DocumentExtraction
  }

  /// Expands inputs (files, directories) into the list of files to read; a missing input or
  /// a directory without texts throws, as ``Loader/load(_:)`` does.
  public static func files(_ inputs: [String]) throws(IngestError) -> [String] {
    var out: [String] = []
    for input in inputs {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else { throw .missing(path: input) }
      if isDir.boolValue {
        let fs = Loader.textFiles(under: input)
        if fs.isEmpty { throw .noTexts(path: input) }
        out += fs
      } else {
        out.append(input)
      }
    }
    return out
  }

  /// Reads and extracts every file; per-file problems come back as warnings in file order.
  /// Files run in chunks over all cores (`RELGRAPH_THREADS` caps them); `progress` is called
  /// from one thread at a time with the number of files done.
  public static func run(_ files: [String], extractor: Extractor, skip: (@Sendable (String) -> Bool)? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) -> (items: [Item], warnings: [IngestError]) {
    run(files, extractor: extractor, skip: skip, progress: progress) { $0 }
  }

  /// ``run(_:extractor:skip:progress:)`` with each item turned into a `T` on the worker that
  /// made it (serialising there keeps one parallel phase and drops the document early).
  public static func run<T: Sendable>(_ files: [String], extractor: Extractor, skip: (@Sendable (String) -> Bool)? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil, transform: @Sendable (Item) -> T) -> (items: [T], warnings: [IngestError]) {
    let results = Slots<Result<T, IngestError>>(count: files.count)
    let done = Counter()
    let chunk = max(1, min(64, files.count / 64))
    let chunks = (files.count + chunk - 1) / chunk
    // each worker takes the next chunk until none is left: no more than `RELGRAPH_THREADS` run
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(chunks, WorkerThreads.count))) { _ in
      while case let c = next.increment() - 1, c < chunks {
        for i in (c * chunk)..<min(files.count, (c + 1) * chunk) {
          do {
            let doc = try Loader.read(files[i])
            if let skip, skip(doc.contentHash) {
              results.set(i, .success(transform(Item(document: doc, extraction: DocumentExtraction(file: doc.path, language: doc.language, date: doc.date, entities: [], relations: [])))))
            } else {
              results.set(i, .success(transform(Item(document: doc, extraction: extractor.extract(doc)))))
            }
          } catch let e as IngestError {
            results.set(i, .failure(e))
          } catch {
            results.set(i, .failure(.unreadable(path: files[i], reason: "\(error)")))
          }
          let n = done.increment()
          progress?(n, files.count)
        }
      }
    }
    var items: [T] = []
    var warnings: [IngestError] = []
    for r in results.values() {
      switch r {
      case .some(.success(let it)): items.append(it)
      case .some(.failure(let e)): warnings.append(e)
      case .none: break
      }
    }
    return (items, warnings)
  }
}

/// Result slots written by distinct iterations under a lock.
final class Slots<T>: @unchecked Sendable {
  private var values_: [T?]
  private let lock = NSLock()
  init(count: Int) { values_ = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ v: T) {
    lock.lock()
    values_[i] = v
    lock.unlock()
  }
  func values() -> [T?] { values_ }
}

final class Counter: @unchecked Sendable {
  private var n = 0
  private let lock = NSLock()
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    n += 1
    return n
  }
}
