/** Load a folder of articles: documents stream through the grammar; figures, facts and issues come out. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleDocument, DocumentMeta, Fact, Figure, Furniture, InputIssue, Skipped } from "./types.js";
import { readCorpus, type ReadOptions } from "./documents/read.js";
import { extractDocument } from "./extract.js";
import { dateFromLede } from "./attribute/dating.js";
import { FactIndex, factsOf } from "./facts/group.js";
import { applyQuotedRates, quotedRates } from "./facts/usd.js";

/**
 * The articles bundled with the package (`seeds/`, beside its package.json): found by walking up from this module, which
 * may stand in `dist/` or, bundled into a command, in `dist/cli/`.
 */
export function defaultSeedsDir(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "seeds"))) return join(dir, "seeds");
    if (dirname(dir) === dir) return join(dirname(start), "seeds");
  }
}

export interface DocumentSummary {
  meta: DocumentMeta;
  /** Characters in the file. */
  length: number;
  furniture: Furniture[];
  skipped: Skipped[];
  figureCount: number;
}

export interface Corpus {
  dir: string;
  documents: DocumentSummary[];
  figures: Figure[];
  facts: Fact[];
  issues: InputIssue[];
}

export type StreamItem =
  | { type: "document"; summary: DocumentSummary; figures: Figure[] }
  | { type: "issue"; issue: InputIssue };

/**
 * Stream a folder: one document in memory at a time, its figures grouped into facts
 * with those seen before. Use this for large corpora; `loadCorpus` collects it.
 */
export async function* streamFigures(dir: string = defaultSeedsDir(), options: ReadOptions = {}): AsyncGenerator<StreamItem> {
  const index = new FactIndex();
  for await (const item of readCorpus(dir, options)) {
    if (item.type === "issue") {
      yield item;
      continue;
    }
    const doc = dateFromLede(item.document);
    const undated = datingIssue(doc);
    if (undated) yield { type: "issue", issue: undated };
    const { figures, skipped } = extractDocument(doc);
    for (const f of figures) index.assign(f);
    yield {
      type: "document",
      summary: { meta: doc.meta, length: doc.text.length, furniture: doc.furniture, skipped, figureCount: figures.length },
      figures,
    };
  }
}

/**
 * A warning for a document with no date, or a year guessed: "last year" and a period written without its
 * year need the date, so the user is told, and told how to give it.
 */
function datingIssue(doc: ArticleDocument): InputIssue | null {
  const file = doc.meta.doc;
  if (doc.meta.provenance.date === "inferred") {
    return { file, severity: "warning", message: `the dateline writes no year; dated ${doc.meta.date} from the first period the article reports (set "date" in sources.json if that is wrong)` };
  }
  // An empty file has its own warning, and nothing to date.
  if (doc.meta.date || doc.blocks.length === 0) return null;
  return { file, severity: "warning", message: `no publication date in the text or sources.json: "last year", "this year" and periods written without a year are left without one (set "date" in sources.json)` };
}

/** Load a corpus (default: the bundled seeds) into figures, facts and issues. */
export async function loadCorpus(dir: string = defaultSeedsDir(), options: ReadOptions = {}): Promise<Corpus> {
  const corpus: Corpus = { dir, documents: [], figures: [], facts: [], issues: [] };
  for await (const item of streamFigures(dir, options)) {
    if (item.type === "issue") corpus.issues.push(item.issue);
    else {
      corpus.documents.push(item.summary);
      corpus.figures.push(...item.figures);
    }
  }
  applyQuotedRates(corpus.figures, quotedRates(corpus.figures));
  corpus.facts = factsOf(corpus.figures);
  return corpus;
}
