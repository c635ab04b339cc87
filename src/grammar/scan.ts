/**
 * The figure grammar: find each number in a sentence and read the phrase around it —
 * qualifier, currency, scale, range, unit, rate and parenthetical conversion — or say
 * why it is not a figure (a year, a date, an ordinal, an age, a duration…).
 */
import type { Skipped } from "../types.js";
import { CURRENCY_PREFIXES, CURRENCY_WORD_SOURCE, CURRENCY_WORDS, ISO_CODES, isoCode } from "../lexicon/currencies.js";
import { MONTH_SOURCE } from "../lexicon/dates.js";
import { COUNTED_SUBJECTS, COUNT_NOUNS, IRREGULAR_PLURALS, MEASURED_PLURALS, MEASURES, NOT_COUNTED, PER_SOURCE, SCALE_SOURCE, SHORT_SCALE_SOURCE, TIME_RATE, canonicalPer, scaleOf, type UnitSpec } from "../lexicon/units.js";
import { scanFx } from "./fx.js";
import { DIGITS_SOURCE, DIGIT_TOKEN, NUMBER_START, NUMBER_TOKEN, SPELLED_HINT, maskWordsBeforeFigures, parseDigits, parseSpelled, scaled } from "./numbers.js";
import { PREFIX_WINDOW, withQualifier } from "./qualify.js";
import { DIGITS_SHARE_HINT, WORDS_HINT, wordFigures } from "./words.js";
import { newRawFigure, type RawFigure, type SentenceScan } from "./raw.js";
import { GOES_ON_TO, relate } from "./relations.js";

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_SOURCE})\\.?\\s+(?:\\d{1,2}\\s*[-–]\\s*)?$`, "i");
const MONTH_AFTER = new RegExp(`^(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:of\\s+)?(?:${MONTH_SOURCE})\\b`, "i");
// Also the low end of a range of them: "takes 18–23 days".
const DURATION_AFTER = /^(?:\s*[-–]\s*\d{1,3})?(?:\s+|-)(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries)\b(?![-\s]+old)/i;
const AGE_AFTER = /^(?:\s+|-)years?(?:\s+|-)old\b/i;
const AGE_BEFORE = /\b(?:aged?|ages)\b[^.;,]{0,24}$/i;
const NAME_COMMA_BEFORE = /\p{Lu}\p{Ll}+,\s$/u;
const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s?cent\b|per-\s+cent\b|pct\b|pc\b)/i;
const POINTS_AFTER = /^\s?(?:percentage\s+points?|pp)\b/i;
/** Basis points, read as hundredths of a percentage point: "rose 15 basis points" is +0.15 pp. */
const BASIS_POINTS_AFTER = /^\s?(?:basis\s+points?|bps?)\b/i;
/** "3.5-fold", "fivefold" after a number word, and "2.1x" glued to the number. */
const FOLD_AFTER = /^(?:(?:-|\s)?fold\b|x(?![\p{L}\p{N}]))/iu;
// Not "\\b" at the end: "thou." ends in a dot.
const SCALE_AFTER = new RegExp(`^(?:\\s?|-)(${SCALE_SOURCE})(?![A-Za-z0-9])`, "i");
const SHORT_SCALE_AFTER = new RegExp(`^(${SHORT_SCALE_SOURCE})\\b`, "i");
/** Units and scales that may be written glued to the number ("280km", "$850M", "USD 1.2bn"); anything else glued is an identifier. */
const GLUED_UNIT = /^(?:km|kt|Mt|MMT|mmt|MT|mt|t|tn|MW|GW|kW|kWh|MWh|GWh|TWh|ha|TEUs?|bcm|mcm|bpd|kbpd|mbpd|kg|pct|pc|x)\b/;
const GLUED_SCALE = new RegExp(`^(?:${SHORT_SCALE_SOURCE}|bn|mn|mln|bln|trn|trln)\\b`, "i");
/** "tn" after a money amount is trillions ("$1.2tn"); after other numbers it is tonnes. */
const TRILLION_TN_AFTER = /^\s?(tn)\b/i;
/** Hundredths of a US dollar: "2.5 US cents", "4 cents a kWh". */
const CENTS_AFTER = /^\s+(?:US\s+|U\.S\.\s+)?cents?\b/i;
// Also the adjective after a scale: "a 1.5 billion-dollar project".
const CURRENCY_AFTER = new RegExp(`^(?:\\s+|-)(${CURRENCY_WORD_SOURCE})\\b`, "i");
const SCALE_DOT_CURRENCY = new RegExp(`^\\.(?=\\s+(?:${CURRENCY_WORD_SOURCE})\\b)`, "i");
/** A currency's symbol written after its number: "12,500 ₸", "1.2 bn ₽". */
const SYMBOLS_AFTER: Readonly<Record<string, string>> = { "₸": "KZT", "₽": "RUB", "¥": "CNY", "€": "EUR", "£": "GBP" };
const SYMBOL_AFTER = /^\s?([₸₽¥€£])/;
/** What a currency's name may describe, counted: "1,200 yuan payments", "300 tenge accounts". */
const CURRENCY_AS_ADJECTIVE = /^\s+(?:[\p{Ll}-]+\s+)?(?:payments|transactions|transfers|accounts|deposits|cards|invoices|operations|settlements|bonds|notes|coins|banknotes)\b/u;
// "280 km", "280km" and the adjective "a 280-km line".
const MEASURE_AFTER = MEASURES.map(([src, spec]) => [new RegExp(`^(?:\\s?|-)(?:${src})(?![\\p{L}])`, "u"), spec] as const);
/** All of them in one pattern, a group each (no measure's source has a group of its own): the group that matched names the measure. */
const ANY_MEASURE_AFTER = new RegExp(`^(?:\\s?|-)(?:${MEASURES.map(([src]) => `(${src})`).join("|")})(?![\\p{L}])`, "u");
/**
 * "per tonne", "a day", the desk's "/t" ("$9,150/t") and the adjective's "-a-year" ("a 350,000-tonne-a-year
 * plant"). Group 1: the words; group 2: the unit after a slash; group 3: the hyphenated time.
 */
const PER_AFTER = new RegExp(`^(?:\\s+(${PER_SOURCE})\\b|\\/\\s?(t|mt|MT|tonnes?|tons?|lbs?|pounds?|oz|bbl|barrels?|TEU|FEU|containers?|kg|kWh|l|litres?|liters?|yr|year|y|annum|day|d|month|mo)\\b|-((?:a|per)-(?:day|year|month|week))\\b)`, "i");
/** What a unit after a slash is a rate per: "$9,150/t", "10bcm/yr". */
const SLASH_UNITS: Readonly<Record<string, string>> = { t: "tonne", mt: "tonne", lb: "lb", lbs: "lb", pound: "lb", pounds: "lb", oz: "ounce", bbl: "barrel", l: "litre", litres: "litre", liter: "litre", liters: "litre", yr: "year", y: "year", annum: "year", d: "day", mo: "month" };
/** The rate a PER_AFTER match names, in canonical form. */
const perOf = (m: RegExpExecArray) => canonicalPer(m[1] ?? m[3] ?? `per ${SLASH_UNITS[m[2]!.toLowerCase()] ?? m[2]!}`);
/** "$1 billion to $2 billion", "$1-2 billion"; with `and` only after "between". */
const SCALED_RANGE_TO = new RegExp(`^\\s*(?:-|–|to)\\s*(?:US\\$|\\$|€|£)?(${DIGITS_SOURCE})\\s?(${SCALE_SOURCE})\\b`, "i");
const SCALED_RANGE_AND = new RegExp(`^\\s*(?:-|–|to|and)\\s*(?:US\\$|\\$|€|£)?(${DIGITS_SOURCE})\\s?(${SCALE_SOURCE})\\b`, "i");
const BETWEEN_BEFORE = /\bbetween\s+(?:US\$|\$|€|£)?$/i;
const PERCENT_RANGE = new RegExp(`^\\s?%\\s*(?:-|–|to)\\s*(${DIGITS_SOURCE})(?=\\s?%)`);
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to)\\s*(?:US\\$|\\$|€|£)?(${DIGITS_SOURCE})`, "i");
const BETWEEN_AND = new RegExp(`^\\s+and\\s+(?:US\\$|\\$|€|£)?(${DIGITS_SOURCE})`, "i");
const OF_AFTER = /^\s+of\s+(?!(?:that|this|these|those|it|them|which|whom|what)\b)((?:(?:import|export)s?\s+and\s+(?:import|export)s?\s+)?(?:[\p{L}\p{N}₂'’-]+)(?:\s+(?!per\b|in\b|to\b|from\b|for\b|by\b|at\b|on\b|and\b|with\b|during\b|over\b|across\b|a\b|an\b|each\b|last\b|this\b|next\b|annually\b|daily\b|will\b|would\b|could\b|can\b|may\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|worth\b|valued\b|totall?ing\b|amounting\b|costing\b)[\p{L}\p{N}₂'’-]+){0,2})/u;
const WORD_AFTER = /^\s+([\p{L}][\p{L}'’-]*)/u;
const STANDARD_CONTAINERS = /^standard\s+containers?$/i;
const BOTH_WAYS = /^\s+((?:inbound|outbound|incoming|outgoing|import|export)\s+and\s+(?:inbound|outbound|incoming|outgoing|import|export))(?=\s)/i;
const ASIDE_AFTER = /^\s+\([\p{L} -]{1,30}\)(?=\s)/u;
const STOP_WORDS = new Set([
  "of", "in", "to", "from", "with", "for", "and", "or", "the", "a", "an", "by", "at", "on", "per", "that", "which", "who",
  "have", "has", "had", "were", "was", "are", "is", "be", "been", "will", "would", "could", "may", "as", "than", "into", "over",
  "under", "between", "during", "since", "this", "these", "those", "its", "their", "his", "her", "respectively", "while", "each",
]);

/** A number that is part of a name: a model ("Boeing 737"), an article or a resolution ("Article 5", "No. 123"). */
// And a customs code: "HS 8703", "HS chapters 61-64", "code 8703.80", "HS 84 and 85" (each number of such a list).
const NAMED_NUMBER_BEFORE = /\b(?:Boeing|Airbus|Tupolev|Ilyushin|Antonov|Article|Articles|Resolution|Decree|Law|No\.|Nos\.|Number|Section|Chapter|Paragraph|Clause|Item|Order|Protocol|Model|Series|Version|Flight|Gate|Platform|Unit|Block|Room|Building|Annex|Appendix|Table|Figure|Fig\.|Page|p\.|pp\.|paragraphs?|para\.?|HS(?:\s+(?:codes?|chapters?|headings?|positions?))?|(?:customs\s+|commodity\s+)?codes?|chapters?|headings?)\s*(?:\d[\d.]*\s*(?:,|and|or|[-–])\s*)*$/;
/** Whether the word just before a number makes it part of a name (a cheap look at the word's first letter first). */
function namedNumber(before: string): boolean {
  let end = before.length;
  while (end > 0 && before.charCodeAt(end - 1) === 32) end--;
  let at = before.lastIndexOf(" ", end - 1) + 1;
  // Past a bracket opening the word: "(HS 8703)".
  if (before.charCodeAt(at) === 40 || before.charCodeAt(at) === 91) at++;
  const first = before.charCodeAt(at);
  // A capital ("Boeing", "No."), the "p" of "p." and "pp.", or the "c" and "h" of "code", "chapter" and "heading"; or a list
  // of such numbers ("HS 84 and 85"), whose last word is a conjunction or a dash.
  return ((first >= 65 && first <= 90) || first === 112 || first === 99 || first === 104 || LISTED_NUMBER.test(before.slice(-12))) && NAMED_NUMBER_BEFORE.test(before);
}
/** The end of a list of numbers, before its next one: "84 and ", "61-". */
const LISTED_NUMBER = /\d\s*(?:,|and|or|[-–])\s*$/;
/** A rank: "the three largest", "its 10 biggest", "the two main". */
const RANK_BEFORE = /\b(?:the|its|their)\s+$/i;
/** "Top 5 Chinese investments", "among the top-10 partners": a rank (not the verb: "freight trains top 5,000 trips"). */
const TOP_BEFORE = /(?:^|\b(?:the|its|their|a)\s+)top[-\s]?$/i;
const RANK_AFTER = /^\s+(?:largest|biggest|top|leading|main|major|richest|poorest|fastest|busiest|most\s+\p{L}+|least\s+\p{L}+)\b/iu;
/** The first number inside a conversion's brackets. */
// As a number starts anywhere: after a code glued to it too ("RMB2,035 million").
const CONVERTED_NUMBER = new RegExp(`${NUMBER_START}${DIGITS_SOURCE}`, "u");
const HAS_DIGIT = /\d/;
const LIST_AND = /^\s*(?:and|or|,)\s*$/;
const FROM_TO = /^\s+to\s+$/;
/** Units whose figures count single units (tonnes, TEU, km), so a part's scale word applies to them as it is. */
const PLAIN_UNITS: ReadonlySet<string> = new Set(["t", "TEU", "km"]);
/** A verb of expecting after a conjunction, right before a number: ", and we expect ", " but the ministry forecasts ". */
const EXPECTED_AFTER = /\b(?:and|but|while)\s+(?:[\p{L}'’]+\s+){0,3}?(?:expects?|expected|expecting|forecasts?|plans?|sees?|hopes?\s+for|targets?|aims?\s+for|projects?)\s+$/iu;
/** Between a whole and its part: ", of which", ", including". */
const PART_AFTER = /^(?:\s+(?:in|for|during)\s+[^,;()]{1,30}?)?\s*,\s*(?:of\s+which|including)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$/i;
const SCALE_WORD = new RegExp(`\\b(?:${SCALE_SOURCE})\\b`, "i");
/** "increased by 1.5 times", "3 times more": a fold. ("Trains run 2 times a day" is not.) */
const TIMES_AFTER = /^\s+times\b(?=\s+(?:more|higher|larger|greater|bigger|less|lower|as\s+(?:much|many|high)|compared\s+(?:to|with)|year-on-year|y\/y|on\s+the\s+year)\b)/i;
const TIMES_VERB_BEFORE = /\b(?:increased|grew|grown|rose|risen|jumped|expanded|multiplied|surged|soared|fell|fallen|decreased|dropped|declined|shrank|shrunk|up|down)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;
/** "the number of containers rose to 12 thousand": what a bare count counts. */
const NUMBER_OF = /\bnumber\s+of\s+((?:[\p{L}-]+)(?:\s+(?!was\b|were\b|is\b|in\b|to\b|through\b|from\b|that\b|transiting\b|passing\b|rose\b|grew\b|fell\b|reached\b|exceeded\b|on\b|at\b|along\b|via\b|across\b|over\b|for\b|with\b|between\b|by\b|under\b)[\p{L}-]+){0,2})(?:[^.;]|\.\d)*?$/u;
/** What "the number of …" before a number counts; not a verb after it ("the number of container trains increased"). */
function numberOf(before: string): string | null {
  return NUMBER_OF.exec(before)?.[1]!.replace(/\s+\p{Ll}+(?:ed|ing)$/u, "") ?? null;
}
const TAIL_OF: Partial<Record<Skipped["reason"], RegExp>> = {
  year: /^\s*[-–]\s*\d{4}\b/,
  duration: /^\s*[-–]\s*\d{1,3}\b(?=(?:\s+|-)\p{L})/u,
  date: /^\s*[-–]\s*\d{1,2}\b|^\.\d{4}\b/,
  time: /^:\d{2}\b/,
};

/**
 * "rose by $2 billion to $10 billion": after "by", an amount's "to" brings in the level it changed
 * to, not the top of a range ("by 5 to 7 percent" stays a range).
 */
const BY_BEFORE = /\bby\s+(?:US\$|\$|€|£)?$/i;
const changeTo = (before: string, range: string) => BY_BEFORE.test(before) && /^\s*to\b/i.test(range);

/** Scan one sentence. Offsets in the result are offsets into `sentence`. */
export function scanSentence(written: string): SentenceScan {
  // Every figure has a digit or a spelled-out number: most sentences without either are done at once.
  const anyWords = SPELLED_HINT.test(written);
  const digits = HAS_DIGIT.test(written);
  // "thirty-two (32) agreements", "two hundred million (200,000,000) US dollars": the figures are read with what follows
  // them, and the figure starts at the words.
  const masked = anyWords && digits ? maskWordsBeforeFigures(written) : null;
  const sentence = masked?.text ?? written;
  const spelledWords = masked && masked.moved.size > 0 ? SPELLED_HINT.test(sentence) : anyWords;
  const wordy = WORDS_HINT.test(sentence) || (digits && DIGITS_SHARE_HINT.test(sentence));
  if (!spelledWords && !wordy && !digits) return { figures: [], skipped: [] };
  const figures: RawFigure[] = [...scanFx(sentence), ...wordFigures(sentence, spelledWords, wordy)];
  const skipped: Skipped[] = [];
  const consumed: [number, number][] = figures.map((f) => [f.start, f.end]);
  const isConsumed = (i: number) => consumed.some(([a, b]) => i >= a && i < b);

  const TOKEN = spelledWords ? NUMBER_TOKEN : DIGIT_TOKEN;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    if (isConsumed(numStart)) continue;
    const spelled = m[2] !== undefined;
    const value = spelled ? parseSpelled(m[2]!) : parseDigits(m[1]!);
    const before = sentence.slice(Math.max(0, numStart - PREFIX_WINDOW), numStart);
    const after = sentence.slice(numEnd, numEnd + 80);
    const skip = (reason: Skipped["reason"], end = numEnd) => {
      skipped.push({ start: numStart, end, text: sentence.slice(numStart, end), reason });
    };
    // "one of the three largest investors", "7 of the 12 largest loans", "Top 5 investments": a rank, not a count.
    if ((RANK_AFTER.test(after) && RANK_BEFORE.test(before)) || (/top[-\s]?$/i.test(before.slice(-4)) && TOP_BEFORE.test(before))) {
      if (!spelled) skip("rank");
      continue;
    }

    if (!spelled) {
      const reason = notAFigure(sentence, numStart, m[1]!, value, before, after);
      if (reason) {
        // A skipped year range, day range or clock time is skipped whole: "2025-2030", "June 5-6", "10:30".
        const tail = TAIL_OF[reason]?.exec(after);
        const end = numEnd + (tail ? tail[0].length : 0);
        skip(reason, end);
        TOKEN.lastIndex = end;
        continue;
      }
    }
    const parsed = readPhrase(sentence, numStart, numEnd, value, spelled);
    if (!parsed) {
      if (!spelled) skip("bare-number");
      continue;
    }
    for (const fig of parsed) {
      figures.push(fig);
      consumed.push([fig.start, fig.end]);
    }
    const last = parsed[parsed.length - 1]!;
    TOKEN.lastIndex = Math.max(TOKEN.lastIndex, last.end);
  }
  // Links made before sorting (an exchange-rate change to its rate) follow their figures.
  const qualified = figures.some((f) => f.qualifiesIndex !== null)
    ? figures.flatMap((f) => (f.qualifiesIndex !== null ? [[f, figures[f.qualifiesIndex]!] as const] : []))
    : [];
  if (masked) for (const f of figures) {
    const words = masked.moved.get(f.start);
    if (!words) continue;
    f.start = words.start;
    f.end = Math.max(f.end, words.end);
  }
  figures.sort((a, b) => a.start - b.start);
  retract(sentence, figures, skipped);
  multiplyUnits(sentence, figures, skipped);
  joinScaledParts(sentence, figures);
  resolveBareNumbers(sentence, figures, skipped);
  for (const [f, level] of qualified) f.qualifiesIndex = figures.includes(level) ? figures.indexOf(level) : null;
  const scaledCount = (f: RawFigure) => f.unit === "count" && f.subject === null && SCALE_WORD.test(sentence.slice(f.start, f.end));
  // "4.1 million and 2.2 million tonnes": a list shares the unit written at its end, read from the end so that a list of
  // three takes it too ("1.1 million, 0.64 million and 0.12 million tonnes"). So does a span "from 7.5 million to 15 million tonnes".
  for (let i = figures.length - 2; i >= 0; i--) {
    const [f, next] = [figures[i]!, figures[i + 1]!];
    if (!scaledCount(f) || next.unit === "count") continue;
    const gap = sentence.slice(f.end, next.start);
    if (LIST_AND.test(gap) || (FROM_TO.test(gap) && /\bfrom\s+$/i.test(sentence.slice(Math.max(0, f.start - 6), f.start)))) {
      f.unit = next.unit;
      f.subject = next.subject;
    }
  }
  figures.forEach((f, i) => {
    if (!scaledCount(f)) return;
    // "11.2 million tonnes, of which 9.8 million went west": a part takes its whole's unit (one counted in
    // single units, which a scale word multiplies as it does the part).
    const whole = figures[i - 1];
    // So does a number expected after a level: "we sent 1.1 million tonnes …, and we expect 1.5 million this season".
    if (whole && PLAIN_UNITS.has(whole.unit) && (PART_AFTER.test(sentence.slice(whole.end, f.start)) || EXPECTED_AFTER.test(sentence.slice(whole.end, f.start)))) {
      f.unit = whole.unit;
      f.subject = whole.subject;
      return;
    }
    // "totalled 3.9bn dollars, of which Chinese exports made up 3.6 billion": the currency carries over.
    const money = figures.slice(0, i).reverse().find((p) => ISO_CODES.has(p.unit));
    if (money) f.unit = money.unit;
  });
  // "15 million tonnes of cargo a year …, rising later to 20 million tonnes": the level it goes on to is in its time too.
  for (let i = 1; i < figures.length; i++) {
    const [prev, f] = [figures[i - 1]!, figures[i]!];
    if (f.per === null && prev.per !== null && f.unit === prev.unit && GOES_ON_TO.test(sentence.slice(prev.end, f.start))) f.per = prev.per;
  }
  everyTime(sentence, figures);
  relate(sentence, figures);
  return { figures, skipped };
}

/** "Every week", "each day": the time a count or a flow recurs in, anywhere in its statement. */
const EVERY_TIME = /\b(?:every|each)\s+(day|week|month|year)\b/i;
/** Where a statement ends: a semicolon, or a comma before a conjunction ("…during the visit, and several hundred trucks …"). */
const STATEMENT_BREAKS = /;|,\s+(?:and|but|while|whereas)\s/g;
const STATEMENT_BREAK = new RegExp(STATEMENT_BREAKS.source);
/** Units of things that arrive, leave or are made: a count, tonnes, containers. */
const RECURRING_UNITS: ReadonlySet<string> = new Set(["count", "t", "TEU"]);
/**
 * "Every week, around forty freight trains arrive from China", "40 trains arrive every week": a count or a flow with no
 * rate of its own is per that time, when its statement (between semicolons, or commas before a conjunction) says so once.
 */
function everyTime(sentence: string, figures: RawFigure[]): void {
  if (!/\b(?:every|each)\s/i.test(sentence)) return;
  for (const f of figures) {
    if (f.per !== null || !RECURRING_UNITS.has(f.unit)) continue;
    const before = sentence.slice(0, f.start);
    const opens = [...before.matchAll(STATEMENT_BREAKS)].at(-1);
    const from = opens ? opens.index! + opens[0].length : 0;
    const closes = STATEMENT_BREAK.exec(sentence.slice(f.end));
    const statement = sentence.slice(from, closes ? f.end + closes.index : sentence.length);
    const every = EVERY_TIME.exec(statement);
    if (every && !EVERY_TIME.test(statement.slice(every.index + every[0].length))) f.per = canonicalPer(every[1]!);
  }
}

/** A correction's words for what an earlier version got wrong: "An earlier version of this article put …", "misstated …". */
const RETRACTION = /\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|thread|post|piece|item|note)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:stated|said|reported|gave|put|listed|described|cited)\b|\bmisstated\b|\bmisreported\b/i;
/** Stems of RETRACTION's words, without their first letters' case: a cheap test before the pattern. */
const RETRACTION_STEMS = ["version", "ncorrectly", "rongly", "istakenly", "rroneously", "isstated", "isreported"];
/** Where the correct value starts: "; the correct figure is …", "instead of …", "rather than …". */
const CORRECTED = /;|\binstead\s+of\b|\brather\s+than\b|\bcorrect(?:ed)?\b|\bshould\s+have\b/gi;

/**
 * The values a correction says were wrong are no figures: in "An earlier version of this thread put China's exports at
 * $65.1bn; the correct figure is $56.1bn", $65.1bn is set aside as retracted, and $56.1bn stays.
 */
function retract(sentence: string, figures: RawFigure[], skipped: Skipped[]): void {
  if (figures.length === 0 || !RETRACTION_STEMS.some((w) => sentence.includes(w))) return;
  const said = RETRACTION.exec(sentence);
  if (!said) return;
  CORRECTED.lastIndex = said.index + said[0].length;
  const correct = CORRECTED.exec(sentence);
  const until = correct ? correct.index : sentence.length;
  const wrong = figures.filter((f) => f.start >= said.index && f.end <= until);
  if (wrong.length === 0) return;
  for (const f of wrong) skipped.push({ start: f.start, end: f.end, text: sentence.slice(f.start, f.end), reason: "retracted" });
  const kept = figures.filter((f) => !wrong.includes(f));
  figures.length = 0;
  figures.push(...kept);
  skipped.sort((a, b) => a.start - b.start);
}

/** The reason a digit number is not a figure, or null. */
function notAFigure(sentence: string, start: number, digits: string, value: number, before: string, after: string): Skipped["reason"] | null {
  const prev = sentence[start - 1] ?? "";
  const prev2 = sentence[start - 2] ?? "";
  if (prev === "-" && /\p{L}/u.test(prev2)) return "identifier"; // Covid-19, Su-30
  // A wire story's version: "UPDATE 2-China's CITIC agrees to …".
  if (/^-\p{L}/u.test(after) && /\b(?:UPDATE|REFILE|CORRECTED|WRAPUP)\s$/.test(before)) return "identifier";
  // "Boeing 737 jets", "Article 5 of the treaty", "Resolution No. 123": a name's number, unless a unit follows ("Line 2 of 500 MW" is no name's).
  if (namedNumber(before) && !hasUnitAfter(after)) return "identifier";
  if (/^\p{L}/u.test(after)) {
    if (ORDINAL_SUFFIX.test(after)) return "ordinal";
    // "9M 2026", "6M'25": the first months of a year, as releases write a period.
    if (/^M\s?['’]?(?:(?:1[89]|20)\d\d|\d\d)\b/.test(after) && /^(?:[1-9]|1[01])$/.test(digits)) return "date";
    // "2025E", "2026F": a year marked as estimated or forecast.
    if (/^[EF](?![\p{L}\p{N}])/u.test(after) && /^(?:19|20)\d\d$/.test(digits)) return "year";
    if (!GLUED_UNIT.test(after) && !GLUED_SCALE.test(after)) return "identifier";
  }
  if (/^:\d{2}\b/.test(after)) return "time";
  // A railway's gauge names its standard: "the 1,435 mm gauge line", "a gauge of 1,520 mm".
  if (GAUGE_AFTER.test(after) || (/^\s?(?:mm|millimet(?:er|re)s?)\b/i.test(after) && /\bgauge\s+(?:of\s+)?$/i.test(before))) return "identifier";
  // A note's mark after a sentence: "… between 2000 and 2024.[3]".
  if (prev === "[" && /^\]/.test(after) && value < 1000 && /(?:^|[.,;:!?"”’)]\s*|\p{L})\[$/u.test(before.slice(-3))) return "footnote";
  // The second year of a split one: "the 2026/27 marketing year".
  if (prev === "/" && /(?:1[89]|20)\d\d\/$/.test(before) && /^\d\d$/.test(digits)) return "year";
  // A date written day first with dots, as Central Asian and Russian documents do: "Resolution No. 684 of 12.11.2026".
  if (/^\.(?:1[89]|20)\d\d\b/.test(after) && /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/.test(digits)) return "date";
  if (/^\s*(?:a\.m\.|p\.m\.|am|pm)\b/i.test(after) && value <= 12) return "time";
  const hasUnit = hasUnitAfter(after) || currencyBefore(before) !== null;
  if (!hasUnit && MONTH_BEFORE.test(before) && value >= 1 && value <= 31 && !digits.includes(".")) return "date";
  if (!hasUnit && MONTH_AFTER.test(after) && value >= 1 && value <= 31 && !digits.includes(".")) return "date";
  if (!hasUnit && /^\d{4}$/.test(digits) && value >= 1800 && value <= 2100) return "year";
  if (!hasUnit && /^\s*[-–]\s*\d{4}\b/.test(after) && /^\d{4}$/.test(digits)) return "year";
  if (AGE_AFTER.test(after) || (!hasUnit && AGE_BEFORE.test(before) && value < 130)) return "age";
  if (!hasUnit && NAME_COMMA_BEFORE.test(before) && /^,/.test(after) && value < 130) return "age";
  if (DURATION_AFTER.test(after)) return "duration";
  if (value === 100 && BASIS_AFTER.test(after)) return "basis";
  if (start === 0 && /^[.)]\s/.test(after) && value < 100) return "list-number";
  // A thread's post numbers opening a line: "1/6 New customs numbers out today …".
  if (start === 0 && /^\/\d{1,2}\s/.test(after) && value < 100) return "list-number";
  if (prev === "/" && /^\d{1,2}\/$/.test(before) && start <= 3 && /^\s/.test(after) && value < 100) return "list-number";
  if (/^\($/.test(before.slice(-1)) && /^\)\s/.test(after) && start <= 1) return "list-number";
  // An item's number inside a sentence: "including: 1) an agreement …; 2) a memorandum …".
  if (/^\)\s+\p{L}/u.test(after) && /(?:[:;]\s*|^\s*)$/.test(before) && value < 30 && !digits.includes(".")) return "list-number";
  return null;
}

/** "1,435 mm gauge", "1,520-mm broad-gauge track". */
const GAUGE_AFTER = /^[\s-]?(?:mm|millimet(?:er|re)s?)(?:[\s-]+(?:standard|broad|narrow|Russian|European|Chinese))?[\s-]+gauge\b/i;

/** "(100% basis)", "on a 100 percent basis": how a miner's or a group's total is counted. */
const BASIS_AFTER = /^\s?(?:%|percent|per\s?cent)\s+(?:(?:attributable|consolidated|ownership|equity)\s+)?basis\b/i;

/** "m"/"k" is a scale only before a currency or a unit: "$5m", "5m yuan", "14.2m tonnes" (not "a 5m wall"). */
function shortScaleUnitAfter(after: string): boolean {
  return CURRENCY_AFTER.test(after) || ANY_MEASURE_AFTER.test(after) || countedAfter(after);
}

/** "19k China-Europe trains", "2m tourists": things counted within three words after a short scale. */
const NEXT_WORD = /^\s+([\p{L}'’-]+)/u;
function countedAfter(after: string): boolean {
  let at = 0;
  for (let k = 0; k < 3; k++) {
    const w = NEXT_WORD.exec(after.slice(at));
    if (!w) return false;
    const word = w[1]!.toLowerCase();
    if (COUNT_NOUNS.has(word) || IRREGULAR_PLURALS.has(word)) return true;
    if (STOP_WORDS.has(word)) return false;
    at += w[0].length;
  }
  return false;
}

function hasUnitAfter(after: string): boolean {
  return (
    PERCENT_AFTER.test(after) || POINTS_AFTER.test(after) || FOLD_AFTER.test(after) || SCALE_AFTER.test(after) ||
    CURRENCY_AFTER.test(after) || ANY_MEASURE_AFTER.test(after)
  );
}

/** The prefixes that end in a dollar sign, and the others: only one list can match what stands before a number. */
const DOLLAR_PREFIXES = CURRENCY_PREFIXES.filter(([re]) => re.source.includes("\\$"));
const OTHER_PREFIXES = CURRENCY_PREFIXES.filter(([re]) => !re.source.includes("\\$"));
const DOLLAR_BEFORE = /\$\s?$/;

function currencyBefore(before: string): { code: string; length: number } | null {
  for (const [re, code] of DOLLAR_BEFORE.test(before) ? DOLLAR_PREFIXES : OTHER_PREFIXES) {
    const m = re.exec(before);
    if (m) return { code: code || isoCode(m[1]!), length: m[0].length };
  }
  return null;
}

/**
 * Read the phrase around a number: [qualifier] [currency] NUMBER [range] [scale] [unit|currency|%|fold]
 * [of SUBJECT] [(conversion)] [per …]. Returns the figure and any parenthetical conversion, or null for
 * a bare number.
 */
function readPhrase(sentence: string, numStart: number, numEnd: number, value: number, spelled: boolean): RawFigure[] | null {
  let start = numStart;
  let pos = numEnd;
  let high: number | null = null;
  let currency: string | null = null;
  /** The rate the unit's word holds ("bpd"), if any. */
  let unitPer: string | null = null;
  const beforeAll = sentence.slice(Math.max(0, numStart - PREFIX_WINDOW), numStart);
  const cur = currencyBefore(beforeAll);
  // A dollar the grammar does not know ("R$40 million"): no amount it could give a unit.
  if (cur?.code === "?" && !spelled) return null;
  if (cur && !spelled) {
    currency = cur.code;
    start -= cur.length;
  }
  const rest = () => sentence.slice(pos, pos + 80);
  // "1,200+ employees", "$30bn+": a plus after the number (or its scale) is "more than".
  let plus = !spelled && sentence[pos] === "+" && /^\+(?=\s+\p{L})/u.test(rest());
  if (plus) pos += 1;
  // So is "-plus": "1,000-plus trucks", "2.5 million-plus tonnes", "$1bn-plus" (read after the scale below).
  const dashPlus = () => {
    if (plus || !PLUS_WORD.test(rest())) return;
    plus = true;
    pos += 5;
  };
  dashPlus();

  // A range: "$1-2 billion", "150,000-160,000 TEU", "between 5 and 7 percent".
  if (!spelled) {
    const r = RANGE_AFTER.exec(rest());
    const fromBefore = /\bfrom\s+(?:US\$|\$|€|£)?$/i.test(beforeAll);
    if (r && !fromBefore && !(currency && changeTo(beforeAll, r[0])) && !/^\s*[-–]\s*\d{4}\b/.test(rest())) {
      const hv = parseDigits(r[1]!);
      if (hv > value) {
        high = hv;
        pos += r[0].length;
      }
    } else if (BETWEEN_BEFORE.test(beforeAll)) {
      const b = BETWEEN_AND.exec(rest());
      if (b) {
        high = parseDigits(b[1]!);
        pos += b[0].length;
      }
    } else {
      // "5%-7%": a range of percents, each with its sign (the second "%" is the unit read next).
      const p = PERCENT_RANGE.exec(rest());
      if (p && !fromBefore && parseDigits(p[1]!) > value) {
        high = parseDigits(p[1]!);
        pos += p[0].length;
      }
    }
  }

  let unit: string | null = null;
  let factor = 1;
  let subject: string | null = null;

  let r: RegExpExecArray | null;
  if ((r = FOLD_AFTER.exec(rest()))) {
    unit = "fold";
    pos += r[0].length;
  } else if ((r = TIMES_AFTER.exec(rest())) || (TIMES_VERB_BEFORE.test(beforeAll) && (r = /^\s+times\b/i.exec(rest())))) {
    unit = "fold";
    pos += r[0].length;
  } else if ((r = PERCENT_AFTER.exec(rest()))) {
    unit = "percent";
    pos += r[0].length;
  } else if ((r = POINTS_AFTER.exec(rest()))) {
    unit = "pp";
    pos += r[0].length;
  } else if ((r = BASIS_POINTS_AFTER.exec(rest()))) {
    unit = "pp";
    factor = 0.01;
    pos += r[0].length;
  } else {
    if ((r = SCALE_AFTER.exec(rest()))) {
      factor = scaleOf(r[1]!)!;
      pos += r[0].length;
    } else if (!spelled && (r = SHORT_SCALE_AFTER.exec(rest())) && (currency || shortScaleUnitAfter(sentence.slice(pos + r[0].length, pos + 80)))) {
      factor = scaleOf(r[1]!)!;
      pos += r[0].length;
    } else if (!spelled && (r = TRILLION_TN_AFTER.exec(rest())) && (currency || CURRENCY_AFTER.test(sentence.slice(pos + r[0].length, pos + 80)))) {
      factor = scaleOf("tn")!;
      pos += r[0].length;
    }
    if (factor !== 1) {
      dashPlus();
      // An abbreviated scale's dot before the currency or the measure: "1,2 bln. USD", "45 mln. tenge", "2,1 mln. t".
      if (SCALE_DOT_CURRENCY.test(rest()) || (rest().startsWith(".") && ANY_MEASURE_AFTER.test(rest().slice(1)) && /^\.\s/.test(rest()))) pos += 1;
    }
    // "$1 billion to $2 billion", "between $4.5 billion and $5 billion"
    if (high === null && factor !== 1) {
      const r2 = (BETWEEN_BEFORE.test(beforeAll) ? SCALED_RANGE_AND : SCALED_RANGE_TO).exec(rest());
      if (r2 && !/\bfrom\s+(?:US\$|\$|€|£)?$/i.test(beforeAll) && !changeTo(beforeAll, r2[0])) {
        high = (parseDigits(r2[1]!) * scaleOf(r2[2]!)!) / factor;
        pos += r2[0].length;
      }
    }
    // A currency's name before what is counted is no amount: "about 1,200 yuan payments a day".
    if ((r = CURRENCY_AFTER.exec(rest())) && !currency && factor === 1 && CURRENCY_AS_ADJECTIVE.test(sentence.slice(pos + r[0].length, pos + r[0].length + 30))) r = null;
    else if (r) {
      const code = CURRENCY_WORDS[r[1]!.toLowerCase().replace(/\s+/g, " ")];
      if (code && (!currency || currency === code)) {
        currency = code;
        pos += r[0].length;
      }
    } else if (!currency && (r = SYMBOL_AFTER.exec(rest()))) {
      // A symbol after the number, as the Kazakh and Russian press write prices: "12,500 ₸", "98 ₽".
      currency = SYMBOLS_AFTER[r[1]!]!;
      pos += r[0].length;
    } else if (!currency && factor === 1 && (r = CENTS_AFTER.exec(rest()))) {
      // "2.5 US cents per kWh" is $0.025 a kWh.
      currency = "USD";
      factor = 0.01;
      pos += r[0].length;
    }
    if (currency) unit = currency;
    else {
      const after = rest();
      const any = ANY_MEASURE_AFTER.exec(after);
      // The first measure that matches, unless it does not count here (a bare "t" after a spelled number, a few cubic metres
      // unscaled): then the ones after it, one by one.
      const first = any ? any.findIndex((g, k) => k > 0 && g !== undefined) - 1 : -1;
      const fits = (spec: UnitSpec, words: string) => !(spec.unit === "t" && /^\s?t$/.test(words) && spelled) && !(spec.scaledOnly && factor < 1e6);
      let found: { spec: UnitSpec; length: number } | null = any && fits(MEASURES[first]![1], any[0]) ? { spec: MEASURES[first]![1], length: any[0].length } : null;
      if (any && !found) for (const [re, spec] of MEASURE_AFTER.slice(first + 1)) {
        const mm = re.exec(after);
        if (mm && fits(spec, mm[0])) {
          found = { spec, length: mm[0].length };
          break;
        }
      }
      if (found) {
        unit = found.spec.unit;
        factor *= found.spec.factor;
        if (found.spec.smallIsMillions && factor === 1 && value > 0 && (value < 100 || (!Number.isInteger(value) && value < 1000))) factor = 1e6;
        pos += found.length;
        unitPer = found.spec.per ?? null;
      }
    }
    if (unit && unit !== currency) {
      const of = OF_AFTER.exec(rest());
      // "1.2 million tonnes of the total" says what it is part of, not what it measures.
      if (of && !/^(?:the|this|that)\s+(?:total|sum|amount|figure|volume)$/i.test(of[1]!)) {
        subject = cleanSubject(of[1]!);
        // "10,000 tons of grain cargo per day": the rate comes after the subject.
        if (PER_AFTER.test(sentence.slice(pos + of[0].length, pos + of[0].length + 40))) pos += of[0].length;
      }
    }
    if (!unit) {
      // A spelled number of a hundred or more counts what follows it as digits do ("two hundred and fifty trucks").
      const counted = countNoun(sentence, pos, spelled && value < 100);
      if (counted) {
        // "710,000 standard containers": the Chinese press's TEU.
        const teu = STANDARD_CONTAINERS.test(counted.subject);
        unit = teu ? "TEU" : "count";
        subject = teu ? null : counted.subject;
        if (teu) pos = counted.end;
        // "60 thousand vehicles per year": the rate comes after what is counted.
        if (PER_AFTER.test(sentence.slice(counted.end, counted.end + 40))) pos = counted.end;
      } else if (!spelled && factor === 1 && (subject = countedBySubject(sentence, numStart, pos)) !== null) unit = "count";
      else if (spelled && factor === 1) return null;
      else if (factor !== 1) {
        unit = "count";
        subject = numberOf(sentence.slice(0, numStart));
      }
    }
  }
  if (!unit) return null;

  // A number written with its sign ("an increase of -3.2%", "+12%") is a change of that sign,
  // whatever verb stands before it; an amount may write it before its currency ("widened to -$4.3bn").
  const signChar = high === null ? sentence[start - 1] : undefined;
  // An en dash set against the number is a minus too, as typeset text writes one ("growth was –5%").
  const signed = (signChar === "-" || signChar === "−" || signChar === "–" || signChar === "+") && (start < 2 || /[\s(\[]/.test(sentence[start - 2]!));
  // So is an arrow before a change, as market tables write it: "▲ 2.3%", "▼1.1%", "↓0.4%", "(▼ $150 w/w)".
  const arrow = !signed && high === null ? ARROW_BEFORE.exec(sentence.slice(Math.max(0, start - 2), start)) : null;
  const lead = signed ? 1 : arrow ? arrow[0].length : 0;
  const down = (signed && signChar !== "+") || (arrow !== null && DOWN_ARROWS.includes(arrow[1]!));
  const fig = newRawFigure(start - lead, pos, scaled(value, factor) * (down ? -1 : 1), unit);
  if ((signed && (unit === "percent" || unit === "fold" || unit === "pp")) || arrow) fig.kindHint = "growth";
  start = fig.start;
  fig.valueHigh = high === null ? null : scaled(high, factor);
  fig.subject = subject;
  if (!plus && sentence[pos] === "+" && /^\+(?![\p{L}\p{N}])/u.test(sentence.slice(pos, pos + 2))) {
    plus = true;
    fig.end = pos + 1;
  }
  withQualifier(sentence, fig);
  if (high !== null && fig.qualifier === "exact") fig.qualifier = "approx";
  if (plus && fig.qualifier === "exact") fig.qualifier = "min";
  const out: RawFigure[] = [fig];

  // A parenthetical conversion: "321 billion tenge (about $713 million)".
  const conv = /^\s*\(\s*/.exec(sentence.slice(pos, pos + 4));
  if (conv && (ISO_CODES.has(unit) || unit === "rate")) {
    const innerStart = pos + conv[0].length;
    const close = sentence.indexOf(")", innerStart);
    // One amount, or two: "(equivalent to approximately HK$2,231 million or RMB2,035 million)".
    if (close !== -1 && close - innerStart < 100) {
      let from = innerStart;
      for (let k = 1; k <= 2 && from < close; k++) {
        const inner = sentence.slice(from, close);
        const token = CONVERTED_NUMBER.exec(inner);
        if (!token || (k === 2 && !ANOTHER_CONVERSION.test(inner.slice(0, token.index)))) break;
        const s = from + token.index;
        const converted = readPhrase(sentence, s, s + token[0].length, parseDigits(token[0]), false);
        const c = converted?.[0];
        if (!c || !ISO_CODES.has(c.unit) || c.unit === unit || c.end > close + 1 || out.some((o) => o.unit === c.unit)) break;
        c.conversionOfIndex = -k; // how far back the primary stands, set as an index below
        c.end = Math.min(c.end, close);
        out.push(c);
        pos = close + 1;
        from = c.end;
      }
    }
  } else if (ISO_CODES.has(unit) && high === null) {
    // The same amount in two currencies with a slash between them: "35 billion yuan / 2.5 trillion tenge".
    const slash = SLASH_AMOUNT.exec(sentence.slice(pos, pos + 16));
    if (slash) {
      const s = pos + slash[0].length - 1;
      const n = CONVERTED_NUMBER.exec(sentence.slice(s, s + 40));
      const converted = n && n.index === 0 ? readPhrase(sentence, s, s + n[0].length, parseDigits(n[0]), false) : null;
      const c = converted?.[0];
      if (c && ISO_CODES.has(c.unit) && c.unit !== unit) {
        c.conversionOfIndex = -1;
        out.push(c);
        pos = c.end;
      }
    }
  }
  const per = PER_AFTER.exec(sentence.slice(pos, pos + 40));
  if (per) {
    for (const f of out) f.per = perOf(per);
    const last = out[out.length - 1]!;
    if (out.length === 1) last.end = pos + per[0].length;
    else fig.per = perOf(per);
  } else if (unitPer) fig.per = unitPer;
  return out;
}

/** Between two conversions of one amount: " or ", ", ", " and ", " / ". */
const ANOTHER_CONVERSION = /^\s*(?:or|and|,|;|\/)\s*(?:about|approximately|approx\.|some|roughly|around|nearly)?\s*(?:US\$|\$|€|£|¥|[A-Z]{2,3}\$?)?\s?$/;

/** An arrow right before a change: "▲ 2.3%", "▼1.1%". Group 1: the arrow. */
const ARROW_BEFORE = /([▲▼↑↓⬆⬇△▽])\s?$/u;
const DOWN_ARROWS = "▼↓⬇▽";

/** A slash between amounts, up to the first digit of the second: " / 2.5", " / $4", " / KZT 1". */
const SLASH_AMOUNT = /^\s?\/\s?(?:US\$|\$|€|£|[A-Z]{3}\s?)?\d/;

/** A plural that may name what is counted: "representatives", "people" (not "years", "this"). */
function isPlural(lower: string): boolean {
  return ((/[^s]s$/.test(lower) && lower.length > 3) || IRREGULAR_PLURALS.has(lower)) && !NOT_COUNTED.has(lower);
}

/** "500 representatives", "45 capacity cooperation projects", "two railway projects". */
/** Words that count pieces of what follows them: "1,850 pcs of containers". */
const COUNTERS: ReadonlySet<string> = new Set(["pcs", "pieces", "units", "items"]);
/** What a counter word counts: " of containers", " of heavy equipment". */
const COUNTED_OF = /^\s+of\s+(?:the\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)/u;

/** A rate of time right after a number: " a day", " per week", " daily". */
const TIME_RATE_AFTER = /^\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)\b|daily\b|weekly\b|monthly\b)/i;
/** Things a clause's subject may count. */
const COUNTABLE = "trucks|lorries|trains|wagons|railcars|containers|flights|vehicles|cars|buses|ships|vessels|passengers|tourists|visitors|travell?ers|crossings|trips|departures|arrivals|calls";
/**
 * The subject of a clause that counts, and its verb, right before a number and its rate: "Trucks crossing at Irkeshtam
 * averaged ", "The number of trains reached ". Group 1: what is counted.
 */
const COUNTING_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?:the\s+)?(?:(?:daily|weekly|monthly|average)\s+)?(?:number\s+of\s+)?((?:[\p{Ll}-]+\s+)?(?:${COUNTABLE}))\b[^,;:()]{0,60}?\s(?:averaged|numbered|totall?ed|reached|hit|topped|exceeded|stood\s+at|came\s+to|(?:rose|fell|grew|dropped|climbed|increased|decreased|slipped|jumped)\s+to|(?:is|are|was|were)(?:\s+now)?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+|just\s+)?$`,
  "iu",
);
/**
 * A bare number with a rate of time after it counts what its clause's subject names: "Trucks crossing at Irkeshtam
 * averaged 410 a day" is 410 trucks a day. Returns what is counted, or null.
 */
function countedBySubject(sentence: string, numStart: number, pos: number): string | null {
  if (!TIME_RATE_AFTER.test(sentence.slice(pos, pos + 16))) return null;
  const m = COUNTING_SUBJECT.exec(sentence.slice(Math.max(0, numStart - 100), numStart));
  return m ? m[1]!.toLowerCase() : null;
}

function countNoun(sentence: string, pos: number, spelled: boolean): { subject: string; end: number } | null {
  let at = pos;
  const words: string[] = [];
  // "7,120 inbound and outbound China-Europe freight trains": a pair of ways, then what is counted.
  const ways = BOTH_WAYS.exec(sentence.slice(at, at + 40));
  if (ways) {
    words.push(ways[1]!);
    at += ways[0].length;
  }
  for (let k = 0; k < 5; k++) {
    // A short aside between the words: "6,420 China-Europe (Central Asia) freight trains".
    const aside = words.length > 0 ? ASIDE_AFTER.exec(sentence.slice(at, at + 40)) : null;
    if (aside) at += aside[0].length;
    const w = WORD_AFTER.exec(sentence.slice(at, at + 60));
    if (!w) break;
    const word = w[1]!;
    const lower = word.toLowerCase();
    // Two words before what is counted: "50,000 electric and hybrid cars", "300 new or used wagons".
    if ((lower === "and" || lower === "or") && words.length > 0 && !spelled) {
      words.push(word);
      at += w[0].length;
      continue;
    }
    if (STOP_WORDS.has(lower)) break;
    // "60 pairs of trains a day": pairs of what follows, counted as pairs, the phrase read whole (its rate comes after it).
    if (k === 0 && lower === "pairs") {
      const wordEnd = at + w[0].length;
      const of = COUNTED_OF.exec(sentence.slice(wordEnd, wordEnd + 60));
      if (of) {
        const counted = of[1]!.split(/\s+/);
        if (counted.length > 1 && STOP_WORDS.has(counted[1]!.toLowerCase())) counted.pop();
        const phrase = ` of ${counted.join(" ")}`;
        const end = wordEnd + of[0].indexOf(counted[0]!) + counted.join(" ").length;
        return { subject: `pairs${phrase}`, end };
      }
    }
    // "1,850 pcs of containers", "300 units of equipment": a counter word, then what it counts.
    if (k === 0 && !spelled && COUNTERS.has(lower)) {
      const end = at + w[0].length + (sentence[at + w[0].length] === "." ? 1 : 0);
      const of = COUNTED_OF.exec(sentence.slice(end, end + 60));
      const counted = of ? of[1]!.split(/\s+/) : [];
      if (counted.length > 1 && STOP_WORDS.has(counted[1]!.toLowerCase())) counted.pop();
      return { subject: counted.length ? counted.join(" ") : word, end };
    }
    words.push(word);
    at += w[0].length;
    const plural = isPlural(lower);
    if (COUNT_NOUNS.has(lower) || (!spelled && plural)) {
      if (NOT_COUNTED.has(lower)) return null;
      return { subject: words.join(" "), end: at };
    }
  }
  // "50 of China's largest companies"
  if (!spelled) {
    const of = /^\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?([\p{Ll}][\p{L}-]*[^s\W]s)\b/u.exec(sentence.slice(pos, pos + 60));
    if (of && !NOT_COUNTED.has(of[1]!.toLowerCase())) return { subject: of[1]!, end: pos };
  }
  return null;
}


function cleanSubject(s: string): string {
  return s.replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
}

/** "412 (previous week: 389)": the same count, earlier. */
const EARLIER_LABEL = /^\s*\(\s*(?:previous|prior|last|a)\s+(?:day|week|month|quarter|year)(?:\s+earlier)?\s*:\s*$/i;
/**
 * A label naming what a number counts, right before it: "🚂 China–Europe trains via Kazakhstan: 412".
 * Group 1: what is counted; group 2: its last word (a count noun).
 */
/** The end of a label before its count: the colon, and a qualifier the figure takes ("Staff: about 2,400"). */
const LABEL_END = String.raw`\s*:\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|roughly)\s+)?$`;
const LABEL_COUNT = new RegExp(String.raw`(?:^(?:[-–—*•▪‣◦●]\s+)?|[^\p{L}\p{N}\s'’–-]\s*)((?:[\p{L}’'–-]+\s+){0,2}?([\p{L}]+))(?:\s+(?:via|through|from|to|in|at|on|of|between|across|along)\s+[^:;,()]{1,40})?${LABEL_END}`, "iu");
/** A word under a label that names things counted: "Tunnels: 27", "Employees: 1,250" (not "Exports: 27", whose unit is elsewhere). */
function countedWord(word: string): boolean {
  const w = word.toLowerCase();
  return COUNT_NOUNS.has(w) || (isPlural(w) && !MEASURED_PLURALS.has(w));
}

/** What a label counts: its last word, or the plural before a participle ("Jobs created: about 3,000", "Block trains run: 1,120"). */
function labelCounts(label: string, last: string): string | null {
  if (countedWord(last)) return label;
  const p = /^(?:([\p{L}’'–-]+\s+)?([\p{L}’'–-]+))\s+(?:\p{Ll}+ed|run|made|sent|built|sold|done|won|held)$/u.exec(label);
  return p && countedWord(p[2]!) ? (p[1] ?? "") + p[2]! : null;
}

/** "Number of new schools: 96", "Total number of trips: 412": group 1, what is counted. */
const NUMBER_OF_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}'’]\s?)(?:the\s+)?(?:total\s+)?(?:number|no\.)\s+of\s+([\p{L}’' -]{1,40}?)${LABEL_END}`, "iu");
/** What "Number of …" counts: things written in the plural ("new schools"), not an item's number ("Number of the decree"). */
function numberOfCounts(what: string): string | null {
  const last = what.slice(what.lastIndexOf(" ") + 1);
  return COUNT_NOUNS.has(last.toLowerCase()) || isPlural(last.toLowerCase()) ? what : null;
}

/** A sentence opening with a count as its whole: "Of the 74 projects, ". */
const OF_THE_BEFORE = /^(?:[^,;]{0,40},\s*)?Of\s+(?:the|these|those|its|their|all|all\s+the)\s+$/i;
/**
 * A number listed after a counted whole the sentence opens with counts a part of it: "Of the 74 projects, 31 are in
 * energy and mining, 22 in transport, and 21 in manufacturing". What is counted: the whole's.
 */
function partOfCountedWhole(sentence: string, figures: readonly RawFigure[], at: number): string | null {
  const whole = figures.find((f) => f.unit === "count" && f.end <= at && OF_THE_BEFORE.test(sentence.slice(0, f.start)));
  if (whole?.subject && /(?:,|;|\band)\s*$/.test(sentence.slice(whole.end, at))) return whole.subject;
  // Or named after the whole: "Trains handled: 612 in August, of which 405 China–Europe and 207 China–Central Asia".
  const before = [...figures].reverse().find((f) => f.unit === "count" && f.end <= at);
  return before?.subject && PARTS_AFTER_WHOLE.test(sentence.slice(before.end, at)) ? before.subject : null;
}
/** Between a count and its parts: ", of which ", ", including 405 China–Europe and ". */
const PARTS_AFTER_WHOLE = /^[^.;]{0,40}?,\s*(?:of\s+which|including|among\s+them)\s+(?:[^.;,]{0,40}?(?:,\s*|\s+and\s+))?$/i;

/** "Block trains from Xi'an numbered 3,420": a verb that gives a count its level, after what is counted. */
const COUNT_VERB = /\b(?:numbered|totall?ed|reached|came\s+to|amounted\s+to|stood\s+at|hit|topped|exceeded|(?:rose|grew|increased|fell|dropped|declined|climbed|jumped)\s+to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly|approximately|just\s+over|just\s+under)\s+)?$/i;
const CLAUSE_WORD = /[\p{L}’'-]+/gu;
const PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "to", "for", "by", "with", "via", "through", "in", "on", "at", "between", "across", "along", "under", "over", "per"]);

/** The things a clause's subject counts, when the clause ends in a count verb: "block trains" in "block trains from Xi'an to Central Asia numbered". */
function countedSubject(before: string): string | null {
  const tail = before.slice(-60);
  const v = COUNT_VERB.exec(tail);
  if (!v) return null;
  const verbAt = before.length - tail.length + v.index;
  const clause = before.slice(Math.max(0, verbAt - 100), verbAt);
  const from = Math.max(clause.lastIndexOf(","), clause.lastIndexOf(";"), clause.lastIndexOf(":"), clause.lastIndexOf("("), clause.lastIndexOf("—"));
  const words = clause.slice(from + 1).match(CLAUSE_WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    // The head of the subject comes before any preposition: not "revenue from trains".
    if (PREPOSITIONS.has(w)) return null;
    if (COUNTED_SUBJECTS.has(w)) {
      const mods = words.slice(Math.max(0, i - 2), i).filter((m) => !/^(?:the|a|an|its|their|our|this|these|those|all)$/i.test(m));
      return [...mods, words[i]!].join(" ");
    }
  }
  return null;
}

/** "3,420, 11% more than a year earlier": a percent of change after a level does not lend it its unit. */
const CHANGE_AFTER = /^\s+(?:more|less|higher|lower|fewer|up|down|above|below|than|over)\b/i;

/** "More than 2,200 companies now operate there, up from 1,600": the level a count is compared with. */
const UP_FROM = /^[^,;()]{0,60},\s*(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$/i;
/** "rose to 56 a week, from 31 in 2025": the level a move went from, after the level it went to. */
// With no comma after a verb of moving too: "eased to 1,900 railcars from 2,600".
const MOVED_FROM = /^[^,;()]{0,60}?(?:,\s*|\s+)from\s+(?:about\s+|around\s+|some\s+)?$/i;
/** A count said again as a rate after it: "we ran 4,870 trains, roughly 16 a day". */
const countAtRate = (sentence: string, prev: RawFigure, s: Skipped) =>
  prev.unit === "count" && prev.per === null && /^(?:\s+[\p{L}-]+){0,3}\s*,\s*(?:(?:about|around|roughly|some|nearly|almost|or)\s+)?$/iu.test(sentence.slice(prev.end, s.start)) && TIME_RATE_AFTER.test(sentence.slice(s.end, s.end + 16));
/** Or a level something is to be raised or cut to, its object between: "agreed to raise the capacity of the Torugart checkpoint to ". */
const RAISED_TO_BEFORE = /\b(?:raise[sd]?|raising|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|bring(?:s|ing)?|brought|cut(?:s|ting)?|reduc(?:e|es|ed|ing))\s+(?:[^,;()]{0,60}?\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;
const MOVED_TO_BEFORE = /\b(?:rose|grew|increased|climbed|jumped|surged|soared|rebounded|recovered|fell|dropped|declined|decreased|eased|slipped|slid|shrank|narrowed|widened|went\s+up|went\s+down)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** A level set against the figure before, at the end of its clause: "…, compared with 58 before the pandemic". */
// Or its capacity, plan or peak: "reached 2,400 containers a week, …, against a design capacity of 3,000".
const COMPARED_AFTER_CLAUSE = /^[^;()]{0,100}?,\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:well\s+|far\s+)?(?:above|below))\s+(?:(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:capacity|design\s+capacity|target|plan|forecast|peak|record)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|only\s+|just\s+)?$/iu;
/**
 * Whether a bare number is the level the figure before it moved from, or is set against: "… up from 31", "rose to 56,
 * from 31", "Some 120 weekly flights now connect …, compared with 58 before the pandemic".
 */
const movedFrom = (sentence: string, prev: RawFigure, at: number) => {
  const gap = sentence.slice(prev.end, at);
  return UP_FROM.test(gap) || (MOVED_FROM.test(gap) && (MOVED_TO_BEFORE.test(sentence.slice(Math.max(0, prev.start - 40), prev.start)) || RAISED_TO_BEFORE.test(sentence.slice(Math.max(0, prev.start - 90), prev.start)))) || COMPARED_AFTER_CLAUSE.test(gap);
};

/**
 * The scale a bare number takes from the figure whose unit it takes: that figure's, when that brings it nearer its value
 * ("exports reached 2.9 mln t, against 1.7 a season earlier": 1.7 million tonnes), else none ("1.2 million tonnes, up from 980,000").
 */
function sameOrder(value: number, like: RawFigure, sentence: string): number {
  const scale = SCALE_WORD.exec(sentence.slice(like.start, like.end));
  const factor = scale ? scaleOf(scale[0]) ?? 1 : 1;
  if (factor === 1 || value <= 0 || like.value <= 0) return 1;
  const distance = (v: number) => Math.abs(Math.log10(v / like.value));
  return distance(value * factor) < distance(value) ? factor : 1;
}

/** "…, followed by Haval with 38,200 and Geely with 27,500": a name ranked after a figure, with its own number. */
const RANKED_WITH = /^[^.;:()\d]{0,60}?(?:,\s*(?:followed\s+by|ahead\s+of)|\s+and|,)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:with|at|on)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/u;
/** "-plus" after a number or its scale: "more than". */
const PLUS_WORD = /^-plus\b/i;
/**
 * A number written in scaled parts, as translations from Russian write it: "3 billion 200 million dollars" is one amount,
 * $3.2 billion. A scaled count (no unit of its own) right before a smaller figure with a unit takes that figure in.
 */
function joinScaledParts(sentence: string, figures: RawFigure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const [f, next] = [figures[i]!, figures[i + 1]!];
    if (f.unit !== "count" || f.subject !== null || f.valueHigh !== null || next.valueHigh !== null || next.unit === "count" || next.unit === "percent") continue;
    const scale = SCALE_WORD.exec(sentence.slice(f.start, f.end));
    const factor = scale ? scaleOf(scale[0]) ?? 1 : 1;
    if (factor < 1e6 || next.value >= factor || !/^\s$/.test(sentence.slice(f.end, next.start)) || !/^\d/.test(sentence.slice(next.start, next.end))) continue;
    Object.assign(f, { value: scaled(f.value + next.value, 1), unit: next.unit, end: next.end, per: next.per, qualifier: f.qualifier === "exact" ? next.qualifier : f.qualifier });
    figures.splice(i + 1, 1);
  }
}

/** A dash between spaces after a number that heads its line. */
const HEAD_DASH = /^\s+[—–]\s+/;
/** "a capacity of 50,000 cars a year, is to reach 200,000 by 2030": the level the same thing is to reach, right after it. */
const LEVEL_NEXT = /^,?\s+(?:and\s+)?(?:(?:is|are)\s+(?:expected\s+|set\s+|due\s+|planned\s+)?to\s+|will\s+|should\s+|(?:plans?|aims?)\s+to\s+)(?:reach|rise\s+to|grow\s+to|increase\s+to|expand\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/i;
/** "already more than in all of 2025 (31,000)": the level compared with, in brackets after its period. */
const BRACKETED_BASELINE = /^[^.;()\d]{0,60}?\b(?:than|against|versus|vs\.?|compared\s+(?:with|to))\b[^.;()]{0,40}\(\s*$/i;
/** Whether a bare number is another of the figure before it: a name ranked after it, the level it is to reach, or the level it is compared with. */
/** The total a figure brings its count to, right after it: "registered 2,431 new companies in 2025, bringing the total to ". */
const TOTAL_NEXT = /^[^.;:()]{0,50}?,?\s+(?:bringing|taking|raising|lifting|pushing)\s+(?:the|its|their)\s+(?:total|number|count|tally)(?:\s+(?:number\s+)?of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/iu;
const sameMeasure = (sentence: string, prev: RawFigure, at: number) =>
  prev.unit !== "percent" && prev.unit !== "pp" &&
  (RANKED_WITH.test(sentence.slice(prev.end, at)) || LEVEL_NEXT.test(sentence.slice(prev.end, at)) || TOTAL_NEXT.test(sentence.slice(prev.end, at)) || (BRACKETED_BASELINE.test(sentence.slice(prev.end, at)) && /^\s*\)/.test(sentence.slice(at).replace(/^[\d.,\s]+/, ""))));

/** "2×330 MW units", "4 x 100 MW": so many units of a size, before a measured figure. Group 1: how many. */
const UNITS_TIMES = /(?<![\p{N}.,])(\d{1,2})\s?[×x]\s?$/u;
/** Units a multiple of which is one quantity (not money, shares or rates). */
const MULTIPLIED_UNITS: ReadonlySet<string> = new Set(["MW", "kWh", "t", "km", "TEU", "bcm"]);
/** A figure written as units times a size is their total: "with 2×330 MW units" is 660 MW. */
function multiplyUnits(sentence: string, figures: RawFigure[], skipped: Skipped[]): void {
  for (const f of figures) {
    if (!MULTIPLIED_UNITS.has(f.unit)) continue;
    const m = UNITS_TIMES.exec(sentence.slice(Math.max(0, f.start - 6), f.start));
    if (!m) continue;
    const n = Number(m[1]);
    if (n < 2) continue;
    const start = f.start - m[0].length;
    f.start = start;
    f.value = scaled(f.value, n);
    if (f.valueHigh !== null) f.valueHigh = scaled(f.valueHigh, n);
    const k = skipped.findIndex((x) => x.start === start);
    if (k !== -1) skipped.splice(k, 1);
  }
}

/**
 * Numbers with no unit of their own: counts after "the number of X", items of a list
 * that share a unit ("7,762 and 6,635"), or "26 of 45 projects". Others are skipped.
 */
function resolveBareNumbers(sentence: string, figures: RawFigure[], skipped: Skipped[]): void {
  // Twice: a number may take its unit from one resolved in the first pass ("412 (previous week: 389)").
  for (let pass = 0; pass < 2; pass++) {
    resolvePass(sentence, figures, skipped);
    figures.sort((a, b) => a.start - b.start);
  }
  // Conversions point at their primary: the figure just before them, or two back for a second conversion.
  for (let i = 0; i < figures.length; i++) if (figures[i]!.conversionOfIndex! < 0) figures[i]!.conversionOfIndex = i + figures[i]!.conversionOfIndex!;
}

function resolvePass(sentence: string, figures: RawFigure[], skipped: Skipped[]): void {
  for (let i = skipped.length - 1; i >= 0; i--) {
    const s = skipped[i]!;
    if (s.reason !== "bare-number") continue;
    const before = sentence.slice(0, s.start);
    const counted = numberOf(before);
    const next = figures.find((f) => f.start >= s.end);
    const prev = [...figures].reverse().find((f) => f.end <= s.start);
    let unit: string | null = null;
    let subject: string | null = null;
    /** The figure whose unit the number takes, and whose scale too where that makes it of the same order: "2.9 mln t, against 1.7". */
    let scaleLike: RawFigure | null = null;
    if (next && /^\s+of\s+$/.test(sentence.slice(s.end, next.start).replace(/(?:about|over|more than|some)\s+$/, ""))) {
      unit = next.unit;
      subject = next.subject;
    } else if (counted) {
      unit = "count";
      subject = counted;
    } else if ((subject = countedSubject(before))) {
      unit = "count";
    } else if ((subject = partOfCountedWhole(sentence, figures, s.start))) {
      unit = "count";
    } else if (prev && prev.unit !== "rate" && (/^\s*(?:,|and|,\s*and)\s*$/.test(sentence.slice(prev.end, s.start)) || countAtRate(sentence, prev, s) || movedFrom(sentence, prev, s.start) || EARLIER_LABEL.test(sentence.slice(prev.end, s.start)) || sameMeasure(sentence, prev, s.start))) {
      unit = prev.unit;
      subject = prev.subject;
      scaleLike = prev;
    } else if (prev && prev.unit === "rate" && (UP_FROM.test(sentence.slice(prev.end, s.start)) || COMPARED_AFTER_CLAUSE.test(sentence.slice(prev.end, s.start)))) {
      // "set the rate at 12,812.45 soums per US dollar from Monday, up from 12,650.10", "…, against 87.52 a week earlier": the same rate, earlier.
      const rate = withQualifier(sentence, newRawFigure(s.start, s.end, parseDigits(s.text), "rate"));
      Object.assign(rate, { kindHint: "fx", base: prev.base, quote: prev.quote });
      figures.push(rate);
      skipped.splice(i, 1);
      continue;
    } else {
      // "China–Europe trains via Kazakhstan: 412": a label naming what is counted, then the number.
      const tail = before.slice(-80);
      const label = LABEL_COUNT.exec(tail);
      const numberOf = NUMBER_OF_LABEL.exec(tail);
      const what = numberOf ? numberOfCounts(numberOf[1]!) : label ? labelCounts(label[1]!, label[2]!) : null;
      if (what) {
        unit = "count";
        subject = what;
      }
      // A number heading its line, then what it counts after a dash, as "By the numbers" lists are written: "19,000 —
      // container trains that crossed the border in 2025", "12 — Chinese-funded industrial parks" (not "41% — Kazakhstan's share").
      const dash = !what && before.trim() === "" ? HEAD_DASH.exec(sentence.slice(s.end, s.end + 6)) : null;
      const head = dash ? countNoun(sentence, s.end + dash[0].length - 1, false) : null;
      if (head && !/['’]/.test(head.subject)) {
        unit = "count";
        subject = head.subject;
      }
    }
    // "1.4 and 0.9 billion yuan": the unit and scale written once, at the end of the list.
    let factor = 1;
    // So is the low end of a span: "rising from 3 to 4 million tonnes".
    const fromTo = FROM_TO.test(sentence.slice(s.end, next?.start ?? s.end)) && /\bfrom\s+$/i.test(before);
    const changeAfter = next?.unit === "percent" && CHANGE_AFTER.test(sentence.slice(next.end, next.end + 12));
    // And its rate in time: "from 12 to 60 pairs of trains a day".
    let spanPer: string | null = null;
    if (!unit && next && next.unit !== "rate" && !changeAfter && (LIST_AND.test(sentence.slice(s.end, next.start)) || fromTo)) {
      unit = next.unit;
      subject = next.subject;
      const scale = SCALE_WORD.exec(sentence.slice(next.start, next.end));
      if (scale) factor = scaleOf(scale[0]) ?? 1;
      if (fromTo && next.per && TIME_RATE.test(next.per)) spanPer = next.per;
    }
    if (!unit) continue;
    if (scaleLike) factor = sameOrder(parseDigits(s.text), scaleLike, sentence);
    const value = scaled(parseDigits(s.text), factor);
    const fig = newRawFigure(s.start, s.end, value, unit);
    fig.subject = subject;
    // A count in time: "Flights rose to 56 a week".
    const per = unit === "count" ? PER_AFTER.exec(sentence.slice(s.end)) : null;
    if (per && TIME_RATE.test(perOf(per))) {
      fig.per = perOf(per);
      fig.end += per[0].length;
    } else if (prev && prev.unit === unit && prev.per && (LEVEL_NEXT.test(sentence.slice(prev.end, s.start)) || (TIME_RATE.test(prev.per) && movedFrom(sentence, prev, s.start)))) {
      // The level a capacity is to reach is in its time too: "50,000 cars a year, is to reach 200,000"; so is the level a rate
      // in time moved from or is set against ("120 weekly flights …, compared with 58").
      fig.per = prev.per;
    } else if (spanPer) fig.per = spanPer;
    figures.push(withQualifier(sentence, fig));
    skipped.splice(i, 1);
  }
}
