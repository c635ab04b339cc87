/**
 * The currency a rate is quoted in when its sentence names only the one it is priced per: "Analysts
 * expect the rate to average 525 per dollar" after "The tenge weakened to 519.6 per dollar".
 */
import type { Figure } from "../types.js";
import { CURRENCY_COUNTRY } from "../lexicon/currencies.js";

/** Give each rate with no quote the quote of the document's last rate of the same base before it, and that currency's country. */
export function completeQuotes(figures: readonly Figure[]): void {
  const last = new Map<string, string>();
  for (const f of figures) {
    if (f.kind !== "fx" || f.unit !== "rate" || !f.base) continue;
    if (f.quote) {
      last.set(f.base, f.quote);
      continue;
    }
    const quote = last.get(f.base);
    if (!quote) continue;
    f.quote = quote;
    const country = CURRENCY_COUNTRY[quote];
    if (f.entities.length === 0 && country) f.entities = [country];
  }
}
