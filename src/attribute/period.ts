/**
 * Periods named in text, resolved to canonical strings: `2022`, `2023-H1`, `2023-Q2`,
 * `2023-05`, `2024-07-02`, `2023-01/2023-04`. Relative words ("last year", "this year",
 * "now") resolve against a reference date.
 */
import { MONTH_SOURCE, SAME_PERIOD_SOURCE, monthNumber, pad2 } from "../lexicon/dates.js";
import { NUMBER_WORDS } from "../lexicon/units.js";

export interface PeriodMention {
  start: number;
  end: number;
  period: string;
  /** True when the period is a single day or month (an event's date rather than a reporting period). */
  pointInTime: boolean;
  /** True when the text writes no year ("in the second half", "by December"): the year is the latest that fits the reference date. */
  yearInferred?: boolean;
}

const Y = "(1[89]\\d\\d|20\\d\\d)";
const REL = `(this\\s+year|last\\s+year|next\\s+year|the\\s+previous\\s+year|the\\s+${SAME_PERIOD_SOURCE}\\s+of\\s+(?:last|this)\\s+year)`;
const YX = `(?:${Y}|${REL})`;
/** A month name or its abbreviation as a whole word: "Mar" but not the start of "marketing". */
const M = `(${MONTH_SOURCE})(?![A-Za-z])\\.?`;
/** The days of the week, Sunday first as Date.getUTCDay counts them. */
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORD: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };

interface Rule {
  /** What the text must have for the rule to be tried: a four-digit year, a month name, or a word. */
  needs?: "year" | "month" | RegExp;
  re: RegExp;
  read: (m: RegExpExecArray, ref: RefDate, text: string) => { period: string; point?: boolean } | null;
}

export interface RefDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function refDateOf(iso: string | null): RefDate {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  return { year: m ? Number(m[1]) : null, month: m?.[2] ? Number(m[2]) : null, day: m?.[3] ? Number(m[3]) : null };
}

function year(m: RegExpExecArray, yi: number, ri: number, ref: RefDate): number | null {
  if (m[yi]) return Number(m[yi]);
  const rel = (m[ri] ?? "").toLowerCase().replace(/\s+/g, " ");
  if (ref.year === null) return null;
  if (rel.startsWith("this")) return ref.year;
  if (rel.startsWith("next")) return ref.year + 1;
  return ref.year - 1;
}

/**
 * A period's year: the one written, else the relative one ("last year"), else — when none is
 * written ("in the first half") — the latest year whose span ends by the reference date.
 */
function spanYear(m: RegExpExecArray, yi: number, ri: number, ref: RefDate, endMonth: number): number | null {
  return m[yi] || m[ri] ? year(m, yi, ri, ref) : resolveMonthDay(endMonth, null, ref);
}

/** The months of a year up to the reference month ("since the beginning of the year", "year to date"); the year when the month is unknown. */
function monthsSoFar(year: number, month: number | null): string {
  return month === null ? String(year) : monthSpan(year, 1, year, month);
}

/**
 * A span of months, written the way a half, a quarter or a whole year is written wherever it is one:
 * "January–June 2024" and "the first six months of 2024" are `2024-H1`, like "H1 2024".
 */
export function monthSpan(y1: number, m1: number, y2: number, m2: number): string {
  if (y1 === y2) {
    if (m1 === 1 && m2 === 12) return String(y1);
    if ((m1 === 1 && m2 === 6) || (m1 === 7 && m2 === 12)) return `${y1}-H${m2 / 6}`;
    if (m2 - m1 === 2 && m1 % 3 === 1) return `${y1}-Q${m2 / 3}`;
  }
  return `${y1}-${pad2(m1)}/${y2}-${pad2(m2)}`;
}

/**
 * After a span with no year: not "of the decade" or another "of …" we do not read; "of the year" is
 * the year of the reference date, which a span with no year resolves to anyway ("the first ten months
 * of the year", written in December 2024, are January to October 2024).
 */
const NO_OF = "(?!\\s*,?\\s+of\\b(?!\\s+the\\s+year\\b))";

/** A month-day with no year: the latest such date not after the reference date. */
function resolveMonthDay(month: number, day: number | null, ref: RefDate): number | null {
  if (ref.year === null) return null;
  if (ref.month === null) return ref.year;
  if (month < ref.month || (month === ref.month && (day === null || ref.day === null || day <= ref.day))) return ref.year;
  return ref.year - 1;
}

/** The period of `n` months that ends with month `m2` of year `y2`, as the other rules write it. */
function monthsEnding(n: number, y2: number, m2: number): string {
  const start = y2 * 12 + (m2 - 1) - (n - 1);
  const [y1, m1] = [Math.floor(start / 12), (start % 12) + 1];
  if (n === 12 && m2 === 12) return String(y2);
  if (n === 6 && (m2 === 6 || m2 === 12)) return `${y2}-H${m2 / 6}`;
  if (n === 3 && m2 % 3 === 0) return `${y2}-Q${m2 / 3}`;
  return monthSpan(y1, m1, y2, m2);
}
const ENDED_UNITS: Readonly<Record<string, number>> = { year: 12, "half-year": 6, "half year": 6, half: 6, quarter: 3 };

const RULES: Rule[] = [
  {
    // A span of days: "from January 1 to October 31, 2026", "1 January – 31 October 2026", "between 5 March and 20 April".
    // Whole months are written as months ("2026-01/2026-10"); other days as days ("2026-03-05/2026-04-20"). With no year
    // written, the latest span ending by the reference date. (Tried only where a day's number stands before a connector.)
    needs: /(?:(?:to|through|until|and)\s+|[-–]\s*)(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d)/u,
    re: new RegExp(`\\b(from\\s+|between\\s+)?(?:${M}\\s+(\\d{1,2})|(\\d{1,2})\\s+${M})(?:,?\\s+${Y})?\\s*(to|through|until|and|-|–)\\s*(?:${M}\\s+(\\d{1,2})|(\\d{1,2})\\s+${M})(?![\\d\\p{L}])(?:,?\\s+(?:of\\s+)?${YX})?`, "giu"),
    read: (m, ref) => {
      // "On 1 January and 30 June" are two days, not the days between them.
      if (/^and$/i.test(m[7]!) && !/^between/i.test(m[1] ?? "")) return null;
      const [m1, d1] = [monthNumber(m[2] ?? m[5]!), Number(m[3] ?? m[4])];
      const [m2, d2] = [monthNumber(m[8] ?? m[11]!), Number(m[9] ?? m[10])];
      if (!m1 || !m2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null;
      const y2 = m[12] || m[13] ? year(m, 12, 13, ref) : resolveMonthDay(m2, d2, ref);
      if (y2 === null) return null;
      const y1 = m[6] ? Number(m[6]) : m1 * 100 + d1 > m2 * 100 + d2 ? y2 - 1 : y2;
      if (y1 * 12 + m1 > y2 * 12 + m2) return null;
      const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
      if (d1 === 1 && d2 === lastDay) return { period: monthSpan(y1, m1, y2, m2) };
      return { period: `${y1}-${pad2(m1)}-${pad2(d1)}/${y2}-${pad2(m2)}-${pad2(d2)}` };
    },
  },
  {
    // A company's reporting period: "the nine months ended 30 September 2026" (January to September), "the year ended
    // 31 March 2026" (April 2025 to March 2026), "the quarter ending June 30, 2026".
    needs: /\bend(?:ed|ing)\b/i,
    re: new RegExp(`\\b(?:the\\s+)?(?:(three|six|nine|twelve|[1-9]|1[0-2])\\s+months|(year|half[-\\s]year|half|quarter))\\s+(?:ended|ending)\\s+(?:(\\d{1,2})\\s+${M},?\\s+${Y}|${M}\\s+(\\d{1,2}),?\\s+${Y})`, "gi"),
    read: (m) => {
      const n = m[1] ? (/\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]!) : ENDED_UNITS[m[2]!.toLowerCase().replace(/\s+/, " ")]!;
      const month = monthNumber(m[4] ?? m[6]!);
      const y = Number(m[5] ?? m[8]);
      return n && month ? { period: monthsEnding(n, y, month) } : null;
    },
  },
  {
    needs: /half/i,
    re: new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd)\\s+half(?:\\s+(?:of\\s+)?${YX})?\\b${NO_OF}`, "gi"),
    read: (m, ref) => {
      const h = ORD[m[1]!.toLowerCase()]!;
      const y = spanYear(m, 2, 3, ref, h * 6);
      return y === null ? null : { period: `${y}-H${h}` };
    },
  },
  {
    needs: /H/,
    re: new RegExp(`\\b(?:H([12])|([12])H)\\s*(?:of\\s+)?${YX}`, "g"),
    read: (m, ref) => { const y = year(m, 3, 4, ref); return y === null ? null : { period: `${y}-H${m[1] ?? m[2]}` }; },
  },
  {
    needs: /quarter/i,
    re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+(?:of\\s+)?${YX})?\\b${NO_OF}`, "gi"),
    read: (m, ref) => {
      const q = ORD[m[1]!.toLowerCase()]!;
      const y = spanYear(m, 2, 3, ref, q * 3);
      return y === null ? null : { period: `${y}-Q${q}` };
    },
  },
  {
    // A span of quarters: "Q1-Q3 2026", "1Q–3Q 2026" (January to September).
    needs: /Q[1-4]\s*[-–]\s*Q[1-4]|[1-4]Q\s*[-–]\s*[1-4]Q/,
    re: new RegExp(`\\b(?:Q([1-4])\\s*[-–]\\s*Q([1-4])|([1-4])Q\\s*[-–]\\s*([1-4])Q)\\s*(?:of\\s+)?${YX}`, "g"),
    read: (m, ref) => {
      const [from, to] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
      const y = year(m, 5, 6, ref);
      return y === null || to <= from ? null : { period: monthSpan(y, from * 3 - 2, y, to * 3) };
    },
  },
  {
    needs: /Q[1-4]/,
    re: new RegExp(`\\bQ([1-4])\\s*(?:of\\s+)?${YX}`, "g"),
    read: (m, ref) => { const y = year(m, 2, 3, ref); return y === null ? null : { period: `${y}-Q${m[1]}` }; },
  },
  {
    // Short forms: "1H25", "H1'25", "3Q24", "3Q 2024", "Q3'24", "FY2024", "FY24".
    needs: /\d[HQ]\s?['’]?\d\d|[HQ]\d\s?['’]\d\d|FY/,
    re: /\b(?:([12])H\s?['’]?((?:19|20)\d\d|\d{2})|H([12])\s?['’](\d{2})|([1-4])Q\s?['’]?((?:19|20)\d\d|\d{2})|Q([1-4])\s?['’](\d{2})|FY\s?['’]?(\d{4}|\d{2}))\b/g,
    read: (m) => {
      const yy = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
      if (m[1] || m[3]) return { period: `${yy(m[2] ?? m[4]!)}-H${m[1] ?? m[3]}` };
      if (m[5] || m[7]) return { period: `${yy(m[6] ?? m[8]!)}-Q${m[5] ?? m[7]}` };
      return { period: String(yy(m[9]!)) };
    },
  },
  {
    // "last month", "this month", "last quarter", "the previous quarter": relative to the reference date.
    needs: /month|quarter/i,
    re: /\b(?:(last|this|the\s+previous|the\s+past)\s+(month|quarter))\b/gi,
    read: (m, ref) => {
      if (ref.year === null || ref.month === null) return null;
      const back = /this/i.test(m[1]!) ? 0 : 1;
      if (/month/i.test(m[2]!)) {
        const index = ref.year * 12 + (ref.month - 1) - back;
        return { period: `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`, point: true };
      }
      const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) - back;
      return { period: `${Math.floor(q / 4)}-Q${(q % 4) + 1}` };
    },
  },
  {
    // "in Q3" with no year: the latest such quarter ending by the reference date.
    needs: /Q[1-4]/,
    re: /\bQ([1-4])\b(?!\s*(?:of\s+)?(?:(?:1[89]|20)\d\d|this|last|next|the\s+previous|the\s+same)\b)/g,
    read: (m, ref) => {
      const q = Number(m[1]);
      const y = resolveMonthDay(q * 3, null, ref);
      return y === null ? null : { period: `${y}-Q${q}` };
    },
  },
  {
    // "in H1", "for 1H", "in 9M" with no year: the latest such half, or such months from January, ending by the reference
    // date. Only after a preposition: "$9M" is an amount.
    needs: /[12]H|H[12]|\dM\b/,
    re: /(?<=\b(?:in|for|during|over)\s+(?:the\s+)?)(?:H([12])|([12])H|(\d{1,2})M)\b(?!\s*(?:of\s+)?(?:(?:1[89]|20)\d\d|['’]\d\d|\d|this|last|next|the\s+previous|the\s+same)\b)/g,
    read: (m, ref) => {
      const half = m[1] ?? m[2];
      const months = half ? Number(half) * 6 : Number(m[3]);
      if (months < 1 || months > 12) return null;
      const y = resolveMonthDay(months, null, ref);
      if (y === null) return null;
      return half ? { period: `${y}-H${half}` } : { period: monthSpan(y, 1, y, months) };
    },
  },
  {
    // Quarters and halves in Roman numerals, as Kazakh and Russian releases write them: "in I-III quarters of 2026"
    // (January to September), "II quarter 2025", "I half of 2026". Only with a year, so "I" the pronoun is not read.
    needs: /\bI[IV]*\s*(?:[-–]\s*I[IV]*\s+)?(?:quarter|half)/,
    re: new RegExp(`\\b(I|II|III|IV)(?:\\s*[-–]\\s*(I|II|III|IV))?\\s+(quarters?|half(?:-year)?)\\s+(?:of\\s+)?${YX}`, "g"),
    read: (m, ref) => {
      const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
      const [from, to] = [roman[m[1]!]!, roman[m[2] ?? m[1]!]!];
      const y = year(m, 4, 5, ref);
      if (y === null || to < from) return null;
      if (m[3]!.startsWith("half")) return to > 2 ? null : from === to ? { period: `${y}-H${from}` } : { period: String(y) };
      return from === to ? { period: `${y}-Q${from}` } : { period: monthSpan(y, from * 3 - 2, y, to * 3) };
    },
  },
  {
    // "the first three quarters of 2024": January to September.
    needs: /quarters/i,
    re: new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters(?:\\s+(?:of\\s+)?${YX})?\\b${NO_OF}`, "gi"),
    read: (m, ref) => {
      const n = (/\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!) * 3;
      const y = spanYear(m, 2, 3, ref, n);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    // "in 8 months of 2024", "over the 10 months of 2026" (the Kazakh and Russian way of writing the first eight months); only with its year.
    needs: /months/i,
    re: new RegExp(`\\b(?:in|for|during|over)\\s+(?:the\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+${YX}`, "gi"),
    read: (m, ref) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      if (n < 1 || n > 12) return null;
      const y = year(m, 2, 3, ref);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    needs: /months/i,
    re: new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months(?:\\s+(?:of\\s+)?${YX})?\\b${NO_OF}`, "gi"),
    read: (m, ref) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      if (n < 1 || n > 12) return null;
      const y = spanYear(m, 2, 3, ref, n);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    // "revenue for the nine months rose 14%": the months of the year so far, as "the first nine months" (not "the past
    // six months", "the next 12 months", whose "the" is not preceded by "for", "in", "during" or "over").
    needs: /months/i,
    re: /\b(?:for|in|during|over)\s+the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\b(?!\s+(?:of|to|ended|ending|through|since|from|before|after|ahead)\b)/gi,
    read: (m, ref) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      const y = resolveMonthDay(n, null, ref);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    // "Trade for 9 months: $31,4 bn", as a channel's line labels a figure: the months of the year so far.
    needs: /months/i,
    re: /\b(?:for|in)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months(?=\s*[:(])/gi,
    read: (m, ref) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      const y = resolveMonthDay(n, null, ref);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    // "guidance for the full year", "full-year revenue": the year that has ended last (the next for a forecast).
    needs: /full|whole/i,
    re: /\b(?:the\s+)?(?:full|whole)[\s-]year\b(?!\s*(?:of\s+)?(?:(?:1[89]|20)\d\d|this|last|next|the\s+previous)\b)(?!-\d)/gi,
    read: (_m, ref) => {
      const y = resolveMonthDay(12, 31, ref);
      return y === null ? null : { period: String(y) };
    },
  },
  {
    // "9M 2024": the first nine months of 2024; "9M26", "6M'25": of 2026 and 2025.
    needs: /\dM/,
    re: new RegExp(`\\b([1-9]|1[01])M(?:\\s*(?:of\\s+)?${YX}|\\s?['’]?(\\d\\d)\\b)`, "g"),
    read: (m, ref) => {
      const n = Number(m[1]);
      const y = m[4] ? 2000 + Number(m[4]) : year(m, 2, 3, ref);
      return y === null ? null : { period: monthSpan(y, 1, y, n) };
    },
  },
  {
    needs: "month",
    re: new RegExp(`\\b(?:from\\s+|between\\s+)?${M}(?:\\s+${Y})?\\s*(?:to|through|until|and|-|–)\\s*${M},?\\s+(?:of\\s+)?${YX}`, "gi"),
    read: (m, ref) => {
      const y2 = year(m, 4, 5, ref);
      if (y2 === null) return null;
      const y1 = m[2] ? Number(m[2]) : y2;
      return { period: monthSpan(y1, monthNumber(m[1]!), y2, monthNumber(m[3]!)) };
    },
  },
  {
    // "January–June", "from March to May", "between January and April" with no year: the latest
    // such span ending by the reference date.
    needs: "month",
    re: new RegExp(`\\b(?:(?:from\\s+)?${M}\\s*(?:to|through|until|-|–)\\s*${M}|between\\s+${M}\\s+and\\s+${M})\\b(?!\\.?,?\\s+(?:(?:1[89]|20)\\d\\d\\b|this\\b|last\\b|next\\b|the\\s+previous\\b|the\\s+same\\b))`, "gi"),
    read: (m, ref) => {
      const from = monthNumber(m[1] ?? m[3]!);
      const to = monthNumber(m[2] ?? m[4]!);
      const y = resolveMonthDay(to, null, ref);
      if (y === null || to < from) return null;
      return { period: monthSpan(y, from, y, to) };
    },
  },
  {
    needs: "month",
    re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+${Y}\\b|\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${M},?\\s+${Y}\\b`, "gi"),
    read: (m) => {
      const month = monthNumber(m[1] ?? m[5]!);
      const day = Number(m[2] ?? m[4]);
      return { period: `${m[3] ?? m[6]}-${pad2(month)}-${pad2(day)}`, point: true };
    },
  },
  {
    // "In the five years to 2025", "over the decade through 2024": the years ending with that one.
    needs: /(?:years|decade)\s+(?:to|through|until|ending|ended)\s/i,
    re: new RegExp(`\\b(?:the\\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\\d{1,2})\\s+years|(decade))\\s+(?:to|through|until|ending(?:\\s+in)?|ended)\\s+${Y}\\b`, "gi"),
    read: (m) => {
      const n = m[2] ? 10 : /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      const y = Number(m[3]);
      return n >= 2 ? { period: `${y - n + 1}/${y}` } : null;
    },
  },
  {
    // "In the year to June", "in the 12 months to September 2026": the twelve months ending with that month.
    needs: "month",
    re: new RegExp(`\\b(?:the\\s+)?(?:year|12\\s+months|twelve\\s+months)\\s+(?:to|through|ending|ended)\\s+(?:the\\s+end\\s+of\\s+)?${M}(?:\\s+${Y})?(?![\\p{L}\\d])`, "giu"),
    read: (m, ref) => {
      const month = monthNumber(m[1]!);
      const y = m[2] ? Number(m[2]) : resolveMonthDay(month, null, ref);
      if (y === null) return null;
      return { period: month === 12 ? String(y) : monthSpan(y - 1, month + 1, y, month) };
    },
  },
  {
    // "Since the visa exemption took effect in November 2023, tourists have spent …": from that month to the month of writing.
    needs: /since/i,
    re: new RegExp(`\\bsince\\s+(?:[^.;,]{0,80}?\\s)?${M}\\s+(?:of\\s+)?${Y}\\b`, "gi"),
    read: (m, ref) => {
      const [y, month] = [Number(m[2]), monthNumber(m[1]!)];
      if (ref.year === null || ref.month === null || y > ref.year || (y === ref.year && month >= ref.month)) return null;
      return { period: monthSpan(y, month, ref.year, ref.month) };
    },
  },
  {
    needs: "month",
    re: new RegExp(`\\b${M}\\s+(?:of\\s+)?${YX}`, "gi"),
    read: (m, ref) => { const y = year(m, 2, 3, ref); return y === null ? null : { period: `${y}-${pad2(monthNumber(m[1]!))}`, point: true }; },
  },
  {
    needs: "month",
    re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?(?!\\d|[.,]\\d)(?!\\s*(?:%|percent|million|billion))|\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${M}`, "gi"),
    read: (m, ref) => {
      const month = monthNumber(m[1] ?? m[4]!);
      const day = Number(m[2] ?? m[3]);
      if (day < 1 || day > 31) return null;
      const y = resolveMonthDay(month, day, ref);
      return y === null ? null : { period: `${y}-${pad2(month)}-${pad2(day)}`, point: true };
    },
  },
  {
    needs: "month",
    // "in March", "by the end of September", "at end-June".
    re: new RegExp(`\\b(?:(?:in|since|by|as\\s+of|until|during|from|at)\\s+the\\s+(?:end|start|beginning|middle)\\s+of\\s+|(?:in|since|by|as\\s+of|until|during|from|early|late|mid-?|(?:at\\s+)?end-))\\s*${M}(?![\\p{L}])`, "giu"),
    read: (m, ref) => {
      const month = monthNumber(m[1]!);
      const y = resolveMonthDay(month, null, ref);
      if (y === null) return null;
      // "handled since January": from that month to the month of writing.
      if (/^since\s+(?!the\b)/i.test(m[0]) && ref.year !== null && ref.month !== null && (y < ref.year || ref.month > month)) return { period: monthSpan(y, month, ref.year, ref.month) };
      return { period: `${y}-${pad2(month)}`, point: true };
    },
  },
  {
    // A split year: "the 2023/24 marketing year", "fiscal 2024/2025".
    needs: /\d\/\d/,
    re: new RegExp(`\\b${Y}\\/(\\d{4}|\\d{2})\\b`, "g"),
    read: (m) => {
      const y = Number(m[1]);
      const next = Number(m[2]!.length === 2 ? `${String(y).slice(0, 2)}${m[2]}` : m[2]);
      return next === y + 1 ? { period: `${y}/${next}` } : null;
    },
  },
  {
    needs: "year",
    re: new RegExp(`\\b${Y}\\s*[-–]\\s*(\\d{4}|\\d{2})\\b|\\bfrom\\s+${Y}\\s+(?:to|through|until)\\s+${Y}\\b|\\bbetween\\s+${Y}\\s+and\\s+${Y}\\b`, "gi"),
    read: (m) => {
      const a = m[1] ?? m[3] ?? m[5]!;
      let b = m[2] ?? m[4] ?? m[6]!;
      if (b.length === 2) b = a.slice(0, 2) + b;
      return Number(b) > Number(a) ? { period: `${a}/${b}` } : null;
    },
  },
  {
    needs: "year",
    re: new RegExp(`\\bsince\\s+(?:[^.;,]{0,80}?\\s)?${Y}\\b`, "gi"),
    read: (m, ref, text) => {
      // Not a year still to come: "$35 billion committed since 2013", in a sentence that names a plan "through 2030", runs to now.
      const others = [...text.matchAll(new RegExp(`\\b${Y}\\b`, "g"))].map((x) => x[1]!).filter((y) => y !== m[1] && Number(y) > Number(m[1]) && (ref.year === null || Number(y) <= ref.year));
      const end = others[0] ?? (ref.year !== null ? String(ref.year) : null);
      return end ? { period: `${m[1]}/${end}` } : null;
    },
  },
  {
    needs: "year",
    // Not a bond named by its maturity: "the 2034 Eurobond", nor a number's first part: "Tender No. 2026-T-0417". A year
    // marked as estimated or forecast is that year: "in 2025E".
    re: new RegExp(`(?<!\\b(?:No|Nr)\\.?\\s?|#\\s?)\\b${Y}(?:[EF](?![A-Za-z0-9])|\\b)(?![-–]\\d)(?!\\s+(?:Eurobonds?|bonds?|notes|sukuk)\\b)`, "g"),
    read: (m) => ({ period: m[1]! }),
  },
  {
    // "by year-end", "by the end of the year": the end of the reference year, unless the text names
    // the year it ends ("in 2024, trading at 10.9 per dollar at year-end").
    needs: /year-end|end\s+of\s+(?:the|this)\s+year/i,
    re: /\b(?:year-end|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b(?!\s*,?\s*(?:of\s+)?\d{4})/gi,
    read: (m, ref, text) => (ref.year === null || (!/this/i.test(m[0]) && /\b(?:1[89]|20)\d\d\b/.test(text)) ? null : { period: String(ref.year) }),
  },
  {
    // "at the start of the year" is its first day; "since the beginning of the year", the months from it to the reference date.
    needs: /year/i,
    re: /\b(since\s+|from\s+)?(?:at\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b(?!\s*,?\s*(?:of\s+)?\d{4})/gi,
    read: (m, ref) => {
      if (ref.year === null) return null;
      if (!m[1]) return { period: `${ref.year}-01-01`, point: true };
      return { period: monthsSoFar(ref.year, ref.month) };
    },
  },
  {
    // "Year to date", "YTD", "so far this year": the months from January to the reference date.
    needs: /to[- ]date|YTD|so\s+far/i,
    re: /\b(?:year[- ]to[- ]date|YTD|so\s+far\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date))\b/gi,
    read: (_m, ref) => (ref.year === null ? null : { period: monthsSoFar(ref.year, ref.month) }),
  },
  {
    needs: /year/i,
    re: new RegExp(`\\b${REL}`, "gi"),
    read: (m, ref) => { const y = year(m, 99, 1, ref); return y === null ? null : { period: String(y) }; },
  },
  {
    // "Ten years ago our trade stood at …", "a decade ago": the year that many years before the year of writing.
    needs: /\bago\b/i,
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\d{1,2})\s+(years?|decades?)\s+ago\b/gi,
    read: (m, ref) => {
      if (ref.year === null) return null;
      const word = m[1]!.toLowerCase();
      const n = word === "a" ? 1 : NUMBER_WORDS[word] ?? Number(m[1]);
      // "A year ago" (a day a year before the date of writing) is read where a figure is compared; here only whole years and decades.
      if (n === 1 && /^years?$/i.test(m[2]!)) return null;
      return { period: String(ref.year - n * (/^decade/i.test(m[2]!) ? 10 : 1)) };
    },
  },
  {
    // "In the 1990s": the decade.
    needs: /\d0s\b/,
    re: /\b(?:the\s+)?(1[89]\d0|20\d0)s\b/g,
    read: (m) => ({ period: `${m[1]}/${Number(m[1]) + 9}` }),
  },
  {
    needs: /decade/i,
    re: /\b(?:by\s+the\s+end\s+of\s+)?this\s+decade\b/gi,
    read: (_m, ref) => { if (ref.year === null) return null; const d = ref.year - (ref.year % 10); return { period: `${d}/${d + 9}` }; },
  },
  {
    // "Said on Monday", "gold traded at $4,050 on Monday": the last such day up to the date of writing; "next Monday" the
    // first after it. Not a weekday that heads its date ("Monday, 2 November"), which the date's own rule reads.
    needs: /day\b/,
    re: new RegExp(`\\b(next\\s+|last\\s+)?(${WEEKDAYS.join("|")})\\b(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_SOURCE})\\b)(?!,?\\s+(?:${MONTH_SOURCE})\\b)`, "g"),
    read: (m, ref) => {
      if (ref.year === null || ref.month === null || ref.day === null) return null;
      const written = Date.UTC(ref.year, ref.month - 1, ref.day);
      const wanted = WEEKDAYS.indexOf(m[2]!);
      const back = (new Date(written).getUTCDay() - wanted + 7) % 7;
      const days = m[1] && /^next/i.test(m[1]) ? 7 - back : m[1] && back === 0 ? -7 : -back;
      return { period: new Date(written + days * 86_400_000).toISOString().slice(0, 10), point: true };
    },
  },
  {
    needs: /now|current|present|date|far/i,
    re: /\b(?:now|currently|at\s+present|to\s+date|so\s+far)\b/gi,
    read: (_m, ref) => {
      if (ref.year === null) return null;
      const parts = [String(ref.year)];
      if (ref.month !== null) parts.push(pad2(ref.month));
      if (ref.day !== null) parts.push(pad2(ref.day));
      return { period: parts.join("-"), point: true };
    },
  },
];

const MONTH_HINT = new RegExp(`\\b(?:${MONTH_SOURCE})`, "i");

/** Text with no year, month, or relative time word names no period. */
const PERIOD_HINT = new RegExp(`\\d{4}|\\b(?:${MONTH_SOURCE}|year|(?:years|decades?)\\s+ago|decade|half|quarters?|months?|now|currently|present|date|far|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Q[1-4]|[12]H|H[12]|YTD|\\d{1,2}M)\\b|\\b(?:[12]H|[1-4]Q|FY|\\d{1,2}M\\s?)['’]?\\d\\d|['’]\\d\\d\\b`, "i");

/** A reference date worked out on first use. */
class LazyRef implements RefDate {
  private resolved: RefDate | null = null;
  constructor(private readonly resolve: () => RefDate) {}
  private get date(): RefDate {
    return (this.resolved ??= this.resolve());
  }
  get year() { return this.date.year; }
  get month() { return this.date.month; }
  get day() { return this.date.day; }
}

/** Words that write a period's year, or set it against the reference date: "2024", "'24", "1H25", "9M26", "FY", "last year", "now". */
const WRITES_YEAR = /\d{4}|['’]\d\d|\d[HQ]\d\d|\d{1,2}M\s?\d\d\b|FY|\b(?:this|last|next|previous|past|same|current|currently|far|date|now|present|YTD|decade)\b|\d0s\b/i;

/**
 * A period whose year the text did not write, for a figure still to come: the next that fits, not the
 * latest past one ("expected to average 525 per dollar in the second half", written in July 2025, is 2025-H2).
 */
export function forwardPeriod(period: string, ref: RefDate): string {
  if (ref.year === null || ref.month === null) return period;
  const end = /(\d{4})(?:-(?:(\d{2})|H([12])|Q([1-4])))?(?:-\d{2})?$/.exec(period);
  if (!end) return period;
  const month = end[2] ? Number(end[2]) : end[3] ? Number(end[3]) * 6 : end[4] ? Number(end[4]) * 3 : 12;
  if (Number(end[1]) * 12 + month >= ref.year * 12 + ref.month) return period;
  return period.replace(/\d{4}/g, (y) => String(Number(y) + 1));
}

/** All period mentions in `text`, longest match first where they overlap, in text order. */
export function findPeriods(text: string, ref: RefDate | (() => RefDate)): PeriodMention[] {
  const found: PeriodMention[] = [];
  if (!PERIOD_HINT.test(text)) return found;
  // The reference date is only worked out when a relative expression needs it.
  const lazy: RefDate = typeof ref === "function" ? new LazyRef(ref) : ref;
  const hasYear = /\d{4}/.test(text);
  const hasMonth = MONTH_HINT.test(text);
  for (const rule of RULES) {
    if (rule.needs === "year" ? !hasYear : rule.needs === "month" ? !hasMonth : rule.needs ? !rule.needs.test(text) : false) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const r = rule.read(m as RegExpExecArray, lazy, text);
      if (r) found.push({ start, end, period: r.period, pointInTime: r.point ?? false, ...(WRITES_YEAR.test(m[0]) ? {} : { yearInferred: true }) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The period mention nearest to [at, end). */
export function nearestPeriod(periods: readonly PeriodMention[], at: number, end: number): PeriodMention | null {
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (const p of periods) {
    const d = p.end <= at ? at - p.end : p.start >= end ? p.start - end : 0;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
