/** Exchange-rate quotes: "KZT/USD = 0.00190 0%", "USD/KZT 478.5", "450 tenge per dollar", "1 USD = 7.1 yuan". */
import { CURRENCY_WORD_SOURCE, CURRENCY_WORDS, ISO_CODES } from "../lexicon/currencies.js";
import { DIGITS_SOURCE, parseDigits } from "./numbers.js";
import { MOVED_OVER_SOURCE } from "../lexicon/dates.js";
import { newRawFigure, type RawFigure } from "./raw.js";

const PAIR = new RegExp(
  String.raw`(?<![A-Za-z])([A-Z]{3})\s?\/\s?([A-Z]{3})(?:\s*[=:]\s*|\s+)(${DIGITS_SOURCE})(?:\s+([+\-−]?${DIGITS_SOURCE})\s?%)?`,
  "dg",
);
const PER_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${DIGITS_SOURCE})\s+(${CURRENCY_WORD_SOURCE})\s+(?:per|to\s+the|against\s+the|for\s+one|for\s+a|a)\s+(?:US\s+|U\.S\.\s+)?(dollar|euro|yuan|ruble|rouble)\b`,
  "giu",
);
const ONE_EQUALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:1|one|the|a)\s+(USD|EUR|CNY|US\s+dollar|dollar|euro|yuan|ruble|rouble)\s*(?:=|equals|was\s+worth|is\s+worth|traded\s+at|bought|buys|fetched|cost|costs)\s*(${DIGITS_SOURCE})\s+(${CURRENCY_WORD_SOURCE})\b`,
  "giu",
);

/**
 * A pair's rate moving from one quote to another or standing at one: "the USD/KZT rate fell from 525.40
 * to 512.75", "the USD/KZT exchange rate stood at 512.75", "USD/CNY rose 0.3% to 7.28". Groups: base,
 * quote, the rate it moved from (if any), the rate.
 */
const PAIR_RATE = new RegExp(
  String.raw`(?<![A-Za-z])([A-Z]{3})\s?\/\s?([A-Z]{3})\s+(?:(?:exchange\s+)?rate\s+)?(?:(?:was|is|has|had)\s+)?(?:[\p{Ll}]+\s+){0,2}?(?:(?:by\s+)?\d+(?:\.\d+)?\s?%\s+)?(?:from\s+(${DIGITS_SOURCE})\s+)?(?:to|at)\s+(${DIGITS_SOURCE})(?![\d.,]*\s?%)`,
  "dgu",
);
/** "The weighted average rate of the yuan rose by 1.9% to 72.14 tenge": one currency's rate, priced in another. Groups: base, rate, quote. */
const RATE_OF = new RegExp(
  String.raw`\brate\s+of\s+the\s+(?:(?:Chinese|Kazakh|Kyrgyz|Uzbek|Russian|US|U\.S\.)\s+)?(${CURRENCY_WORD_SOURCE})\b[^;]{0,60}?\s(?:to|at)\s+(${DIGITS_SOURCE})\s+(${CURRENCY_WORD_SOURCE})\b`,
  "dgiu",
);

/** Verbs that quote a currency at a rate: "traded at", "weakened to", a central bank's "was set at". */
// "The yuan was little changed at 75.95 tenge", "was steady at".
const QUOTED_VERB = "traded|trading|trades|stood|quoted|set|fixed|pegged|weakened|strengthened|fell|rose|slid|slipped|firmed|closed|held|hovered|stayed|remained|ended|(?:little\\s+)?changed|unchanged|steady|flat|stable";
/** "The som traded at 86.5 per dollar", "the tenge weakened to 520 against the dollar". */
/** A change between the verb and the rate: "the tenge slid 0.8% to 512.30 per dollar". */
// Its sign may be written: "the tenge fell −0.8% to 541.20 per dollar".
// And the span it moved over: "the yuan rose by 0.8% over the week to 74.10 tenge".
const BY_CHANGE = String.raw`(?:\s+(?:by\s+)?[+\-−]?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent))?(?:\s+${MOVED_OVER_SOURCE})?`;
const NAMED_AT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${CURRENCY_WORD_SOURCE})\s+(?:was\s+|is\s+)?(?:${QUOTED_VERB})${BY_CHANGE}\s+(?:at|to)\s+(${DIGITS_SOURCE})\s+(?:per|to\s+the|against\s+the|for\s+one|for\s+a|a)\s+(?:US\s+|U\.S\.\s+)?(dollar|euro|yuan|ruble|rouble)\b`,
  "dgiu",
);

/** "The yuan traded at 68.7 tenge": one currency priced in another, named after the number. */
const PRICED_IN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${CURRENCY_WORD_SOURCE})\s+(?:was\s+|is\s+)?(?:${QUOTED_VERB})${BY_CHANGE}\s+(?:at|to)\s+(${DIGITS_SOURCE})\s+(${CURRENCY_WORD_SOURCE})\b`,
  "dgiu",
);

/** "Expects the tenge at 525 per dollar": a currency at a rate with no verb of quoting between them. */
const CURRENCY_AT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${CURRENCY_WORD_SOURCE})\s+(?:at|to)\s+(${DIGITS_SOURCE})\s+(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(dollar|euro|yuan|ruble|rouble)\b`,
  "dgiu",
);
const CURRENCY_AT_HINT = /\s(?:at|to)\s+\d[\d.,]*\s+(?:per|to\s+the|against\s+the)\s/i;
/**
 * "Analysts expect the rate to average 525 per dollar": a rate whose own currency the sentence leaves
 * unnamed (its quote is left null here; the document's earlier quote of the same base names it).
 */
const RATE_PER = new RegExp(
  String.raw`\brate\b[^;.]{0,40}?\s(?:at|to|of|be|averag(?:e|ed|es|ing)|around|about|near)\s+(${DIGITS_SOURCE})\s+per\s+(?:US\s+|U\.S\.\s+)?(dollar|euro|yuan|ruble|rouble)\b`,
  "dgiu",
);

/** What NAMED_AT needs, tested first: a cheap check that spares most sentences its currency alternation. */
const NAMED_AT_HINT = new RegExp(String.raw`\b(?:${QUOTED_VERB})${BY_CHANGE}\s+(?:at|to)\s+\d`, "i");

const PAIR_HINT = /[A-Z]{3}\s?\/\s?[A-Z]{3}/;
const CURRENCY_NAME_HINT = /USD|EUR|CNY|dollar|euro|yuan|ruble|rouble/i;
// Or a currency quoted in another after "to" or "at": "rose by 0.8% over the week to 74.10 tenge", "was steady at 75.9 tenge".
const FX_HINT = /[/=]| per | to the | against the | for (?:one|a) | equals | worth | traded at | quoted at | bought | costs? | fetched | (?:to|at) \d[\d.,]* (?:tenge|soms?|sums?|soums?|somoni|manat|rubles?|roubles?|yuan)\b/i;

function code(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  return ISO_CODES.has(word.toUpperCase()) ? word.toUpperCase() : CURRENCY_WORDS[w];
}

/** Find exchange-rate quotes in a sentence. Each rate is priced as: 1 `base` = value `quote`. */
export function scanFx(sentence: string): RawFigure[] {
  const out: RawFigure[] = [];
  // Plain substring tests spare most sentences the patterns that need these words.
  const rateOf = sentence.includes("rate of the");
  if (!rateOf && !FX_HINT.test(sentence)) return out;
  const namedAt = NAMED_AT_HINT.test(sentence);
  // Cheap looks before the slower patterns: a pair of codes ("USD/KZT"), a currency's name for ONE_EQUALS.
  const pairs = PAIR_HINT.test(sentence);
  const named = CURRENCY_NAME_HINT.test(sentence);
  if (pairs) for (const m of sentence.matchAll(PAIR)) {
    const base = m[1]!;
    const quote = m[2]!;
    if (!ISO_CODES.has(base) || !ISO_CODES.has(quote)) continue;
    const [, rateEnd] = m.indices![3]!;
    const rate = fxFigure(m.index!, rateEnd, parseDigits(m[3]!), base, quote);
    out.push(rate);
    if (m[4] && m.indices![4]) {
      const signed = m[4].replace("−", "-");
      const change = newRawFigure(m.indices![4][0], m.index! + m[0].length, Math.abs(parseDigits(signed.replace(/^[+-]/, ""))), "percent");
      change.sign = signed.startsWith("-") ? -1 : 1;
      change.kindHint = "growth";
      change.subject = `${base}/${quote} rate`;
      change.qualifiesIndex = out.length - 1;
      out.push(change);
    }
  }
  if (pairs) for (const m of sentence.matchAll(PAIR_RATE)) {
    const base = m[1]!;
    const quote = m[2]!;
    if (!ISO_CODES.has(base) || !ISO_CODES.has(quote)) continue;
    for (const g of [3, 4]) {
      const at = m.indices![g];
      if (!at || out.some((f) => f.start < at[1] && f.end > at[0])) continue;
      out.push(fxFigure(at[0], at[1], parseDigits(m[g]!), base, quote));
    }
  }
  if (rateOf) for (const m of sentence.matchAll(RATE_OF)) {
    const base = code(m[1]!);
    const quote = code(m[3]!);
    const start = m.indices![2]![0];
    const end = m.index! + m[0].length;
    if (base && quote && base !== quote && !out.some((f) => f.start < end && f.end > start)) out.push(fxFigure(start, end, parseDigits(m[2]!), base, quote));
  }
  for (const m of sentence.matchAll(PER_UNIT)) {
    const quote = code(m[2]!);
    const base = code(m[3]!);
    if (quote && base) out.push(fxFigure(m.index!, m.index! + m[0].length, parseDigits(m[1]!), base, quote));
  }
  if (namedAt) {
    // "The som traded at 86.5 per dollar": the quote is named first; "The yuan traded at 68.7 tenge": the base is.
    for (const m of sentence.matchAll(NAMED_AT)) addQuote(out, m, code(m[3]!), code(m[1]!));
    for (const m of sentence.matchAll(PRICED_IN)) addQuote(out, m, code(m[1]!), code(m[3]!));
  }
  if (CURRENCY_AT_HINT.test(sentence)) for (const m of sentence.matchAll(CURRENCY_AT)) addQuote(out, m, code(m[3]!), code(m[1]!));
  if (sentence.includes("rate") && sentence.includes(" per ")) for (const m of sentence.matchAll(RATE_PER)) {
    const [start, end] = [m.indices![1]![0], m.index! + m[0].length];
    const base = code(m[2]!);
    if (base && !out.some((f) => f.start < end && f.end > start)) out.push(fxFigure(start, end, parseDigits(m[1]!), base, null));
  }
  if (named) for (const m of sentence.matchAll(ONE_EQUALS)) {
    const base = code(m[1]!);
    const quote = code(m[3]!);
    const end = m.index! + m[0].length;
    if (quote && base && !out.some((f) => f.start < end && f.end > m.index!)) out.push(fxFigure(m.index!, end, parseDigits(m[2]!), base, quote));
  }
  return out;
}

/** A quote read by a pattern whose group 2 is the rate, unless it overlaps one already read or names one currency twice. */
function addQuote(out: RawFigure[], m: RegExpMatchArray, base: string | undefined, quote: string | undefined): void {
  // With a change before the rate ("slid 0.8% to 512.30 per dollar"), the quote starts at the rate and the change stays a figure of its own.
  const start = m.indices?.[2] && /\d\s?(?:%|percent|per\s+cent)/i.test(m[0]) ? m.indices[2][0] : m.index!;
  const end = m.index! + m[0].length;
  if (base && quote && base !== quote && !out.some((f) => f.start < end && f.end > start)) out.push(fxFigure(start, end, parseDigits(m[2]!), base, quote));
}

function fxFigure(start: number, end: number, value: number, base: string, quote: string | null): RawFigure {
  const fig = newRawFigure(start, end, value, "rate");
  fig.kindHint = "fx";
  fig.base = base;
  fig.quote = quote;
  return fig;
}
