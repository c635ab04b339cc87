/** Kazakhstan–China rail freight in a half-year: total, exports and imports, with growth and the implied prior levels. */
import type { FactRow } from "../frames/rows.js";
import { change, periodLabel } from "../format/quantity.js";
import { factRows, growthByLevel, sourcesLine, type Chart, type FactsInput } from "./chart.js";
import { groupedBars } from "./marks.js";

const FLOW_ORDER = ["Total", "Exports", "Imports"];

export interface FreightPoint {
  flow: string;
  level: FactRow;
  growth: FactRow | null;
  /** The prior-year level implied by the growth rate, in tonnes. */
  implied: number | null;
}

/** Tonnage facts for China and Kazakhstan in the half-year with the most of them, with their growth facts. */
export function freightPoints(facts: FactsInput): { period: string; points: FreightPoint[] } | null {
  const rows = factRows(facts);
  const tonnes = rows.filter(
    (r) => r.kind === "freight" && r.unit === "t" && r.status === "actual" && /^\d{4}-H[12]$/.test(r.period ?? "") &&
      r.entities.includes("China") && r.entities.includes("Kazakhstan"),
  );
  if (tonnes.length === 0) return null;
  const counts = new Map<string, number>();
  for (const r of tonnes) counts.set(r.period!, (counts.get(r.period!) ?? 0) + 1);
  const period = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]![0];
  const growthOf = growthByLevel(rows);
  const points = tonnes
    .filter((r) => r.period === period)
    .map((level) => {
      const growth = growthOf.get(level.factId) ?? null;
      const flow = level.direction === "export" ? "Exports" : level.direction === "import" ? "Imports" : "Total";
      return { flow, level, growth, implied: growth && growth.unit === "percent" ? level.value / (1 + growth.value / 100) : null };
    })
    .sort((a, b) => FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow));
  return { period, points };
}

function priorLabel(period: string): string {
  const [y, h] = period.split("-");
  return `${h} ${Number(y) - 1}`;
}

export function freightChart(facts: FactsInput): Chart | null {
  const found = freightPoints(facts);
  if (!found) return null;
  const { period, points } = found;
  const reported = `${periodLabel(period)} (reported)`;
  const implied = `${priorLabel(period)} (implied by growth)`;
  const values = points.flatMap((p) => [
    ...(p.implied !== null ? [{ flow: p.flow, series: implied, mt: round(p.implied / 1e6), label: `${round(p.implied / 1e6)}` }] : []),
    { flow: p.flow, series: reported, mt: round(p.level.value / 1e6), label: `${round(p.level.value / 1e6)}${p.growth ? ` (${change(p.growth.value, p.growth.unit)})` : ""}` },
  ]);
  const title = `Kazakhstan–China rail freight, ${periodLabel(period)}`;
  const used = points.flatMap((p) => (p.growth ? [p.level, p.growth] : [p.level]));
  return {
    id: "freight-h1",
    title,
    caption: `Million tonnes. ${priorLabel(period)} levels are implied: reported level ÷ (1 + growth rate). Sources: ${sourcesLine(used)}.`,
    alt: `Grouped bar chart of ${title}: ${points
      .map((p) => `${p.flow.toLowerCase()} ${round(p.level.value / 1e6)} million tonnes${p.growth ? `, ${change(p.growth.value, p.growth.unit)} on a year earlier${p.implied !== null ? ` (implied ${round(p.implied / 1e6)} million)` : ""}` : ""}`)
      .join("; ")}.`,
    spec: groupedBars({
      title,
      subtitle: "Reported levels with growth rates, and the prior-year levels they imply",
      width: 440,
      height: 220,
      values,
      x: { field: "flow", title: "Flow", sort: FLOW_ORDER },
      series: { field: "series", title: null, sort: [implied, reported], colors: ["#9ecae1", "#2171b5"] },
      y: { field: "mt", title: "Million tonnes (Mt)" },
      label: "label",
    }),
    table: {
      columns: ["Flow", `${periodLabel(period)}, Mt`, "Growth", `${priorLabel(period)} implied, Mt`],
      rows: points.map((p) => ({
        cells: [p.flow, String(round(p.level.value / 1e6)), p.growth ? change(p.growth.value, p.growth.unit) : "—", p.implied !== null ? String(round(p.implied / 1e6)) : "—"],
        refs: [p.level.factId, ...(p.growth ? [p.growth.factId] : [])],
      })),
    },
    refs: used.map((r) => r.factId),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
