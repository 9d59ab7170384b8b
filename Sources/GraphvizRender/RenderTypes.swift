/// Graphviz layout engines. Each case's raw value is the C spelling.
public enum LayoutEngine: String, Sendable, CaseIterable {
  /// Corresponds to `dot -Kdot`: hierarchical layers.
  case dot
  /// Corresponds to `dot -Kneato`: spring model (stress majorisation).
  case neato
  /// Corresponds to `dot -Kfdp`: force-directed, honours clusters.
  case fdp
  /// Corresponds to `dot -Ksfdp`: multiscale force-directed for large graphs.
  case sfdp
  /// Corresponds to `dot -Kcirco`: circular.
  case circo
  /// Corresponds to `dot -Ktwopi`: radial.
  case twopi
}

/// Output formats. Each case's raw value is the C spelling (`dot -T…`).
public enum OutputFormat: String, Sendable, CaseIterable {
  case svg, png, pdf, dot
  /// Laid-out DOT with coordinates (`-Tdot`); plain `dot` output here means *our* DOT text.
  case xdot

  /// Picks a format from a file extension (`.svg`, `.png`, `.pdf`, `.dot`, `.gv`, `.xdot`).
  public init?(fileExtension ext: String) {
    switch ext.lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    case "xdot": self = .xdot
    default: return nil
    }
  }

  var isBitmap: Bool { self == .png }
}

/// A message Graphviz reported while parsing, laying out or rendering.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Level: String, Sendable { case warning, error }
  public var level: Level
  public var message: String
  public var description: String { "\(level.rawValue): \(message)" }
}

/// A failure inside Graphviz, with the stage it happened in and Graphviz's own words.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Stage: String, Sendable { case context, parse, layout, render }
  public var stage: Stage
  public var message: String
  public var description: String {
    let m = message.trimmingCharacters(in: .whitespacesAndNewlines)
    return "Graphviz \(stage.rawValue) failed" + (m.isEmpty ? "" : ": " + m)
  }
}

/// Rendered bytes and any warnings Graphviz gave.
public struct RenderResult: Sendable {
  public var data: [UInt8]
  public var diagnostics: [Diagnostic]
}

/// What the installed Graphviz offers (`relgraph doctor`).
public struct GraphvizCapabilities: Sendable {
  public var version: String
  public var layouts: [String]
  public var formats: [String]
}

import Foundation
