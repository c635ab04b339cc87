/**
 * The report pipeline, stage by stage: corpus → fact rows → charts → checks → HTML → PDF.
 * The chart builders take the facts DataFrame or its rows alike (same spec); the report hands them
 * the rows, so the command does not spend a second loading danfo.js only to read the rows back out.
 */
import { dirname, join, resolve } from "node:path";
import { renameSync, rmSync } from "node:fs";
import { loadCorpus, defaultSeedsDir, type Corpus } from "../corpus.js";
import { FACT_COLUMNS, FIGURE_COLUMNS, factRow, figureRow, type FactRow } from "../frames/rows.js";
import { briefingCharts, preloadChartEngines, renderSvg, type BriefingCharts } from "../charts/index.js";
import { toCsv } from "../format/csv.js";
import { tempPathFor, writeFileAtomic } from "../io/atomic.js";
import type { Figure } from "../types.js";
import { consistencyFindings } from "./consistency.js";
import { renderBriefingHtml, type BriefingModel, type RenderedChart } from "./html.js";
import type { Printer } from "./printer.js";

export const BRIEFING_TITLE = "China–Central Asia economic ties: the figures";

export interface ReportOptions {
  seeds?: string;
  /** The PDF to write; the HTML, SVG and CSV files go beside it. */
  out?: string;
  /** Skip the PDF (HTML, SVG and CSV only). */
  noPdf?: boolean;
  launchTimeoutMs?: number;
  /**
   * Prints the PDF. Default: a browser launched from this thread when the HTML is ready. The CLI
   * passes `startPrinter()`, whose browser starts in its own thread while the rest runs.
   */
  printer?: Printer;
  printTimeoutMs?: number;
  /** Called after each stage with its name and duration. */
  onStage?: (stage: string, ms: number, detail?: string) => void;
}

export interface ReportResult {
  corpus: Corpus;
  files: string[];
  blocked: string[];
}

async function stage<T>(name: string, options: ReportOptions, work: () => Promise<T> | T, detail?: (t: T) => string): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  options.onStage?.(name, performance.now() - t0, detail?.(result));
  return result;
}

/** Order facts for the appendix: by document, then by where they are first mentioned. */
function appendixOrder(rows: FactRow[], mentions: Map<string, Figure[]>): FactRow[] {
  const first = (f: FactRow) => mentions.get(f.factId)![0]!;
  return [...rows].sort((a, b) => (first(a).doc < first(b).doc ? -1 : first(a).doc > first(b).doc ? 1 : first(a).start - first(b).start));
}

export async function buildReport(options: ReportOptions = {}): Promise<ReportResult> {
  try {
    const result = await run(options);
    if (options.noPdf) await options.printer?.close();
    return result;
  } catch (e) {
    // A printer that was started for this report must not keep its browser (and the process) alive.
    await options.printer?.close();
    throw e;
  }
}

async function run(options: ReportOptions): Promise<ReportResult> {
  const out = resolve(options.out ?? "reports/briefing.pdf");
  const dir = dirname(out);
  preloadChartEngines();
  const corpus = await stage("read and extract", options, () => loadCorpus(options.seeds ?? defaultSeedsDir()), (c) => `${c.documents.length} documents, ${c.figures.length} mentions, ${c.facts.length} facts`);
  if (corpus.documents.length === 0) {
    const why = corpus.issues.map((i) => `${i.file}: ${i.message}`).join("; ");
    throw new Error(`no document could be read from ${options.seeds ?? defaultSeedsDir()}${why ? ` (${why})` : ""}`);
  }
  const rows = await stage("fact rows", options, () => corpus.facts.map(factRow));
  const charts = await stage("charts", options, async () => {
    const specs: BriefingCharts = briefingCharts(rows);
    const rendered: Partial<Record<keyof BriefingCharts, RenderedChart | null>> = {};
    for (const key of Object.keys(specs) as (keyof BriefingCharts)[]) {
      const chart = specs[key];
      rendered[key] = chart ? { chart, svg: await renderSvg(chart.spec), file: `${chart.id}.svg` } : null;
    }
    return rendered as BriefingModel["charts"];
  }, (r) => `${Object.values(r).filter(Boolean).length} charts`);
  const mentions = new Map<string, Figure[]>();
  for (const f of corpus.figures) mentions.set(f.factId, [...(mentions.get(f.factId) ?? []), f]);
  const facts = appendixOrder(rows, mentions);
  const findings = await stage("consistency checks", options, () => consistencyFindings(facts), (f) => `${f.length} findings`);
  const html = await stage("html", options, () =>
    renderBriefingHtml({ title: BRIEFING_TITLE, documents: corpus.documents, issues: corpus.issues, facts, mentions, charts, findings }),
  );
  const files: string[] = [];
  await stage("write html, svg, csv", options, () => {
    const write = (name: string, data: string) => {
      writeFileAtomic(join(dir, name), data);
      files.push(join(dir, name));
    };
    write("briefing.html", html);
    for (const r of Object.values(charts)) if (r) write(r.file, r.svg);
    write("figures.csv", toCsv(corpus.figures.map(figureRow), FIGURE_COLUMNS));
    write("facts.csv", toCsv(rows, FACT_COLUMNS));
  });
  let blocked: string[] = [];
  if (!options.noPdf) {
    await stage("pdf", options, async () => {
      const tmp = tempPathFor(out);
      try {
        const printer = options.printer ?? (await import("./pdf.js")).inThreadPrinter(options.launchTimeoutMs);
        ({ blocked } = await printer.print(join(dir, "briefing.html"), tmp, options.printTimeoutMs));
        renameSync(tmp, out);
      } finally {
        rmSync(tmp, { force: true });
      }
      files.push(out);
    });
  }
  return { corpus, files, blocked };
}
