/** Number tokens: digits with thousands separators and decimals, and spelled-out numbers. */
import { DENOMINATORS, NUMBER_WORDS, NUMERATORS, scaleOf } from "../lexicon/units.js";
import { CODE_SOURCE } from "../lexicon/currencies.js";

/**
 * Where a digit number may start: not inside another number or a word, except right after a
 * currency code ("CNY3.4bn", "RMB200m"). The digit lookahead comes first so that positions
 * without a digit fail at once (the code alternation is slow if tried everywhere).
 */
export const NUMBER_START = `(?=\\d)(?<![\\p{N}_.,])(?:(?<!\\p{L})|(?<=\\b(?:${CODE_SOURCE}|US)))`;

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
  // "1.234.567": two dots or more group thousands.
  String.raw`\d{1,3}(?:\.\d{3}){2,}(?![,.]?\d)`,
  String.raw`\d+,\d{1,2}(?![,.]?\d)`,
  // "3'500 TEU", "1’250 t": an apostrophe groups thousands, as Swiss and some Central Asian texts write them.
  String.raw`\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])`,
  String.raw`\d+(?:\.\d+)?`,
].join("|")})`;

export const SPELLED_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * A number token not glued to letters or digits before it. Spelled numbers may be
 * compound ("twenty-five"). Group 1: digits; group 2: words.
 */
const ONES = "one|two|three|four|five|six|seven|eight|nine";
/** A fraction of a scale: "a quarter of a (million)", "three-quarters of a (billion)". */
const PART_OF_SCALE = String.raw`(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?|tenths?)\s+of\s+a(?=\s+(?:thousand|million|billion|trillion)\b)`;
/** Hundreds: "three hundred", "two hundred and fifty", "a hundred and twenty". */
const HUNDREDS = String.raw`(?:${ONES}|a)\s+hundred(?:\s+(?:and\s+)?(?:${SPELLED_SOURCE})(?:-(?:${ONES}))?)?`;
/**
 * Spelled numbers: a fraction of a scale ("a quarter of a (million)"); hundreds; "one and a half"; "a" and "half a"
 * before a scale; then a number word, with what may follow it: a decimal read aloud, as transcripts write it ("one point
 * two (billion)", "zero point eight"), or hundreds after thousands ("two thousand five hundred", one number, where "two
 * thousand" alone is two and its scale). The number words are tried once, after the shorter patterns.
 */
const SPELLED_COMPOUND = String.raw`${PART_OF_SCALE}|${HUNDREDS}|(?:${ONES})\s+and\s+a\s+half|(?:half\s+)?a(?=\s+(?:thousand|million|billion|trillion)\b)`;
const SPELLED_WORDS = String.raw`(?:${SPELLED_SOURCE}|zero(?=\s+point\b))(?:-(?:${ONES}))?(?:\s+point(?:\s+(?:zero|${ONES}))+|\s+thousand\s+(?:and\s+)?${HUNDREDS})?`;
export const NUMBER_TOKEN = new RegExp(
  String.raw`${NUMBER_START}(${DIGITS_SOURCE})|\b(${SPELLED_COMPOUND}|${SPELLED_WORDS})\b`,
  "giu",
);

/** Digits only: used for sentences with no spelled-out number (the common case, and faster). */
export const DIGIT_TOKEN = new RegExp(String.raw`${NUMBER_START}(${DIGITS_SOURCE})`, "gu");
/** A spelled-out number, or a fold written as one word ("threefold"). */
export const SPELLED_HINT = new RegExp(String.raw`\b(?:(?:${SPELLED_SOURCE})(?:fold)?|a\s+(?:thousand|million|billion|trillion))\b`, "i");

/** The value of a number matched by `DIGITS_SOURCE`. */
export function parseDigits(s: string): number {
  const plain = s.replace(GROUP_SPACES, "").replace(/['’]/g, "");
  // A comma before one or two final digits is a decimal comma; dots before it group thousands.
  if (/,\d{1,2}$/.test(plain)) return Number(plain.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(plain)) return Number(plain.replace(/\./g, ""));
  return Number(plain.replace(/,/g, ""));
}

export function parseSpelled(s: string): number {
  const words = s.toLowerCase().split(/\s+/);
  const sum = (w: string) => w.split("-").reduce((total, p) => total + (NUMBER_WORDS[p] ?? 0), 0);
  // "a quarter of a (million)" → 0.25, "three-quarters of a (billion)" → 0.75.
  const part = /^(a|one|two|three|four)[\s-](half|third|quarter|fifth|tenth)s?\s+of\s+a$/.exec(s.toLowerCase());
  if (part) return scaled(NUMERATORS[part[1]!]! / DENOMINATORS[part[2]!]!, 1);
  // "one point two" → 1.2, "zero point eight five" → 0.85.
  const point = words.indexOf("point");
  if (point > 0) return sum(words.slice(0, point).join(" ")) + Number(`0.${words.slice(point + 1).map((w) => (w === "zero" ? 0 : NUMBER_WORDS[w] ?? 0)).join("")}`);
  // "one and a half" → 1.5; "two hundred and fifty" → 250; "three hundred" → 300; "a (billion)" → 1; "half a (million)" → 0.5.
  if (words.length === 4 && words[1] === "and" && words[3] === "half") return sum(words[0]!) + 0.5;
  if (words.at(-1) === "a") return words[0] === "half" ? 0.5 : 1;
  // "two thousand five hundred" → 2,500.
  const thousand = words.indexOf("thousand");
  if (thousand > 0 && thousand < words.length - 1) return parseSpelled(words.slice(0, thousand).join(" ")) * 1000 + parseSpelled(words.slice(thousand + 1).filter((w, k) => k > 0 || w !== "and").join(" "));
  // "a hundred and twenty" → 120.
  if (words.length >= 2 && words[1] === "hundred") return (words[0] === "a" ? 1 : sum(words[0]!)) * 100 + sum(words.at(-1) === "hundred" ? "" : words.at(-1)!);
  return sum(s.toLowerCase());
}

/** value × factor without binary noise: 8.3 × 1e6 is 8300000, not 8300000.000000001. */
export function scaled(value: number, factor: number): number {
  const product = value * factor;
  // A whole number under 10^12 has no noise to round away (adding 0 turns -0 into 0, as the rounding does).
  if (Number.isInteger(product) && Math.abs(product) < 1e12) return product + 0;
  return Number(product.toPrecision(12));
}

/**
 * A number written in words and again in figures in brackets, as contracts and decrees write it: "thirty-two (32)
 * agreements", "two hundred million (200,000,000) US dollars". Group 1: the words; group 2: their scale; group 3: the figures.
 */
const WORDS_THEN_FIGURES = new RegExp(String.raw`\b(${SPELLED_COMPOUND}|${SPELLED_WORDS})(?:\s+(thousand|million|billion|trillion))?\s+\((\d[\d,.\s]*\d|\d)\)`, "giu");

/**
 * The sentence with the words of such numbers and their brackets blanked, so that the figures are read with what follows
 * them ("32 agreements", one figure); offsets hold. Words whose value the figures do not repeat are left as they are.
 */
export function maskWordsBeforeFigures(sentence: string): { text: string; moved: Map<number, { start: number; end: number }> } {
  /** Where each figure, moved one place right over its closing bracket, starts → where its words start and its bracket ends. */
  const moved = new Map<number, { start: number; end: number }>();
  if (!sentence.includes("(")) return { text: sentence, moved };
  const text = sentence.replace(WORDS_THEN_FIGURES, (whole, words: string, scale: string | undefined, figures: string, at: number) => {
    const value = parseSpelled(words) * (scale ? scaleOf(scale)! : 1);
    if (Math.abs(value - parseDigits(figures.replace(/\s/g, ""))) > 1e-9 * Math.max(1, value)) return whole;
    const open = whole.lastIndexOf("(");
    moved.set(at + open + 2, { start: at, end: at + whole.length });
    return " ".repeat(open + 2) + figures;
  });
  return { text, moved };
}
