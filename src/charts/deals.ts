/** Deals and investments by value in US dollars, with the conversions the text gives. */
import { entitiesLabel, periodLabel, qualifierMark, quantity } from "../format/quantity.js";
import { factRows, outletOf, repeated, sourcesLine, type Chart, type FactsInput } from "./chart.js";
import type { FactRow } from "../frames/rows.js";
import { horizontalBars } from "./marks.js";

const BASIS: Record<string, string> = { stated: "stated in US$", "converted-in-text": "converted in the text", "quoted-rate": "at a quoted exchange rate" };

export function dealsChart(facts: FactsInput): Chart | null {
  const rows = factRows(facts)
    .filter((r) => (r.kind === "deal" || r.kind === "investment") && !r.isConversion && r.usd !== null)
    .sort((a, b) => b.usd! - a.usd! || a.factId.localeCompare(b.factId));
  if (rows.length === 0) return null;
  const whats = distinct(rows, rows.map((r) => `${r.kind === "deal" ? "Deals" : "Investment"}: ${entitiesLabel(r.entities)}${r.period ? `, ${periodLabel(r.period)}` : ""}`));
  const values = rows.map((r, i) => ({
    what: whats[i]!,
    usd: Math.round((r.usd! / 1e9) * 1000) / 1000,
    basis: BASIS[r.usdBasis ?? "stated"] ?? r.usdBasis,
    label: `${qualifierMark(r.qualifier)}${quantity(r.usd!, "USD")}${r.unit !== "USD" ? ` = ${quantity(r.value, r.unit)}` : ""}`,
  }));
  const title = "Deals and investments by value";
  return {
    id: "deals-usd",
    title,
    caption: `US$ billion. Values stated in another currency are shown at the conversion the article gives. Sources: ${sourcesLine(rows)}.`,
    alt: `Bar chart of ${title}: ${values.map((v) => `${v.what}, ${v.label} (${v.basis})`).join("; ")}.`,
    spec: horizontalBars({
      title,
      subtitle: "In US$; conversions as given in the articles",
      width: 300,
      values,
      category: "what",
      value: { field: "usd", title: "US$ billion" },
      color: { field: "basis", title: "US$ value", colors: ["#2171b5", "#fd8d3c", "#74c476"] },
      label: "label",
    }),
    table: {
      columns: ["What", "Value as stated", "US$", "US$ basis"],
      rows: rows.map((r, i) => ({ cells: [values[i]!.what, `${qualifierMark(r.qualifier)}${quantity(r.value, r.unit)}`, quantity(r.usd!, "USD"), values[i]!.basis!], refs: [r.factId] })),
    },
    refs: rows.map((r) => r.factId),
  };
}

/**
 * Each bar its own row: labels that repeat ("Deals: China–Kazakhstan", three deals of one summit with no period) are told
 * apart by their outlet, then by their order, so that their bars stand apart instead of stacking into one.
 */
function distinct(rows: readonly FactRow[], labels: readonly string[]): string[] {
  const first = repeated(labels);
  const byOutlet = labels.map((l, i) => (first[i] ? `${l} (${outletOf(rows[i]!)})` : l));
  const second = repeated(byOutlet);
  const seen = new Map<string, number>();
  return byOutlet.map((l, i) => {
    if (!second[i]) return l;
    const k = (seen.get(l) ?? 0) + 1;
    seen.set(l, k);
    return `${l} #${k}`;
  });
}
