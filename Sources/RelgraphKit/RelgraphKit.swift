/// The umbrella module: `import RelgraphKit` gives scripts the whole toolkit, from text
/// ingest to rendering.
@_exported import EntityExtraction
@_exported import GraphAlgorithms
@_exported import GraphExport
@_exported import GraphModel
@_exported import GraphvizRender
@_exported import TextIngest
