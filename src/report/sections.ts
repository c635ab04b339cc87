/**
 * The briefing's prose: key figures, freight, trade and deals, written from the facts.
 * Every number carries a citation; every piece of article text is escaped.
 */
import { ISO_CODES } from "../lexicon/currencies.js";
import type { FactRow } from "../frames/rows.js";
import type { Finding } from "./consistency.js";
import { Citations } from "./cite.js";
import { escapeHtml as e } from "./escape.js";
import { change, entitiesLabel, periodLabel, qualifierMark, quantity } from "../format/quantity.js";
import { growthByLevel } from "../charts/chart.js";
import { isCommodityGrowth } from "../charts/growth.js";

export interface KeyFigure {
  value: string;
  label: string;
  refs: string[];
}

const joinList = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const money = (r: FactRow) => `${qualifierMark(r.qualifier)}${quantity(r.value, r.unit)}${r.unit !== "USD" && r.usd !== null ? ` (${quantity(r.usd, "USD")})` : ""}`;
const primaryFacts = (facts: readonly FactRow[]) => facts.filter((r) => !r.isConversion);

export function keyFigures(facts: readonly FactRow[]): KeyFigure[] {
  const rows = primaryFacts(facts);
  const out: KeyFigure[] = [];
  const growth = growthByLevel(facts);
  const byValue = (list: FactRow[]) => [...list].sort((a, b) => (b.usd ?? b.value) - (a.usd ?? a.value) || a.factId.localeCompare(b.factId));
  const freight = byValue(rows.filter((r) => r.kind === "freight" && r.unit === "t" && r.direction === null && r.status === "actual"))[0];
  if (freight) {
    const g = growth.get(freight.factId);
    out.push({ value: quantity(freight.value, "t"), label: `${entitiesLabel(freight.entities)} freight, ${periodLabel(freight.period)}${g ? `, ${change(g.value, g.unit)}` : ""}`, refs: [freight.factId, ...(g ? [g.factId] : [])] });
  }
  // A total of both flows and all goods: not the goods a part of it is ("Goods under HS chapters 61-64 made up 41% of the total, worth $8.2 billion").
  const trade = rows.filter((r) => r.kind === "trade" && r.status === "actual" && r.usd !== null && r.period !== null && r.direction === null && goodsOf(r) === null);
  const seenPairs = new Set<string>();
  for (const t of [...trade].sort((a, b) => (b.period! < a.period! ? -1 : b.period! > a.period! ? 1 : b.usd! - a.usd!))) {
    if (seenPairs.has(t.entities) || !/China|Xinjiang/.test(t.entities) || out.length >= 4) continue;
    seenPairs.add(t.entities);
    out.push({ value: `${qualifierMark(t.qualifier)}${quantity(t.usd!, "USD")}`, label: `${entitiesLabel(t.entities)} trade, ${periodLabel(t.period)}${t.source ? ` (${t.source})` : ""}`, refs: [t.factId] });
  }
  const deal = byValue(rows.filter((r) => r.kind === "deal" && r.usd !== null))[0];
  if (deal) out.push({ value: `${qualifierMark(deal.qualifier)}${quantity(deal.usd!, "USD")}`, label: `${entitiesLabel(deal.entities)} deals signed, ${periodLabel(deal.period)}`, refs: [deal.factId] });
  const target = rows.find((r) => r.kind === "trade" && r.status === "target" && r.usd !== null);
  if (target) out.push({ value: quantity(target.usd!, "USD"), label: `${entitiesLabel(target.entities)} trade goal${target.per ? `, ${target.per}` : ""}`, refs: [target.factId] });
  return out;
}

/** "Freight between China and Kazakhstan", "Freight of Azerbaijan", or "Freight" when no place is named (escaped). */
function freightOf(entities: string): string {
  const names = entities ? entities.split("; ") : [];
  return names.length >= 2 ? `Freight between ${e(joinList(names))}` : names.length === 1 ? `Freight of ${e(names[0]!)}` : "Freight";
}

/** "rose 26% to", "fell 5% to", "held at": the verb says which way, so the size is written without its sign. */
function movedTo(g: { value: number; unit: string }): string {
  if (g.value === 0) return "held at";
  const size = g.unit === "fold" ? change(g.value, g.unit) : change(Math.abs(g.value), g.unit).slice(1);
  return `${g.value > 0 ? "rose" : "fell"} ${e(size)} to`;
}

export function freightProse(facts: readonly FactRow[], c: Citations): string {
  const rows = primaryFacts(facts);
  const growth = growthByLevel(facts);
  const parts: string[] = [];
  const levels = rows.filter((r) => r.kind === "freight" && r.unit === "t" && r.status === "actual" && r.period);
  const totals = levels.filter((r) => r.direction === null);
  for (const t of totals) {
    const g = growth.get(t.factId);
    const sameFlow = levels.filter((r) => r.period === t.period && r.entities === t.entities && r.direction !== null);
    const flows = sameFlow.map((r) => {
      const rg = growth.get(r.factId);
      return `${r.direction === "export" ? "exports" : "imports"} ${rg ? movedTo(rg) : "were"} ${e(quantity(r.value, r.unit))}${c.cite(r.factId, ...(rg ? [rg.factId] : []))}`;
    });
    parts.push(
      `<p>${freightOf(t.entities)} ${g ? movedTo(g) : "reached"} <strong>${e(quantity(t.value, t.unit))}</strong> in ${e(periodLabel(t.period))}${t.source ? `, according to ${e(t.source)}` : ""}${c.cite(t.factId, ...(g ? [g.factId] : []))}${flows.length ? `; ${joinList(flows)}` : ""}.</p>`,
    );
  }
  const commodities = rows
    .filter(isCommodityGrowth)
    .sort((a, b) => b.value - a.value);
  if (commodities.length) {
    parts.push(
      `<p>By commodity, ${e(commodities[0]!.direction!)}s grew fastest in ${joinList(commodities.map((r) => `${e(r.subject!)} (${e(change(r.value, r.unit))})${c.cite(r.factId)}`))}, ${e(periodLabel(commodities[0]!.period))}. These are growth rates only; the articles give no tonnages per commodity.</p>`,
    );
  }
  const trains = rows.filter((r) => r.kind === "freight" && r.unit === "count" && /train/i.test(r.subject ?? "") && r.place);
  if (trains.length) {
    parts.push(
      `<p>${e(sentenceCase(trains[0]!.subject!))} through ${joinList(trains.map((t) => {
        const g = growth.get(t.factId);
        return `${e(t.place!)}: ${e(quantity(t.value, "count"))}${g ? ` (${e(change(g.value, g.unit))})` : ""}${c.cite(t.factId, ...(g ? [g.factId] : []))}`;
      }))} in ${e(periodLabel(trains[0]!.period))}.</p>`,
    );
  }
  const capacity = rows.filter((r) => r.kind === "capacity" && r.unit === "t");
  const planned = rows.filter((r) => r.kind === "freight" && r.status !== "actual");
  const caps = [...capacity, ...planned].map(
    (r) => `${e(qualifierMark(r.qualifier))}${e(quantity(r.value, r.unit))}${r.per ? ` ${e(r.per)}` : ""}${r.subject ? ` of ${e(r.subject)}` : ""} (${e(r.status)}${r.place ? `, ${e(r.place)}` : ""})${c.cite(r.factId)}`,
  );
  if (caps.length) parts.push(`<p>Capacity and plans in the corpus: ${joinList(caps)}.</p>`);
  return parts.join("\n") || "<p>No freight figures were found in the corpus.</p>";
}

/** The goods a trade figure measures, if its subject names any ("mechanical and electrical products"; not "exports", a label that only says the flow). */
const goodsOf = (r: FactRow) => (r.subject && !/^(?:exports?|imports?|trade|turnover|total)$/i.test(r.subject) ? r.subject : null);

export function tradeProse(facts: readonly FactRow[], findings: readonly Finding[], c: Citations): string {
  // In any currency: a ministry's release in yuan with no conversion is still the region's trade.
  const rows = primaryFacts(facts).filter((r) => r.kind === "trade");
  if (rows.length === 0) return "<p>No trade totals were found in the corpus.</p>";
  const byPair = new Map<string, FactRow[]>();
  for (const r of rows) byPair.set(r.entities, [...(byPair.get(r.entities) ?? []), r]);
  const paragraphs = [...byPair]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([entities, list]) => {
      const items = list
        .sort((a, b) => (a.status === "actual" ? 0 : 1) - (b.status === "actual" ? 0 : 1) || (a.period ?? "").localeCompare(b.period ?? "") || (a.source ?? "").localeCompare(b.source ?? ""))
        .map((r) => `${r.status === "actual" ? e(periodLabel(r.period)) : `${e(r.status)}${r.per ? ` (${e(r.per)})` : ""}`}${r.direction ? ` ${e(r.direction)}s` : ""}${goodsOf(r) ? ` of ${e(goodsOf(r)!)}` : ""}: ${e(money(r))}${r.source ? `, ${e(r.source)}` : ""}${c.cite(r.factId)}`);
      return `<li><strong>${e(entitiesLabel(entities))}</strong> — ${items.join("; ")}.</li>`;
    });
  const disagreements = findings.filter((f) => f.check === "sources disagree");
  const advice = disagreements.length
    ? `<p class="advice">When citing these totals, name the source: ${disagreements.map((f) => `${e(f.statement.split(" — ")[0]!)} is reported differently by different sources${c.cite(...f.refs)}`).join("; ")}. See the consistency section.</p>`
    : "";
  return `<ul class="facts">${paragraphs.join("\n")}</ul>${advice}`;
}

/**
 * What stands where a trade chart would: the charts are in US dollars, so totals only in another currency
 * (a ministry's yuan) are said to be in the prose above rather than not found.
 */
export function noTradeChart(facts: readonly FactRow[], pair: string, ofPair: (r: FactRow) => boolean): string {
  const inOtherCurrency = facts.some((r) => r.kind === "trade" && !r.isConversion && r.direction === null && r.usd === null && ofPair(r));
  return inOtherCurrency ? `No ${pair} trade totals in US dollars were found in the corpus; those in other currencies are listed above.` : `No ${pair} trade totals were found in the corpus.`;
}

export function dealsProse(facts: readonly FactRow[], c: Citations): string {
  const rows = primaryFacts(facts).filter((r) => (r.kind === "deal" || r.kind === "investment") && ISO_CODES.has(r.unit));
  const counts = primaryFacts(facts).filter((r) => r.kind === "deal" && r.unit === "count");
  if (rows.length === 0 && counts.length === 0) return "<p>No deals or investments were found in the corpus.</p>";
  const items = rows
    .sort((a, b) => (b.usd ?? 0) - (a.usd ?? 0) || a.factId.localeCompare(b.factId))
    .map((r) => `<li><strong>${e(money(r))}</strong> — ${e(r.kind)}, ${e(entitiesLabel(r.entities))}, ${e(periodLabel(r.period))} (${e(r.status)})${r.source ? `, ${e(r.source)}` : ""}${c.cite(r.factId)}</li>`);
  const countLine = counts.length
    ? `<p>Numbers of agreements and documents: ${joinList(counts.map((r) => `${e(qualifierMark(r.qualifier))}${e(quantity(r.value, "count"))} ${e(r.subject ?? "")} (${e(entitiesLabel(r.entities))}, ${e(r.status)})${c.cite(r.factId)}`))}.</p>`
    : "";
  return `<ul class="facts">${items.join("\n")}</ul>${countLine}`;
}

/** Words that open a sentence or a heading, with the first letter in capitals ("block trains" → "Block trains"). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
