/**
 * Relations between the figures of one sentence: which percent and fold figures are
 * changes (and in which direction), which level a change qualifies, what a change is
 * a change of, and how a "respectively" list pairs figures with items.
 */
import type { RawFigure } from "./raw.js";
import { isFoldInfinitive } from "./words.js";
import { COMPARED_WITH, OUTRANKED_BY } from "../lexicon/qualifiers.js";
import { ISO_CODES } from "../lexicon/currencies.js";
import { PRICED_UNITS, canonicalPer } from "../lexicon/units.js";
import { canonicalEntity } from "../lexicon/places.js";
import { MOVED_OVER_SOURCE } from "../lexicon/dates.js";

/** "up", but not a share's "made up 31 percent", "take up" or "set up". */
const UP = "(?<!\\b(?:made|make|makes|making|took|take|takes|taking|set|sets|setting)\\s+)up";
const RISE = `rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|growth|increased?|increases|increasing|${UP}|jump(?:ed|s|ing)?|surg(?:ed|es|e|ing)|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|expand(?:ed|s|ing)?|soar(?:ed|s|ing)?|boost(?:ed|s)?|rais(?:e|ed|es|ing)|hik(?:ed|es|ing)|higher|added|rebound(?:ed|s)?|spik(?:ed|es)|advanc(?:ed|es)|appreciat(?:ed|es|ing)|strengthen(?:ed|s|ing)`;
const FALL = "fell|fall(?:s|en|ing)?|lost|loses|losing|shed|declined?|declines|declining|decreased?|decreases|decreasing|dropped|drops?|down|shr[ae]nk|shrunk|contract(?:ed|s)?|slump(?:ed|s)?|plunged?|plummet(?:ed|s)?|lower|reduced?|reduction|cut|slid|slip(?:ped|s|ping)?|dip(?:ped|s)?|eas(?:ed|es)|retreat(?:ed|s)?|sagged|sank|tumbled?|depreciat(?:ed|es|ing)|weaken(?:ed|s|ing)|devalu(?:ed|es|ing)";
const APPROX = "(?:about|around|nearly|over|more\\s+than|some|almost|approximately|roughly|by\\s+about|between)";
const VERB_BEFORE = (verbs: string) =>
  new RegExp(`\\b(?:${verbs})\\b(?:\\s+(?:by|of))?(?:\\s+${APPROX})?\\s*$|\\b(?:${verbs})\\b(?:\\s+[\\p{L}-]+){1,6},?\\s+by(?:\\s+${APPROX})?\\s*$`, "iu");
const RISE_BEFORE = VERB_BEFORE(RISE);
const FALL_BEFORE = VERB_BEFORE(FALL);
/**
 * An amount that is a change, not a level: "rose by $2 billion to $10 billion", "an increase of
 * 3 bcm", "up 1.9 bcm from a year earlier".
 */
const AMOUNT_CHANGE = (verbs: string, nouns: string, adverb: string) =>
  new RegExp(`(?:\\b(?:${verbs})\\b(?:\\s+[\\p{L}-]+){0,3}?\\s+by|\\b(?:${nouns})\\s+of|\\b${adverb})(?:\\s+${APPROX})?\\s*$`, "iu");
/** The words an amount change's phrase may end in: "by", "of", "up", "down", or a qualifier. */
const AMOUNT_CHANGE_WORDS = new Set(["by", "of", "up", "down", "about", "around", "nearly", "over", "than", "some", "almost", "approximately", "roughly"]);
/** The last word of a text, in lower case (a cheap test before the change patterns run). */
function lastWord(text: string): string {
  const t = text.trimEnd();
  return t.slice(t.lastIndexOf(" ") + 1).replace(/^[^\p{L}]+/u, "").toLowerCase();
}
const RISE_AMOUNT_BEFORE = AMOUNT_CHANGE(RISE, "increase|rise|growth|gain|jump", UP);
// Not "a reduction of": "an annual reduction of 26 tons of CO₂ per hectare" is an amount removed, not a fall.
const FALL_AMOUNT_BEFORE = AMOUNT_CHANGE(FALL, "decrease|decline|drop|fall", "down");
const RISE_AFTER = /^\s+(?:increase|rise|growth|jump|gain|surge|hike|more|higher|above|up\b)/i;
const FALL_AFTER = /^\s+(?:decrease|decline|drop|fall|reduction|contraction|slump|less|fewer|lower|below|down\b)/i;
/** "between " (and a qualifier) right before a figure. */
const BETWEEN_BEFORE = /\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** Between the two ends of such a range: " and ". */
const BETWEEN_AND = /^\s+and\s+$/;
/**
 * "between 8% and 10%", "between $1 billion and $1.5 billion": one figure from the first end to the second, as
 * "8-10%" is (a range whose ends share their unit only once, "between 5 and 7 percent", is read so already).
 */
function betweenRanges(sentence: string, figs: RawFigure[]): void {
  for (let i = figs.length - 2; i >= 0; i--) {
    const [low, high] = [figs[i]!, figs[i + 1]!];
    if (low.unit !== high.unit || low.valueHigh !== null || high.valueHigh !== null || low.per !== high.per || low.kindHint !== high.kindHint) continue;
    if (low.conversionOfIndex !== null || high.conversionOfIndex !== null || figs.some((f) => f.conversionOfIndex === i || f.conversionOfIndex === i + 1)) continue;
    if (!BETWEEN_BEFORE.test(sentence.slice(Math.max(0, low.start - 20), low.start)) || !BETWEEN_AND.test(sentence.slice(low.end, high.start))) continue;
    if (high.value * high.sign <= low.value * low.sign) continue;
    low.valueHigh = high.value;
    low.end = high.end;
    if (low.qualifier === "exact") low.qualifier = "approx";
    figs.splice(i + 1, 1);
    for (const f of figs) if (f.conversionOfIndex !== null && f.conversionOfIndex > i) f.conversionOfIndex--;
  }
}

/** "Growth in Central Asia is forecast at 4.3%", "growth is projected to moderate to 6.5 percent", "the growth rate of GDP was 6.3 percent": a rate of growth, its verb some words away. */
const GROWTH_AT = /\bgrowth\b(?:\s+[\p{L}-]+){0,8}\s+(?:at|of|to|between|averag(?:e|ed|ing)|was|were|is|be|stood\s+at|amounted\s+to)\s*$/iu;
/** What stands between a rate of growth and the earlier rate it is compared with: "5.2% in 2025, down from 5.9%". */
const RATE_BEFORE = /^(?:\s+(?:in|for)\s+[^,;()]{1,30}?)?\s*,?\s*\(?\s*(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s*$/i;
/** Between listed changes: "by 30 percent, 12 percent and", "4.1% in 2025 and 4.6% in 2026". */
const LIST_GAP = /^(?:\s+(?:in|for)\s+(?:\p{L}+\s+)?\d{4})?\s*(?:,|and|,\s*and)\s*$/u;
const LIST_GAP_WITH_NOUN = /^\s*(?:,|;|and|,\s*and)\s+[^,;()]{1,40}?\bby\s*$/;
/** A name in the possessive, listed after another's figure with the verb left out: ", Uzbekistan's " in "Kazakhstan's economy is expected to grow 4.2 percent, Uzbekistan's 6.1 percent". */
export const NAME_OWNS_NEXT = String.raw`\s*(?:,|;|,?\s*and)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s`;
const LIST_GAP_POSSESSIVE = new RegExp(String.raw`^${NAME_OWNS_NEXT}\s*$`, "u");
/** Between a change and the level it went from, then between that and the level it went to: ", from ", " in 2014 to ". */
const FROM_LEVEL = /^\s*,?\s*from\s+$/i;
const TO_LEVEL = /^(?:\s+(?:in|at)\s+[^,;()]{1,30}?)?\s*,?\s+to\s+$/i;
const LEVEL_AFTER_CHANGE = /^(?:\s+(?:y\/y|yoy|y-o-y|year-on-year|year\s+on\s+year))?\s*,?\s*(?:to|at|reaching|reached|and\s+reached|hitting|totall?ing|amounting\s+to|for\s+a\s+total\s+of)\s*$/i;
const CHANGE_AFTER_LEVEL = /^(?:\s+(?:in|for|during|over)\s+[^,;()]{1,40}?)?\s*,?\s*\(?\s*(?:up|down|having\s+(?:increased|grown|risen|decreased|fallen|declined|dropped)|which\s+(?:is|was)|that\s+(?:is|was)|an?\s+(?:year-on-year\s+)?(?:increase|rise|decrease|drop|decline|jump|gain)\s+of|marking\s+an?\s+(?:increase|rise|decrease|drop)\s+of|with\s+(?:a\s+)?(?:year-on-year\s+)?(?:growth|increase|rise|decrease|decline)\s+of)\s*(?:by\s*)?$/i;
const BRACKET_AFTER_LEVEL = /^(?:\s+(?:in|for|during)\s+[^,;()]{1,25}?)?\s*\(\s*$/;
const COMMA_AFTER_LEVEL = /^(?:\s*\([^()]{1,30}\))?\s*,\s*$/;
/** "31.7 bcm of gas to China in 2024, about 2% less than in 2023": a comparative change after the level's clause. */
const CLAUSE_AFTER_LEVEL = /^[^,;()]{0,60},\s*$/;
const COMPARATIVE_AFTER = /^\s+(?:less|more|lower|higher|above|below)\s+than\b/i;
const MULTIPLE_AFTER = /^\s+(?:what|that|the|its|their)\b/i;
const PREPOSITION = /\s(?:with|from|to|between|in|for|at|on|across|through|via|into|during|since|under|traveling|travelling|transiting)\s/i;
const MODALS = /(?:\s+(?:has|have|had|could|may|will|would|might|is|are|was|were|also|further|reportedly|be|been|still|now|already))*\s*$/i;

const isChangeUnit = (f: RawFigure) => f.unit === "percent" || f.unit === "fold" || f.unit === "pp";
const isLevel = (f: RawFigure) => !isChangeUnit(f) && f.unit !== "rate" && f.conversionOfIndex === null;

export function relate(sentence: string, figs: RawFigure[]): void {
  betweenRanges(sentence, figs);
  proseConversions(sentence, figs);
  growthIndexes(sentence, figs);
  markChanges(sentence, figs);
  pairRespectively(sentence, figs);
  linkChanges(sentence, figs);
  rateChanges(sentence, figs);
  nameChanges(sentence, figs);
  unitPrices(sentence, figs);
  shareRates(sentence, figs);
}

/**
 * The same amount in another currency, said in words rather than in brackets: "500 billion tenge, or about $1
 * billion", "3 trillion soums, equivalent to $240 million", "the 1.2 trillion tenge that Chinese banks have lent
 * is worth about $2.2 billion".
 */
const PROSE_CONVERSION_GAP = /^(?:\s*,\s*(?:or|i\.e\.|that\s+is)\s+|\s*,?\s*(?:(?:roughly\s+|about\s+)?(?:equivalent|equal)\s+to|the\s+equivalent\s+of)\s+|[^,;()$€£\d]{0,80}?\b(?:is|are|was|were)\s+(?:worth|equivalent\s+to|equal\s+to)\s+)$/i;
function proseConversions(sentence: string, figs: RawFigure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const [a, b] = [figs[i - 1]!, figs[i]!];
    if (!ISO_CODES.has(a.unit) || !ISO_CODES.has(b.unit) || a.unit === b.unit || a.conversionOfIndex !== null || b.conversionOfIndex !== null) continue;
    if (a.kindHint !== null || b.kindHint !== null || a.per !== null || b.per !== null) continue;
    if (PROSE_CONVERSION_GAP.test(sentence.slice(a.end, b.start))) b.conversionOfIndex = i - 1;
  }
}

/** "The average cost of shipping a 40-foot container …": what one unit costs. Group 1: the unit. */
const SHIPPING_ONE = `(?:shipping|sending|moving|transporting|carrying|delivering|hauling)\\s+(?:a|an|one|each)\\s+(?:\\d+-(?:foot|ft)\\s+)?(${PRICED_UNITS}|tonne|ton)\\b`;
/** Also "moving a 40-foot container from Xi'an to Baku costs …". Group 1 or 2: the unit. */
// And "A 20ft box from Yiwu to Bishkek costs $2,900", "when a 40ft container to Almaty cost about $4,700".
const ONE_UNIT = `(?:a|an|one|each)\\s+(?:\\d+\\s?-?(?:foot|ft)\\s+)?(${PRICED_UNITS}|tonne|ton|box)\\b`;
const UNIT_PRICE = new RegExp(`\\b(?:cost|price|rate|tariff|fee)s?\\s+(?:of|for)\\s+${SHIPPING_ONE}|\\b${SHIPPING_ONE}[^.;]{0,60}?\\s(?:costs?|costing)\\b|\\b${ONE_UNIT}[^.;$]{0,60}?\\s(?:costs?|costing)\\s`, "i");

/** A rate card's label of one unit, then its price: "20-foot container — $2,150; 40-foot container — $3,400". Group 1: the unit. */
const UNIT_LABEL = new RegExp(`(?:^|[;:,.]\\s*)(?:(?:a|an|one|each)\\s+)?\\d+\\s?-?(?:foot|ft)\\s+(${PRICED_UNITS}|box)\\s*[—–:]\\s*$`, "i");

/** Money after "the cost of shipping a container" prices one container, as "$5,400 per container" would. */
function unitPrices(sentence: string, figs: RawFigure[]): void {
  if (!figs.some((f) => f.per === null && ISO_CODES.has(f.unit))) return;
  const perUnit = (unit: string) => canonicalPer(`per ${unit.replace(/^box$/i, "container")}`);
  // Each price its own label's: "Xi'an – Almaty: 20-foot container — $2,150; 40-foot container — $3,400".
  figs.forEach((f, i) => {
    if (f.per !== null || !ISO_CODES.has(f.unit)) return;
    const gap = sentence.slice(i > 0 ? figs[i - 1]!.end : 0, f.start);
    const label = gap.includes("f") ? UNIT_LABEL.exec(gap) : null;
    if (label) f.per = perUnit(label[1]!);
  });
  const m = UNIT_PRICE.exec(sentence);
  if (!m) return;
  const unit = (m[1] ?? m[2] ?? m[3])!;
  for (const f of figs) if (f.start > m.index && f.per === null && ISO_CODES.has(f.unit)) f.per = perUnit(unit);
}

/** Words that bring in the level a figure is compared with: "$2,300 per container, compared with $3,100". */
/** Delivery terms may stand between a price and its comparison: "$245 per tonne FOB, versus $310". */
/** So may what it is the price of and when: "$298 per 1,000 cubic metres for Turkmen gas last year, down from $341", "$520 per person from China in 2025, against $300". */
/**
 * Or a place after it, and another place's figure set against it, its name before it: "$45 billion into Kazakhstan,
 * compared with"; "($2bn) exceeded Russia's ("; "$13.6 billion against Russia's ".
 */
const COMPARED_GAP = new RegExp(`^(?:\\s+(?:FOB|CIF|CFR|DAP|EXW|FCA|CPT|DDP))?(?:\\s+(?:for|of|in|on|into|to|with|from|by)\\s[^,;()]{1,40}?)?\\s*,?\\s*(?:${COMPARED_WITH}|(?:up|down)\\s+from|from)\\s*$|^(?:\\s+(?:for|of|in|on|into|to|with|from|by)\\s[^,;()]{1,40}?)?\\s*,?\\s*(?:${COMPARED_WITH})\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*['’]s\\s*$|^\\s*\\)\\s*(?:${OUTRANKED_BY})\\s+\\p{Lu}[\\p{L}-]*['’]s\\s*\\(\\s*$`, "iu");

/** Between an exchange rate and the earlier rate it is compared with: " on November 13, compared with ". */
const QUOTE_COMPARED_GAP = new RegExp(`^(?:\\s+(?:on|in|at|as\\s+of)\\s+[^,;()]{1,30}?)?\\s*,?\\s*(?:${COMPARED_WITH}|(?:up|down)\\s+from|from)\\s*$`, "i");
/**
 * A level compared with the one before it, in its unit ("10.2 bcm in 2025, down from 11.9 bcm", "$2,300 per
 * container, compared with $3,100 a year earlier"), is linked to it and priced the same way.
 */
function shareRates(sentence: string, figs: RawFigure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const prev = figs[i - 1]!;
    const f = figs[i]!;
    // "538.2 tenge per dollar on November 13, compared with 481.7 tenge a year earlier": the same rate, earlier.
    if (prev.unit === "rate" && f.unit === prev.quote && isLevel(f) && QUOTE_COMPARED_GAP.test(sentence.slice(prev.end, f.start))) {
      Object.assign(f, { unit: "rate", base: prev.base, quote: prev.quote, kindHint: "fx" });
      continue;
    }
    if (f.unit !== prev.unit || !isLevel(f) || prev.kindHint !== null || f.kindHint !== null) continue;
    // "…, against roughly $1,100 in Kazakhstan and $370 in Uzbekistan": the next item of a list set against the same level.
    if (prev.comparedIndex !== null && LISTED_PLACE_GAP.test(sentence.slice(prev.end, f.start))) {
      f.comparedIndex = prev.comparedIndex;
      f.per ??= prev.per;
      continue;
    }
    if (!COMPARED_GAP.test(sentence.slice(prev.end, f.start))) continue;
    f.comparedIndex = i - 1;
    f.per ??= prev.per;
  }
}
/** Between two items of a list, each with its place: " in Kazakhstan and ", ", ". */
const LISTED_PLACE_GAP = /^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s*(?:,|and|,\s*and)\s*$/u;

/**
 * A growth rate written as an index, as post-Soviet statistics write it: "trade amounted to 11.2 billion US dollars
 * (growth rate - 118.4%)" is 18.4% more than a year before, "imports - 9.1 billion dollars (122.3%)" after it 22.3% more.
 * Not "a growth rate of 18.4%", which is the change itself.
 */
const INDEX_BEFORE = /\bgrowth\s+rate\s*(?:[-–—:]\s*|\s(?:made\s+up|amounted\s+to|was|stood\s+at)\s+)?$/i;
/** Between a level and its index: " (growth rate - ", " (". */
const INDEX_AFTER_LEVEL = /^\s*\(\s*(?:growth\s+rate\s*[-–—:]?\s*)?$/i;
/** A bare percent in brackets right after a level: "imports - 9.1 billion dollars (122.3%)". */
const BRACKET_AFTER = /^\s*\(\s*$/;
function growthIndexes(sentence: string, figs: RawFigure[]): void {
  let indexed = false;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    if (f.unit !== "percent" || f.kindHint !== null || f.valueHigh !== null || f.value < 50 || f.value > 300) continue;
    const before = sentence.slice(Math.max(i > 0 ? figs[i - 1]!.end : 0, f.start - 40), f.start);
    const bracketed = indexed && i > 0 && isLevel(figs[i - 1]!) && BRACKET_AFTER.test(before) && sentence[f.end] === ")";
    if (!INDEX_BEFORE.test(before.replace(/\(\s*$/, "")) && !bracketed) continue;
    indexed = true;
    const change = Number((f.value - 100).toFixed(6));
    Object.assign(f, { value: Math.abs(change), kindHint: "growth", sign: change < 0 ? -1 : 1, verbSign: change < 0 ? -1 : 1 });
    // In brackets right after its level, it is that level's change.
    if (i > 0 && isLevel(figs[i - 1]!) && INDEX_AFTER_LEVEL.test(sentence.slice(figs[i - 1]!.end, f.start))) f.qualifiesIndex = i - 1;
  }
}

/** A percent whose own words say it is a level crossed: "below 70%", "above 5%". */
const CROSSED = /^(?:below|above|under|beneath)\b/i;

/** Between an exchange rate and its changes: " (" , ", up ", and between two changes in one bracket: ", ". */
const RATE_CHANGE_GAP = /^\s*(?:\(\s*|,\s*(?:up|down)\s+(?:by\s+)?)$/i;
/** Between a change and the rate it moved to: " to ", " over the month to ", " on the week to ". */
const TO_RATE_GAP = new RegExp(String.raw`^\s+(?:${MOVED_OVER_SOURCE}\s+)?to\s+$`);
const NEXT_CHANGE_GAP = /^\s*(?:[\p{L}/]{1,4}\s*)?[,;]\s*$/u;
/**
 * A change written right after an exchange rate is the rate's: "USD/KZT closed at 512.40 (+0.3% d/d, -1.8% m/m)",
 * "The yuan traded at 71.95 tenge, up 0.6% w/w".
 */
function rateChanges(sentence: string, figs: RawFigure[]): void {
  // A change before the rate it moved to: "the tenge slid 0.8% to 512.30 per dollar".
  for (let i = 0; i + 1 < figs.length; i++) {
    const [f, next] = [figs[i]!, figs[i + 1]!];
    if (f.kindHint === "growth" && f.unit === "percent" && f.qualifiesIndex === null && next.unit === "rate" && TO_RATE_GAP.test(sentence.slice(f.end, next.start))) f.qualifiesIndex = i + 1;
  }
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i]!;
    if (f.kindHint !== "growth" || f.unit !== "percent" || f.qualifiesIndex !== null) continue;
    const prev = figs[i - 1]!;
    const gap = sentence.slice(prev.end, f.start);
    if (prev.unit === "rate" && RATE_CHANGE_GAP.test(gap)) f.qualifiesIndex = i - 1;
    else if (prev.kindHint === "growth" && prev.qualifiesIndex !== null && figs[prev.qualifiesIndex]!.unit === "rate" && NEXT_CHANGE_GAP.test(gap)) f.qualifiesIndex = prev.qualifiesIndex;
  }
}

/** Between a change and the same change in another unit: " or ", ", or ". */
const OR_GAP = new RegExp(`^\\s*,?\\s*or\\s+(?:by\\s+)?(?:${APPROX}\\s+)?$`, "i");

/**
 * A second thing changed by the verb of the first, its verb left out: "will raise the plant's capacity from 400 MW to 600 MW
 * and its heat output by 35 percent".
 */
/** A level a figure goes on to, in its words: ", rising later to ", ", growing to about ". */
export const GOES_ON_TO = /^[^,;()]{0,30},\s*(?:rising|growing|increasing|climbing|falling|declining|dropping)\s+(?:(?:later|eventually|further|gradually|then)\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/;
export const GAPPED_OBJECT = String.raw`and\s+(?:its|the|their)\s+(?:[\p{L}'’-]+\s+){0,3}by`;
const GAPPED_BY = new RegExp(String.raw`\b${GAPPED_OBJECT}\s*$`, "iu");
/** Verbs that change what follows them, up or down (group 1: up). */
const CHANGING_VERB = /\b(?:(rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|lift(?:s|ed|ing)?)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?)\b/gi;
/** The sign of the last changing verb in `head`, 0 if there is none. */
function gappedSign(head: string): -1 | 0 | 1 {
  let sign: -1 | 0 | 1 = 0;
  for (const m of head.matchAll(CHANGING_VERB)) sign = m[1] ? 1 : -1;
  return sign;
}

/** A percent or fold figure next to a change verb is a change; decreases are negative. */
function markChanges(sentence: string, figs: RawFigure[]): void {
  let prevChange: RawFigure | null = null;
  // The figure before, when it is a change or rate of growth in percent: the next one may be its earlier rate.
  let prevRate: RawFigure | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    const from = i > 0 ? figs[i - 1]!.end : 0;
    const before = sentence.slice(Math.max(from, f.start - 60), f.start);
    // The same change put another way: "increased by 10.8 billion US dollars or 23.4%", "rose by 23.4%, or $10.8 billion,".
    const other = i > 0 ? figs[i - 1]! : null;
    if (other && other.kindHint === "growth" && other.verbSign !== 0 && f.kindHint === null && f.unit !== "rate" && f.conversionOfIndex === null && OR_GAP.test(sentence.slice(other.end, f.start))) {
      Object.assign(f, { kindHint: "growth", verbSign: other.verbSign, sign: other.sign });
      prevChange = f;
      continue;
    }
    if (isLevel(f) && f.kindHint === null) {
      const sign = !AMOUNT_CHANGE_WORDS.has(lastWord(before)) ? 0 : FALL_AMOUNT_BEFORE.test(before) ? -1 : RISE_AMOUNT_BEFORE.test(before) ? 1 : 0;
      if (sign !== 0) Object.assign(f, { kindHint: "growth", verbSign: sign, sign });
      continue;
    }
    if (!isChangeUnit(f) || f.kindHint === "growth") {
      if (f.kindHint === "growth") prevChange = f;
      continue;
    }
    const after = sentence.slice(f.end, f.end + 20);
    // A level crossed is no change: "the dollar's share fell below 70%", "rose above 5%".
    if (CROSSED.test(sentence.slice(f.start, f.end)) && !/\bby\s*$/i.test(before) && !FALL_AFTER.test(after) && !RISE_AFTER.test(after)) continue;
    if (FALL_BEFORE.test(before) || FALL_AFTER.test(after)) f.verbSign = -1;
    else if (RISE_BEFORE.test(before) || RISE_AFTER.test(after)) f.verbSign = 1;
    else if (f.unit === "percent" && (GROWTH_AT.test(before) || (prevRate && RATE_BEFORE.test(sentence.slice(prevRate.end, f.start))))) {
      // "growth to average 5.2% …, down from 5.9% in 2024": both are rates of growth.
      f.verbSign = 1;
    } else if (prevChange && prevChange.unit === f.unit) {
      const gap = sentence.slice(prevChange.end, f.start);
      if (LIST_GAP.test(gap) || LIST_GAP_WITH_NOUN.test(gap) || LIST_GAP_POSSESSIVE.test(gap)) f.verbSign = prevChange.verbSign;
    } else if (f.unit === "percent") {
      const gapped = before.includes(" by") ? GAPPED_BY.exec(before) : null;
      if (gapped) f.verbSign = gappedSign(sentence.slice(0, f.start - before.length + gapped.index));
    }
    if (f.verbSign !== 0) {
      f.kindHint = "growth";
      f.sign = f.verbSign === -1 ? -1 : 1;
      prevChange = f;
    }
    prevRate = f.verbSign !== 0 && f.unit === "percent" ? f : null;
  }
}

/** Names listed just before ", where": a list of figures after it takes them in turn. */
const WHERE_EACH = /\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*,\s+where\s/u;

/** Group figures listed together ("7,762 and 6,635") and pair them with the listed items. */
function pairRespectively(sentence: string, figs: RawFigure[]): void {
  const respectively = /\brespectively\b/i.test(sentence);
  // "strongest in Tajikistan and Kyrgyzstan, where Chinese loans made up 52% and 44% of new borrowing": each in its turn too.
  const where = respectively || !sentence.includes(" where ") ? null : WHERE_EACH.exec(sentence);
  if (!respectively && !where) return;
  const groups: RawFigure[][] = [];
  for (const f of figs) {
    if (f.conversionOfIndex !== null) continue;
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && last.unit === f.unit && LIST_GAP.test(sentence.slice(last.end, f.start))) g.push(f);
    else groups.push([f]);
  }
  const lists = groups.filter((g) => g.length >= 2 && (!where || g[0]!.start > where.index));
  if (lists.length === 0) return;
  const n = lists[0]!.length;
  const items = listItems(sentence.slice(0, where ? where.index + where[0].lastIndexOf(",") : lists[0]![0]!.start), n);
  if (!items) {
    if (respectively) pairWithLevelsBefore(sentence, figs, lists[0]!);
    return;
  }
  // Only names are paired so: "in Tajikistan and Kyrgyzstan, where" (not "in loans and grants, where").
  if (where && !items.every((item) => /^\p{Lu}/u.test(item))) return;
  for (const g of lists) {
    if (g.length !== n) continue;
    g.forEach((f, k) => (f.respectivelyItem = items[k]!));
  }
  // Changes listed after levels pair with them by position.
  const levels = lists.find((g) => g.length === n && isLevel(g[0]!));
  const changes = lists.find((g) => g.length === n && isChangeUnit(g[0]!));
  if (levels && changes) {
    changes.forEach((c, k) => {
      c.qualifiesIndex = figs.indexOf(levels[k]!);
      if (c.verbSign === 0 && /\b(?:growth|increase|rise|up)\b/i.test(sentence.slice(levels[n - 1]!.end, changes[0]!.start))) {
        c.kindHint = "growth";
        c.verbSign = 1;
      }
    });
  }
}

/**
 * "Exports stood at 61.5 billion yuan, while imports reached 41.3 billion yuan, representing increases
 * of 12.1 percent and 2.9 percent, respectively": with no list of items, n changes pair by position
 * with the n levels of one unit just before them.
 */
function pairWithLevelsBefore(sentence: string, figs: RawFigure[], changes: RawFigure[]): void {
  if (!isChangeUnit(changes[0]!)) return;
  const before = figs.filter((f) => f.end <= changes[0]!.start && f.conversionOfIndex === null);
  const levels = before.slice(-changes.length);
  if (levels.length !== changes.length || !levels.every((l) => isLevel(l) && l.unit === levels[0]!.unit)) return;
  const growth = /\b(?:growth|increases?|rises?|gains?|up)\b/i.test(sentence.slice(levels.at(-1)!.end, changes[0]!.start));
  changes.forEach((c, k) => {
    c.qualifiesIndex = figs.indexOf(levels[k]!);
    if (c.verbSign === 0 && growth) {
      c.kindHint = "growth";
      c.verbSign = 1;
    }
  });
}

/** The n items of the last "A, B and C" list in `text`. */
export function listItems(text: string, n: number): string[] | null {
  const and = text.lastIndexOf(" and ");
  if (and === -1) return null;
  const right = /^ and\s+((?:[\p{L}\p{N}'’-]+)(?:\s+(?!was\b|were\b|is\b|are\b|at\b|in\b|to\b|rose\b|grew\b|reached\b|of\b|stood\b|totaled\b|totalled\b)[\p{L}\p{N}'’-]+){0,2})/u.exec(text.slice(and));
  if (!right) return null;
  const leftText = text.slice(0, and);
  const parts = leftText.split(/,\s*/);
  const middle = parts.slice(parts.length - (n - 1), parts.length).map((s) => s.trim());
  if (middle.length !== n - 1) return null;
  // The first item: the words after the last preposition or determiner.
  const first = middle[0]!.split(/\s+/);
  let k = first.length - 1;
  const capital = /^\p{Lu}/u.test(first[k] ?? "");
  while (k > 0 && (capital ? /^\p{Lu}/u.test(first[k - 1]!) : false)) k--;
  middle[0] = first.slice(k).join(" ");
  // A name ends where its capitals do: "Kyrgyzstan received 0.9 billion" → "Kyrgyzstan".
  const last = right[1]!.trim().split(/\s+/);
  const named = /^\p{Lu}/u.test(last[0]!) ? last.findIndex((w) => !/^\p{Lu}/u.test(w)) : -1;
  const items = [...middle, (named > 0 ? last.slice(0, named) : last).join(" ")];
  return items.every((s) => /\p{L}/u.test(s)) ? items : null;
}

/** Link each change to the level it qualifies: "rose by 26 percent to 13.7 million tons". */
function linkChanges(sentence: string, figs: RawFigure[]): void {
  figs.forEach((g, gi) => {
    if (g.kindHint !== "growth" || g.qualifiesIndex !== null) return;
    // A change in an amount qualifies a level in the same unit ("by $2 billion to $10 billion").
    // A change in percentage points qualifies a share: "rose by 2.5 percentage points to 31%".
    const fits = (level: RawFigure) =>
      level.kindHint !== "growth" && level.conversionOfIndex === null &&
      (g.unit === "pp" ? level.unit === "percent" : isLevel(level) && (isChangeUnit(g) || level.unit === g.unit));
    const next = figs.slice(gi + 1).find((f) => f.conversionOfIndex === null);
    if (next && fits(next) && LEVEL_AFTER_CHANGE.test(sentence.slice(g.end, next.start))) {
      g.qualifiesIndex = figs.indexOf(next);
      return;
    }
    // "grown more than eightfold, from US$4.6 billion in 2014 to over US$40 billion": the level it went to.
    const to = next ? figs.slice(figs.indexOf(next) + 1).find((f) => f.conversionOfIndex === null) : undefined;
    if (next && to && fits(to) && FROM_LEVEL.test(sentence.slice(g.end, next.start)) && TO_LEVEL.test(sentence.slice(next.end, to.start))) {
      g.qualifiesIndex = figs.indexOf(to);
      return;
    }
    const prev = [...figs.slice(0, gi)].reverse().find((f) => f.conversionOfIndex === null);
    let gap = sentence.slice(prev?.end ?? 0, g.start);
    // "3,500 container trains in the first eight months of 2024, a rise of 4 percent": what a count counts stands between them.
    if (prev && prev.unit === "count" && prev.subject && gap.startsWith(` ${prev.subject}`)) gap = gap.slice(prev.subject.length + 1);
    // "$31.5 billion (+32%)", "38,200 TEU (x2.1)": a signed change or a multiplier in brackets right after a level;
    // "210kt (Jan-Sep 2025), +8% y/y": a signed change after a comma; "…, about 2% less than in 2023": a comparative one.
    const signed = /^[+\-−x×]/.test(sentence.slice(g.start, g.start + 1));
    // "$94.8 billion in 2024, roughly double what it was in 2019": a multiple of what it was, after the level's clause.
    const comparative = () => CLAUSE_AFTER_LEVEL.test(gap) && (COMPARATIVE_AFTER.test(sentence.slice(g.end, g.end + 20)) || (g.unit === "fold" && MULTIPLE_AFTER.test(sentence.slice(g.end, g.end + 12))));
    if (prev && fits(prev) && (CHANGE_AFTER_LEVEL.test(gap) || (signed && (BRACKET_AFTER_LEVEL.test(gap) || COMMA_AFTER_LEVEL.test(gap))) || comparative())) {
      g.qualifiesIndex = figs.indexOf(prev);
    }
  });
  // The same change put another way qualifies the same level: "rose by 23.4%, or $10.8 billion, to $56.9 billion".
  for (let i = 1; i < figs.length; i++) {
    const [a, b] = [figs[i - 1]!, figs[i]!];
    if (a.kindHint !== "growth" || b.kindHint !== "growth" || !OR_GAP.test(sentence.slice(a.end, b.start))) continue;
    a.qualifiesIndex ??= b.qualifiesIndex;
    b.qualifiesIndex ??= a.qualifiesIndex;
  }
}

/** What a change is a change of: "shipments of grain jumped by 200 percent" → "grain". */
function nameChanges(sentence: string, figs: RawFigure[]): void {
  figs.forEach((g, gi) => {
    if (g.kindHint !== "growth" || g.subject) return;
    // A fold verb's infinitive changes what follows it ("to double it"), never what stands before.
    if (g.unit === "fold" && isFoldInfinitive(sentence.slice(g.start, g.end))) return;
    const level = g.qualifiesIndex !== null ? figs[g.qualifiesIndex] : undefined;
    if (level?.subject) {
      g.subject = level.subject;
      return;
    }
    const prev = gi > 0 ? figs[gi - 1]! : undefined;
    // An earlier rate ("…, down from 5.9% in 2024") is of what the rate before it is, and so is the same change put another way ("…, or $10.8 billion").
    if (prev?.kindHint === "growth" && (RATE_BEFORE.test(sentence.slice(prev.end, g.start)) || OR_GAP.test(sentence.slice(prev.end, g.start)))) {
      g.subject = prev.subject;
      return;
    }
    g.subject = changeSubject(sentence.slice(prev ? prev.end : 0, g.start));
  });
}

/** "increased its exports by": the verb comes first and what changed follows it. */
const VERB_FIRST = new RegExp(`\\b(?:increased|raised|boosted|cut|reduced|grew|expanded|doubled)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+by(?:\\s+${APPROX})?\\s*$`, "iu");
/** A currency named last before its change: "the Kyrgyz som", "the sum". */
const CURRENCY_AT_END = /\b(?:(?:Kazakh|Kyrgyz|Uzbek|Tajik|Turkmen|Chinese|Russian)\s+)?(?:tenge|soms?|sums?|soums?|somoni|manat|yuan|renminbi|rubles?|roubles?)$/i;
/** "GDP growth is expected to slow to": what is forecast stands before the verb of forecasting. */
const FORECAST_TAIL = /\s+(?:is|are|was|were)\s+(?:(?:now|also)\s+)?(?:expected|projected|forecast|forecasted|predicted|estimated|seen|set|likely|due)\b.*$/i;
const TRAILING_APPROX = new RegExp(`(?:\\s+${APPROX})?\\s*$`, "i");
/** "GDP growth", "economic growth", "export growth" at the end of what stands before a rate of growth. */
const GROWTH_OF = /(?<![\p{L}-])(GDP|economic|economy|exports?|imports?|trade|output|industrial|investment|credit|wage|retail|freight|cargo)\s+growth(?:\s+rate)?$/iu;
/** A verb of a small move, left after the change verb: "edged (up)", "inched (higher)". */
const SMALL_MOVE = /\s+(?:edged|inched|ticked|crept|nudged)(?:\s+(?:up|down|higher|lower))?\s*$/i;
const SHARE_OF = /\bshare\s+of\b/i;
/** The verb of a rate of growth's pace: "to average", "slowed to", "picked up to". */
const PACE_TAIL = /\s+(?:to\s+)?(?:averag(?:e|ed|es|ing)|slow(?:ed|s)?|accelerat(?:e|ed|es)|eas(?:e|ed|es)|moderat(?:e|ed|es)|pick(?:ed|s)?\s+up)(?:\s+(?:to|at))?$/i;
/** A verb of trade left before a change written as a fraction: "Kazakhstan imported (a third more)". */
const TRAILING_FLOW_VERB = /\s+(?:imported|exported|shipped|bought|sold|supplied)\s*$/i;
const TRAILING_CHANGE_VERB = new RegExp(`\\s*\\b(?:${RISE}|${FALL})\\s*$`, "i");

export function changeSubject(left: string): string | null {
  let text = left;
  const verbFirst = VERB_FIRST.exec(text);
  if (verbFirst) return tidy(verbFirst[1]!);
  // An aside in brackets is no part of the subject: "imports of cars under code 8703.80 (electric vehicles) alone rose".
  if (text.includes(")")) text = text.replace(/\s*\([^()]*\)/g, "");
  const lastDelimiter = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), text.lastIndexOf("("), text.lastIndexOf(":"));
  text = text.slice(lastDelimiter + 1);
  text = text.replace(FORECAST_TAIL, "");
  text = text.replace(TRAILING_APPROX, "");
  text = text.replace(/\s*\b(?:by|of)\s*$/i, "").replace(/\s*\bgrowth\s+rate\s*[-–—:]?\s*$/i, "");
  // "the region's GDP growth to average", "economic growth slowed to": a rate of growth is the growth of what its last word names.
  const growth = GROWTH_OF.exec(text.replace(PACE_TAIL, ""));
  if (growth) return /^econom/i.test(growth[1]!) ? "GDP" : growth[1]!;
  text = text.replace(TRAILING_CHANGE_VERB, "").replace(SMALL_MOVE, "").replace(TRAILING_FLOW_VERB, "");
  text = text.replace(MODALS, "");
  // "China's share of Kazakhstan's foreign trade edged up 0.8 pp": a share changed, not the trade.
  if (SHARE_OF.test(text)) return "share";
  // "a year-on-year increase of": every such word before the change goes.
  text = text.replace(/(?:\b(?:year-on-year|year-over-year|annual|a|an)\s*)+$/i, "").trim();
  text = text.replace(/^\s*(?:and|or|while|whereas)\s+/i, "");
  // "Since the start of the year the sum has weakened by": a currency that changed is the subject.
  const currency = CURRENCY_AT_END.exec(text);
  if (currency) return tidy(currency[0]);
  // "shipments of grain" → "grain"; "the number of Chinese tourists" → "Chinese tourists".
  const of = text.lastIndexOf(" of ");
  if (of !== -1) text = text.slice(of + 4);
  const prep = PREPOSITION.exec(` ${text} `);
  if (prep) text = ` ${text} `.slice(0, prep.index).trim();
  return tidy(text);
}

/** Words left before a change that are no subject: joiners, pronouns, and participles ("representing increases of …"). */
const NOT_A_SUBJECT = /^(?:and|or|but|with|while|by|of|to|the|a|an|which(?:\s+(?:is|was))?|that(?:\s+(?:is|was))?|it|this|representing|marking|reaching|making|showing|indicating|accounting|amounting|totall?ing|bringing|having|being)$/i;

function tidy(s: string): string | null {
  const t = s
    .replace(/["“”‘’]/g, (q) => (q === "’" ? "’" : ""))
    .replace(/^(?:the|a|an|its|their)\s+/i, "")
    .replace(/^[\p{Lu}][\p{L}-]*['’]s\s+/u, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  // "A decade later it": a pronoun names nothing; nor does a country alone ("Kazakhstan imported a third more").
  // Nor what ends in a joiner: "an all-time high and 2.3 times more".
  if (!/\p{L}/u.test(t) || t.split(" ").length > 4 || NOT_A_SUBJECT.test(t) || /\b(?:it|they|and|or)$/i.test(t) || canonicalEntity(t) !== undefined) return null;
  return t;
}
