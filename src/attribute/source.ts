/** The reporting source a sentence names: "according to official Kazakh data", "…, Kazakhstan Railways reports." */
import type { Span } from "./clauses.js";

export interface SourceMention extends Span {
  text: string;
}

// (A document's number is part of its name: "according to Cabinet Resolution No. 512".)
const ACCORDING = /\b(?:according\s+to|citing|as\s+reported\s+by|data\s+from|figures\s+from)\s+((?:the\s+)?[^,.;:()"“”]{2,80}?(?:\bNo\.\s?\d[^,.;:()"“”]{0,60}?)?)(?=[,.;:()"“”]|$)/gi;
const TRAILING = /,\s*((?:the\s+)?[\p{Lu}][^,;:"“”]{1,60}?)\s+(?:reports|reported|says|said|announced|stated|noted|writes|wrote|estimates|estimated|projects|forecasts)\s*(?:on\s+\S+(?:\s+\d{1,2})?)?\.?$/u;
const LEADING_VERB = "pegged|put|estimated|estimates|reported|reports|announced|announces|said|says|stated|showed|shows|quoted|noted|told";
const LEADING = new RegExp(`(?:^|,\\s)((?:(?:the|The|a|A|an|An)\\s+)?[\\p{Lu}a-z][^,;:"“”]{1,70}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${LEADING_VERB})\\b`, "u");
/** The verb LEADING needs, tested first: a cheap scan that spares most sentences its slow search for a subject. */
const LEADING_HINT = new RegExp(`\\b(?:${LEADING_VERB})\\b`);
/** A sentence's subject counts as a source only if it names a body that reports figures. */
const SOURCE_NOUN = /\b(?:ministry|ministries|minister|agency|statistic\w*|data|customs|bureau|office|service|railways?|bank|committee|president|news|outlet|report|government|company|corporation|fund|council|institute|center|centre|chamber|association|authority|administration|commission|xinhua|reuters|tass|interfax|bloomberg|kazinform)\b/i;
const SAID_BY = /\bsaid\s+((?:the\s+)?[\p{Lu}][^,.;:"“”]{2,60}?)\.?$/u;

/** Find the source a sentence names, with its offsets; null if none. */
export function findSource(sentence: string): SourceMention | null {
  ACCORDING.lastIndex = 0;
  const acc = ACCORDING.exec(sentence);
  if (acc) {
    const named = span(sentence, acc.index + acc[0].length - acc[1]!.length, acc[1]!);
    if (named) return named;
  }
  const tr = TRAILING.exec(sentence);
  if (tr) return span(sentence, tr.index + tr[0].indexOf(tr[1]!), tr[1]!);
  const ld = LEADING_HINT.test(sentence) ? LEADING.exec(sentence) : null;
  if (ld && SOURCE_NOUN.test(ld[1]!)) return span(sentence, ld.index + ld[0].indexOf(ld[1]!), ld[1]!);
  const sb = SAID_BY.exec(sentence);
  if (sb) return span(sentence, sb.index + sb[0].indexOf(sb[1]!), sb[1]!);
  return null;
}

/** Phrases that name no one: "according to the data", "according to forecasts". */
const GENERIC = /^(?:the\s+)?(?:data|figures|statistics|forecasts?|estimates?|reports?|sources?|experts?|analysts?|observers|media)$/i;

/** A verb and what follows it, after the body named: "data from the General Administration of Customs showed Saturday". */
const TRAILING_VERB = /\s+(?:showed|shows|show|said|says|reported|reports|indicated|indicate|indicates|revealed|reveal|reveals)\b.*$/;

function span(sentence: string, start: number, raw: string): SourceMention | null {
  if (GENERIC.test(raw.trim())) return null;
  const text = raw.trim().replace(/^the\s+/i, "").replace(TRAILING_VERB, "");
  const offset = sentence.indexOf(text, start);
  return { start: offset, end: offset + text.length, text };
}
