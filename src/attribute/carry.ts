/**
 * What paragraphs hand on. Within a paragraph: the last period and source its sentences named, its
 * last money figure ("it reached …") and its totals. Across paragraphs: "in the same period", a
 * paragraph opening "Of the total, …", a breakdown of a total into exports and imports, and a paragraph
 * that names no place (the period and places of the one before).
 */
import type { Figure } from "../types.js";
import { findPeriods, type PeriodMention, type RefDate } from "./period.js";
import { findSource, type SourceMention } from "./source.js";
import { DEADLINE_BEFORE, isComparison, saidOn, type ChosenPeriod } from "./figure-period.js";
import { IN_SAME_PERIOD, MONTH_SOURCE, SAME_PERIOD_SOURCE } from "../lexicon/dates.js";
import { namesAnyPlace } from "./entities.js";

const SINCE = /^since\b/i;
/**
 * What later sentences inherit is a sentence's own period: not one it compares with, nor a span
 * "since 2014" that belongs to its own clause ("Line D has been delayed since 2014"), nor the period
 * of the level a change started from, nor the day its source spoke ("data from the customs showed on Wednesday"), nor a
 * goal's deadline ("to 1,000 trucks per day by the end of 2027": what was done "in the same period" is not of 2027).
 */
const handedOn = (text: string, p: PeriodMention) =>
  !isComparison(text, p) && !saidOn(text, p) && !SINCE.test(text.slice(p.start, p.end)) && !DEADLINE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)) && !FROM_LEVEL_BEFORE.test(text.slice(Math.max(0, p.start - 70), p.start)) && !eventYear(text, p);
/**
 * A year that dates one thing, after "a": "holds an estimated 27.4 trillion cubic metres, by a 2011 audit" hands 2011 on to
 * nothing after it ("CNPC has invested more than $4 billion …"). ("The 2025 harvest", "the 2025 season" are periods.)
 */
const A_BEFORE = /\ban?\s+$/i;
const NOUN_AFTER = /^\s+\p{Ll}/u;
const eventYear = (text: string, p: PeriodMention) =>
  (p.end - p.start === 4 && A_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start)) && NOUN_AFTER.test(text.slice(p.end, p.end + 3))) ||
  (PARTICIPLE_ASIDE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) && COMMA_AFTER.test(text.slice(p.end, p.end + 2)));
/** Nor a year in an aside that dates a thing named before it: "The Kumtor mine, nationalised in 2022, is not included". */
const PARTICIPLE_ASIDE_BEFORE = /,\s*\p{Ll}{3,}ed\s+in\s+$/u;
const COMMA_AFTER = /^\s*,/;
/** The period of the level a change started from ("…, up from 39 percent in 2023") is that level's own. */
const FROM_LEVEL_BEFORE = new RegExp(String.raw`\b(?:up|down|rising|rose|risen|increas(?:ed|ing)|gr(?:ew|own|owing)|f(?:ell|allen|alling)|decreas(?:ed|ing)|declin(?:ed|ing)|dropp(?:ed|ing)|slow(?:ed|ing)|accelerat(?:ed|ing)|eas(?:ed|ing)|widen(?:ed|ing)|narrow(?:ed|ing))(?:\s+to\s+[^,;()]{1,40}?)?\s+from\s+(?:[^,;()]|,(?=\d)){1,50}?\s+(?:in|during)\s+(?:the\s+${SAME_PERIOD_SOURCE}\s+of\s+)?$`, "i");
/**
 * A paragraph that goes on with the one before it: "Of the total, exports …", "Of this, …", "In value terms, …",
 * or breaks its total down: "By country, …", "In terms of products, …", "Among them, …".
 */
const CONTINUES = /^(?:Of\s+(?:the|this|that)\s+(?:total|amount|sum|volume|figure)\b|Of\s+(?:this|that|these|which|them)\b|(?:By|Broken\s+down\s+by)\s+(?:countr(?:y|ies)|products?|commodit(?:y|ies)|regions?|destinations?|partners?|mode\s+of\s+transport|sectors?|categor(?:y|ies)|items?|types?\s+of\s+goods)\s*,|In\s+terms\s+of\s+(?:countr(?:y|ies)|products?|commodit(?:y|ies)|regions?|partners?|goods|sectors?)\s*,|Among\s+(?:them|these|which)\s*,|In\s+(?:value|monetary|money|volume|physical|(?:U\.?S\.?\s+)?dollar|yuan|RMB|renminbi|tenge|ruble|rouble|local\s+currency)\s+terms\b|(?:The\s+(?:value|volume|worth|cost|price)\s+of\s+)?(?:those|these)\s+(?:shipments|deliveries|exports|imports|volumes|flows|supplies|sales|purchases|cargoes|trains|parcels)\b|(?:Their|Its)\s+(?:(?:declared|total|combined|customs)\s+)?(?:value|worth)\b)/i;
const MONEY_KINDS = new Set(["trade", "deal", "investment"]);
/** A paragraph that turns to another topic: "Meanwhile, sea freight on the Shanghai-Rotterdam lane cost …". */
const NEW_TOPIC = /^(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|(?:In|By)\s+contrast|On\s+the\s+other\s+hand)\b/i;
/** A place the lexicon does not know, after a word that says where: "built in Tikhvin", "shipped via Constanta" (not a month). */
const UNKNOWN_PLACE = new RegExp(String.raw`\b(?:in|at|from|to|near|via|through)\s+(?!(?:${MONTH_SOURCE})\b)\p{Lu}\p{Ll}+`, "u");
/**
 * An entry of a "By the numbers" list, its figure first and what it is after a dash: "7.3 million tonnes — cargo carried on
 * the Trans-Caspian route …". Each entry stands alone.
 */
const FIGURE_ENTRY = /^\S{0,3}\d[^—–:;]{0,30}?\s[—–]\s/;
/** A paragraph opening with "The" and a plural noun: "The trains carried …", "These shipments …". */
const THE_NOUN = /^(?:The|These|Those)\s+(\p{Ll}[\p{L}-]*s)\b/u;
/** Kinds a total breaks down into exports and imports. */
export const PARTED_KINDS: ReadonlySet<string> = new Set(["trade", "freight"]);

/** Whether a sentence refers to "the same period" as one named before. */
export const saysSamePeriod = (sentence: string): boolean => IN_SAME_PERIOD.test(sentence);
/** Whether a paragraph goes on with the one before it ("Of the total, …"). */
/** Goods opening a paragraph as a part of the total before: "Wheat accounted for 812 thous. tons, barley – 296 thous. tons." */
const PART_OPENS = /^\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Ll}+){0,3}\s+(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up)\b/u;
export const continuesBefore = (paragraph: string): boolean => {
  if (CONTINUES.test(paragraph)) return true;
  const part = PART_OPENS.exec(paragraph);
  return part !== null && !namesAnyPlace(part[0]);
};
/**
 * Whether a paragraph may go on with the one before by naming no place, known or not, and not turning to another
 * topic: "Exports totaled $2.3 billion (+11.2%) …" after the paragraph with the country's total.
 */
export const goesOnUnnamed = (paragraph: string): boolean => !NEW_TOPIC.test(paragraph) && !FIGURE_ENTRY.test(paragraph) && !namesAnyPlace(paragraph) && !UNKNOWN_PLACE.test(paragraph);

/**
 * What earlier sentences of a paragraph hand on to later ones: the last period and the last
 * source named. Sentences without figures are read only if a later figure needs them.
 */
export class Carry {
  /** Sentences read, each with the listed line it is of (where that line starts), if it is of one. */
  private readonly entries: { text: string; periods?: PeriodMention[]; source?: SourceMention | null; item?: number }[] = [];

  /** The last trade, deal or investment figure of the paragraph, which "it" may refer back to. */
  money: Figure | null = null;

  /** The first trade, deal or investment figure of the paragraph (of no one flow), which others may be ranked after ("Russia came second with …"). */
  firstMoney: Figure | null = null;

  /** The last level of the paragraph (not a change, a share or a conversion), which "the figure" may refer back to. */
  level: Figure | null = null;

  /** The first level of the last sentence that had one: what "That is 6% more" refers to (not a capacity in its relative clause). */
  sentenceLevel: Figure | null = null;

  /** Totals of trade and freight with a period (no direction, outcomes), which a next paragraph may break down. */
  readonly totals: Figure[] = [];

  /** What the paragraph's figures measure ("China-Europe freight trains"), in lower case. */
  private readonly subjects: string[] = [];

  /** The places of each figure the paragraph made (not a conversion, which repeats its figure). */
  private readonly named: (readonly string[])[] = [];

  /**
   * @param opening the paragraph that opened a list ("Grain exports to China were as follows:"), if this carry is a list's
   * @param before the paragraph just before, for one that names no place: its period is this one's when this one names none
   */
  constructor(private readonly ref: () => RefDate, public opening: string | null = null, private readonly before: Carry | null = null) {}

  /** A sentence without figures: its period and source are read when a later figure needs them. */
  push(text: string, item?: number): void {
    this.entries.push(item === undefined ? { text } : { text, item });
  }

  /** A sentence with figures, its periods and source already read, and the figures made of it. */
  record(text: string, periods: readonly PeriodMention[], source: SourceMention | null, made: readonly Figure[], item?: number): void {
    this.entries.push({ text, periods: periods.filter((p) => handedOn(text, p)), source, ...(item === undefined ? {} : { item }) });
    this.money = made.filter((f) => MONEY_KINDS.has(f.kind) && !f.isConversion).at(-1) ?? this.money;
    this.firstMoney ??= made.find((f) => MONEY_KINDS.has(f.kind) && !f.isConversion && f.direction === null) ?? null;
    const levels = made.filter((f) => f.kind !== "growth" && !f.isConversion && f.unit !== "percent" && f.unit !== "pp" && f.unit !== "rate");
    this.level = levels.at(-1) ?? this.level;
    this.sentenceLevel = levels[0] ?? this.sentenceLevel;
    this.totals.push(...made.filter((f) => PARTED_KINDS.has(f.kind) && f.direction === null && f.period !== null && f.status === "actual" && !f.isConversion));
    for (const f of made) if (f.subject) this.subjects.push(f.subject.toLowerCase());
    for (const f of made) if (!f.isConversion && f.entities.length > 0) this.named.push(f.entities);
  }

  /**
   * The places every figure of the paragraph is of, when it made any: what the paragraph is about ("Kazakhstan" for
   * figures of China and Kazakhstan, and of Kazakhstan alone). None when its figures are of different places.
   */
  commonPlaces(): string[] {
    const [first, ...rest] = this.named;
    return first ? first.filter((e) => rest.every((n) => n.includes(e))) : [];
  }

  /**
   * Whether a paragraph opens by naming again what this one's figures measured: "The trains carried
   * 7.9 million tons" after "8,100 China-Europe freight trains passed through Horgos in 2025".
   */
  namedAgainIn(paragraph: string): boolean {
    const m = THE_NOUN.exec(paragraph);
    if (!m) return false;
    const noun = m[1]!.toLowerCase();
    return this.subjects.some((s) => new RegExp(`\\b${noun}\\b`).test(s));
  }

  /**
   * The last period its sentences hand on. A listed line (`item`, where it starts) takes none from the other lines of its
   * list: "• Crude exports to China: 3.1 mt in 2025, CAGR 12% (2020–2025)" dates nothing in the next bullet.
   */
  period(item?: number): ChosenPeriod | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (item !== undefined && e.item !== undefined && e.item !== item) continue;
      e.periods ??= findPeriods(e.text, this.ref).filter((p) => handedOn(e.text, p));
      const last = e.periods[e.periods.length - 1];
      if (last) return { period: last, text: e.text.slice(last.start, last.end) };
    }
    // The paragraph before hands on a period, not a day: "on October 1" dates a stock, not the flows read after it.
    const before = this.before?.period();
    return before?.period && !before.period.pointInTime ? before : null;
  }

  source(): string | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.source === undefined) e.source = findSource(e.text);
      if (e.source) return e.source.text;
    }
    return null;
  }
}

/** For "in the same period": the last period of the paragraphs before this one, latest first. */
export function earlierPeriod(earlier: readonly Carry[]): ChosenPeriod | null {
  for (const c of earlier) {
    const p = c.period();
    if (p) return p;
  }
  return null;
}

/**
 * The period of the total that a paragraph breaks down: "Trade … amounted to $17.3 billion in
 * January–September 2024." then "Imports from China accounted for the lion's share, at $16.9 billion,
 * while Kyrgyz exports to China totaled just $412.5 million." The parts are of the total's period
 * when one of the paragraphs just before (up to three, latest first; lines such as "Exports: …" and
 * "Imports: …" each make one) holds a total of their kind and unit, for the same partners, with one
 * (and of everything, or of what the part measures: polyethylene is no part of a gas total).
 * `ofWorld`: the part is a partner's share of one country's trade with the world ("Trade turnover with China amounted
 * to …" after "the foreign trade turnover of the Republic of Kazakhstan amounted to …"), so the total has one party.
 */
export function totalPeriod(earlier: readonly Carry[], part: { kind: string; unit: string; subject: string | null; entities: ReadonlySet<string> }, ofWorld = false): ChosenPeriod | null {
  const total = earlier
    .flatMap((c) => c.totals)
    .find((t) => t.kind === part.kind && t.unit === part.unit && (t.subject === null || t.subject === part.subject) && (!ofWorld || t.entities.length === 1) && t.entities.some((e) => part.entities.has(e)));
  return total ? { period: { start: 0, end: 0, period: total.period!, pointInTime: false }, text: total.periodText } : null;
}

/**
 * "The figure was up 7% from a year earlier", "Compared with the same period last year, the figure
 * increased by 18.2 percent": a change whose subject points back to a level named before.
 */
const REFERS_BACK = /^(?:[^,;:]{1,60},\s*)?(?:[Tt]he|This|That)\s+(?:figure|total|amount|volume|number)\b[^,;:]*$/;
/** "That is 6% more than a year ago", "It was up 3%": a change of the last sentence's main figure. */
const PRONOUN_CHANGE = /^(?:That|This|It)(?:['’]s|\s+(?:is|was|represents|represented|marks|marked|means|meant))\s+(?:up\s+|down\s+|an?\s+(?:increase|rise|decrease|drop|decline|fall)\s+of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/;
const ANAPHOR = /^(?:figure|total|amount|volume|number)$/i;

/**
 * A change in a sentence that opens with "The figure …" and names no level of its own qualifies the
 * paragraph's last level (or, in a paragraph with none yet, the last of the paragraph before): it
 * takes that level's places, flow, subject and (if it has none) period. A change opening "That is …"
 * qualifies the first level of the sentence before (`levels.first`).
 */
export function referBack(made: Figure[], sentence: string, levels: { last: Figure | null; first: Figure | null }): void {
  for (const f of made) {
    if (f.isConversion) continue;
    if (f.kind !== "growth" || f.qualifies !== null) return;
    const before = sentence.slice(0, f.start - f.sentenceStart);
    const level = REFERS_BACK.test(before) ? levels.last : PRONOUN_CHANGE.test(before) ? levels.first : null;
    if (!level) return;
    Object.assign(f, { qualifies: level.id, entities: [...level.entities], place: level.place, direction: f.direction ?? level.direction });
    if (f.subject === null || ANAPHOR.test(f.subject)) f.subject = level.subject;
    if (f.period === null) Object.assign(f, { period: level.period, periodText: level.periodText });
    return;
  }
}
