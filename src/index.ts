/** silkfigures: typed, source-linked figures from articles on China–Central Asia economic ties. */
export type * from "./types.js";

// documents → figures → facts
export { loadCorpus, streamFigures, defaultSeedsDir } from "./corpus.js";
export type { Corpus, DocumentSummary, StreamItem } from "./corpus.js";
export { extractDocument, extractFromText } from "./extract.js";
export type { DocumentExtraction } from "./extract.js";
export { readCorpus } from "./documents/read.js";
export type { ReadOptions, CorpusItem } from "./documents/read.js";
export { layoutDocument } from "./documents/layout.js";
export { FactIndex, factsOf, groupFacts } from "./facts/group.js";

// frames
export { corpusFrames, figuresFrame, factsFrame, freightFrame, tradeFrame, dealsFrame } from "./frames/frames.js";
export type { CorpusFrames } from "./frames/frames.js";
export { FIGURE_COLUMNS, FACT_COLUMNS, figureRow, factRow } from "./frames/rows.js";
export type { FigureRow, FactRow } from "./frames/rows.js";

// charts, checks, briefing
export * from "./charts/index.js";
export { factRows } from "./charts/chart.js";
export { consistencyFindings } from "./report/consistency.js";
export type { Finding, Verdict } from "./report/consistency.js";
export { buildReport, BRIEFING_TITLE } from "./report/build.js";
export { startPrinter, type Printer } from "./report/printer.js";
export type { ReportOptions, ReportResult } from "./report/build.js";

// formatting and notebooks
export { quantity, change, periodLabel, qualifierMark } from "./format/quantity.js";
export { toCsv } from "./format/csv.js";
export { htmlTable, chartBundle, show } from "./notebook/display.js";
export type { MimeBundle, TableOptions } from "./notebook/display.js";
