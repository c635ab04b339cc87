/** Month names and date patterns shared by the layout, the grammar and the period reader. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const MONTH_SOURCE =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
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
