/** What a chart is: a Vega-Lite spec with its title, caption, alt text and its data as a small table. */
import type { TopLevelSpec } from "vega-lite";
import type { DataFrame } from "danfojs-node";
import type { FactRow } from "../frames/rows.js";

export interface ChartTable {
  columns: string[];
  /** Each row's cells, and the fact ids its numbers come from. */
  rows: { cells: string[]; refs: string[] }[];
}

export interface Chart {
  /** File-name stem: `freight-h1`. */
  id: string;
  title: string;
  /** Names the sources of the data. */
  caption: string;
  /** A text description of what the chart shows, for readers who cannot see it. */
  alt: string;
  spec: TopLevelSpec;
  table: ChartTable;
  /** Fact ids the chart is drawn from. */
  refs: string[];
}

/**
 * What the chart builders take: the facts DataFrame (`factsFrame`, `corpusFrames(…).facts`) or the
 * same rows as plain objects (`corpus.facts.map(factRow)`). A spec is a pure function of the rows,
 * so both give the same spec; rows spare a caller that has no frame the cost of loading danfo.
 */
export type FactsInput = DataFrame | readonly FactRow[];

/** Rows of a facts frame (or a copy of the rows given), as typed objects. */
export function factRows(facts: FactsInput): FactRow[] {
  if (Array.isArray(facts)) return [...(facts as readonly FactRow[])];
  const frame = facts as DataFrame;
  if (frame.shape[0] === 0) return [];
  const columns = frame.columns;
  return (frame.values as unknown[][]).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as unknown as FactRow);
}

/** Map every mention id to the id of its fact. */
export function factOfMention(rows: readonly FactRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of rows) for (const id of r.mentionIds.split(" ")) map.set(id, r.factId);
  return map;
}

/**
 * The growth facts that qualify a level, keyed by the level's fact id ("rose by 26 % to 13.7 million
 * tons" → the 13.7 million fact → the 26 % fact). `accept` narrows which growth facts count.
 */
export function growthByLevel(rows: readonly FactRow[], accept: (g: FactRow) => boolean = () => true): Map<string, FactRow> {
  const toFact = factOfMention(rows);
  const map = new Map<string, FactRow>();
  for (const g of rows) if (g.kind === "growth" && g.qualifies && accept(g)) map.set(toFact.get(g.qualifies) ?? "", g);
  return map;
}

/** The shared look: fonts that cover Latin, Cyrillic and CJK; fixed sizes so layout does not depend on the page. */
export const CHART_CONFIG = {
  font: "DejaVu Sans, WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 340, titlePadding: 8 },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 420, orient: "bottom", direction: "vertical" },
  title: { fontSize: 13, anchor: "start", subtitleFontSize: 11, subtitleColor: "#555" },
  text: { fontSize: 10, color: "#222" },
  background: "white",
  padding: 8,
  autosize: { type: "pad" },
} as const;

/** The sources named by a chart's rows: "Kazakhstan Railways (000_….txt, 2023-07)". */
export function sourcesLine(rows: readonly FactRow[]): string {
  const seen = new Set<string>();
  for (const r of rows) {
    const where = [r.outlet, r.date].filter(Boolean).join(", ");
    seen.add(`${r.source ?? "source not named"} — ${r.doc}${where ? ` (${where})` : ""}`);
  }
  return [...seen].sort().join("; ");
}

/** For each key, whether another item has the same one: bars that would stack, or labels that would repeat. */
export function repeated(keys: readonly string[]): boolean[] {
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  return keys.map((k) => count.get(k)! > 1);
}

/** What tells a row apart from another with the same label: its outlet, else its file. */
export const outletOf = (r: FactRow): string => r.outlet ?? r.doc;
