#!/usr/bin/env node
/** `npm run figures -- [--seeds DIR] [--format jsonl|csv|table]`: every figure mention of a corpus. */
import "./compile-regexps.js";
import { parseCli } from "./args.js";
import { loadCorpus, defaultSeedsDir } from "../corpus.js";
import { toCsv } from "../format/csv.js";
import { toTable } from "../format/table.js";
import { FIGURE_COLUMNS, figureRow } from "../frames/rows.js";
import { exitQuietlyOnClosedPipe, reportIssues } from "./issues.js";

const USAGE = `Usage: npm run figures -- [--seeds DIR] [--format jsonl|csv|table] [--max-file-mb N]

  --seeds DIR       folder of *.txt articles (default: the bundled seeds/)
  --format FORMAT   jsonl (one object per figure mention), csv, or table (default on a terminal)
  --max-file-mb N   refuse files larger than N MB (default 10)
`;

async function main(): Promise<number> {
  const parsed = parseCli("figures", USAGE, {
    seeds: { type: "string" },
    format: { type: "string" },
    "max-file-mb": { type: "string" },
  });
  if ("exit" in parsed) return parsed.exit;
  const args = parsed.values;
  const format = args.format ?? (process.stdout.isTTY ? "table" : "jsonl");
  if (!["jsonl", "csv", "table"].includes(format)) {
    process.stderr.write(`figures: unknown --format "${format}"; use jsonl, csv or table\n`);
    return 2;
  }
  const maxMb = args["max-file-mb"] === undefined ? 10 : Number(args["max-file-mb"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    process.stderr.write(`figures: --max-file-mb must be a positive number\n`);
    return 2;
  }
  const corpus = await loadCorpus(args.seeds ?? defaultSeedsDir(), { maxFileBytes: maxMb * 1024 * 1024 });
  reportIssues("figures", corpus.issues);
  if (format === "jsonl") {
    for (const f of corpus.figures) process.stdout.write(JSON.stringify(f) + "\n");
  } else if (format === "csv") {
    process.stdout.write(toCsv(corpus.figures.map(figureRow), FIGURE_COLUMNS));
  } else {
    const label = docLabels(corpus.documents.map((d) => d.meta.doc));
    const rows = corpus.figures.map((f) => ({ ...figureRow(f), doc: label.get(f.doc) ?? f.doc }));
    process.stdout.write(toTable(rows, ["doc", "text", "value", "unit", "kind", "qualifier", "status", "period", "entities", "factId"]));
    process.stdout.write(`\n${corpus.figures.length} figure mentions, ${corpus.facts.length} facts, ${corpus.documents.length} documents\n`);
  }
  if (corpus.documents.length === 0) {
    process.stderr.write("figures: no document could be read\n");
    return 1;
  }
  return 0;
}

exitQuietlyOnClosedPipe();
main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`figures: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);

/**
 * Short names for the table's doc column: file names without ".txt" when they are short, else the
 * shortest prefix (at least 3 characters) that still tells them apart ("000_568bb0…txt" → "000").
 */
function docLabels(docs: readonly string[]): Map<string, string> {
  const names = docs.map((d) => d.replace(/\.txt$/i, ""));
  let length = Math.max(0, ...names.map((n) => n.length));
  if (length > 16) {
    length = 3;
    while (new Set(names.map((n) => n.slice(0, length))).size < new Set(names).size) length++;
  }
  return new Map(docs.map((d, i) => [d, names[i]!.slice(0, length)]));
}
