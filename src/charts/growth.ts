/** Growth rates by commodity: changes the text gives per good, with no level of their own. */
import type { FactRow } from "../frames/rows.js";
import { change, entitiesLabel, periodLabel } from "../format/quantity.js";
import { factRows, sourcesLine, type Chart, type FactsInput } from "./chart.js";
import { horizontalBars } from "./marks.js";

/** A reported percent change of one good's flow, with no level of its own ("grain jumped by 200 percent"). */
export function isCommodityGrowth(r: FactRow): boolean {
  return r.kind === "growth" && r.unit === "percent" && r.qualifies === null && r.direction !== null && r.subject !== null && r.status === "actual";
}

export function commodityGrowthChart(facts: FactsInput): Chart | null {
  const rows = factRows(facts).filter(isCommodityGrowth);
  if (rows.length === 0) return null;
  rows.sort((a, b) => b.value - a.value || a.subject!.localeCompare(b.subject!));
  const values = rows.map((r) => ({ commodity: r.subject, pct: r.value, label: change(r.value, r.unit) }));
  const periods = [...new Set(rows.map((r) => periodLabel(r.period)))].join(", ");
  const flows = [...new Set(rows.map((r) => `${r.direction}s, ${entitiesLabel(r.entities)}`))].join("; ");
  const title = "Growth rates by commodity";
  return {
    id: "growth-commodities",
    title,
    caption: `Change on the same period a year earlier, percent (${flows}; ${periods}). Sources: ${sourcesLine(rows)}.`,
    alt: `Bar chart of ${title} (${flows}, ${periods}): ${values.map((v) => `${v.commodity} ${v.label}`).join("; ")}.`,
    spec: horizontalBars({
      title,
      subtitle: `${flows}, ${periods}`,
      width: 340,
      values,
      category: "commodity",
      value: { field: "pct", title: "Change on a year earlier (%)" },
      label: "label",
    }),
    table: { columns: ["Commodity", "Change", "Period"], rows: rows.map((r) => ({ cells: [r.subject!, change(r.value, r.unit), periodLabel(r.period)], refs: [r.factId] })) },
    refs: rows.map((r) => r.factId),
  };
}
