/**
 * A number whose unit its sentence leaves out, said of the paragraph's last level: "From January to October we
 * handled 410,000 TEU. … For the full year we expect close to 500,000." The grammar reads one sentence and skips such
 * a number as bare; the paragraph knows what it measures.
 */
import type { Skipped } from "../types.js";
import { parseDigits } from "./numbers.js";
import { SCALE_SOURCE } from "../lexicon/units.js";
import { ISO_CODES } from "../lexicon/currencies.js";
import type { TableColumn } from "./table.js";
import { withQualifier } from "./qualify.js";
import { newRawFigure, type RawFigure } from "./raw.js";

/** What the number is said to come to, with an optional qualifier: "we expect close to ", "should reach about ". */
const LEVEL_VERB_BEFORE = /\b(?:expects?|expected|expecting|forecasts?|projects?|targets?|plans?|reach(?:es|ed)?|handle[sd]?|totall?(?:ed|s)?|hit|see)\s+(?:(?:close\s+to|about|around|nearly|almost|some|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$/i;
/** Units whose level a bare number may go on in: quantities, not shares, changes, rates or money (whose scale a bare number would lack). */
const LEVEL_UNITS: ReadonlySet<string> = new Set(["t", "TEU", "count", "km", "MW", "bcm", "kWh"]);
/** How far from the level a number may be and still be another level of it. */
const MAX_RATIO = 4;

export interface Level {
  value: number;
  unit: string;
  per: string | null;
  subject: string | null;
}

/**
 * The one bare number of a sentence with no figures, read in the unit of `level`, if the words before it say it is a
 * level ("we expect close to") and it is of the same size (within four times either way). Null otherwise.
 */
export function unitLeftOut(sentence: string, skipped: readonly Skipped[], level: Level): RawFigure | null {
  if (!LEVEL_UNITS.has(level.unit) || level.value <= 0) return null;
  const bare = skipped.filter((s) => s.reason === "bare-number");
  if (bare.length !== 1) return null;
  const s = bare[0]!;
  const value = parseDigits(s.text);
  if (!(value > 0) || value * MAX_RATIO < level.value || value > level.value * MAX_RATIO) return null;
  if (!LEVEL_VERB_BEFORE.test(sentence.slice(Math.max(0, s.start - 40), s.start))) return null;
  const fig = newRawFigure(s.start, s.end, value, level.unit);
  fig.per = level.per;
  fig.subject = level.subject;
  return withQualifier(sentence, fig);
}

/** What an amount is said to come to, after "it", "which" or "that": "Last year it exceeded ", "which stood at ". */
const AMOUNT_VERB_BEFORE = /\b(?:it|which|that|this)\s+(?:(?:already|then|now|again)\s+)?(?:exceeded|topped|passed|surpassed|reached|hit|was|stood\s+at|amounted\s+to|came\s+to|totall?ed|rose\s+to|fell\s+to|grew\s+to)\s+(?:(?:close\s+to|about|around|nearly|almost|some|roughly|over|more\s+than|barely|just)\s+)?$/i;
const SCALED = new RegExp(`\\b(?:${SCALE_SOURCE})\\b`, "i");

/**
 * An amount with its scale and no unit, said of the paragraph's last money level: "Ten years ago our trade with China was
 * barely four billion dollars. Last year it exceeded thirteen billion." The grammar reads "thirteen billion" as a count;
 * in the level's currency it is $13 billion, when it is of the same size (within four times either way). Null otherwise.
 */
export function currencyLeftOut(sentence: string, figure: RawFigure, level: Level): RawFigure | null {
  if (!ISO_CODES.has(level.unit) || level.value <= 0 || figure.unit !== "count" || figure.subject !== null || figure.per !== null) return null;
  if (!SCALED.test(sentence.slice(figure.start, figure.end)) || figure.value * MAX_RATIO < level.value || figure.value > level.value * MAX_RATIO) return null;
  // The qualifier's words may be the figure's own ("exceeded thirteen billion"): the verb is looked for before the number.
  const number = sentence.slice(figure.start, figure.end).search(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|half)\b/i);
  const at = figure.start + Math.max(0, number);
  if (!AMOUNT_VERB_BEFORE.test(sentence.slice(Math.max(0, at - 50), at))) return null;
  return { ...figure, unit: level.unit };
}

/** A listed line that is a name, a dash or colon, and a number alone: "2. Sinopec — 3.1", "Kazakhstan: 41.2". */
const NAMED_NUMBER_LINE = /^(?:\d{1,2}[.)]\s+)?\p{L}[^—–:\d]{0,50}?\s*[—–:-]\s*[+\-−]?\d[\d.,]*\s*%?\s*[;.,]?$/u;

/**
 * The one bare number of a listed line that is only a name and its number, read in the unit its list's opening gives in
 * brackets: "Top 5 Chinese investors in Kazakhstan (stock, $ billion):" then "1. CNPC — 12.4" is $12.4 billion. Null
 * otherwise.
 */
export function unitOfList(sentence: string, skipped: readonly Skipped[], column: TableColumn): RawFigure | null {
  if (!NAMED_NUMBER_LINE.test(sentence.trim())) return null;
  const bare = skipped.filter((s) => s.reason === "bare-number");
  if (bare.length !== 1) return null;
  const s = bare[0]!;
  const value = parseDigits(s.text);
  if (!Number.isFinite(value)) return null;
  const fig = newRawFigure(s.start, s.end, value * column.factor, column.unit);
  return withQualifier(sentence, fig);
}
