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

/** USD-per-unit rates from fx figures. The first quote of a currency in corpus order wins. */
export function quotedRates(figures: readonly Figure[]): Map<string, QuotedRate> {
  const rates = new Map<string, QuotedRate>();
  for (const f of figures) {
    if (f.kind !== "fx" || f.unit !== "rate" || !f.base || !f.quote || f.value <= 0) continue;
    let code: string;
    let usdPerUnit: number;
    if (f.quote === "USD" && f.base !== "USD") [code, usdPerUnit] = [f.base, f.value];
    else if (f.base === "USD" && f.quote !== "USD") [code, usdPerUnit] = [f.quote, 1 / f.value];
    else continue;
    if (!rates.has(code)) rates.set(code, { usdPerUnit, code, figureId: f.id, text: f.text, doc: f.doc, date: f.date });
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
