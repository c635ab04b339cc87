/** Month names and date patterns shared by the layout, the grammar and the period reader. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * "The same period", and its other wordings in releases: "the corresponding period", "the comparable period", "the
 * same months", "the same quarter".
 */
export const SAME_PERIOD_SOURCE = String.raw`(?:same|corresponding|comparable|like)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?(?:period|months?|quarter|half-year)`;
/**
 * "In the same period", "over the period", "in the same nine months" name no period of their own: it is the one named
 * last ("compared with the same period of 2023" is not it). "Of the total" goes on with the total's.
 */
/** A share "of the total": of the total's period. */
export const OF_THE_TOTAL = /\bof\s+the\s+total\b/i;
export const IN_SAME_PERIOD = new RegExp(String.raw`\b(?:in|during|for|over|within)\s+the\s+(?:${SAME_PERIOD_SOURCE}|period)\b(?!\s*(?:of|in|last|a\s+year|the\s+previous|from|between|to|since|under)\b)|${OF_THE_TOTAL.source}`, "i");

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const MONTH_SOURCE = [...MONTH_NAMES, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"].join("|");

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A date written in figures on a credit line: "2024-12-23", "2024/12/23", or day first, "03.02.2025" (the way
 * Central Asian and Russian outlets write it). Not in prose, where "03.02" could be anything.
 */
export const NUMERIC_DATE_SOURCE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2}|\d{2}\.\d{2}\.\d{4})`;

/** "2024-12-23", "2024/12/23" (as Chinese sites stamp pages) or "03.02.2025" → "2024-12-23", "2025-02-03"; null if not a valid date. */
export function parseNumericDate(s: string): string | null {
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s.trim());
  const dmy = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s.trim());
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : [];
  if (!y || Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${m}-${d}`;
}

/** "July 24, 2024" or "24 July 2024" → "2024-07-24"; null if not a full date. */
export function parseFullDate(s: string): string | null {
  let m = new RegExp(`^(${MONTH_SOURCE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, "i").exec(s.trim());
  if (m) return `${m[3]}-${pad2(monthNumber(m[1]!))}-${pad2(Number(m[2]))}`;
  m = new RegExp(`^(\\d{1,2})\\s+(${MONTH_SOURCE})\\.?,?\\s+(\\d{4})$`, "i").exec(s.trim());
  if (m) return `${m[3]}-${pad2(monthNumber(m[2]!))}-${pad2(Number(m[1]))}`;
  return null;
}

/** Source of a full date in prose, for searching. */
export const FULL_DATE_SOURCE = `(?:(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_SOURCE})\\.?,?\\s+\\d{4})`;

/** The span a quote or a level moved over, after its change: "over the week", "in the month", "on the day". */
export const MOVED_OVER_SOURCE = String.raw`(?:over|in|on|during)\s+(?:the\s+)?(?:day|week|month|quarter|year|session)`;
