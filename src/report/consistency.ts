/**
 * Checks the figures against each other: parts against totals, the prior-period levels that
 * growth rates imply, the exchange rates that paired conversions imply against quoted rates,
 * and sources that give different values for the same thing. Each finding says plainly
 * whether the figures agree, and which facts it rests on.
 */
import { usdPerUnit } from "../facts/usd.js";
import type { FactRow } from "../frames/rows.js";
import { growthByLevel } from "../charts/chart.js";
import { entitiesLabel, periodLabel, qualifierMark, quantity } from "../format/quantity.js";

export type Verdict = "agrees" | "differs" | "note";

export interface Finding {
  check: "parts and total" | "implied prior levels" | "exchange rates" | "sources disagree" | "goal and outcome";
  verdict: Verdict;
  /** Plain text (escaped when rendered). */
  statement: string;
  refs: string[];
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const actualLevels = (rows: readonly FactRow[]) =>
  rows.filter((r) => (r.kind === "freight" || r.kind === "trade") && r.status === "actual" && !r.isConversion && r.period !== null);

function groups(rows: readonly FactRow[]): Map<string, FactRow[]> {
  const out = new Map<string, FactRow[]>();
  for (const r of rows) {
    const key = [r.kind, r.unit, r.period, r.entities, r.subject === null ? "" : r.place ?? ""].join("|");
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** Exports + imports = total, where all three are given for the same flow and period. */
export function checkPartsAndTotal(facts: readonly FactRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const list of groups(actualLevels(facts)).values()) {
    const total = list.find((r) => r.direction === null);
    const ex = list.find((r) => r.direction === "export");
    const im = list.find((r) => r.direction === "import");
    if (!total || !ex || !im) continue;
    const sum = ex.value + im.value;
    const gap = rel(sum, total.value);
    findings.push({
      check: "parts and total",
      verdict: gap <= 0.01 ? "agrees" : "differs",
      statement: `${entitiesLabel(total.entities)} ${total.kind}, ${periodLabel(total.period)}: exports ${quantity(ex.value, ex.unit)} + imports ${quantity(im.value, im.unit)} = ${quantity(sum, total.unit)}, against a stated total of ${quantity(total.value, total.unit)} (${gap <= 0.01 ? "agrees" : `differs by ${pct(gap)}`}).`,
      refs: [total.factId, ex.factId, im.factId],
    });
  }
  return findings;
}

/** Prior-period levels implied by growth rates: the implied total against the implied parts. */
export function checkImpliedPrior(facts: readonly FactRow[]): Finding[] {
  const growthOf = growthByLevel(facts, (g) => g.unit === "percent");
  const findings: Finding[] = [];
  for (const list of groups(actualLevels(facts)).values()) {
    const withGrowth = list.filter((r) => growthOf.has(r.factId));
    if (withGrowth.length === 0) continue;
    const prior = (r: FactRow) => r.value / (1 + growthOf.get(r.factId)!.value / 100);
    const total = withGrowth.find((r) => r.direction === null);
    const ex = withGrowth.find((r) => r.direction === "export");
    const im = withGrowth.find((r) => r.direction === "import");
    const describe = withGrowth
      .map((r) => `${r.direction ?? (r.place ? `${r.place}` : "total")} ${quantity(r.value, r.unit)}${r.subject && r.unit === "count" ? ` ${r.subject}` : ""} after ${growthOf.get(r.factId)!.value > 0 ? "+" : ""}${growthOf.get(r.factId)!.value}% implies ${quantity(prior(r), r.unit)} a year earlier`)
      .join("; ");
    const refs = withGrowth.flatMap((r) => [r.factId, growthOf.get(r.factId)!.factId]);
    if (total && ex && im) {
      const gap = rel(prior(total), prior(ex) + prior(im));
      findings.push({
        check: "implied prior levels",
        verdict: gap <= 0.015 ? "agrees" : "differs",
        statement: `${entitiesLabel(total.entities)} ${total.kind}, ${periodLabel(total.period)}: ${describe}. The implied parts add up to ${quantity(prior(ex) + prior(im), total.unit)} against an implied total of ${quantity(prior(total), total.unit)} (${gap <= 0.015 ? "agrees within rounding" : `differs by ${pct(gap)}`}).`,
        refs,
      });
    } else {
      findings.push({ check: "implied prior levels", verdict: "note", statement: `${entitiesLabel(withGrowth[0]!.entities)} ${withGrowth[0]!.kind}, ${periodLabel(withGrowth[0]!.period)}: ${describe}.`, refs });
    }
  }
  return findings;
}

/** Exchange rates implied by conversions in the text, against each other and against quoted rates. */
export function checkExchangeRates(facts: readonly FactRow[]): Finding[] {
  // Quoted rates as US$ per unit of a currency: "KZT/USD = 0.0019" as it stands, "86.5 som per dollar" inverted.
  // Only rates that were quoted, not forecast or assumed ("the budget assumes 13,400 soums per dollar").
  const quoted = new Map<string, { usdPerUnit: number; row: FactRow }>();
  for (const r of facts) {
    if (r.status !== "actual") continue;
    const rate = usdPerUnit(r);
    if (rate && !quoted.has(rate.code)) quoted.set(rate.code, { usdPerUnit: rate.usdPerUnit, row: r });
  }
  const pairs = facts.filter((r) => r.usdBasis === "converted-in-text" && r.unit !== "USD" && r.usd !== null && r.value > 0);
  const byCurrency = new Map<string, FactRow[]>();
  for (const p of pairs) byCurrency.set(p.unit, [...(byCurrency.get(p.unit) ?? []), p]);
  const findings: Finding[] = [];
  for (const [code, list] of [...byCurrency].sort()) {
    const q = quoted.get(code);
    for (const p of list) {
      const implied = p.usd! / p.value;
      const where = `${quantity(p.value, p.unit)} = ${quantity(p.usd!, "USD")} (${p.doc}${p.date ? `, ${p.date}` : ""})`;
      if (q) {
        const gap = rel(implied, q.usdPerUnit);
        const quotedAs = q.row.quote === "USD" ? String(q.row.value) : `${Number(q.usdPerUnit.toPrecision(4))} (${q.row.text})`;
        findings.push({
          check: "exchange rates",
          verdict: gap <= 0.05 ? "agrees" : "differs",
          statement: `${where} implies ${code}/USD = ${implied.toPrecision(4)}; the rate quoted in ${q.row.doc}${q.row.date ? ` (${q.row.date})` : ""} is ${quotedAs}. ${gap <= 0.05 ? "They agree within 5%." : `They differ by ${pct(gap)}; the conversion was made at a different date's rate, so US$ values at the quoted rate would be ${implied > q.usdPerUnit ? "lower" : "higher"}.`}`,
          refs: [p.factId, q.row.factId],
        });
      } else {
        findings.push({ check: "exchange rates", verdict: "note", statement: `${where} implies ${code}/USD = ${implied.toPrecision(4)}; no ${code} rate is quoted in the corpus.`, refs: [p.factId] });
      }
    }
    if (list.length > 1) {
      const rates = list.map((p) => p.usd! / p.value);
      const gap = rel(Math.max(...rates), Math.min(...rates));
      findings.push({
        check: "exchange rates",
        verdict: gap <= 0.05 ? "agrees" : "differs",
        statement: `The ${list.length} ${code} conversions imply ${code}/USD rates from ${Math.min(...rates).toPrecision(4)} to ${Math.max(...rates).toPrecision(4)}: ${gap <= 0.05 ? "consistent with each other" : `${pct(gap)} apart`}.`,
        refs: list.map((p) => p.factId),
      });
    }
  }
  return findings;
}

/** The same quantity for the same period and partners, reported differently by different sources. */
export function checkSources(facts: readonly FactRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const list of groups(actualLevels(facts).filter((r) => r.direction === null)).values()) {
    const bySource = new Map<string, FactRow>();
    for (const r of list) if (!bySource.has(r.source ?? "")) bySource.set(r.source ?? "", r);
    if (bySource.size < 2) continue;
    const rows = [...bySource.values()].sort((a, b) => a.value - b.value);
    const lo = rows[0]!;
    const hi = rows[rows.length - 1]!;
    if (rel(lo.value, hi.value) <= 0.02) continue;
    const text = rows.map((r) => `${r.source ?? "an unnamed source"}: ${qualifierMark(r.qualifier)}${quantity(r.value, r.unit)}`).join("; ");
    findings.push({
      check: "sources disagree",
      verdict: "differs",
      statement: `${entitiesLabel(lo.entities)} ${lo.kind}, ${periodLabel(lo.period)} — ${text}. The figures differ by ${hi.qualifier === "min" ? "at least " : ""}${quantity(hi.value - lo.value, lo.unit)} (${pct(rel(lo.value, hi.value))} of the larger); mirror statistics from two sides often differ (valuation at the border, re-exports, timing), so say which source a figure comes from.`,
      refs: rows.map((r) => r.factId),
    });
  }
  return findings;
}

/** A stated goal next to the latest outcome for the same partners. */
export function checkGoals(facts: readonly FactRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const goal of facts.filter((r) => r.status === "target" && r.kind === "trade" && r.usd !== null)) {
    const outcomes = facts
      .filter((r) => r.kind === "trade" && r.status === "actual" && r.entities === goal.entities && r.usd !== null && r.period !== null && !r.isConversion)
      .sort((a, b) => (a.period! < b.period! ? 1 : -1));
    const latest = outcomes[0];
    if (!latest) continue;
    findings.push({
      check: "goal and outcome",
      verdict: "note",
      statement: `The goal of ${quantity(goal.usd!, "USD")}${goal.per ? ` ${goal.per}` : ""} (${goal.source ?? "source not named"}) against the latest outcome in the corpus, ${qualifierMark(latest.qualifier)}${quantity(latest.usd!, "USD")} in ${periodLabel(latest.period)} (${latest.source ?? "source not named"}): ${latest.usd! >= goal.usd! ? "by that source, the goal has been reached" : `${quantity(goal.usd! - latest.usd!, "USD")} short`}.`,
      refs: [goal.factId, latest.factId],
    });
  }
  return findings;
}

export function consistencyFindings(facts: readonly FactRow[]): Finding[] {
  return [...checkPartsAndTotal(facts), ...checkImpliedPrior(facts), ...checkExchangeRates(facts), ...checkSources(facts), ...checkGoals(facts)];
}
