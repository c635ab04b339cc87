/** Trade totals: Kazakhstan–China by year and reporting source; China–Central Asia totals. */
import type { FactRow } from "../frames/rows.js";
import { periodLabel, qualifierMark, quantity } from "../format/quantity.js";
import { factRows, outletOf, repeated, sourcesLine, type Chart, type FactsInput } from "./chart.js";
import { groupedBars, horizontalBars } from "./marks.js";

const bn = (usd: number) => Math.round((usd / 1e9) * 100) / 100;

/**
 * Trade totals in USD (stated or converted) between exactly these partners. Totals only: exports and imports
 * are parts of a total, and a bar of each beside it under the same year and source would add up to twice the trade.
 */
export function tradeBetween(facts: FactsInput, partners: readonly string[]): FactRow[] {
  const between = isBetween(partners);
  return factRows(facts).filter((r) => r.kind === "trade" && r.direction === null && !r.isConversion && r.usd !== null && between(r));
}

/** Whether a fact is of exactly these partners. */
export function isBetween(partners: readonly string[]): (r: Pick<FactRow, "entities">) => boolean {
  const want = [...partners].sort().join("; ");
  return (r) => r.entities === want;
}

function bar(r: FactRow): { when: string; source: string; usd: number; label: string } {
  // A part of a year keeps its months ("Jan–Oct 2026"), so it stands apart from the whole year's bar.
  const when = r.status === "actual" ? (r.period ? (/^\d{4}$/.test(r.period) ? r.period : periodLabel(r.period)) : "undated") : `${r.status}${r.per ? ` (${r.per})` : ""}`;
  return { when, source: r.source ?? "source not named", usd: bn(r.usd!), label: `${qualifierMark(r.qualifier)}$${bn(r.usd!)}bn` };
}

/**
 * Bars of one year and one source stand side by side, not stacked: where two articles give totals for the same
 * months and neither names its source ("Jan–Sep 2026: $36.4 billion", "$31.4 billion"), each is told apart by its outlet.
 */
function apart(rows: readonly FactRow[], values: ReturnType<typeof bar>[]): ReturnType<typeof bar>[] {
  const twice = repeated(values.map((v) => `${v.when}|${v.source}`));
  return values.map((v, i) => (twice[i] ? { ...v, source: `${v.source} (${outletOf(rows[i]!)})` } : v));
}

export function kazakhstanChinaTradeChart(facts: FactsInput): Chart | null {
  const rows = tradeBetween(facts, ["China", "Kazakhstan"]).sort((a, b) => (a.period ?? "9999").localeCompare(b.period ?? "9999") || (a.source ?? "").localeCompare(b.source ?? ""));
  if (rows.length === 0) return null;
  const values = apart(rows, rows.map(bar));
  const title = "Kazakhstan–China trade by year and reporting source";
  return {
    id: "trade-kazakhstan-china",
    title,
    caption: `US$ billion; ≥ marks a lower bound ("over"), ≈ an approximation. Goals are shown apart from outcomes. Sources: ${sourcesLine(rows)}.`,
    alt: `Bar chart of ${title}: ${values.map((v) => `${v.when}, ${v.label} according to ${v.source}`).join("; ")}.`,
    spec: groupedBars({
      title,
      subtitle: "Two sources can report different totals for the same year",
      width: 440,
      height: 220,
      values,
      x: { field: "when", title: "Year (or goal)" },
      series: { field: "source", title: "Reported by" },
      y: { field: "usd", title: "US$ billion" },
      label: "label",
    }),
    table: {
      columns: ["Year", "Value", "Reported by", "Status"],
      rows: rows.map((r) => ({ cells: [periodLabel(r.period), `${qualifierMark(r.qualifier)}${quantity(r.value, r.unit)}`, r.source ?? "—", r.status], refs: [r.factId] })),
    },
    refs: rows.map((r) => r.factId),
  };
}

/** Trade of China (or its Xinjiang region) with Central Asia, by a fact's entities. */
export const isChinaCentralAsia = (r: Pick<FactRow, "entities">) => r.entities.includes("Central Asia") && /China|Xinjiang/.test(r.entities);

export function centralAsiaTradeChart(facts: FactsInput): Chart | null {
  const rows = factRows(facts).filter(
    // Totals only: exports and imports would stand under the same label as the total they are parts of.
    (r) => r.kind === "trade" && r.direction === null && !r.isConversion && r.usd !== null && isChinaCentralAsia(r),
  );
  if (rows.length === 0) return null;
  const values = rows.map((r) => ({
    // A goal or forecast says so, apart from an outcome of the same year: "China–Central Asia, goal for 2030".
    pair: `${r.entities.includes("Xinjiang") ? "Xinjiang" : "China"}–Central Asia, ${r.status === "actual" ? "" : `${r.status === "target" ? "goal" : "forecast"} for `}${periodLabel(r.period)}`,
    usd: bn(r.usd!),
    label: `${qualifierMark(r.qualifier)}$${bn(r.usd!)}bn${r.unit !== "USD" ? ` (${quantity(r.value, r.unit)})` : ""}`,
  }));
  const title = "China–Central Asia trade totals in the corpus";
  return {
    id: "trade-china-central-asia",
    title,
    caption: `US$ billion; values in yuan are shown at the conversion the article gives. Xinjiang is one Chinese region, not all of China. Sources: ${sourcesLine(rows)}.`,
    alt: `Bar chart of ${title}: ${values.map((v) => `${v.pair}: ${v.label}`).join("; ")}.`,
    spec: horizontalBars({ title, width: 360, values, category: "pair", value: { field: "usd", title: "US$ billion" }, label: "label" }),
    table: {
      columns: ["Trade", "Value", "US$", "Source"],
      rows: rows.map((r, i) => ({ cells: [values[i]!.pair, `${qualifierMark(r.qualifier)}${quantity(r.value, r.unit)}`, `$${bn(r.usd!)}bn`, r.source ?? "—"], refs: [r.factId] })),
    },
    refs: rows.map((r) => r.factId),
  };
}
