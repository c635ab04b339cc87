/**
 * Figures written in words rather than digits: fold changes ("threefold", "doubled", "x2.1") and
 * shares written as fractions ("a fifth of", "one in ten"). Offsets are into the sentence.
 */
import { DENOMINATORS, NUMBER_WORDS, NUMERATORS } from "../lexicon/units.js";
import { SPELLED_SOURCE, parseDigits, parseSpelled, scaled } from "./numbers.js";
import { withQualifier } from "./qualify.js";
import { newRawFigure, type RawFigure } from "./raw.js";

/** A fold change written as one word: "threefold", "tenfold". Group 1: the number word. */
const SPELLED_FOLD = new RegExp(String.raw`\b(${SPELLED_SOURCE})fold\b`, "gi");
/**
 * A fold change written as a verb: "doubled", "more than tripled", "plans to quadruple" (not
 * "double-check", nor the adjective in "double taxation"). Group 1 or 2: the verb.
 */
const FOLD_INFINITIVES = "double|triple|treble|quadruple";
// Group 3: the same words as a multiple of what it was ("roughly double what it was in 2019", "nearly triple the 2021 level").
const FOLD_VERB = new RegExp(String.raw`\b(?:(doubled|tripled|trebled|quadrupled)\b(?!-)|to\s+(${FOLD_INFINITIVES})\b(?!-)|(?<=\b(?:roughly|about|nearly|almost|around|some|more\s+than)\s+)(${FOLD_INFINITIVES})\b(?=\s+(?:what|that|the|its|their)\b))`, "gi");
/** Whether a fold figure's words are a verb's infinitive ("to double it"): what it changes follows it. */
const INFINITIVE = new RegExp(`^(?:${FOLD_INFINITIVES})$`, "i");
export const isFoldInfinitive = (words: string): boolean => INFINITIVE.test(words);
/**
 * "twice the amount", "nearly twice as much as a year earlier": a fold of two (not "twice a year",
 * "visited twice", nor an estimate "twice as high as official data show").
 */
const TWICE = /\btwice(?=\s+(?:the\s+(?:amount|level|volume|number|figure|value|total)\b|as\s+(?:much|many|high|large|big)\s+(?:[A-Za-z-]+\s+){0,3}?as\s+(?:in|a\s+year|last|the\s+(?:previous|same|year)|before|a\s+decade)\b))/gi;
/** What each fold verb multiplies by. */
const FOLD_VERB_VALUE: Readonly<Record<string, number>> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4 };
/**
 * A share written as a fraction: "a fifth of", "nearly half of", "two-thirds of" (not a period's "half of
 * 2024", "a quarter of the year", "the second half of the route"). Groups: 1–2 "a fifth", 3–4
 * "two-thirds", 5 "half".
 */
/** A fraction in words ("one-third" hyphenated too). Groups: 1–2 "a fifth", 3–4 "two-thirds", 5 "half". */
const FRACTION_WORDS = String.raw`(?:(a|one)[\s-](half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(two|three|four)[\s-](thirds|quarters|fifths|tenths)|(half))`;
const FRACTION = new RegExp(
  // Nor a part of a scale: "a quarter of a million tonnes" is 250,000 tonnes, read as a spelled number.
  String.raw`(?<!\b(?:first|second|1st|2nd|latter|former|last|past)\s+)\b${FRACTION_WORDS}\s+of\b(?!\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:years?|months?|decades?|century|(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!\s+a\s+(?:thousand|million|billion|trillion)\b)`,
  "gi",
);
/** A share stated as a fraction after its verb: "the share is closer to two-thirds", "its portion was about a fifth." (same groups). */
const SHARE_IS_FRACTION = new RegExp(
  String.raw`(?<=\b(?:share|portion|proportion)\s+(?:is|was|are|were|stood\s+at|reached|rose\s+to|fell\s+to)\s+(?:(?:closer|close|nearer)\s+to|about|nearly|almost|roughly|around|over|more\s+than|less\s+than|under|just\s+(?:over|under))?\s*)\b${FRACTION_WORDS}\b(?!\s+of\b|[\s-]+(?:year|month|decade|century))`,
  "gi",
);
/** The percent a FRACTION match stands for: "a fifth" → 20, "two-thirds" → 66.67. */
function fractionPercent(m: RegExpMatchArray): number {
  if (m[5]) return 50;
  const n = NUMERATORS[(m[1] ?? m[3]!).toLowerCase()]!;
  const d = DENOMINATORS[(m[2] ?? m[4]!).toLowerCase().replace(/s$/, "")]!;
  return scaled((100 * n) / d, 1);
}
/** "One in ten projects", "1 in 4 trucks", "nine in ten parcels": a share (not "two in three years"). Group 1: how many; group 2: of how many. */
const ONE_IN = /\b(?<![\d.,])(one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\b(?![.,]\d)(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?)\b)/gi;
/** A verb of a fold change or a fraction of a whole, tested before FOLD_VERB, FRACTION and ONE_IN run. */
// One word boundary before all the alternatives: twice as fast as a boundary before each.
export const WORDS_HINT = /\b(?:(?:doubl|tripl|trebl|quadrupl)e|halved\b|halve\b|twice\s|(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\s+(?:of|more|higher|larger|greater|less|lower|smaller|fewer)\b|by\s+(?:(?:nearly|almost|about|around|roughly|some|over)\s+)?(?:a\s+|one\s+)?(?:half|third|quarter|fifth|tenth)\b|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s|(?:share|portion|proportion)\s+(?:is|was|are|were|stood|reached|rose|fell)\b)/i;
/** "3 in 4 buyers": a share in digits, tested apart from WORDS_HINT (only sentences with digits need it). */
export const DIGITS_SHARE_HINT = /(?<![\d.,])\d\s+in\s+\d|(?<![\d.,/])[1-9]\/(?:[2-9]|10)\s+of\b/;
/** "about 1/3 of the total": a share written as a fraction in digits. Groups: numerator, denominator. */
const DIGIT_FRACTION = /(?<![\d.,/])([1-9])\/([2-9]|10)(?![\d/])(?=\s+of\b)/g;
/** A multiplier written before its number, as releases do: "x2.1 YoY", "×3". Group 1: the number. */
const MULTIPLIER = /(?<![\p{L}\p{N}])[x×](\d+(?:\.\d+)?)(?![\p{L}\p{N}]|[.,]\d)/gu;
const MULTIPLIER_HINT = /[x×]\d/;

/**
 * The figures a sentence writes in words. `spelled`: the sentence has a spelled-out number
 * (SPELLED_HINT); `wordy`: it has a fold verb or a fraction (WORDS_HINT), tested once by the caller.
 */
export function wordFigures(sentence: string, spelled: boolean, wordy: boolean): RawFigure[] {
  return [
    ...(spelled ? spelledFolds(sentence) : []),
    ...(wordy ? verbFolds(sentence) : []),
    ...(wordy ? fractions(sentence) : []),
    ...(MULTIPLIER_HINT.test(sentence) ? multipliers(sentence) : []),
  ];
}

/** Fold changes written as one word: "jumped nearly threefold". */
function spelledFolds(sentence: string): RawFigure[] {
  const out: RawFigure[] = [];
  if (!/fold\b/i.test(sentence)) return out;
  for (const m of sentence.matchAll(SPELLED_FOLD)) {
    out.push(withQualifier(sentence, newRawFigure(m.index!, m.index! + m[0].length, parseSpelled(m[1]!), "fold")));
  }
  return out;
}

/** A change written as a fraction: "imported a third more", "a quarter less". Group 1: the fraction; group 2: which way. */
const FRACTION_MORE = /\b(?:a|one)\s+(half|third|quarter|fifth|tenth)\s+(more|higher|larger|greater|less|lower|smaller|fewer)\b/gi;
/** A fraction after "by", which the change verb before it makes a change: "shrank by half", "rose by a third". Group 1: the fraction. */
// A qualifier may stand between them, and is the figure's: "down by nearly half".
const BY_FRACTION = /(?<=\bby\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than)\s+)?)(?:(?:a|one)\s+)?(half|third|quarter|fifth|tenth)\b(?!\s+of\b)/gi;
/** A fall to half written as a verb: "exports halved", "plans to halve losses". */
const HALVED = /\b(?:halved|to\s+(halve))\b(?!-)/gi;

/** Shares written as fractions: "roughly a fifth of Kazakhstan's output" is about 20 percent. The figure's words end before "of". */
function fractions(sentence: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of sentence.matchAll(FRACTION_MORE)) {
    const fig = newRawFigure(m.index!, m.index! + m[0].length, scaled(100 / DENOMINATORS[m[1]!.toLowerCase()]!, 1), "percent");
    const down = /^(?:less|lower|smaller|fewer)$/i.test(m[2]!);
    Object.assign(fig, { kindHint: "growth", verbSign: down ? -1 : 1, sign: down ? -1 : 1 });
    out.push(withQualifier(sentence, fig));
  }
  for (const m of sentence.matchAll(DIGIT_FRACTION)) {
    const [k, n] = [Number(m[1]), Number(m[2])];
    if (k < n) out.push(withQualifier(sentence, newRawFigure(m.index!, m.index! + m[0].length, scaled((100 * k) / n, 1), "percent")));
  }
  for (const m of sentence.matchAll(BY_FRACTION)) {
    out.push(withQualifier(sentence, newRawFigure(m.index!, m.index! + m[0].length, scaled(100 / DENOMINATORS[m[1]!.toLowerCase()]!, 1), "percent")));
  }
  for (const m of sentence.matchAll(FRACTION)) {
    const end = m.index! + m[0].replace(/\s+of$/i, "").length;
    out.push(withQualifier(sentence, newRawFigure(m.index!, end, fractionPercent(m), "percent")));
  }
  for (const m of sentence.matchAll(SHARE_IS_FRACTION)) out.push(withQualifier(sentence, newRawFigure(m.index!, m.index! + m[0].length, fractionPercent(m), "percent")));
  // "Fewer than one in ten projects has been audited": under 10 percent.
  for (const m of sentence.matchAll(ONE_IN)) {
    const count = (w: string) => (/\d/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]!);
    const [k, n] = [count(m[1]!), count(m[2]!)];
    if (n >= 2 && k >= 1 && k < n) out.push(withQualifier(sentence, newRawFigure(m.index!, m.index! + m[0].length, scaled((100 * k) / n, 1), "percent")));
  }
  return out;
}

/** Multipliers written before their number: "38,200 TEU (x2.1 YoY)". */
function multipliers(sentence: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of sentence.matchAll(MULTIPLIER)) {
    const fig = newRawFigure(m.index!, m.index! + m[0].length, parseDigits(m[1]!), "fold");
    Object.assign(fig, { kindHint: "growth", verbSign: 1 });
    out.push(withQualifier(sentence, fig));
  }
  return out;
}

/** What a fold verb's infinitive changes: "to triple (its) exports of grain to China" → "exports of grain". */
const FOLD_OBJECT = /^\s+(?:(?:its|their|the|this|bilateral)\s+)?((?:[\p{L}-]+)(?:\s+(?!with\b|to\b|by\b|from\b|in\b|between\b|and\b|at\b|over\b|within\b|for\b|on\b|during\b)[\p{L}-]+){0,2})/u;
/** Fold changes written as verbs ("exports more than doubled", "aims to triple trade") or as "twice": the figure's words are the verb's. */
function verbFolds(sentence: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of sentence.matchAll(FOLD_VERB)) {
    const verb = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const start = m.index! + m[0].length - verb.length;
    const fig = newRawFigure(start, start + verb.length, FOLD_VERB_VALUE[verb.replace(/e?d?$/, "")]!, "fold");
    Object.assign(fig, { kindHint: "growth", verbSign: 1 });
    // "to double trade with China": what is to change follows the verb.
    // "to double it": a pronoun names nothing.
    if (m[2]) fig.subject = FOLD_OBJECT.exec(sentence.slice(fig.end, fig.end + 60))?.[1]?.replace(/^(?:it|them|this|that)(?:\s.*)?$/i, "") || null;
    out.push(withQualifier(sentence, fig));
  }
  for (const m of sentence.matchAll(HALVED)) {
    const start = m[1] ? m.index! + m[0].length - m[1].length : m.index!;
    const fig = newRawFigure(start, m.index! + m[0].length, 50, "percent");
    Object.assign(fig, { kindHint: "growth", verbSign: -1, sign: -1 });
    out.push(withQualifier(sentence, fig));
  }
  for (const m of sentence.matchAll(TWICE)) {
    const fig = newRawFigure(m.index!, m.index! + m[0].length, 2, "fold");
    Object.assign(fig, { kindHint: "growth", verbSign: 1 });
    out.push(withQualifier(sentence, fig));
  }
  return out;
}

