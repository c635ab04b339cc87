/** silkfigures: typed, source-linked figures from articles on China–Central Asia economic ties. */
export type * from "./types.js";
export { loadCorpus, streamFigures, defaultSeedsDir } from "./corpus.js";
export type { Corpus, DocumentSummary, StreamItem } from "./corpus.js";
export { extractDocument, extractFromText } from "./extract.js";
export { readCorpus } from "./documents/read.js";
export type { ReadOptions, CorpusItem } from "./documents/read.js";
export { layoutDocument } from "./documents/layout.js";
export { FactIndex, factsOf, groupFacts } from "./facts/group.js";
