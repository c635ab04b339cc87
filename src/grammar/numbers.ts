/** Number tokens: digits with thousands separators and decimals, and spelled-out numbers. */
import { NUMBER_WORDS } from "../lexicon/units.js";
import { CODE_SOURCE } from "../lexicon/currencies.js";

/**
 * Where a digit number may start: not inside another number or a word, except right after a
 * currency code ("CNY3.4bn", "RMB200m"). The digit lookahead comes first so that positions
 * without a digit fail at once (the code alternation is slow if tried everywhere).
 */
const NUMBER_START = `(?=\\d)(?<![\\p{N}_.,])(?:(?<!\\p{L})|(?<=\\b(?:${CODE_SOURCE}|US)))`;

/** The spaces that group thousands in "1 250 000": a space, a no-break space, a thin or narrow no-break space. */
const GROUP_SPACE = "[ \u00A0\u2009\u202F]";
const GROUP_SPACES = new RegExp(GROUP_SPACE, "g");

/**
 * Source of a digit number in the English and the continental conventions:
 * "1,500", "13.7", "0.00190"; "1 250 000" and "32 156,4" (thousands grouped by a single space,
 * decimal comma); "1.234,5"; "104,8" (a comma before one or two digits is never a thousands
 * separator, which takes three).
 */
export const DIGITS_SOURCE = `(?:${[
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
  // Not "2 280-km lines" (two lines of 280 km).
  String.raw`\d{1,3}(?:${GROUP_SPACE}\d{3})+(?:,\d{1,2})?(?![,.]?\d|-[A-Za-z])`,
  String.raw`\d{1,3}(?:\.\d{3})+,\d{1,2}(?![,.]?\d)`,
  String.raw`\d+,\d{1,2}(?![,.]?\d)`,
  String.raw`\d+(?:\.\d+)?`,
].join("|")})`;

const SPELLED_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * A number token not glued to letters or digits before it. Spelled numbers may be
 * compound ("twenty-five"). Group 1: digits; group 2: words.
 */
export const NUMBER_TOKEN = new RegExp(
  String.raw`${NUMBER_START}(${DIGITS_SOURCE})|\b((?:${SPELLED_SOURCE})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b`,
  "giu",
);

/** Digits only: used for sentences with no spelled-out number (the common case, and faster). */
export const DIGIT_TOKEN = new RegExp(String.raw`${NUMBER_START}(${DIGITS_SOURCE})`, "gu");
/** A spelled-out number, or a fold written as one word ("threefold"). */
export const SPELLED_HINT = new RegExp(String.raw`\b(?:${SPELLED_SOURCE})(?:fold)?\b`, "i");
/**
 * A fold change written as a verb: "doubled", "more than tripled", "plans to quadruple" (not
 * "double-check", nor the adjective in "double taxation"). Group 1 or 2: the verb.
 */
export const FOLD_VERB = /\b(doubled|tripled|trebled|quadrupled)\b(?!-)|\bto\s+(double|triple|treble|quadruple)\b(?!-)/gi;
/** What each fold verb multiplies by. */
export const FOLD_VERB_VALUE: Readonly<Record<string, number>> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4 };
/**
 * A share written as a fraction: "a fifth of", "nearly half of", "two-thirds of" (not a period's "half of
 * 2024", "a quarter of the year", "the second half of the route"). Groups: 1–2 "a fifth", 3–4
 * "two-thirds", 5 "half".
 */
export const FRACTION = new RegExp(
  String.raw`(?<!\b(?:first|second|1st|2nd|latter|former|last|past)\s+)\b(?:(a|one)\s+(half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(two|three|four)[\s-](thirds|quarters|fifths|tenths)|(half))\s+of\b(?!\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:years?|months?|decades?|century|(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)`,
  "gi",
);
const DENOMINATORS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
/** The percent a FRACTION match stands for: "a fifth" → 20, "two-thirds" → 66.67. */
export function fractionPercent(m: RegExpMatchArray): number {
  if (m[5]) return 50;
  const n = NUMERATORS[(m[1] ?? m[3]!).toLowerCase()]!;
  const d = DENOMINATORS[(m[2] ?? m[4]!).toLowerCase().replace(/s$/, "")]!;
  return scaled((100 * n) / d, 1);
}
/** "One in ten projects", "1 in 4 trucks": a share. Group 1: how many it is one of. */
export const ONE_IN = /\b(?:one|1)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\b(?![.,]\d)/gi;
/** A verb of a fold change or a fraction of a whole, tested before FOLD_VERB, FRACTION and ONE_IN run. */
export const WORDS_HINT = /\b(?:doubl|tripl|trebl|quadrupl)e|\b(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\s+of\b|\b(?:one|1)\s+in\s/i;
/** A fold change written as one word: "threefold", "tenfold". Group 1: the number word. */
export const SPELLED_FOLD = new RegExp(String.raw`\b(${SPELLED_SOURCE})fold\b`, "gi");

/** The value of a number matched by `DIGITS_SOURCE`. */
export function parseDigits(s: string): number {
  const plain = s.replace(GROUP_SPACES, "");
  // A comma before one or two final digits is a decimal comma; dots before it group thousands.
  if (/,\d{1,2}$/.test(plain)) return Number(plain.replace(/\./g, "").replace(",", "."));
  return Number(plain.replace(/,/g, ""));
}

export function parseSpelled(s: string): number {
  const parts = s.toLowerCase().split("-");
  return parts.reduce((sum, p) => sum + (NUMBER_WORDS[p] ?? 0), 0);
}

/** value × factor without binary noise: 8.3 × 1e6 is 8300000, not 8300000.000000001. */
export function scaled(value: number, factor: number): number {
  const product = value * factor;
  // A whole number under 10^12 has no noise to round away (adding 0 turns -0 into 0, as the rounding does).
  if (Number.isInteger(product) && Math.abs(product) < 1e12) return product + 0;
  return Number(product.toPrecision(12));
}
