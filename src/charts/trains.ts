/** China–EU trains through named border crossings, with growth and the implied prior-year counts. */
import { grouped } from "../format/number.js";
import { change, periodLabel } from "../format/quantity.js";
import { factRows, growthByLevel, sourcesLine, type Chart, type FactsInput } from "./chart.js";
import { groupedBars } from "./marks.js";

export function trainsChart(facts: FactsInput): Chart | null {
  const rows = factRows(facts);
  const trains = rows.filter((r) => r.kind === "freight" && r.unit === "count" && /train/i.test(r.subject ?? "") && r.place !== null);
  if (trains.length === 0) return null;
  const growth = growthByLevel(rows);
  const points = trains.map((t) => {
    const g = growth.get(t.factId) ?? null;
    return { t, g, prior: g && g.unit === "percent" ? Math.round(t.value / (1 + g.value / 100)) : null };
  });
  const year = points[0]!.t.period ?? "";
  const values = points.flatMap(({ t, g, prior }) => [
    ...(prior !== null ? [{ place: t.place, series: `${/^\d{4}$/.test(year) ? Number(year) - 1 : "prior"} (implied)`, trains: prior, label: grouped(prior) }] : []),
    { place: t.place, series: `${periodLabel(t.period)} (reported)`, trains: t.value, label: `${grouped(t.value)}${g ? ` (${change(g.value, g.unit)})` : ""}` },
  ]);
  const subject = trains[0]!.subject!;
  const title = `${subject[0]!.toUpperCase()}${subject.slice(1)} by border crossing`;
  const used = points.flatMap((p) => (p.g ? [p.t, p.g] : [p.t]));
  return {
    id: "trains-crossings",
    title,
    caption: `Number of trains. Prior-year counts are implied by the stated year-on-year growth. Sources: ${sourcesLine(used)}.`,
    alt: `Grouped bar chart of ${title}: ${points.map(({ t, g, prior }) => `${t.place} ${t.value} trains in ${periodLabel(t.period)}${g ? `, ${change(g.value, g.unit)}${prior !== null ? ` (implied ${prior} a year earlier)` : ""}` : ""}`).join("; ")}.`,
    spec: groupedBars({
      title,
      width: 360,
      height: 200,
      values,
      x: { field: "place", title: "Border crossing" },
      series: { field: "series", title: null, colors: ["#9ecae1", "#2171b5"] },
      y: { field: "trains", title: "Trains" },
      label: "label",
    }),
    table: {
      columns: ["Crossing", "Trains", "Growth", "Implied prior year"],
      rows: points.map(({ t, g, prior }) => ({
        cells: [t.place!, grouped(t.value), g ? change(g.value, g.unit) : "—", prior !== null ? grouped(prior) : "—"],
        refs: [t.factId, ...(g ? [g.factId] : [])],
      })),
    },
    refs: used.map((r) => r.factId),
  };
}
