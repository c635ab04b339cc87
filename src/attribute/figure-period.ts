/**
 * Which of a sentence's periods is a figure's own: the nearest in its words, clause or sentence —
 * but not a period it is compared with ("compared with 2022", "…, against $450 in 2022"), and one
 * year back when the figure is "a year earlier".
 */
import { clauseAt, clauses, type Span } from "./clauses.js";
import { nearestPeriod, type PeriodMention } from "./period.js";
import { COMPARED_WITH } from "../lexicon/qualifiers.js";
import { IN_SAME_PERIOD, OF_THE_TOTAL, SAME_PERIOD_SOURCE } from "../lexicon/dates.js";

/** The amount of a change between its verb and "from": "up 12 percent from 2022", "up $2 billion from 2022", "an increase of 12% on 2024". */
const CHANGE_AMOUNT = String.raw`(?:\s+(?:by\s+|of\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?(?:US\$|\$|€|£)?\d[\d.,]*\s*(?:%|percent|per\s+cent|\p{L}+(?:\s+\p{L}+)?)?)?`;
// "an increase of 23.5% over the same period of 2025" compares too ("over 2021-2025" does not).
const BASELINE_BEFORE = new RegExp(`\\b(?:${COMPARED_WITH}|over(?=\\s+the\\s+${SAME_PERIOD_SOURCE})|than\\s+in(?:\\s+all\\s+of)?|as\\s+in|what\\s+(?:it|they)\\s+(?:was|were)\\s+in|(?:up|down|rose|rising|grew|grown|increased|decreased|fell|fallen|dropped|declined|increase|decrease|rise|drop|decline|fall|gain|growth)${CHANGE_AMOUNT}\\s+(?:from|on))\\s+(?:the\\s+${SAME_PERIOD_SOURCE}\\s+(?:(?:of|in)\\s+)?)?(?:the\\s+)?$`, "iu");
/**
 * A clause of comparison: "…, against $450 in 2022", "…, down from $341 in 2024", "rose to 56 a week, from 31 in 2025"
 * (not a span from one level to another: ", from US$4.6 billion in 2014 to over US$40 billion at the end of 2024").
 */
const BASELINE_CLAUSE = new RegExp(`^\\s*(?:${COMPARED_WITH}|(?:up|down)\\s+from\\b|from\\s+(?:about\\s+|around\\s+|some\\s+)?(?:US\\$|\\$|€|£)?\\d(?![^,;()]*\\s(?:to|through)\\s))`, "i");
const YEAR_EARLIER_AFTER = new RegExp(String.raw`^\s*,?\s*(?:of\s+(?=a\s+year\s+earlier))?(?:a\s+(?:year|season)\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+(?:year|season)|the\s+year\s+before|in\s+the\s+${SAME_PERIOD_SOURCE}\s+(?:a\s+year\s+earlier|of\s+the\s+previous\s+year))\b`, "i");

/** "nearly triple the 2021 level": a year that names a level to compare with. */
const LEVEL_AFTER = /^\s+(?:level|levels|figure|mark)\b/i;
/** The level a change moved from, right before its period: "has fallen to 72% from 86% three years ago". */
const FROM_LEVEL = /\b(?:fallen|risen|grown|fell|rose|grew|dropped|declined|increased|decreased|climbed)\s+to\s+\S+\s+from\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|€|£)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:in\s+)?$/i;
/** The level a multiple is of, right before its period: "three times the figure in 2023", "double the level of 2021". */
const MULTIPLE_OF = /\b(?:times|twice|double|triple|half|than)\s+(?:that\s+(?:of|in)|the\s+(?:level|figure|volume|total|amount|number)\s+(?:in|of|for))\s+$/i;
const comparedBefore = (text: string, p: PeriodMention) =>
  BASELINE_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)) || MULTIPLE_OF.test(text.slice(Math.max(0, p.start - 40), p.start)) || FROM_LEVEL.test(text.slice(Math.max(0, p.start - 60), p.start)) || LEVEL_AFTER.test(text.slice(p.end, p.end + 12));

/** A period labelling a figure in brackets, as releases give the year before: "EBITDA margin 23.3% (9M 2025: 21.8%)". */
const BRACKET_LABEL = (text: string, p: PeriodMention) => /\(\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start)) && /^\s*:/.test(text.slice(p.end, p.end + 3));
/** Such labels, each with where its bracket closes: the period is the bracketed figure's alone. */
function bracketLabels(text: string, periods: readonly PeriodMention[]): { period: PeriodMention; end: number }[] {
  return periods.filter((p) => BRACKET_LABEL(text, p)).map((p) => ({ period: p, end: text.indexOf(")", p.end) === -1 ? text.length : text.indexOf(")", p.end) }));
}

/** A period the text compares with: "compared with 2022", "…, against $450 in 2022", "(9M 2025: 21.8%)". */
export function isComparison(text: string, p: PeriodMention): boolean {
  if (comparedBefore(text, p) || BRACKET_LABEL(text, p)) return true;
  const clause = clauseAt(clauses(text), p.start);
  return BASELINE_CLAUSE.test(text.slice(clause.start, clause.end));
}

/** A reporting verb, right before the day it names: "said on Tuesday", "data released on 9 April", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told(?:\s+\p{L}+){1,2}|reported|announced|showed|shows|published|released|stated|noted|added|wrote|confirmed|disclosed)\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?$/iu;
/** Whether a period only says when the sentence's source spoke. */
export const saidOn = (text: string, p: PeriodMention): boolean => p.pointInTime && SAID_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start));

/** A sentence's periods, read once for all its figures. */
export interface SentencePeriods {
  text: string;
  /** Periods not introduced as a comparison ("compared with 2022"). */
  own: PeriodMention[];
  /** When the sentence's source spoke ("the ministry said on Monday"): a figure's period only when nothing else dates it. */
  said: PeriodMention[];
  /** Periods the text compares with ("more than in all of 2025"). */
  compared: PeriodMention[];
  /** Periods labelling a figure in brackets ("(9M 2025: 21.8%)"), with where the bracket closes. */
  labels: { period: PeriodMention; end: number }[];
  /** Clauses of comparison, whose periods belong to their own figures only. */
  comparisons: Span[];
  /** The year the text was written (a deadline after it is still to come); null if unknown. */
  refYear: number | null;
  /** A sentence's opening adverbial, "By 2030," or "In 2025,", whose period is every clause's. */
  opening: Span | null;
  /**
   * Where the dateline opening the sentence ends (0 if none): its date is when the story was filed,
   * no figure's own words, though an event with no other date is of it ("signed 27 agreements").
   */
  filed: number;
}

const OPENING = /^(?:By|In|Until|Through|Over|During)\s/;

export function sentencePeriods(text: string, periods: readonly PeriodMention[], spans: readonly Span[], refYear: number | null = null, filed = 0): SentencePeriods {
  const compared = periods.filter((p) => comparedBefore(text, p));
  return {
    filed,
    text,
    own: periods.filter((p) => !compared.includes(p) && !BRACKET_LABEL(text, p) && !saidOn(text, p)),
    said: periods.filter((p) => saidOn(text, p)),
    labels: bracketLabels(text, periods),
    compared,
    comparisons: spans.filter((c) => BASELINE_CLAUSE.test(text.slice(c.start, c.end))),
    refYear,
    opening: spans.length > 1 && spans[0]!.end - spans[0]!.start <= 30 && OPENING.test(text.slice(spans[0]!.start, spans[0]!.end)) ? spans[0]! : null,
  };
}

/** Where a figure stands in its sentence. */
export interface FigurePlace {
  start: number;
  end: number;
  /** The figure's own words: from the figure before it to the one after, within its clause. */
  win: Span;
  clause: Span;
  /** Where the figure before it ends (0 for the first). */
  prevEnd: number;
  /** Where the figure before it starts (0 for the first). */
  prevStart?: number;
}

export interface ChosenPeriod {
  period: PeriodMention | null;
  /** The words that name it. */
  text: string | null;
}

/**
 * A figure's period: for outcomes, the nearest in its words, then its clause, then the sentence,
 * then `carried()` (what an earlier sentence of the paragraph named); goals and forecasts look
 * only at their clause. "A year earlier" after the figure moves it one year back.
 */
export function figurePeriod(sp: SentencePeriods, at: FigurePlace, actual: boolean, carried: () => ChosenPeriod | null): ChosenPeriod {
  // "roughly $95 billion last year" in an undated text: its period is unknown, not another figure's.
  if (sp.refYear === null && RELATIVE_YEAR_AFTER.test(sp.text.slice(at.end, at.end + 40))) return { period: null, text: null };
  const label = sp.labels.find((l) => at.start >= l.period.end && at.end <= l.end);
  if (label) return { period: label.period, text: sp.text.slice(label.period.start, label.period.end) };
  // The level compared with, in brackets right after its period: "more than in all of 2025 (31,000)".
  // And a level with the period it is compared with right after it: "has fallen to 72% from 86% three years ago".
  const baseline = sp.compared.find((p) => /^\s*\(\s*$/.test(sp.text.slice(p.end, at.start)) || (p.start >= at.end && /^\s+(?:in\s+)?$/.test(sp.text.slice(at.end, p.start))));
  if (baseline) return { period: baseline, text: sp.text.slice(baseline.start, baseline.end) };
  const earlier = YEAR_EARLIER_AFTER.exec(sp.text.slice(at.end, at.end + 60));
  const earlierEnd = earlier ? at.end + earlier[0].length : -1;
  // Nor a period of a relative clause set between commas that the figure is not in: in "Khorgos, which opened its first rail
  // link in 2012, now hosts 126 enterprises", 2012 is the link's.
  const asides = sp.text.includes("which") || sp.text.includes("who") ? relativeAsides(sp.text).filter((a) => at.start < a.start || at.end > a.end) : [];
  const candidates = sp.own.filter(
    (p) =>
      (!earlier || p.end <= at.end || p.start >= earlierEnd) &&
      !sp.comparisons.some((c) => c.start !== at.clause.start && p.start >= c.start && p.end <= c.end) &&
      !asides.some((a) => p.start >= a.start && p.end <= a.end),
  );
  // The level a change moved from, written after the level it reached ("rose to $5 billion in 2025 from $4 billion"), is of
  // an earlier time, which only its own words can name ("… from $2.5 billion in 2024"); "a year earlier" is read below.
  if (actual && !earlier && at.prevEnd > 0 && TO_BEFORE.test(sp.text.slice(Math.max(0, (at.prevStart ?? 0) - 16), at.prevStart ?? 0)) && FROM_AFTER_LEVEL.test(sp.text.slice(at.prevEnd, at.start))) {
    const own = sp.own.find((p) => p.start >= at.end && AFTER_FIGURE.test(sp.text.slice(at.end, p.start)));
    return own ? { period: own, text: sp.text.slice(own.start, own.end) } : { period: null, text: null };
  }
  // A level it is compared with ("…, down from 11.9 bcm") is of its own clause's period, or of none the text gives.
  if (!earlier && sp.comparisons.some((c) => c.start === at.clause.start)) {
    const own = nearestPeriod(candidates.filter((p) => p.start >= at.clause.start && p.end <= at.clause.end), at.start, at.end);
    return own ? { period: own, text: sp.text.slice(own.start, own.end) } : { period: null, text: null };
  }
  // An outcome whose own clause says it is of "the same period", with no period of its own there, is of the one named
  // before, not of another clause's: "The Kumtor mine, nationalised in 2022, is not included: Kumtor alone produced 12.7
  // tonnes in the same nine months".
  // (A share "of the total" whose total is in its own sentence is of that one's period: "Chinese investment in 9M26
  // reached US$2.7bn, ~38% of the total".)
  const clauseText = sp.text.slice(at.clause.start, at.clause.end);
  const totalInSentence = OF_THE_TOTAL.test(clauseText) && candidates.some((p) => p.end <= at.start);
  if (actual && !totalInSentence && IN_SAME_PERIOD.test(clauseText) && !candidates.some((p) => p.start >= at.clause.start && p.end <= at.clause.end)) {
    const before = carried();
    if (before?.period) return before;
  }
  // A figure with the same figure a year before in brackets after it, labelled with that year's period, is of the same
  // months a year later: "Crude oil production: 2.31 million tonnes (9M 2025: 2.48 million tonnes)" is of 9M 2026.
  const found = nearestOf(sp, candidates, at, actual) ?? (actual ? yearAfterLabel(sp, at) : null);
  // The day a source spoke dates an outcome nothing else dates: "signed 38 agreements …, the press service said on Thursday".
  const said = actual ? nearestPeriod(sp.said, at.start, at.end) : null;
  let chosen: ChosenPeriod = found
    ? { period: found, text: sp.text.slice(found.start, found.end) }
    : (actual && carried()) || (said ? { period: said, text: sp.text.slice(said.start, said.end) } : { period: null, text: null });
  if (chosen.period && earlier) {
    chosen = { period: { ...chosen.period, period: chosen.period.period.replace(/\b\d{4}\b/g, (y) => String(Number(y) - 1)) }, text: earlier[0].replace(/^\s*,?\s*/, "") };
  }
  return chosen;
}

/** "to" right before a level a change reached: "rose to ", "fell faster, to about ". */
const TO_BEFORE = /\bto\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+)?$/i;
/** Between that level and the one it moved from: " from ", " in 2025 from ", " in the first half, from ". */
const FROM_AFTER_LEVEL = /^(?:\s+(?:in|during|for|over)\s+[^,;()]{1,40}?)?,?\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
/**
 * A relative clause set between commas, with no figure of its own but years: ", which opened its first rail link to
 * Kazakhstan in 2012," (not ", which produced 7.2 tonnes of gold in 2025,", which may go on: ", up from 6.5 tonnes a year before").
 */
const RELATIVE_ASIDE = /,\s*(?:which|who)\s[^,;()]*,/g;
function relativeAsides(text: string): Span[] {
  return [...text.matchAll(RELATIVE_ASIDE)].filter((m) => !/\d/.test(m[0].replace(/\b(?:1[89]|20)\d\d\b/g, ""))).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
/** The period a year after the label in brackets right after a figure, if that is not after the date of writing. */
function yearAfterLabel(sp: SentencePeriods, at: FigurePlace): PeriodMention | null {
  const label = sp.labels.find((l) => /^\s*\(\s*$/.test(sp.text.slice(at.end, l.period.start)));
  if (!label) return null;
  const later = label.period.period.replace(/\b\d{4}\b/g, (y) => String(Number(y) + 1));
  const year = Number(later.slice(0, 4));
  if (sp.refYear !== null && year > sp.refYear) return null;
  return { ...label.period, period: later };
}
/** A year named relative to the date of writing, right after a figure: "last year", "this year". */
const RELATIVE_YEAR_AFTER = /^\s*,?\s*(?:in\s+)?(?:this|last|next|the\s+previous|the\s+current)\s+year\b/i;
/** The words between a figure and a period that is its own: "$1.2 billion in 2023". */
const AFTER_FIGURE = /^\s*,?\s*(?:in|during|for|over)?\s*(?:the\s+)?$/i;

const SINCE = /^since\b/i;
/** A second predicate of one subject: " and estimated to cost", " and will carry". */
const AND_PREDICATE = /\band\s+(?:(?:is|are|was|were|has|have|will|would)\s+)?\p{Ll}{3,}ed\s+to\b|\band\s+(?:will|would|is\s+to|are\s+to)\s+\p{Ll}+/u;
/** "planned ", "delayed ", "discussed " right before a span since a year. */
const PARTICIPLE_BEFORE = /\b\p{Ll}{3,}ed\s+$/u;
/** A deadline: "by 2026", "by the end of 2025", "by end-2026". */
export const DEADLINE_BEFORE = /\bby\s+(?:the\s+end\s+of\s+|end[-\s])?$/i;
/** A deadline still to come when the text was written ("by 2026" in 2024; not "by 2023, when trade reached $41 billion"). */
const comingDeadline = (sp: SentencePeriods, p: PeriodMention) =>
  sp.refYear !== null && Number(p.period.slice(0, 4)) > sp.refYear && DEADLINE_BEFORE.test(sp.text.slice(Math.max(0, p.start - 20), p.start));

function nearestOf(sp: SentencePeriods, periods: readonly PeriodMention[], at: FigurePlace, actual: boolean): PeriodMention | null {
  const within = (span: Span) => periods.filter((p) => p.start >= span.start && p.end <= span.end);
  const near = (list: readonly PeriodMention[]) => nearestPeriod(list, at.start, at.end);
  if (!actual) {
    // A deadline in the goal's words outranks a nearer date: "In 2023, leaders pledged to lift trade to $70 billion … by 2030".
    // (Not a day, unless it is the deadline: "by 1 March 2027, bring the capacity … to 12 pairs of trains per day".)
    const isDeadline = (p: PeriodMention) => DEADLINE_BEFORE.test(sp.text.slice(Math.max(0, p.start - 20), p.start));
    // Nor how long the goal has been pursued: "Line D, planned since 2013 to add another 30 bcm".
    const pursuedSince = (p: PeriodMention) => SINCE.test(sp.text.slice(p.start, p.end)) && PARTICIPLE_BEFORE.test(sp.text.slice(Math.max(0, p.start - 20), p.start));
    // Nor the time of another predicate before its own: "a project first discussed in 1997 and estimated to cost $4.7 billion".
    const otherPredicate = (p: PeriodMention) => p.end <= at.start && AND_PREDICATE.test(sp.text.slice(p.end, at.start));
    // Nor a period of another statement, past a semicolon: "work could start in 2027; the estimated cost has risen to about $8 billion".
    const statement = sp.text.lastIndexOf(";", at.start) + 1;
    const words = within({ start: Math.max(statement, Math.min(at.prevEnd, at.clause.start)), end: at.clause.end }).filter((p) => (!p.pointInTime || isDeadline(p)) && !pursuedSince(p) && !otherPredicate(p));
    // Unless a period follows the figure itself: "2 million tonnes this year and 3 million tonnes by 2028".
    const after = words.find((p) => p.start >= at.end && AFTER_FIGURE.test(sp.text.slice(at.end, p.start)));
    const deadlines = words.filter(isDeadline);
    const own = after ?? near(deadlines.length > 0 ? deadlines : words);
    return own ?? (sp.opening ? near(within(sp.opening).filter((p) => !p.pointInTime)) : null);
  }
  // An outcome takes a period from elsewhere in its sentence, but not another clause's deadline still to
  // come: in "allocated 2.3 trillion soums to upgrade the centres, which are expected to handle 400,000
  // tons by 2026" (written in 2024), the allocation is not of 2026.
  // Nor a span "since 2014" of another clause ("has been delayed since 2014; its cost was last estimated at $6.7
  // billion"), unless it opens the sentence ("Since its launch in 2013, the service has made 26,000 trips").
  // A semicolon parts a sentence's statements: in "… with a combined 400 MW, started supplying the grid in October; a third,
  // of 300 MW, is due in 2027", the 400 MW are October's, not 2027's. Nor is an outcome of another statement's time still
  // to come: "The first phase cost 4.2 billion tenge; the second phase, due in 2028, is budgeted at 11 billion tenge".
  const from = sp.text.lastIndexOf(";", at.start) + 1;
  const semi = sp.text.indexOf(";", at.end);
  const inPart = (p: PeriodMention) => p.start >= from && (semi === -1 || p.end <= semi);
  const comingElsewhere = (p: PeriodMention) => sp.refYear !== null && Number(p.period.slice(0, 4)) > sp.refYear && !inPart(p);
  const sentence = periods.filter((p) => !comingDeadline(sp, p) && !comingElsewhere(p) && !(p.start > 0 && SINCE.test(sp.text.slice(p.start, p.start + 6)) && (p.start < at.clause.start || p.end > at.clause.end)));
  // In its own words, not the period just after the figure before it: in "rose from $1.2 billion in
  // 2023 to $1.6 billion in 2024", 2023 is the first figure's and 2024 the second's.
  const inWords = within(at.win).filter((p) => p.start >= sp.filed);
  const free = at.prevEnd > 0 ? inWords.filter((p) => !(p.start >= at.prevEnd && AFTER_FIGURE.test(sp.text.slice(at.prevEnd, p.start)))) : inWords;
  const part = from > 0 || semi !== -1 ? sentence.filter(inPart) : null;
  return (
    near(free.length > 0 ? free : inWords) ??
    near(within(at.clause).filter((p) => !p.pointInTime)) ??
    // "By the end of September, the stock had exceeded $17 billion, and contracts reached $6.4 billion in the first nine months".
    (sp.opening ? near(within(sp.opening)) : null) ??
    (part ? near(part.filter((p) => !p.pointInTime)) ?? near(part) : null) ??
    near(sentence.filter((p) => !p.pointInTime)) ??
    near(within(at.clause)) ??
    near(sentence)
  );
}
