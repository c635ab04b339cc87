/**
 * Show results in a notebook the way a person wants them: DataFrames as HTML tables, charts as
 * SVG (shown by every front end, code hosts included) with the Vega-Lite spec alongside for
 * front ends that render it interactively.
 */
import { createRequire } from "node:module";
import type { DataFrame } from "danfojs-node";
import type { TopLevelSpec } from "vega-lite";
import type { Chart } from "../charts/chart.js";
import { renderSvg } from "../charts/render.js";
import { escapeHtml } from "../report/escape.js";
import { formatNumber } from "../format/table.js";

export interface MimeBundle {
  "image/svg+xml"?: string;
  "application/vnd.vegalite.v5+json"?: object;
  "text/html"?: string;
  "text/plain": string;
}

export interface TableOptions {
  /** Columns to show, in order (default: all). */
  columns?: string[];
  /** Rows to show (default 50); the caption says how many were left out. */
  maxRows?: number;
  caption?: string;
}

/** A DataFrame as an HTML table; every cell is escaped, numbers are right-aligned and grouped. */
export function htmlTable(frame: DataFrame, options: TableOptions = {}): string {
  const columns = options.columns ?? (frame.columns as string[]);
  const total = frame.shape[0] ?? 0;
  const shown = Math.min(total, options.maxRows ?? 50);
  const values = columns.map((c) => (total === 0 ? [] : (frame[c].values as unknown[])));
  const body: string[] = [];
  for (let i = 0; i < shown; i++) {
    body.push(
      `<tr>${values
        .map((col) => {
          const v = col[i];
          return typeof v === "number" ? `<td style="text-align:right">${escapeHtml(formatNumber(v))}</td>` : `<td>${escapeHtml(v ?? "")}</td>`;
        })
        .join("")}</tr>`,
    );
  }
  const note = shown < total ? ` (first ${shown} of ${total} rows)` : ` (${total} rows)`;
  return `<table class="silkfigures"><caption style="text-align:left">${escapeHtml(options.caption ?? "")}${escapeHtml(note)}</caption><thead><tr>${columns
    .map((c) => `<th>${escapeHtml(c)}</th>`)
    .join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

/** A chart (or a bare Vega-Lite spec) as a MIME bundle: SVG, the Vega-Lite spec, and its alt text. */
export async function chartBundle(chart: Chart | TopLevelSpec): Promise<MimeBundle> {
  const spec = "spec" in chart && "alt" in chart ? chart.spec : (chart as TopLevelSpec);
  const alt = "alt" in chart ? String(chart.alt) : "Vega-Lite chart";
  // Front ends register the Vega-Lite v5 MIME type; the spec's features are the same.
  const vegaLite = { ...(spec as object), $schema: "https://vega.github.io/schema/vega-lite/v5.json" };
  return { "image/svg+xml": await renderSvg(spec), "application/vnd.vegalite.v5+json": vegaLite, "text/plain": alt };
}

type Writer = ((msg: { data: object; metadata: object; transient: object }, update: boolean) => void) | null;

/** tslab's display channel, when running inside the tslab kernel. */
function tslabWriter(): Writer {
  try {
    const require = createRequire(`${process.cwd()}/`);
    const jupyter = require("tslab/dist/jupyter.js") as { lastWriteDisplayData: Writer };
    return jupyter.lastWriteDisplayData;
  } catch {
    return null;
  }
}

/**
 * Display a chart, a DataFrame, an HTML string or a MIME bundle in the tslab kernel. It returns
 * nothing, so the notebook shows only the display; scripts use `chartBundle` and `htmlTable`.
 * Outside a kernel it does nothing.
 */
export async function show(what: MimeBundle | string | DataFrame | Chart, options: TableOptions = {}): Promise<void> {
  let bundle: MimeBundle;
  if (typeof what === "string") bundle = { "text/html": what, "text/plain": what.replace(/<[^>]+>/g, " ") };
  else if ("text/plain" in what) bundle = what as MimeBundle;
  else if ("spec" in what && "alt" in what) bundle = await chartBundle(what as Chart);
  else bundle = { "text/html": htmlTable(what as DataFrame, options), "text/plain": `DataFrame ${(what as DataFrame).shape.join(" × ")}` };
  const write = tslabWriter();
  if (write) write({ data: bundle, metadata: {}, transient: {} }, false);
}
