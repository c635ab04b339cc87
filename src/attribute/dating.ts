/**
 * The year of a wire dateline that writes none ("ALMATY, Nov 12 (Reuters) -"): a wire's lede reports its
 * freshest outcome ("in the first nine months of 2026"), and the story is filed on the first such month
 * and day from the end of that period.
 */
import type { ArticleDocument } from "../types.js";
import { MONTH_NAMES } from "../lexicon/dates.js";
import { splitSentences } from "../documents/sentences.js";
import { isComparison } from "./figure-period.js";
import { findPeriods, type PeriodMention } from "./period.js";
import { statusOf } from "./status.js";

/** No reference date: only periods whose year is written are read. */
const UNDATED = { year: null, month: null, day: null } as const;
/** How many paragraphs with a number, from the top, make the lede. */
const LEDE_PARAGRAPHS = 2;
const SINCE = /^(?:since|from)\b/i;
/** A start written before the period's words: "their cumulative stake at $2.6 billion since 2007". */
const SINCE_BEFORE = /\b(?:since|from)\s+$/i;

/** The last year and month of a period ("2026-01/2026-09" → 2026, 9; "2025-H1" → 2025, 6; "2024" → 2024, 12). */
export function periodEnd(period: string): { year: number; month: number } | null {
  const last = period.slice(period.lastIndexOf("/") + 1);
  const m = /^(\d{4})(?:-(?:(\d{2})|H([12])|Q([1-4])))?/.exec(last);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) * 6 : m[4] ? Number(m[4]) * 3 : 12;
  return { year: Number(m[1]), month };
}

/** A period of at most a year: not a span of years ("2027-2031"), which a contract or plan runs over. */
function withinAYear(period: string): boolean {
  const [a, b] = period.split("/");
  return b === undefined || a!.slice(0, 4) === b.slice(0, 4);
}

/** The first outcome's period the lede reports, with its sentence's words: not a comparison, a start ("since 2014"), or a goal. */
function ledePeriod(doc: ArticleDocument): { mention: PeriodMention; text: string } | null {
  let paragraphs = 0;
  for (const block of doc.blocks) {
    if (block.heading) continue;
    const text = doc.text.slice(block.start, block.end);
    if (!/\d/.test(text)) continue;
    for (const s of splitSentences(text)) {
      const periods = findPeriods(s.text, UNDATED);
      if (periods.length === 0 || statusOf(s.text) !== "actual") continue;
      for (const p of periods) {
        const words = s.text.slice(p.start, p.end);
        if (!withinAYear(p.period) || SINCE.test(words) || SINCE_BEFORE.test(s.text.slice(Math.max(0, p.start - 8), p.start)) || isComparison(s.text, p)) continue;
        return { mention: p, text: words };
      }
    }
    if (++paragraphs >= LEDE_PARAGRAPHS) break;
  }
  return null;
}

/**
 * A document whose only date is a dateline's month and day, dated in the year the lede's first outcome
 * makes likely (provenance `inferred`, and a note saying how). Any other document is returned as it is.
 */
export function dateFromLede(doc: ArticleDocument): ArticleDocument {
  const md = doc.meta.monthDay;
  if (doc.meta.date || !md) return doc;
  const lede = ledePeriod(doc);
  const end = lede ? periodEnd(lede.mention.period) : null;
  if (!lede || !end) return doc;
  const month = Number(md.slice(0, 2));
  // Filed in the month the period ends, or later that year; an earlier month is of the next year ("Jan. 20" after "in 2024").
  const year = month >= end.month ? end.year : end.year + 1;
  const date = `${year}-${md}`;
  const note = `Dated ${date}: the dateline gives ${monthDayLabel(md)} without a year, and the year is inferred from the first period the article reports ("${lede.text}").`;
  return { ...doc, meta: { ...doc.meta, date, provenance: { ...doc.meta.provenance, date: "inferred" }, note: doc.meta.note ? `${doc.meta.note} ${note}` : note } };
}

function monthDayLabel(md: string): string {
  return `${MONTH_NAMES[Number(md.slice(0, 2)) - 1] ?? md.slice(0, 2)} ${Number(md.slice(3))}`;
}
