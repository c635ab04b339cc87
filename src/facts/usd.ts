/** USD values from exchange rates quoted in the corpus ("KZT/USD = 0.00190"), saying which rate was used. */
import type { Figure } from "../types.js";
import { ISO_CODES } from "../lexicon/currencies.js";

export interface QuotedRate {
  /** USD per one unit of `code`. */
  usdPerUnit: number;
  code: string;
  figureId: string;
  text: string;
  doc: string;
  date: string | null;
}

/**
 * An exchange-rate figure as US$ per unit of the other currency: "KZT/USD = 0.0019" as it stands,
 * "86.5 som per dollar" inverted. Null for anything else (or a pair without the dollar).
 */
export function usdPerUnit(f: Pick<Figure, "kind" | "unit" | "base" | "quote" | "value">): { code: string; usdPerUnit: number } | null {
  if (f.kind !== "fx" || f.unit !== "rate" || !f.base || !f.quote || f.value <= 0) return null;
  if (f.quote === "USD" && f.base !== "USD") return { code: f.base, usdPerUnit: f.value };
  if (f.base === "USD" && f.quote !== "USD") return { code: f.quote, usdPerUnit: 1 / f.value };
  return null;
}

/** USD-per-unit rates from fx figures that are quotes, not forecasts. The first quote of a currency in corpus order wins. */
export function quotedRates(figures: readonly Figure[]): Map<string, QuotedRate> {
  const rates = new Map<string, QuotedRate>();
  for (const f of figures) {
    // A rate still to come (a forecast) converts nothing.
    const rate = f.status === "actual" ? usdPerUnit(f) : null;
    if (rate && !rates.has(rate.code)) rates.set(rate.code, { ...rate, figureId: f.id, text: f.text, doc: f.doc, date: f.date });
  }
  return rates;
}

/** Fill `usd` for money figures that have none yet, from a quoted rate. */
export function applyQuotedRates(figures: Figure[], rates: Map<string, QuotedRate>): void {
  for (const f of figures) {
    if (f.usd !== null || !ISO_CODES.has(f.unit)) continue;
    const rate = rates.get(f.unit);
    if (!rate) continue;
    f.usd = f.value * rate.usdPerUnit;
    f.usdBasis = "quoted-rate";
    f.usdNote = `at ${rate.text} quoted in ${rate.doc}${rate.date ? ` (${rate.date})` : ""}`;
  }
}
