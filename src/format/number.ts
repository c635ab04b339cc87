/**
 * Numbers with US grouping ("13,700,000", "0.0019"). One `Intl.NumberFormat` per precision, made
 * once: `toLocaleString` builds a new formatter on every call, which dominated chart and prose time.
 */
const FORMATS = new Map<number, Intl.NumberFormat>();

/** `n` grouped, with at most `maxFractionDigits` decimals (3, as `toLocaleString("en-US")` has). */
export function grouped(n: number, maxFractionDigits = 3): string {
  let format = FORMATS.get(maxFractionDigits);
  if (!format) FORMATS.set(maxFractionDigits, (format = new Intl.NumberFormat("en-US", { maximumFractionDigits: maxFractionDigits })));
  return format.format(n);
}
