/**
 * Figures of a document: the grammar's raw figures, attributed with kind, entities,
 * period, status, direction and source from their clause, sentence, paragraph and section.
 */
import type { ArticleDocument, Block, Figure, Skipped } from "./types.js";
import { clauseAt, clauses, type Span } from "./attribute/clauses.js";
import { NameIndex, actorsNamedIn, countriesNamedIn, countriesOfPlaces, entitiesInOrder, mergeNamed, namedIn, regionsNamedIn, type Named } from "./attribute/entities.js";
import { ParagraphFocus, type TitleNames } from "./attribute/focus.js";
import { GOODS_OF_AFTER, classify, headingKind, namesMoneyKind } from "./attribute/kind.js";
import { findPeriods, forwardPeriod, refDateOf, type PeriodMention, type RefDate } from "./attribute/period.js";
import { DEADLINE_BEFORE, figurePeriod, isComparison, sentencePeriods, type ChosenPeriod } from "./attribute/figure-period.js";
import { Carry, PARTED_KINDS, continuesBefore, earlierPeriod, goesOnUnnamed, referBack, saysSamePeriod, totalPeriod } from "./attribute/carry.js";
import { findSource } from "./attribute/source.js";
import { directionOf, statusOf } from "./attribute/status.js";
import { splitSentences } from "./documents/sentences.js";
import { asWritten, datelineLength, isPlaceHeading } from "./documents/metadata.js";
import { layoutDocument } from "./documents/layout.js";
import { maskEmphasis, mayHaveEmphasis } from "./documents/markup.js";
import { canonicalEntity, MULTILATERAL_LENDER, PLACES } from "./lexicon/places.js";
import { scanSentence } from "./grammar/scan.js";
import { currencyLeftOut, unitLeftOut, unitOfList } from "./grammar/elided.js";
import { GAPPED_OBJECT, GOES_ON_TO, NAME_OWNS_NEXT } from "./grammar/relations.js";
import { columnOf, hasCells, hasUnit, isRuling, labelSubject, openingUnit, periodWords, readRow, tableColumns, unitNote, type TableColumn } from "./grammar/table.js";
import { SPELLED_HINT } from "./grammar/numbers.js";
import { TIME_RATE } from "./lexicon/units.js";
import { WORDS_HINT } from "./grammar/words.js";
import type { RawFigure } from "./grammar/raw.js";
import { groupFacts } from "./facts/group.js";
import { CURRENCY_COUNTRY, ISO_CODES } from "./lexicon/currencies.js";
import { applyQuotedRates, quotedRates } from "./facts/usd.js";
import { completeQuotes } from "./attribute/quote.js";
import { dateFromLede } from "./attribute/dating.js";
import { parallelParties } from "./attribute/parallel.js";
import { isRanked, sharedParty } from "./attribute/ranking.js";
import { MONTH_SOURCE, SAME_PERIOD_SOURCE } from "./lexicon/dates.js";

/** A block is worth scanning if it has a digit, a spelled-out number, a fold verb ("doubled") or a fraction ("a fifth of") the grammar reads. */
const hasNumber = (text: string) => /\d/.test(text) || SPELLED_HINT.test(text) || WORDS_HINT.test(text);
/** A sentence without figures matters only if it names a period or a source the next sentences inherit. */
const CARRY_HINT = /\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|year|quarter|half|according|reports?|reported|said|says|citing|announced)\b/i;
/** Where the last " and ", " but " or " while " between `from` and `to` starts, if any. */
function lastConjunction(text: string, from: number, to: number): number | null {
  const gap = text.slice(from, to);
  const at = Math.max(gap.lastIndexOf(" and "), gap.lastIndexOf(" but "), gap.lastIndexOf(" while "));
  return at === -1 ? null : from + at;
}

/**
 * Flows the period a title names dates when nothing else does ("… trade turnover for January-October 2026"), and shares
 * of them in percent; not a stock, a capacity or a count ("Tracking Chinese projects in Kazakhstan: the 2026 update").
 */
const TITLE_DATED_KINDS: ReadonlySet<string> = new Set(["trade", "freight", "growth"]);
/** Words of time a sentence may name though no period could be read of them ("In September alone", in an undated text); not "a year earlier". */
const NAMES_TIME = new RegExp(String.raw`\b(?:${MONTH_SOURCE}|quarters?|half|(?:1[89]|20)\d\d)\b`, "i");

/** Places named only as where a flow went: "most of it to the United Kingdom and Switzerland", "mainly to Uzbekistan", "with Turkey and China the main buyers". */
const DESTINATIONS = /\b(?:(?:most|much|all|half|the\s+bulk)\s+of\s+(?:it|them)\s+(?:going\s+)?to\s+(?:the\s+)?\p{Lu}|(?:mainly|mostly|chiefly|largely|primarily)\s+to\s+(?:the\s+)?\p{Lu}|with\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,4}(?:as\s+)?the\s+(?:main|largest|biggest|top|chief)\s+(?:buyers|destinations|markets|customers|importers))/u;

/** A table row's label that is a month: "January", "Feb.". */
const MONTH_LABEL = new RegExp(String.raw`^(?:${MONTH_SOURCE})\.?$`, "i");
/** A headline that only says highlights follow: "Highlights", "Key figures", "Financial highlights:". */
const HIGHLIGHTS = /^(?:(?:key|main|financial|operating|operational)\s+)?(?:highlights|figures|results|numbers)\s*:?$/i;
/** A place in capitals opening a line, as a digest's items do: "KAZAKHSTAN: …". Group 1: the place. */
const CAPS_LABEL = /^(\p{Lu}[\p{Lu} -]{2,40}):\s/u;
/** Between two amounts of goods of one flow: " of Chinese machinery and ". */
const MORE_GOODS = /^\s+(?:worth\s+)?of\s+[^,;()\d]{1,40}?(?:,\s*|\s+)and\s+(?:about\s+|some\s+)?$/;
/** A project sheet's field naming its country: "Country: Kazakhstan". */
const COUNTRY_FIELD = /^(?:Country|Countries|Location)\s*:\s*(\S.{1,80})$/;
/**
 * What stands between a figure and the next when the next has only a name of its own, its verb and what it measures left
 * out: ", Uzbekistan ", ", while Uzbekistan's fell ", ", Russia for ", " and Kazakhstan ". Group 1: the name.
 */
const GAPPED_NAME = /^[^,;]{0,40}?(?:,|;|,?\s+(?:and|while|whereas|but))\s+(?:(?:while|whereas|and|but)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:['’]s(?:\s+\p{Ll}+){0,2}?\s+(?:rose|fell|grew|dropped|declined|increased|decreased|slipped|jumped|climbed|reached|stood\s+at|was|were|totall?ed|came\s+to)(?:\s+(?:by|to|at))?|\s+(?:for|with|at))?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|just\s+)?$/u;
/** A clause that opens with its verb, its subject before an aside: "reached $1.9 billion", "alone rose 340%", "earning …". */
const PREDICATE_FIRST = /^\s*(?:(?:alone|also|together|nevertheless|still)\s+)?(?:reached|rose|fell|grew|totall?ed|amounted|stood|came|hit|climbed|jumped|increased|decreased|declined|dropped|slipped|exceeded|topped|averaged|was|were|earning|earned|fetched|generated|brought\s+in|worth)\b/;
/** An interviewer's question, and the answer to it: "Q: What about agriculture?", "A: We sent 1.1 million tonnes …". */
const QUESTION = /^(?:Q|Question)\s*[:.]\s+\S.*\?\s*$/;
const ANSWER = /^(?:A|Answer)\s*[:.]\s+\S/;
const DIGIT = /\d/;
const SEMICOLON_AFTER = /^\s*;/;
/** A bullet line: "• Transit: 236,500 TEU", "- Exports: $2 billion", "1. Kazakhstan: CNPC's refinery, $2.1 billion". */
const BULLET = /^(?:[•▪‣◦●]|[-–—*]|\d{1,2}[.)](?=\s+\p{Lu}))\s+/u;
/** A line that opens with a name and its figure: "Kazakhstan — $1.2 billion; Uzbekistan — $800 million". */
const NAMED_ITEM = /^\p{Lu}[\p{L}'’ .-]{0,40}?\s*[—–:]\s*(?:about\s+|around\s+|some\s+|over\s+)?(?:US\$|\$|€|£)?\d/u;
/** The longest line still read as an item of a list (a table row turned into text). */
const LIST_LINE_MAX = 160;
/** The label of a listed line: "Wheat — 1.2 mln t (+15%)". */
const LIST_LABEL = /^(?:\d{1,2}[.)]\s+)?([\p{L}][\p{L}'’ ,&/-]{0,40}?)\s*(?:[—–:]|\s-)\s*/u;
/** A sentence whose subject is a pronoun: "In 2023, it reached USD 31.5 billion" (not "That means attracting …", which says what a goal takes). */
const PRONOUN_SUBJECT = /^(?:(?:In|During|By|For|Over|After|Once|With|If|When|Unless|Should)\s+[^,]{1,40}?(?:,\s+which\s+[^,]{1,40})?,?\s+|(?:last|this|next)\s+(?:year|month|quarter|season),?\s+|(?:a|one|two|three|five|ten)\s+(?:years?|decades?)\s+later,?\s+)?(?:it|this|that|they|the\s+figure|the\s+total)\s+(?!(?:means|meant|would\s+mean|will\s+mean|requires|required|would\s+require|implies|implied)\b)(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+,\s+to\s+)?$/iu;
/** What an amount is to build, and that thing's size after it: " to build a second processing line with capacity of ". */
const BUILT_WITH_CAPACITY = /^\s+to\s+(?:build|construct|set\s+up|erect|launch|open|create|add|install|develop)\b[^.;]{0,80}?\bcapacity\s+(?:of\s+)?(?:about\s+|around\s+|up\s+to\s+|some\s+)?$/i;
/** A relative clause whose verb is in the past: "which already stood at ", "that reached ". */
const RELATIVE_PAST = /^\s*(?:which|that)\s+(?:already\s+|then\s+|had\s+)?(?:stood|was|were|totall?ed|reached|amounted\s+to|came\s+to|hit|grew|rose|fell)\b/i;
/** A pronoun, then only a form of "be" before the figure: "it will be ", "this is ". */
const PRONOUN_IS = /\b(?:it|this|that)\s+(?:(?:will|would|should|could|may)\s+(?:then\s+)?be|is|was|becomes|became)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$/i;
/**
 * Between two listed figures, no verb: "4.3% in 2024 and 5.0%", "$2 billion, $3 billion and", ", Uzbekistan's "; a
 * part named after its whole: "expects to attract $250 billion in foreign investments, including";
 * the end of a span: "is to increase from 7.5 million to 15 million tonnes"; or where it goes on to:
 * "to carry 15 million tonnes a year initially, rising to 20 million tonnes".
 */
const PART_WORDS = String.raw`including|of\s+which|among\s+them`;
const LISTED_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|for)\s+(?:(?:\p{L}+\s+)?\d{4}|the\s+\p{L}+\s+\p{L}+)|\s+(?:this|next|last)\s+year)?\s*(?:,|and|,\s*and)\s*$|^${NAME_OWNS_NEXT}(?:\s+and\s+\p{Lu}[\p{L}-]*['’]s)?\s*$|^[^,;()]{0,60},\s*(?:${PART_WORDS})\s+(?:about\s+|around\s+|some\s+|over\s+)?$|^\s+to\s+$|^[^,;()]{0,30},\s*(?:rising|growing|increasing|climbing|falling|declining|dropping)\s+(?:(?:later|eventually|further|gradually|then)\s+)?to\s+$`,
  "u",
);
/**
 * " and produce ", " households and to save ": a second verb after a figure, with no subject of its own, or a
 * second item (" on the new lines and "); ", enough to supply ": what the figure before comes to; " and its heat output
 * by ": a second thing the same verb changes.
 */
const SECOND_VERB = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,5}?,?\s+and\s+(?:(?:to\s+)?\p{Ll}+\s+)?$|^(?:\s+[\p{Ll}-]+){0,3}?,\s+(?:enough|sufficient)\s+to\s+\p{Ll}+\s+$|^\s+${GAPPED_OBJECT}\s+$`, "u");
/** What the figure before requires, past the end of its clause: " by 2030, requiring ", ", which would need ". */
const REQUIRED = /^(?:\s+[\p{L}\p{N}-]+){0,4}?,\s+(?:requiring|needing|which\s+(?:would|will)\s+(?:require|need))\s+$/u;
/** "from" (and a qualifier) right before a figure. */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;
/** "today", "now" right after a figure: " today", " at present". */
const NOW_AFTER = /^\s*,?\s*(?:today|now|currently|at\s+present|at\s+the\s+moment)\b/i;
/** Between the two ends of a span: " to ". */
const SPAN_TO = /^\s+to\s+$/;
/** A part of a total named before: "… made up the bulk, about $2.1 billion, followed by machinery at $1.3 billion". */
const PART_OF_TOTAL = /\b(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|the\s+bulk|the\s+lion['’]s\s+share)\b/i;
/** Goods listed after a part, with their figure after a dash or colon: ", barley – ", "; sunflower oil: ". */
const GOODS_ITEM = /^[,;]\s*(?:and\s+)?\p{Ll}[\p{Ll} -]{0,30}?\s*(?:[–—]|:|\s-)\s*(?:about\s+|around\s+|some\s+)?$/u;
/** "followed by" names a part only after another part: not after "Russia ranked second at $9.4 billion". */
const FOLLOWED_BY = /\bfollowed\s+by\b/i;
/** A part named after its whole past an aside: "68.3 billion soms, the State Customs Service said, of which 41.7 billion soms". */
const OF_WHICH = /^[^;()\d]{0,80}?,\s*of\s+which\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$/i;
/** The words that name a part after its whole. */
const PART_OF = new RegExp(String.raw`\b(?:${PART_WORDS})\b`, "i");
/** The goods a flow names before its figure: "exports of wheat to China reached", "imports of energy products were". Group 1: the goods. */
const GOODS_OF_FLOW = /\b(?:[Ee]xports?|[Ii]mports?|[Ss]hipments?|[Ss]upplies|[Dd]eliveries|[Pp]urchases)\s+of\s+(\p{Ll}[\p{Ll} -]{1,40}?)\s+(?:to|from|into|were|was|reached|totall?ed|amounted|rose|fell|grew|came|stood|hit|jumped|increased|decreased|declined)\b/u;
/**
 * The goods a sentence opens with, as the part of a total its figure is: "Goods under HS chapters 61-64 made up 41% of the
 * total, worth $8.2 billion", "Passenger cars (HS 8703) came next at $1.9 billion". Group 1: the goods.
 */
const PART_NAMED = /^(\p{L}[\p{L}\p{N} ,'’()-]{2,60}?)\s+(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|came\s+(?:next|second|third))\b/u;
/** Words that name no goods: a pronoun, "the rest". */
const NO_GOODS = /^(?:it|this|that|they|these|those|the\s+rest|the\s+remainder|others?|the\s+others)$/i;
/** The goods named as a part by the sentence's opening words, if they name no place. */
function partNamed(before: string, names: NameIndex): string | null {
  const m = PART_NAMED.exec(before);
  if (!m) return null;
  const goods = m[1]!.trim().replace(/^the\s+/i, "");
  const named = names.within(0, m[1]!.length);
  return NO_GOODS.test(goods) || named.entities.length > 0 || named.places.length > 0 ? null : goods;
}
/** A sentence opening with the whole a part is taken from: "Of Kazakhstan's ", "Of the ". */
const OPENS_WITH_WHOLE = /^(?:[^,;]{0,40},\s*)?Of\s+[^,;()]{0,40}$/;
/** What stands between that whole and the part its taker took: " exports in 2024, China took ". */
/** A part taken of the whole just named: "exported 11.2 million tonnes …; China took 3.6 million tonnes of it". */
const OF_IT_AFTER = /^\s+of\s+(?:it|them|this|that)\b/;
const TAKER_BEFORE = /^[^,;()]{0,60},\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:took|bought|received|absorbed|imported|purchased|got|accounted\s+for)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?$/u;
/**
 * A second verb of the sentence's subject, right before its figure: "sent just 1.2 bcm to China over the nine months and
 * imported roughly 3 bcm from Russia". When its own words after it name a place, what stands between the figure before and
 * it ("to China") is the one before's.
 */
const AND_VERB = /^ and\s+(?:(?:also|then|later|will|would)\s+)?(?:\p{Ll}+ed|sent|sold|bought|spent|grew|rose|fell|paid|lent|took|brought|\p{Ll}+s)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|over\s+|just\s+|another\s+)?(?:US\$|\$|€|£)?$/u;
/** Between a rate and the rate it moved from: " in the first half of 2026 from ", ", down from ". */
const RATE_FROM = /^(?:\s+(?:in|during|for)\s[^,;()]{1,40}?)?\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+)?$/i;
/** A conjunction, then a verb of the same subject: " and has invested", " and plans to", " and sold". */
const SECOND_PREDICATE = /^\s*(?:,\s*)?(?:and|but)\s+(?:(?:also|then|later|now)\s+)?(?:has|have|had|will|would|is|are|was|were|plans?|expects?|aims?|intends?|says|said|wants?|hopes?|\p{Ll}{2,}ed)\b/u;
/** " and Turkey at ", " and Turkey (" before a figure: a name and its figure, listed after another. */
const NEXT_NAMED = /^ and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:at|with|on)\s+(?:about\s+|around\s+|some\s+|over\s+)?|\(\s*)(?:US\$|\$|€|£)?$/u;
/** The longest label read before its figure: "Exports: 311.4 billion yuan", "…, import from China – 19.7 bln US dollars". */
const LABEL_MAX = 40;
/** A label that may name what is measured: a few words in lower case ("barley", "sunflower oil"). */
const LABEL_WORDS = /^\p{Ll}[\p{Ll}'’ -]{0,30}$/u;
/** A clause that is the predicate of the one before: "…, is imports", "…, were exports". */
const PREDICATE = /^\s*(?:is|are|was|were)\s+(?:mostly\s+|mainly\s+|largely\s+)?(?:imports?|exports?)\b/i;
/** What stands between a label and its figure: a colon, or a dash between spaces. */
const LABEL_BREAK = /^(?::\s|\s[—–]\s)$/;
/** A clause that is the level a change reached: "to $95 million", "to about 1.2 million tonnes". */
const CHANGED_TO = /^\s*to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+|over\s+)?(?:US\$|\$|€|£)?\d/;
/** A clause ending with a change, and how it changed: "Exports rose slightly", "The value of those deliveries fell faster". */
const CHANGE_ENDS = /\b(?:rose|fell|grew|increased|decreased|dropped|declined|climbed|jumped|slipped|shrank|expanded|surged|slumped|edged\s+(?:up|down|higher|lower))(?:\s+(?:slightly|sharply|faster|further|again|only|modestly|steeply|marginally|strongly))?\s*$/;
/** A clause that is only the complement of the one before it: ", at $16.9 billion", ", worth $2 billion". */
const COMPLEMENT = /^\s*(?:at|worth|valued\s+at|amounting\s+to|totall?ing|reaching|with|receiving|securing|attracting|accounting\s+for|earning)\s/i;
/** A link between countries, whose capacity is of both ends: a railway, a pipeline, "the line connecting …", "Line D". */
const LINK_WORDS = /\b(?:railways?|railroads?|rail\s+(?:line|link)|pipelines?|corridors?|routes?|crossings?|checkpoints?|transmission\s+lines?|lines?\s+(?:connecting|linking|between)|Line\s+[A-Z])\b/;
/** Names joined by a dash, as a link's ends are: "China–Kyrgyzstan–Uzbekistan railway", "Central Asia-China pipeline". */
const LINKED_NAMES = /\p{Lu}\p{L}+\s?[–—-]\s?\p{Lu}/u;
/** A line that is the railway or pipeline the title or paragraph is about: "The 523-km line is expected to carry …". */
const THE_LINE = /\b(?:the|this|new)\s+(?:[\p{L}\d-]+\s+)?line\b/iu;
const RAIL_OR_PIPE = /\b(?:rail\w*|pipelines?)\b/i;
function linksCountries(sentence: string, before: string): boolean {
  return LINK_WORDS.test(sentence) || (THE_LINE.test(sentence) && RAIL_OR_PIPE.test(`${before} ${sentence}`));
}
/** A country's trade with the whole world: "Kazakhstan's foreign trade turnover", "Uzbekistan's total trade" (not a table's "Total trade"). */
const WORLD_TRADE = /\b(?:foreign|external|global)\s+(?:trade|turnover)\b|(?:['’]s|\bits|\btheir)\s+(?:total|overall)\s+(?:trade|turnover)\b|\btrade\s+with\s+the\s+(?:world|rest\s+of\s+the\s+world)\b/i;
/** A partner named after it: "total trade with China", "foreign trade between …" (not "with the world"). */
const WITH_PARTNER = /\b(?:with|between)\s+(?!the\s+(?:world|rest\b))/i;
/** Whether a clause, up to its figure, measures a country's trade with the world: such a figure has one party, not a partner from the paragraph. */
function worldTotal(clause: string): boolean {
  if (!clause.includes("rade") && !clause.includes("urnover")) return false;
  const w = WORLD_TRADE.exec(clause);
  return w !== null && !WITH_PARTNER.test(clause.slice(w.index));
}
/**
 * Money a country finds at home is its own, whoever else a paragraph names: "Tajikistan will contribute a further $45 million
 * from the state budget", "1.4 trillion tenge will come from the state budget", "financed from its own funds".
 */
const DOMESTIC_FUNDS = /^\s+(?:[\p{Ll}-]+,?\s+){0,6}?from\s+(?:the\s+|its\s+|their\s+)?(?:(?:own|state|national|republican|federal|local|regional)\s+(?:budgets?|funds|resources)|budget)\b/iu;
/** A debt and its creditor: "debt to the Export-Import Bank of China", "owed China Eximbank", "arrears to Chinese banks". */
// Repaying or servicing it names the creditor too: "Repayments to China will peak at about $150 million a year".
const OWED_TO = /\b(?:[Dd]ebts?|[Aa]rrears|[Ll]iabilities|[Oo]bligations|[Rr]epayments?|[Dd]ebt\s+service)\s+(?:[\p{L}-]+\s+){0,2}?(?:to|towards)\s+(?:the\s+)?\p{Lu}|\bow(?:ed|es|ing)\s+(?:to\s+)?(?:the\s+)?\p{Lu}/u;
/** An aside between dashes right after a figure: "$1.66 billion — 36% — was owed to …". */
const DASH_ASIDE_AFTER = /^\s+[—–]\s[^—–]{1,40}?\s[—–]\s+/;
/** A flow of both ways: what a bracketed figure after it is the value of has no one direction. */
const TOTAL_FLOW = /\b(?:trade|turnover)\b/i;
const FLOW_WORDS = /\b(?:trade|turnover|freight|exports?|imports?|shipments?|cargo|goods)\b/i;
const BILATERAL = new Set(["trade", "freight", "deal", "investment"]);
/** Units that are no size of a thing (a length, an area, a tonnage): shares, changes, counts, rates. */
const NOT_SIZES: ReadonlySet<string> = new Set(["percent", "pp", "fold", "count", "rate"]);
/**
 * Currencies spent at home: an amount in one, in a sentence naming no place, is first its country's.
 * Not the yuan, in which China's regions and partners report too ("Xinjiang's exports stood at 189.5 billion yuan").
 */
const HOME_CURRENCY: Record<string, string> = Object.fromEntries(Object.entries(CURRENCY_COUNTRY).filter(([code]) => code !== "CNY"));

export interface DocumentExtraction {
  figures: Figure[];
  /** Numbers the grammar read and did not take as figures, with offsets into the document. */
  skipped: Skipped[];
}

/** Extract every figure of a laid-out document. Fact ids are left empty for the caller to group. */
export function extractDocument(doc: ArticleDocument): DocumentExtraction {
  const figures: Figure[] = [];
  const skipped: Skipped[] = [];
  const refs = new Map<number, RefDate>();
  /** Each section's dated event, if it opens with one. */
  const events = new Map<number, SectionEvent | null>();
  /** Each section heading's places, when it only names places. */
  const placeHeadings = new Map<number, string[]>();
  const docRef = refDateOf(doc.meta.date);
  let titleNames: TitleNames | null = null;
  // Where the document names regions, for "the region" in a later sentence (worked out on first use).
  let regions: ((at: number) => string | null) | null = null;
  const regionAt = (at: number) => (regions ??= regionsNamedIn(doc.text))(at);
  // The title's entities, then the countries of the place the story was filed from ("Tashkent, 30 October 2025 – …").
  // Those it names only as actors ("Chinese firm to build …") are not where the story is, unless it was filed from there.
  // A document with no title: its first paragraph says what it is about ("Kyrgyzstan's foreign trade turnover reached …").
  const titleEntities = () => {
    if (titleNames) return titleNames;
    const filedFrom = doc.meta.place ? countriesNamedIn(doc.meta.place) : [];
    const lede = doc.blocks.find((b) => !b.heading);
    const title = doc.meta.title ?? (lede ? withoutReasons(textOf(lede)) : null);
    const actors = title ? actorsNamedIn(title) : new Set<string>();
    for (const c of filedFrom) actors.delete(c);
    const named = title ? entitiesInOrder(title) : [];
    const link = doc.meta.title && LINK_WORDS.test(doc.meta.title) && LINKED_NAMES.test(doc.meta.title) ? named : [];
    // Last, the countries of the places it names ("Lanzhou's trains to Central Asia carry more": China), after the country a
    // project sheet's field names ("Country: Kazakhstan"), which is where its project is.
    const field = doc.blocks.slice(0, 12).map((b) => COUNTRY_FIELD.exec(textOf(b))).find((m) => m !== null);
    const placed = [...new Set([...(field ? namedIn(field[1]!).entities : []), ...(title ? countriesOfPlaces(namedIn(title).places) : [])])];
    return (titleNames = { names: [...new Set([...named, ...filedFrom, ...placed])], actors, link, placed });
  };
  // A paragraph ending in a colon ("By country:") hands what it named — period, source, the
  // total it broke down — to the short lines listed under it ("Kazakhstan – $41 billion (+32%)").
  let list: Carry | null = null;
  // Whether the list is of lines under a headline (bullets, or names and their figures): it ends at the first line that is neither.
  let headedList = false;
  // A paragraph that opens "Of the total, …" goes on with the one before it: its period and source.
  let previous: Carry | null = null;
  // An interviewer's question ("Q: What were the results of the first nine months?"): the answer after it is read with it.
  let question: Carry | null = null;
  // The last paragraphs read (three at most), for "in the same period" in a later one.
  const recent: Carry[] = [];
  // A table's header, while its rows are read.
  let table: { columns: TableColumn[]; header: string; carry: Carry; caption: TableColumn | null } | null = null;
  /** A block's text; the line breaks of a hard-wrapped paragraph read as spaces (offsets hold). */
  // Markdown's emphasis marks read as spaces too ("up **17%**"): the block's words are then read from the file, as a wrapped block's are.
  const textOf = (b: Block | undefined) => (!b ? "" : maskEmphasis(b.wrapped ? unwrap(doc.text.slice(b.start, b.end)) : doc.text.slice(b.start, b.end)));
  /** Whether a block's text as read differs from the file's (line breaks or emphasis marks read as spaces). */
  const rewritten = (b: Block) => b.wrapped === true || mayHaveEmphasis(doc.text.slice(b.start, b.end));
  /**
   * Number the figures made of a sentence or a row, and turn the grammar's links into ids. In a
   * hard-wrapped paragraph, a figure's words and sentence are the file's, line breaks and all.
   */
  const emit = (made: Figure[], raws: RawFigure[], wrapped: boolean | undefined) => {
    for (const f of made) {
      f.id = `${doc.meta.doc}#${figures.length + 1}`;
      if (wrapped) {
        f.text = doc.text.slice(f.start, f.end);
        f.sentence = doc.text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length);
      }
      figures.push(f);
    }
    linkIds(made, raws);
  };
  // The one period the title names, worked out on first use; none for a title that names several or none. Not a day: it
  // is when the title's digest came out ("the week in numbers (Nov 14–21, 2026)"), no flow's period.
  let titlePeriods: PeriodMention[] | null = null;
  const titlePeriod = (): ChosenPeriod | null => {
    const title = doc.meta.title;
    if (!title) return null;
    titlePeriods ??= findPeriods(title, docRef).filter((p) => !p.pointInTime);
    return titlePeriods.length === 1 ? { period: titlePeriods[0]!, text: title.slice(titlePeriods[0]!.start, titlePeriods[0]!.end) } : null;
  };
  /** The unit a note under the table opening at block `header` gives ("Values in US$ billion. F = forecast."), if any. */
  const unitNoteAfter = (header: number): TableColumn | null => {
    let k = header + 1;
    while (k < doc.blocks.length && (hasCells(textOf(doc.blocks[k])) || isRuling(textOf(doc.blocks[k])))) k++;
    return unitNote(textOf(doc.blocks[k]));
  };
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const block = doc.blocks[bi]!;
    const blockText = textOf(block);
    const event = () => {
      if (!events.has(block.section)) events.set(block.section, sectionEvent(doc, block.section, docRef));
      return events.get(block.section)!;
    };
    const ref = () => {
      if (!refs.has(block.section)) refs.set(block.section, sectionRef(event(), docRef));
      return refs.get(block.section)!;
    };
    const heading = block.section >= 0 ? doc.blocks[block.section]! : null;
    const headingText = heading && heading !== block ? doc.text.slice(heading.start, heading.end) : null;
    /** The section heading's places when it only names places ("Kazakhstan"), worked out for blocks with figures only. */
    const placeHeading = () => {
      // A line of a digest may open with its own country in capitals: "KAZAKHSTAN: Exports to China rose 12% …".
      const label = CAPS_LABEL.exec(blockText);
      const own = label ? asWritten(label[1]!) : null;
      if (own && isPlaceHeading(own)) return namedIn(own).entities;
      if (!headingText) return [];
      if (!placeHeadings.has(block.section)) placeHeadings.set(block.section, isPlaceHeading(headingText) ? namedIn(headingText).entities : []);
      return placeHeadings.get(block.section)!;
    };
    // A table: a header of cells, then rows of as many cells (a ruling between them is passed over).
    if (table && isRuling(blockText)) continue;
    const row = table && !block.wrapped ? readRow(blockText, table.columns, table.caption) : null;
    if (table && row) {
      const { label, figures: raws, columns } = row;
      if (raws.length === 0) continue;
      // The row's label is what it measures, unless it names a place ("Wheat | 1.2 | +15", "Kazakhstan | 41.0 | +32.0").
      const labelNames = namedIn(label);
      // A row labelled by a month ("January, 12.4, 1,310.2") is of that month of the year the table's caption or header names.
      const tableYear = MONTH_LABEL.test(label) ? findPeriods(table.header, ref).map((p) => p.period.slice(0, 4)).find((y) => /^\d{4}$/.test(y)) : undefined;
      const month = tableYear ? findPeriods(`in ${label} ${tableYear}`, ref)[0] : undefined;
      if (!month && labelNames.entities.length === 0 && labelNames.places.length === 0 && /\p{L}/u.test(label)) for (const r of raws) r.subject ??= labelSubject(label);
      const context: ParagraphContext = {
        focus: new ParagraphFocus(`${table.header} ${blockText}`, placeHeading(), titleEntities, table.header.length + 1),
        listItem: false, opening: table.header, headline: false, earlier: recent.slice().reverse(), refYear: docRef.year, ref, event, blockStart: block.start, paragraph: blockText, regionAt, titlePeriod,
      };
      const s = { start: block.start, end: block.end, text: blockText };
      const made = attribute(doc, s, raws, findPeriods(blockText, ref), null, context, table.carry, headingText);
      made.forEach((f, i) => {
        const column = columns[i]!;
        // A column headed by a period ("2023") dates its figures; one headed "Exports" gives their flow.
        const period = column.period ? findPeriods(periodWords(column.label), ref)[0] : undefined;
        if (period) Object.assign(f, { period: period.period, periodText: column.label });
        else if (month) Object.assign(f, { period: month.period, periodText: label });
        if (column.forecast && f.status === "actual") f.status = "forecast";
        if (column.flow && f.kind !== "fx") f.direction ??= column.flow;
      });
      // A change is of the period of the level it qualifies, which its column gave it: "Q3 2026 (TEU) | Q3 2025 (TEU) | Change".
      made.forEach((f, i) => {
        const level = raws[i]!.qualifiesIndex;
        if (!columns[i]!.period && level !== null && columns[level]?.period && made[level]) Object.assign(f, { period: made[level]!.period, periodText: made[level]!.periodText });
      });
      emit(made, raws, rewritten(block));
      continue;
    }
    table = null;
    // A header only when a row of as many cells follows it (past a ruling).
    const columns = !block.wrapped && hasCells(blockText) ? tableColumns(blockText, isRuling(textOf(doc.blocks[bi + 1])) ? textOf(doc.blocks[bi + 2]) : textOf(doc.blocks[bi + 1])) : null;
    if (columns) {
      // A header read as a heading of its own has its caption just above it: "Kyrgyzstan–China trade by month, 2026 (USD million)".
      const captionText = headingText ?? (block.heading && bi > 0 && doc.blocks[bi - 1]!.heading ? textOf(doc.blocks[bi - 1]) : null);
      // Rows take their period from the header or the heading above the table ("China's trade with Central Asia, 2023").
      const carry = new Carry(ref, blockText);
      if (captionText) carry.push(captionText);
      carry.push(blockText);
      // Rows are read with the header and the heading above, as a listed line is with its opening: "Kazakh grain exports to China, 2024".
      // The unit is the caption's, else that of a note right under the table ("Values in US$ billion.").
      const caption = captionText ? columnOf(captionText) : null;
      table = { columns, header: captionText ? `${captionText}: ${blockText}` : blockText, carry, caption: caption && hasUnit(caption) ? caption : unitNoteAfter(bi) ?? caption };
      previous = null;
      list = null;
      headedList = false;
      continue;
    }
    // Bullet lines, or lines of names and their figures, right under a headline are listed under it, as
    // lines are under a colon: the headline's period and words are theirs ("… up 14% YoY in 9M 2025", then
    // "• Transit: 236,500 TEU"; "Chinese loans by country, 2024", then "Kazakhstan — $1.2 billion; …").
    // Tested only where a list under a headline may go on or begin.
    const underHeadline = list === null && bi > 0 && doc.blocks[bi - 1]!.heading;
    const item = (headedList || underHeadline) && (BULLET.test(blockText) || NAMED_ITEM.test(blockText));
    if (headedList && !item) {
      list = null;
      headedList = false;
    }
    if (item && underHeadline) {
      const headline = textOf(doc.blocks[bi - 1]);
      // Under a headline that only says they are highlights, the lines are of the paragraph before it: a release's
      // "results for the nine months ended 30 September 2026", then "Highlights" and its bullets.
      (list = new Carry(ref, headline, HIGHLIGHTS.test(headline) ? recent.at(-1) ?? null : null)).push(headline);
      headedList = true;
    }
    const listed = list !== null && blockText.length <= LIST_LINE_MAX;
    const opensList = blockText.trimEnd().endsWith(":");
    // "A: Trade with China reached $33.6 billion" answers the question just before it: its period and words are the answer's.
    const asked = question !== null && ANSWER.test(blockText) ? question : null;
    question = null;
    if (QUESTION.test(blockText)) {
      (question = new Carry(ref, blockText)).push(blockText);
      if (!DIGIT.test(blockText)) {
        previous = null;
        continue;
      }
    }
    if (!hasNumber(blockText)) {
      // A list opened by a line that names no place ("Highlights:") goes on with the paragraph before, as such a paragraph does.
      if (opensList) (list = new Carry(ref, blockText, previous !== null && !block.heading && goesOnUnnamed(blockText) ? previous : null)).push(blockText);
      else if (!listed) list = null;
      headedList &&= list !== null && !opensList;
      previous = null;
      continue;
    }
    const goesOnFrom = !listed && previous !== null && continuesBefore(blockText) ? previous : null;
    // A paragraph that names no place goes on with the one just before it: "Exports totaled $2.3 billion (+11.2%)" after
    // "Kyrgyzstan's foreign trade turnover reached $12.9 billion in January-September 2026". Its figures take that one's
    // period when they have none, and the places all that one's figures are of come before the title's (not its source:
    // "the State Customs Service said" does not quote the exchange rate in the next paragraph). Not after a headline, nor
    // when it turns to another topic ("Meanwhile, sea freight on the Shanghai-Rotterdam lane cost …").
    const unnamedAfter = !listed && !goesOnFrom && previous !== null && !block.heading && !doc.blocks[bi - 1]!.heading && goesOnUnnamed(blockText) ? previous : null;
    const carry: Carry = listed ? list! : goesOnFrom ?? (previous?.namedAgainIn(blockText) ? previous! : new Carry(ref, null, unnamedAfter ?? asked));
    const earlier = recent.filter((c) => c !== carry).reverse();
    if (recent.at(-1) !== carry && recent.push(carry) > 3) recent.shift();
    if (opensList && !listed) carry.opening = blockText;
    // A listed line is read with the paragraph that opened the list: what it names, its kind's words.
    const opening = listed ? carry.opening : asked?.opening ?? null;
    const focusText = opening ? `${opening} ${blockText}` : blockText;
    const context: ParagraphContext = { focus: new ParagraphFocus(withoutReasons(focusText), placeHeading(), titleEntities, opening ? opening.length + 1 : 0, unnamedAfter?.commonPlaces()), listItem: listed, opening, headline: block.heading, earlier, refYear: docRef.year, ref, event, blockStart: block.start, paragraph: blockText, regionAt, titlePeriod, whole: goesOnFrom ? goesOnFrom.totals[0] ?? goesOnFrom.money ?? goesOnFrom.level : null };
    // A listed line may open a list of its own ("2. The Ministry of Transport shall:" under a decree's title): the lines under it are read with it.
    list = opensList ? (listed ? new Carry(ref, blockText, carry) : carry) : listed ? list : null;
    headedList &&= list !== null && !opensList;
    previous = carry;
    const asRead = rewritten(block);
    for (const s of splitSentences(blockText, block.start)) {
      const scan = scanSentence(s.text);
      // "For the full year we expect close to 500,000" after "we handled 410,000 TEU": a bare number in the paragraph's last level's unit.
      const elided = scan.figures.length === 0 && carry.level ? unitLeftOut(s.text, scan.skipped, carry.level) : null;
      // "1. CNPC — 12.4" under "Top 5 Chinese investors in Kazakhstan (stock, $ billion):": a listed number in its opening's unit.
      const listUnit = scan.figures.length === 0 && !elided && opening ? openingUnit(opening) : null;
      const unitOfLine = listUnit ? unitOfList(s.text, scan.skipped, listUnit) : null;
      // "Last year it exceeded thirteen billion" after "our trade with China was barely four billion dollars": the level's currency.
      const inCurrency = scan.figures.length === 1 && carry.level ? currencyLeftOut(s.text, scan.figures[0]!, carry.level) : null;
      if (inCurrency) scan.figures[0] = inCurrency;
      for (const added of [elided, unitOfLine]) {
        if (!added) continue;
        scan.figures.push(added);
        scan.skipped = scan.skipped.filter((k) => k.start < added.start || k.start >= added.end);
      }
      for (const k of scan.skipped) skipped.push({ ...k, start: k.start + s.start, end: k.end + s.start, text: asRead ? doc.text.slice(k.start + s.start, k.end + s.start) : k.text });
      if (scan.figures.length === 0) {
        if (CARRY_HINT.test(s.text)) carry.push(s.text, listed ? block.start : undefined);
        continue;
      }
      const periods = findPeriods(s.text, ref);
      const source = findSource(s.text);
      // A dateline opening the paragraph says when the story was filed ("Astana, 15 January 2025 - Rail freight … rose by 9.6 percent").
      const filed = s.start === block.start ? datelineLength(s.text) : 0;
      const made = attribute(doc, s, scan.figures, periods, source, context, carry, headingText, filed);
      // Such a number measures what its level does, though its sentence has no word to say so.
      if (elided && made[0]!.kind === "other") made[0]!.kind = carry.level!.kind;
      emit(made, scan.figures, asRead);
      referBack(made, s.text, { last: carry.level ?? earlier[0]?.level ?? null, first: carry.sentenceLevel ?? earlier[0]?.sentenceLevel ?? null });
      carry.record(s.text, periods, source, made, listed ? block.start : undefined);
    }
  }
  completeQuotes(figures);
  return { figures, skipped };
}

/**
 * Lay out a string as a one-document corpus and extract its figures, as `loadCorpus` would:
 * facts grouped, and US-dollar values from any rate the text quotes.
 */
export function extractFromText(text: string, options: { doc?: string; date?: string; outlet?: string } = {}): Figure[] {
  const doc = dateFromLede(layoutDocument(options.doc ?? "text", text, { date: options.date, outlet: options.outlet }));
  const { figures } = extractDocument(doc);
  groupFacts(figures);
  applyQuotedRates(figures, quotedRates(figures));
  return figures;
}

interface ParagraphContext {
  focus: ParagraphFocus;
  /** A short line listed under a paragraph ending in a colon. */
  listItem: boolean;
  /** For a listed line, the paragraph that opened the list. */
  opening: string | null;
  /** A headline or section heading. */
  headline: boolean;
  /** The one period the document's title names ("… trade turnover for January-October 2026"), if it names one: an outcome's with no other. */
  titlePeriod: () => ChosenPeriod | null;
  /** The paragraphs read before this one (up to three), latest first. */
  earlier: readonly Carry[];
  /** The year the document was written, if known. */
  refYear: number | null;
  /** The date the paragraph's section was written, worked out on first use: a period with no year written is resolved against it. */
  ref: () => RefDate;
  /** The dated event the paragraph's section opens with, if any: a deal's day when its sentence names none. */
  event: () => SectionEvent | null;
  /** Where the paragraph starts in the document (sentence offsets are the document's). */
  blockStart: number;
  /** The paragraph's text (line breaks of a hard-wrapped one read as spaces). */
  paragraph: string;
  /** The region "the region" stands for at a document offset: the one the document named last before it. */
  regionAt?: (at: number) => string | null;
  /**
   * For a paragraph that goes on with the one before ("Of the total, …", "By product, …"), the figure it breaks down
   * (the first total of the paragraphs it goes on with, not the last part listed there): its parties are the paragraph's first.
   */
  whole?: Figure | null;
}

/** "in the same period of 2025", "the same period last year": the words before the year of a period. */
const SAME_PERIOD_OF = new RegExp(String.raw`\b${SAME_PERIOD_SOURCE}\s+(?:of\s+|in\s+)?(?:the\s+)?$`, "i");
/**
 * A figure "in the same period of 2025" set against one of January–May 2026 is of January–May 2025: the year
 * its words give, the months of the figure before. Null when its period is not written that way.
 */
function samePeriodIn(sentence: string, chosen: ChosenPeriod, before: Figure | undefined): ChosenPeriod | null {
  const p = chosen.period;
  if (!p || !before?.period || !/^\d{4}$/.test(p.period) || /^\d{4}$/.test(before.period)) return null;
  if (!SAME_PERIOD_OF.test(sentence.slice(Math.max(0, p.start - 30), p.start))) return null;
  const years = new Set(before.period.match(/\d{4}/g));
  if (years.size !== 1 || years.has(p.period)) return null;
  return { period: { ...p, period: before.period.replace(/\d{4}/g, p.period) }, text: chosen.text };
}

/** A period handed on to an outcome, unless it is still to come when the text was written ("By 2030, …" before "Exports rose 10%"). */
function notAhead(carried: ChosenPeriod | null, refYear: number | null): ChosenPeriod | null {
  const year = carried?.period ? Number(carried.period.period.slice(0, 4)) : NaN;
  return refYear !== null && year > refYear ? null : carried;
}

/** Whether an ISO date lies after a reference date. */
function afterRef(iso: string, ref: RefDate): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (ref.year === null) return false;
  return y !== ref.year ? y > ref.year : ref.month === null ? false : m !== ref.month ? m > ref.month : ref.day !== null && d > ref.day;
}

/** The dated event a section opens with ("On October 27, Ambassador Liu attended the forum …"), and the words that date it. */
interface SectionEvent extends ChosenPeriod {
  /** The date is the dateline's ("Astana, 14 October 2025 –"): when the story was filed, not when anything happened. */
  filed: boolean;
}

function sectionEvent(doc: ArticleDocument, section: number, docRef: RefDate): SectionEvent | null {
  if (docRef.year === null) return null;
  let looked = 0;
  for (const b of doc.blocks) {
    if (b.section !== section) continue;
    if (++looked > 3) break; // the dated event opens a section: its first lines are enough
    const text = doc.text.slice(b.start, Math.min(b.end, b.start + 300));
    // Not a date still to come: "without a visa … from 1 January 2027" is no event the section reports. Nor one only
    // worked out from the date of writing ("on Monday"): it would be worked out again from itself.
    const dated = findPeriods(text, docRef).find((p) => p.pointInTime && /^\d{4}-\d{2}-\d{2}$/.test(p.period) && /\d/.test(text.slice(p.start, p.end)) && !afterRef(p.period, docRef));
    if (dated) return { period: { ...dated, start: 0, end: 0 }, text: text.slice(dated.start, dated.end), filed: dated.start < datelineLength(text) };
  }
  return null;
}

/** The date a section's relative words resolve against: its first dated event, else the document date. */
function sectionRef(event: SectionEvent | null, docRef: RefDate): RefDate {
  return event?.period ? refDateOf(event.period.period) : docRef;
}

function attribute(
  doc: ArticleDocument,
  s: { start: number; end: number; text: string },
  raws: RawFigure[],
  periods: PeriodMention[],
  source: { start: number; end: number; text: string } | null,
  ctx: ParagraphContext,
  carry: Carry,
  section: string | null,
  filed = 0,
): Figure[] {
  const spans = clauses(s.text);
  const sp = sentencePeriods(s.text, periods, spans, ctx.refYear, filed);
  // Names inside the source phrase ("official Kazakh data") or inside a figure's own words
  // ("94.8 billion U.S. dollars") do not attribute the figure.
  // Nor do the names of a reason with no figure of its own: in "fell 11% to $11.2 billion, as Russian demand cooled", Russia
  // is not a party to the imports.
  const names = new NameIndex(withoutReasons(s.text, raws), ctx.regionAt ? (at) => ctx.regionAt!(s.start + at) : undefined);
  const aside = asideAt(s.text);
  // Nor a name overtaken ("China overtook Russia as Uzbekistan's largest trading partner"): it is no party to the figures.
  const sourceSpan: Span[] = [...(source ? [source] : []), ...raws.map((r) => ({ start: r.start, end: r.end })), ...overtaken(s.text)];
  /** Figures whose words end at " and <Name> at" before the next one: items of a list of names and figures. */
  const namedItems = new Set<number>();
  /** Figures after a second verb of the sentence's subject, with a place of their own: "… and imported roughly 3 bcm from Russia". */
  const secondVerbs = new Set<number>();
  /** A figure's own words: from the figure before it to the one after, within its clause. */
  const windowOf = (i: number, clause: Span): Span => {
    const prev = raws[i - 1];
    const next = raws[i + 1];
    const win: Span = { start: Math.max(clause.start, prev ? prev.end : 0), end: Math.min(clause.end, next ? next.start : s.text.length) };
    if (win.end <= win.start) return clause;
    // "16 percent of GDP in Kyrgyzstan and 38 percent in Tajikistan": what stands before " and " is the figure before's.
    if (prev && prev.end > clause.start) {
      const and = s.text.lastIndexOf(" and ", raws[i]!.start);
      const between = and >= prev.end && and > win.start ? s.text.slice(and, raws[i]!.start) : null;
      const listedAfterAnd = between !== null && /^ and\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$|€|£)?$/.test(between);
      const secondVerb = between !== null && !listedAfterAnd && AND_VERB.test(between) && names.within(raws[i]!.end, win.end).entities.length > 0;
      if (secondVerb) secondVerbs.add(i);
      if (listedAfterAnd || secondVerb) win.start = and;
    }
    // "followed by Russia at $4.6 billion and Turkey at $2.2 billion": "and Turkey at" is the next figure's.
    // So is "and Turkey" in "Italy with $14 billion and Turkey ($7 billion)", though a bracket ends the clause before the next figure.
    if (next && next.start <= clause.end + 2) {
      const and = s.text.lastIndexOf(" and ", next.start);
      if (and >= raws[i]!.end && and < win.end && NEXT_NAMED.test(s.text.slice(and, next.start))) {
        win.end = and;
        namedItems.add(i);
      }
    }
    return win;
  };
  /** Where each figure stands: its clause, its own words, and the clause it completes ("…, with $8.9 billion"), if any. */
  const where = raws.map((r, i) => {
    const clause = clauseAt(spans, r.start);
    const prevSpan = spans[spans.indexOf(clause) - 1];
    const clauseText = s.text.slice(clause.start, clause.end);
    // So does the level a change reached, after a comma: "Exports rose slightly, to $95 million".
    const completed = COMPLEMENT.test(clauseText) || (prevSpan !== undefined && CHANGED_TO.test(clauseText) && CHANGE_ENDS.test(s.text.slice(prevSpan.start, prevSpan.end))) ? prevSpan : undefined;
    return { clause, win: windowOf(i, clause), completed };
  });
  const some = (n: Named | null) => (n && (n.entities.length > 0 || n.places.length > 0) ? n : null);
  /**
   * What each figure's own words name, else its clause, else the name before its bracket ("Kyrgyzstan
   * ($19.8 billion)"), else the clause it completes ("China was the largest source, with investments
   * of $8.9 billion"); null when none of these names a place.
   */
  // A name set against a figure as the next figure's owner is that one's: in "turnover of $13.6 billion against Russia's
  // $11.4 billion", Russia is not the first figure's.
  const ownedNext = raws.map((r, i) => {
    const next = raws[i + 1];
    const gap = next ? s.text.slice(r.end, next.start) : "";
    const m = next && OWNER_BEFORE.test(gap) ? AGAINST_OWNER.exec(gap) : null;
    return m ? [{ start: r.end + m.index, end: next!.start }] : [];
  });
  const own = where.map(({ clause, win, completed }, i) =>
    some(names.within(win.start, win.end, [...sourceSpan, ...ownedNext[i]!])) ??
    some(names.within(clause.start, clause.end, [...sourceSpan, ...ownedNext[i]!])) ??
    some(nameBeforeBracket(s.text, clause.start, names)) ??
    (completed ? some(names.within(completed.start, completed.end, sourceSpan)) : null),
  );
  // "overtaking Russia, whose trade with the region was estimated at roughly $40 billion": "whose" is the name's just before.
  if (s.text.includes("whose")) own.forEach((o, i) => {
    const { clause } = where[i]!;
    if (!/^\s*whose\b/i.test(s.text.slice(clause.start, clause.end))) return;
    const name = NAME_BEFORE_COMMA.exec(s.text.slice(0, clause.start));
    if (!name) return;
    const at = name.index + name[0].indexOf(name[1]!);
    const whose = names.within(at, at + name[1]!.length);
    if (whose.entities.length === 0) return;
    own[i] = mergeNamed(o, { entities: whose.entities, places: [] });
  });
  // An amount's words go on past its conversion in brackets: "extended RUB 12 billion ($130 million) to a Kyrgyz sugar plant".
  if (raws.some((r) => r.conversionOfIndex !== null)) own.forEach((o, i) => {
    const conversion = raws[i + 1];
    if (!conversion || conversion.conversionOfIndex !== i) return;
    const close = s.text.indexOf(")", conversion.end);
    if (close === -1 || close + 1 >= s.text.length) return;
    const after = clauseAt(spans, close + 1);
    if (after.start <= close || raws.some((r) => r.start >= after.start && r.start < after.end)) return;
    const more = names.within(after.start, after.end, sourceSpan);
    if (more.entities.length > 0 || more.places.length > 0) own[i] = mergeNamed(o, more);
  });
  // A value in brackets right after a figure is the same item's: "falls on China - 18.7% (10.6 billion US dollars), Russia - …".
  // So is the same amount said again in another unit after ", or": "around 220,000 bpd, or some 11 million tonnes a year".
  if (s.text.includes("(") || s.text.includes(", or ")) for (let i = 1; i < raws.length; i++) if (own[i] === null && own[i - 1] && SAME_ITEM_AFTER.test(s.text.slice(raws[i - 1]!.end, raws[i]!.start))) own[i] = own[i - 1]!;
  /**
   * Where the words that say a figure's status start: after the figure before it, unless that one is a
   * change written as a word ("plans to double trade to $20 billion": the plan is the $20 billion's too).
   */
  const statusStart: number[] = [];
  raws.forEach((r, i) => {
    const prev = raws[i - 1];
    // Nor when the figure is the size of what the one before is to pay for: "will invest a further $350 million to build a
    // second processing line with capacity of 1.5 million tonnes of ore per year" (the line is still to be built).
    const sharesStatus = prev !== undefined && ((prev.unit === "fold" && !/\d/.test(s.text.slice(prev.start, prev.end))) || BUILT_WITH_CAPACITY.test(s.text.slice(prev.end, r.start)));
    statusStart.push(!prev ? 0 : sharesStatus ? statusStart[i - 1]! : prev.end);
  });
  // The reporting source's words say nothing of a figure's kind: "the Ministry of Investment said" (blanked, so offsets hold).
  // The words a kind is read from: not the source's, nor a reason's (", as contract prices tied to oil eased" names no deal).
  const kindText = withoutReasons(source && source.start >= 0 ? s.text.slice(0, source.start) + " ".repeat(source.end - source.start) + s.text.slice(source.end) : s.text, raws);
  /** Figures listed after the one before with no verb of their own ("4.3% in 2024 and 5.0% in 2025"). */
  const listedAfter = raws.map((r, i) => i > 0 && LISTED_AFTER.test(s.text.slice(raws[i - 1]!.end, r.start)));
  /** Of those, parts named after their whole in its unit: "$26.6 billion, including $5.7 billion with Chinese companies". */
  // So is a part its taker takes from a whole the sentence opens with: "Of Kazakhstan's $80bn exports, China took $15bn".
  /** Parts after "of which", past an aside: "68.3 billion soms, the State Customs Service said, of which 41.7 billion soms". */
  const ofWhich = raws.map((r, i) => i > 0 && r.unit === raws[i - 1]!.unit && OF_WHICH.test(s.text.slice(raws[i - 1]!.end, r.start)));
  const partOfPrev = raws.map((r, i) => i > 0 && r.unit === raws[i - 1]!.unit && ((listedAfter[i]! && PART_OF.test(s.text.slice(raws[i - 1]!.end, r.start))) || ofWhich[i]! || (OPENS_WITH_WHOLE.test(s.text.slice(0, raws[i - 1]!.start)) && TAKER_BEFORE.test(s.text.slice(raws[i - 1]!.end, r.start))) || (r.unit !== "percent" && OF_IT_AFTER.test(s.text.slice(r.end, r.end + 12)) && /[;,]/.test(s.text.slice(raws[i - 1]!.end, r.start)))));
  const out: Figure[] = [];
  /** Figures whose own words and clause name no place. */
  const unnamed = new Set<number>();
  /** The names of the sentence, for a figure whose own words and clause name none (less any aside before its clause). */
  const sentenceNames = (i: number, clause: Span, onePlace = false): Named => {
    // A figure of one place (a plant's capacity) takes no country the sentence names only as who acts ("China Energy
    // Engineering will build …, with 2×330 MW units"): it is where the plant is, which the paragraph or title says.
    // Nor one an aside after its clause names: "1.4 trillion tenge will come from the state budget and the rest from
    // private and foreign investors, including Chinese companies".
    const asideAfter = aside !== -1 && aside >= clause.end ? [{ start: aside, end: clauseAt(spans, aside + 2).end }] : [];
    // Nor one only a later statement of another figure names: in "…, the two sides have signed more than 100 cooperation
    // documents, and the number of China-Europe freight train trips … has exceeded 40,000", Europe is the trips'.
    const laterStatements = raws.flatMap((r, j) => (j > i && where[j]!.clause !== clause && STATEMENT_AFTER.test(s.text.slice(clause.end, where[j]!.clause.start + 8)) ? [{ start: where[j]!.clause.start, end: Math.max(where[j]!.clause.end, r.end) }] : []));
    const all = names.within(0, s.text.length, [...sourceSpan, ...asideBefore(aside, clause.start), ...asideAfter, ...bracketsOfOthers(s.text, raws, i), ...laterStatements], onePlace);
    // A whole does not take what its part names: in "Customs revenue amounted to 68.3 billion soms, of which 41.7 billion
    // soms were collected on goods from China", China is the part's alone.
    const part = partOfPrev[i + 1] ? own[i + 1] : null;
    const whole = part ? { entities: all.entities.filter((e) => !part.entities.includes(e)), places: all.places.filter((p) => !part.places.includes(p)) } : all;
    return raws[i]!.kindHint === "growth" ? whole : othersLeftOut(whole, own, raws, i);
  };
  /**
   * Names ranked after the sentence's figures, with none of their own ("Kazakhstan remained the largest
   * partner, with trade of 152.3 billion yuan, followed by Kyrgyzstan and Uzbekistan"): no partners of them.
   */
  const followed = FOLLOWED_BY.exec(s.text);
  const rankedAfter = followed && !raws.some((r) => r.start > followed.index) ? { at: followed.index, names: names.within(followed.index, s.text.length).entities } : { at: -1, names: [] };
  /** The country of the first amount in a home currency (HOME_CURRENCY), for a sentence that names no place. */
  const sentenceCurrency = () => {
    const code = raws.find((r) => HOME_CURRENCY[r.unit] !== undefined)?.unit;
    return code && names.within(0, s.text.length).entities.length === 0 ? HOME_CURRENCY[code] : undefined;
  };
  /** The countries the sentence names other than as who acts, found on first use. */
  let placesOfSentence: Named | null = null;
  const placesNamed = () => (placesOfSentence ??= names.within(0, s.text.length, sourceSpan, true));
  /** Figures read as parts of the paragraph's last money total (or what "it" refers to). */
  const parts = new Set<number>();
  /**
   * The sentence less the periods it only compares with, worked out on first use: "Compared to January-September 2025,
   * turnover increased by 17,3%" names no time of its own, so the title's period may date the change.
   */
  let ownTimeText: string | null = null;
  const ownTime = () => (ownTimeText ??= periods.reduce((t, p) => (isComparison(s.text, p) ? t.slice(0, p.start) + " ".repeat(p.end - p.start) + t.slice(p.end) : t), s.text));
  /** Figures of debts owed to a creditor. */
  const owed = new Set<number>();
  /** Figures of partners ranked after the paragraph's first. */
  const ranks = new Set<number>();
  /** Figures gapped from an earlier one (", while Uzbekistan's fell 3%"), with the name that stands for that one's subject. */
  const gappedSubjects = new Map<number, string>();
  raws.forEach((rf, i) => {
    const { clause, win, completed } = where[i]!;
    const prev = raws[i - 1];
    const next = raws[i + 1];
    // Up to the clause's end, or to a conjunction before the next figure: in "processed 350,000 TEU in
    // 2023 and plans to reach 500,000 TEU", the plan is the second figure's.
    const upTo = (from: number, end: number, following: RawFigure | undefined) =>
      following && following.start < end ? lastConjunction(s.text, from, following.start) ?? end : end;
    let statusEnd = upTo(rf.end, clause.end, next);
    // The figure's clause, read on past a conversion in brackets for its status and period:
    // "UZS 1.2 trillion (about $95 million) will be allocated … in 2025".
    let spoken: Span = clause;
    const close = next && next.conversionOfIndex === i ? s.text.indexOf(")", next.end) : -1;
    if (close !== -1) {
      // Not past a semicolon, which ends the statement: "cost 4.2 billion tenge (about $8.1 million); the second phase, due in 2028, …".
      spoken = { start: clause.start, end: SEMICOLON_AFTER.test(s.text.slice(close + 1, close + 4)) ? close + 1 : clauseAt(spans, close + 1).end };
      statusEnd = upTo(close, spoken.end, raws[i + 2]);
    }
    // A relative clause in the past says its figure is an outcome, whatever the clause before it foresees: "it would deepen
    // the region's deficit with China, which already stood at $26 billion last year".
    const ownFrom = RELATIVE_PAST.test(s.text.slice(clause.start, rf.start)) ? clause.start : 0;
    const statusText = s.text.slice(Math.max(statusStart[i]!, ownFrom), statusEnd);
    const clauseText = s.text.slice(clause.start, clause.end);
    let kind = classify(rf, { text: clauseText, at: rf.start - clause.start, end: rf.end - clause.start }, { text: kindText, at: rf.start, end: rf.end });
    // "Mutual trade … by 2030. In 2023, it reached USD 31.5 billion": "it" is the paragraph's last money figure.
    // A line listed under "China's trade with the region reached $89.4 billion in 2023. By country:" is a part of that total.
    // So is a part "made up" of it or "followed by" another: "Clothing and footwear made up the bulk, about $2.1 billion".
    const pronounSubject = PRONOUN_SUBJECT.test(s.text.slice(0, rf.start));
    // (Not a price per quantity: "AI-92 petrol at UZS 12,700/litre" under a list whose money is investment.)
    const moneyReferent =
      kind === "other" && ISO_CODES.has(rf.unit) && carry.money && (rf.per === null || TIME_RATE.test(rf.per)) &&
      (ctx.listItem ||
        pronounSubject ||
        (carry.money.unit === rf.unit && (PART_OF_TOTAL.test(s.text.slice(0, rf.start)) || (FOLLOWED_BY.test(s.text.slice(0, rf.start)) && (i === 0 || parts.has(i - 1))))) ||
        (listedAfter[i]! && parts.has(i - 1) && rf.unit === raws[i - 1]!.unit))
        ? carry.money
        : null;
    // So is a level in another unit whose subject is a pronoun, of the paragraph's last level in that unit: "yarn exports to
    // China are on course for 410,000 tonnes. In January–September they totalled 298,000 tonnes".
    // A capacity too, though its unit would count freight, when the pronoun only is it: "Today the terminal can process 540,000 TEU a
    // year. After the second phase, it will be 1 million TEU" (not "The three lines can carry 55 bcm a year. In 2024 they delivered 43.2 bcm").
    // And a part of that level: "Kazakhstan exported 1.27 mln tons of grain and flour to China. Wheat accounted for 812 thous.
    // tons, barley – 296 thous. tons".
    const partOfLevel = kind === "other" && (PART_OF_TOTAL.test(s.text.slice(clause.start, rf.start)) || (i > 0 && parts.has(i - 1) && raws[i - 1]!.unit === rf.unit && GOODS_ITEM.test(s.text.slice(raws[i - 1]!.end, rf.start))));
    const levelReferent =
      (kind === "other" || (kind === "freight" && carry.level?.kind === "capacity" && PRONOUN_IS.test(s.text.slice(0, rf.start)))) && !ISO_CODES.has(rf.unit) && carry.level?.unit === rf.unit && (pronounSubject || partOfLevel) ? carry.level : null;
    const referent = moneyReferent ?? levelReferent;
    if (referent) {
      parts.add(i);
      kind = referent.kind;
    }
    // The value after a label ("Exports: 311.4 billion yuan", "…, import from China – 19.7 bln US dollars") is of the kind
    // its label names: "Gas exports to China: 7,8 bcm" is freight.
    const prevClause = spans[spans.indexOf(clause) - 1];
    const labelled = prevClause !== undefined && prevClause.end - prevClause.start <= LABEL_MAX && LABEL_BREAK.test(s.text.slice(prevClause.end, clause.start)) && (prevClause.start === 0 || /[,;:]\s$/.test(s.text.slice(0, prevClause.start)));
    if (kind === "other" && labelled) {
      kind = classify(rf, { text: s.text.slice(prevClause.start, clause.end), at: rf.start - prevClause.start, end: rf.end - prevClause.start }, { text: kindText, at: rf.start, end: rf.end });
    }
    // A partner ranked after the paragraph's first (or the paragraph before's): "China remained the main trading partner with
    // a turnover of $5.1 billion. … Russia came second with $3.0 billion, followed by Kazakhstan with $1.4 billion" measure
    // what the first does.
    // (Or this sentence's: "Kazakhstan remained China's largest trading partner, with bilateral trade totaling 236.4 billion
    // yuan, followed by Kyrgyzstan at 129.8 billion yuan".)
    const first = carry.firstMoney ?? ctx.earlier[0]?.firstMoney ?? out.find((o) => ISO_CODES.has(o.unit) && !o.isConversion && o.direction === null && o.entities.length === 2) ?? null;
    const ranked =
      !referent && first?.unit === rf.unit && (kind === "other" || kind === first.kind) && ISO_CODES.has(rf.unit) &&
      isRanked(s.text.slice(clause.start, rf.start), ranks.has(i - 1) || (i > 0 && out[i - 1] === first) ? s.text.slice(raws[i - 1]!.end, rf.start) : null)
        ? first
        : null;
    if (ranked) {
      ranks.add(i);
      kind = ranked.kind;
    }
    // An amount whose sentence has no word of money's kind is of the kind its section's heading asks or names: under
    // "Who trades most?", "Kazakhstan accounts for roughly half: $47.2 billion last year" is trade.
    // Not when the words it answers or is listed under name one: "So the deficit is growing?" – "It is about $3.2 billion now".
    if (kind === "other" && section && ISO_CODES.has(rf.unit) && rf.per === null && !referent && !namesMoneyKind(s.text) && !(ctx.opening && namesMoneyKind(ctx.opening))) kind = headingKind(section) ?? kind;
    // Otherwise a listed line is read with the list's opening: "Wheat — 1.2 mln t" under "Grain exports to
    // China were as follows:" is freight, "Copper — $2.1 bln" under "The main export items were:" trade.
    if (kind === "other" && ctx.opening) {
      const shift = ctx.opening.length + 1;
      kind = classify(rf, { text: clauseText, at: rf.start - clause.start, end: rf.end - clause.start }, { text: `${ctx.opening} ${s.text}`, at: rf.start + shift, end: rf.end + shift });
    }
    // A figure listed after another with no verb of its own ("forecast at 4.3% in 2024 and 5.0% in 2025") has its status.
    const listed = listedAfter[i]!;
    // So is its kind, when it is more goods of the same flow: "bought $2.1bn of Chinese machinery and $0.9bn of Russian grain".
    if (kind === "other" && i > 0 && out[i - 1]!.kind === "trade" && rf.unit === raws[i - 1]!.unit && MORE_GOODS.test(s.text.slice(raws[i - 1]!.end, rf.start)) && GOODS_OF_AFTER.test(s.text.slice(rf.end, rf.end + 30))) kind = "trade";
    // A part named after its whole, in its unit, is of the whole's kind: "delivered 43.2 bcm, of which 32.4 bcm came from Turkmenistan".
    if (partOfPrev[i] && (kind === "other" || (ofWhich[i] && out[i - 1]!.kind !== "growth"))) kind = out[i - 1]!.kind;
    // A figure gapped from an earlier one of its sentence, with only a name of its own before it, measures what that one does,
    // for the name: "Kazakhstan's exports to China rose 12% …, while Uzbekistan's fell 3%", "China accounted for 24% of
    // Kazakhstan's trade, Russia for 19%", "Turkmenistan supplied 30 bcm of gas to China, Uzbekistan 5 bcm".
    const gap = i > 0 ? GAPPED_NAME.exec(s.text.slice(prev!.end, rf.start)) : null;
    const gappedName = gap ? canonicalEntity(gap[1]!) : null;
    const gapModel = gappedName ? [...out].reverse().find((o) => o.unit === rf.unit && o.entities.length === 2 && !o.entities.includes(gappedName)) ?? null : null;
    if (gapModel && kind === "other") kind = gapModel.kind;
    // So is the level it is compared with: "supplying 10.2 bcm in 2025, down from 11.9 bcm".
    // And a level a capacity is compared with is a capacity: "Its daily capacity is 30 pairs of trains, up from 24".
    // So is the level a capacity goes on to: "is expected to carry 15 million tonnes of cargo a year …, rising later to 20 million tonnes".
    if (i > 0 && out[i - 1]!.kind === "capacity" && rf.unit === raws[i - 1]!.unit && GOES_ON_TO.test(s.text.slice(raws[i - 1]!.end, rf.start))) kind = "capacity";
    // And the rate of growth a rate moved from: "Growth slowed to 6.1 percent in the first half of 2026 from 9.0 percent a year earlier".
    if (kind === "other" && i > 0 && rf.unit === "percent" && raws[i - 1]!.unit === "percent" && out[i - 1]!.kind === "growth" && RATE_FROM.test(s.text.slice(raws[i - 1]!.end, rf.start))) kind = "growth";
    const comparedKind = rf.comparedIndex !== null ? out[rf.comparedIndex]!.kind : null;
    if (comparedKind && (kind === "other" || comparedKind === "capacity")) kind = comparedKind;
    // A line listed under an opening that sets a goal is a goal: "The Ministry of Transport shall:" – "2.1. by 1 March 2027, bring the
    // capacity … to 12 pairs of trains per day".
    const said = listed ? out[i - 1]!.status : statusOf(statusText, ctx.headline);
    const ownStatus = said === "actual" && ctx.listItem && ctx.opening ? statusOf(ctx.opening) : said;
    // A second verb of the same subject shares the first one's modal: "will process 2.5 mln tonnes of coal per year and produce 1 bln cubic metres".
    // And what a plan's figure requires is of the plan, its status and its time: "to 15% by 2030, requiring about 6 GW of new capacity".
    const required = i > 0 && REQUIRED.test(s.text.slice(raws[i - 1]!.end, rf.start));
    const status = ownStatus === "actual" && i > 0 && out[i - 1]!.status !== "actual" && (required || SECOND_VERB.test(s.text.slice(raws[i - 1]!.end, rf.start))) ? out[i - 1]!.status : ownStatus;

    // Entities: the figure's own (its words, clause, bracket or the clause it completes), else its sentence; bilateral kinds get a partner.
    // With no names of its own, the sentence's; for a level, less those other figures name as their own: in "Kazakhstan
    // received the largest share (US$ 38.2 bn), followed by Turkmenistan (US$ 12.4 bn)", Turkmenistan is the next figure's.
    // A figure of one party whose own words name none takes a party named before its clause first: in "The Tajik
    // Aluminium Company (TALCO) produced 98,000 tonnes …, and exported 85% of it, mostly to China and Turkey",
    // the output is Tajikistan's.
    // So is a figure of one place whose own words name a country only as who acts ("two Chinese companies … to build
    // power plants with a combined capacity of 1,360 MW").
    // A debt owed to a creditor is of two parties, the debtor and the creditor: "Tajikistan's debt to China Eximbank", "the
    // country owed China Eximbank about $1.1 billion" (not a country's external debt as a whole).
    // So is a part of such a debt: "to pay $142 million to service its debt to China, including $41.5 million in interest".
    // (Its clause goes on past an aside between dashes: "Of this, $1.66 billion — 36% — was owed to the Export-Import Bank of China".)
    const dashAside = DASH_ASIDE_AFTER.exec(s.text.slice(rf.end, rf.end + 60));
    const owedText = dashAside ? `${clauseText} ${s.text.slice(rf.end + dashAside[0].length, clauseAt(spans, rf.end + dashAside[0].length).end)}` : clauseText;
    const owedTo = kind === "other" && ISO_CODES.has(rf.unit) && (OWED_TO.test(owedText) || (partOfPrev[i]! && owed.has(i - 1)));
    if (owedTo) owed.add(i);
    // Money a multilateral lender lends, in its clause or under its heading, is the borrower's: of one place, the project's.
    const lent = ISO_CODES.has(rf.unit) && (kind === "investment" || kind === "deal") && (MULTILATERAL_LENDER.test(clauseText) || (section !== null && MULTILATERAL_LENDER.test(section)));
    const onePlace = (!BILATERAL.has(kind) || lent) && kind !== "growth" && kind !== "fx" && !owedTo;
    // Of one place, a country its own words name only as owner is not where it is, when they name another: "Gold output at
    // Chinese-owned mines in Kyrgyzstan", "45 Chinese-owned enterprises operate in Tajikistan".
    const owners = onePlace && own[i] ? names.ownersOnly(win.start, win.end) : [];
    const placed = owners.length > 0 && (own[i]!.places.length > 0 || own[i]!.entities.some((e) => !owners.includes(e) && placesNamed().entities.includes(e))) ? { entities: own[i]!.entities.filter((e) => !owners.includes(e)), places: own[i]!.places } : own[i];
    const ownNamed = onePlace && placed && placed.places.length === 0 && !placed.entities.some((e) => placesNamed().entities.includes(e)) ? null : placed;
    // An amount of one place in a currency spent at home, whose own words name no place, is that currency's country's,
    // whatever else the sentence names: "The government will spend 1.5 trillion tenge … on the border with China".
    const homeOf = onePlace && ownNamed === null ? HOME_CURRENCY[rf.unit] ?? (rf.conversionOfIndex !== null ? HOME_CURRENCY[raws[rf.conversionOfIndex]?.unit ?? ""] : undefined) : undefined;
    // (A name before its clause that agrees with the currency stays: "⛽ Diesel, Almaty: 310 tenge per litre" is placed in Almaty.)
    const nameBeforeClause = onePlace && ownNamed === null ? some(names.within(0, clause.start, [...sourceSpan, ...asideBefore(aside, clause.start)], true)) : null;
    const agrees = (n: Named | null) => n !== null && (n.entities.includes(homeOf!) || countriesOfPlaces(n.places).includes(homeOf!));
    const namedBefore = homeOf && !agrees(nameBeforeClause) ? { entities: [homeOf], places: [] } : nameBeforeClause;
    let named = ownNamed ?? namedBefore ?? sentenceNames(i, clause, onePlace);
    // A plant its own words place is where that place is, whoever the sentence says builds it: "Kyrgyzstan, Kazakhstan and
    // Uzbekistan will build the 1,860-megawatt Kambarata-1 plant".
    const placedAt = kind === "capacity" && named.places.length > 0 ? countriesOfPlaces(named.places) : [];
    if (placedAt.length > 0) named = { entities: placedAt, places: named.places };
    if (own[i] === null) unnamed.add(i);
    if (kind === "fx") named = { entities: [rf.base, rf.quote].flatMap((c) => (c && CURRENCY_COUNTRY[c] ? [CURRENCY_COUNTRY[c]!] : [])), places: [] };
    if (referent && named.entities.length === 0 && named.places.length === 0) named = { entities: [...referent.entities], places: [] };
    const entities = new Set(named.entities);
    if (entities.size < 2) for (const c of countriesOfPlaces(named.places)) entities.add(c);
    let place: string | null = named.places.length > 0 ? named.places.join(", ") : null;
    let subject = rf.subject;
    // A listed line's label is what it measures, unless it names a place ("Kazakhstan – $41 billion").
    const label = ctx.listItem && subject === null ? LIST_LABEL.exec(s.text) : null;
    const labelAt = label ? label[0].indexOf(label[1]!) : 0;
    const labelNames = label && label[0].length <= rf.start ? names.within(labelAt, labelAt + label[1]!.length) : null;
    if (labelNames && labelNames.entities.length === 0 && labelNames.places.length === 0) subject = label![1]!;
    const exclude = new Set<string>(rf.end <= rankedAfter.at ? rankedAfter.names : []);
    // Nor is a country named in an aside before its clause, from the paragraph either ("Remittances, mostly from Russia, reached …").
    for (const span of asideBefore(aside, clause.start)) for (const e of names.within(span.start, span.end).entities) if (!entities.has(e)) exclude.add(e);
    // Nor, for a figure of one place, one named only in an aside after its clause: "The current account deficit widened to 4.5
    // percent of GDP, reflecting higher imports of machinery, mostly from China" is Tajikistan's, as its title says.
    // (Not an aside that names the figure's parts: ", including over 50 of China's largest companies".)
    if (onePlace && aside !== -1 && aside >= clause.end && WHENCE_ASIDE.test(s.text.slice(aside, aside + 12))) for (const e of names.within(aside, clauseAt(spans, aside + 2).end).entities) if (!entities.has(e)) exclude.add(e);
    // A change with no level of its own may take the flow from its sentence ("China-bound shipments of grain …, oils by 70 %").
    // A clause that only completes the one before it takes that one's flow: "Imports from China accounted
    // for the lion's share, at $16.9 billion"; so does the value after a label ("Exports: 311.4 billion yuan",
    // "…, import from China – 19.7 bln US dollars").
    const before = labelled ? prevClause : completed;
    // A label that names no place is what its figure measures: "were as follows: barley – 480,000 tonnes, flaxseed – …".
    if (labelled && subject === null && kind !== "growth" && rf.start - clause.start <= 12) {
      const labelText = s.text.slice(prevClause.start, prevClause.end).trim().replace(/^(?:as\s+well\s+as|and|or|including|also|plus)\s+/i, "");
      const labelNamed = names.within(prevClause.start, prevClause.end);
      if (labelNamed.entities.length === 0 && labelNamed.places.length === 0 && LABEL_WORDS.test(labelText)) subject = labelText;
    }
    // A predicate after the figure's clause may name its flow: "Most of it, about $16.9 billion, is imports".
    const nextClause = spans[spans.indexOf(clause) + 1];
    const predicate = nextClause && PREDICATE.test(s.text.slice(nextClause.start, nextClause.end)) ? nextClause : undefined;
    // A figure alone in brackets after the goods it is the value of has the flow the sentence names before it:
    // "The main export goods are crude oil (3.8 bln dollars), copper cathodes (2.6 bln dollars)".
    const bracketed = rf.qualifiesIndex === null && rf.conversionOfIndex === null && s.text[clause.start - 1] === "(" &&
      !(prevClause && TOTAL_FLOW.test(s.text.slice(prevClause.start, prevClause.end)));
    // And it is the value of those goods.
    if (bracketed && subject === null && kind !== "growth") subject = goodsBeforeBracket(s.text.slice(0, clause.start));
    // So are the goods a flow of its clause names before it: "China's exports of mechanical and electrical products to Central Asia were 186.2 billion yuan".
    // And the goods a sentence opens with, as the part its first amount is ("Clothing and footwear made up the bulk, about $2.1
    // billion, followed by machinery at $1.3 billion": not the machinery's); a level compared with is of the same goods.
    if (subject === null && kind === "trade") {
      subject =
        GOODS_OF_FLOW.exec(s.text.slice(clause.start, rf.start))?.[1] ??
        (rf.comparedIndex !== null ? out[rf.comparedIndex]!.subject : raws.slice(0, i).some((r) => ISO_CODES.has(r.unit)) ? null : partNamed(s.text.slice(0, rf.start), names)) ??
        null;
    }
    // A clause naming both flows, each before its own figure ("including exports to China of $7.9 billion and imports
    // from China of $7.3 billion"): each figure's flow is the one in its own stretch, from the figure before.
    const ownFlow = () => (/xport/i.test(clauseText) && /mport/i.test(clauseText) ? directionOf(s.text.slice(prev && prev.end > clause.start ? prev.end : clause.start, rf.start)) : null);
    // A flow named after a conjunction before the next figure is that one's: "generated 15.8 billion kWh last year and
    // imported another 3.1 TWh" (but "supplied 10,000 tons of cherries and 45,000 tons of walnuts to China" share theirs).
    const ownStretch = Math.max(rf.end, statusEnd);
    // A second verb's figure has the flow its verb names: "… sent 1.2 bcm to China and imported roughly 3 bcm from Russia".
    const clauseFlow = () =>
      secondVerbs.has(i) ? directionOf(s.text.slice(win.start, clause.end)) ?? directionOf(clauseText) : ownStretch >= clause.end ? directionOf(clauseText) : (directionOf(s.text.slice(clause.start, ownStretch)) ?? (next && next.start < clause.end && directionOf(s.text.slice(ownStretch, next.start)) !== null ? null : directionOf(clauseText)));
    // A subject set apart from its verb by an aside names the flow: "Imports from China, mostly electric, reached $1.9 billion",
    // "Kazakhstan's exports to China, led by copper, rose 8% to $12 billion".
    const asideSubjectFlow = () => {
      const at = spans.indexOf(clause);
      const [subjectClause, asideClause] = [spans[at - 2], spans[at - 1]];
      if (!subjectClause || !asideClause || !PREDICATE_FIRST.test(clauseText)) return null;
      const asideText = s.text.slice(asideClause.start, asideClause.end);
      return asideText.length <= 60 && !/\d/.test(asideText) ? directionOf(s.text.slice(subjectClause.start, subjectClause.end)) : null;
    };
    let direction = clauseFlow() ?? ownFlow() ?? asideSubjectFlow() ?? (before ? directionOf(s.text.slice(before.start, before.end)) : null) ?? (bracketed ? directionOf(s.text.slice(0, clause.start)) : null) ?? (predicate ? directionOf(s.text.slice(predicate.start, predicate.end)) : null) ?? (kind === "growth" && rf.qualifiesIndex === null ? directionOf(aside > rf.end ? s.text.slice(0, aside) : s.text) : null) ?? (ctx.opening && kind !== "growth" ? directionOf(ctx.opening) : null) ?? referent?.direction ?? ranked?.direction ?? (partOfPrev[i] ? out[i - 1]!.direction : null) ??
      // Another part listed after a part: "exported 14.3 mln tons, including 3.2 mln tons of crude oil and 870 thous. tons of grain".
      (i > 1 && partOfPrev[i - 1]! && rf.unit === raws[i - 1]!.unit && (listedAfter[i]! || MORE_GOODS.test(s.text.slice(raws[i - 1]!.end, rf.start))) ? out[i - 1]!.direction : null);
    if (rf.respectivelyItem) {
      const item = rf.respectivelyItem;
      const entity = canonicalEntity(item);
      if (entity) {
        entities.clear();
        entities.add(entity);
        for (const other of raws) if (other.respectivelyItem && other.respectivelyItem !== item) exclude.add(canonicalEntity(other.respectivelyItem) ?? "");
      } else if (/^exports?$/i.test(item)) direction = "export";
      else if (/^imports?$/i.test(item)) direction = "import";
      else if (PLACES[item] || /^\p{Lu}/u.test(item)) {
        place = item;
        for (const c of PLACES[item] ?? []) entities.add(c);
      } else subject = item;
    }
    // A change of trade or freight is bilateral too; a listed line or a table row says so in its opening ("Country | Trade, $ bn | Change, %").
    // So is the capacity of a link between countries: "the line is expected to carry 15 million tonnes of cargo a year".
    // "Xinjiang's foreign trade totaled 398.2 billion yuan. Of this, exports were 341.5 billion yuan, up 13.8%": a part of a
    // country's trade with the world, and its change, are that country's alone, as the whole is.
    const whole = carry.money;
    const partOfWorld = entities.size === 0 && whole !== null && whole.entities.length === 1 && (kind === "growth" || (kind === whole.kind && rf.unit === whole.unit)) && continuesBefore(s.text) && worldTotal(whole.sentence);
    if (partOfWorld) entities.add(whole.entities[0]!);
    const domestic = ISO_CODES.has(rf.unit) && DOMESTIC_FUNDS.test(s.text.slice(rf.end, rf.end + 80));
    // Money from a state's own budget, in its own currency, is that state's, whatever else the sentence names: "To allocate 95
    // billion soums from the State Budget for the new bridge on the border with China".
    const budgetOf = domestic ? HOME_CURRENCY[rf.unit] : undefined;
    if (budgetOf) {
      entities.clear();
      entities.add(budgetOf);
    }
    const bilateral = owedTo || !partOfWorld && !domestic && !lent && !worldTotal(s.text.slice(clause.start, Math.max(rf.end, clause.start))) && (BILATERAL.has(kind) || (kind === "growth" && FLOW_WORDS.test(`${ctx.opening ?? ""} ${s.text.slice(0, rf.end)}`)) || (kind === "capacity" && linksCountries(s.text.slice(0, rf.end), `${doc.meta.title ?? ""} ${ctx.paragraph.slice(0, s.start - ctx.blockStart)}`)));
    // A partner is not one the sentence gives to another figure ("Trade with Uzbekistan exceeded
    // $13.8 billion, while that with Turkmenistan stood at $10.2 billion"; "followed by Russia at $4.6
    // billion and Turkey at $2.2 billion"). A figure that names one of this figure's places too is about
    // the same pair ("Kazakhstan's exports to China reached $9.5 billion, while imports from China
    // totaled $7.7 billion"): it takes nothing away.
    // Figures of one clause share its names, unless they are items of a list of names and figures.
    const wholeNames = partOfPrev[i] ? out[i - 1]!.entities : [];
    if (entities.size > 0) {
      const mine = new Set(entities);
      own.forEach((theirs, j) => {
        if (j === i || !theirs || theirs.entities.some((e) => mine.has(e))) return;
        // A size is no parallel to an amount of money: in "began building a 523-km railway … estimated to cost $4.7 billion",
        // the railway's length gives its cost's parties away to no one.
        if (ISO_CODES.has(rf.unit) && !NOT_SIZES.has(raws[j]!.unit) && !ISO_CODES.has(raws[j]!.unit)) return;
        const sameClause = where[j]!.clause === clause;
        if (sameClause && !namedItems.has(Math.min(i, j))) return;
        // A part shares its whole's partners: "… at the Tashkent forum, including $5.7 billion with Chinese companies".
        for (const e of theirs.entities) if (!wholeNames.includes(e)) exclude.add(e);
      });
    }
    // An amount in a national currency, in a sentence that names no place, is first that country's ("UZS 1.2 trillion will be allocated").
    // So is any figure of a sentence that names no place but such an amount: "A total of 305 projects worth 82.4 trillion soums".
    const currencyCountry = named.entities.length === 0 && named.places.length === 0 ? HOME_CURRENCY[rf.unit] ?? sentenceCurrency() : undefined;
    // Nor, for money a multilateral lender lends, a country another figure of the sentence is of: in "Chinese lenders financed
    // 163 projects worth $48.6 billion, against 249 projects worth $31.2 billion financed by the World Bank, the ADB and the
    // EBRD", China is the first amount's.
    if (lent) own.forEach((theirs, j) => {
      if (j !== i && theirs) for (const e of theirs.entities) if (!entities.has(e)) exclude.add(e);
    });
    // "By country, trade with Kazakhstan was …. Trade with Turkmenistan was …": a figure whose clause names its flow's other
    // end takes no other end the paragraph names elsewhere as its second party. Those are parallel to it; its party is the one they share.
    if (bilateral && entities.size === 1) {
      const at = s.start - ctx.blockStart;
      const ends = ctx.focus.counterparts();
      if (ends.some((h) => h.at >= at && h.at < at + rf.end && entities.has(h.name))) {
        for (const h of ends) if ((h.at < at || h.at >= at + s.text.length) && !entities.has(h.name)) exclude.add(h.name);
      }
    }
    // "…, compared with less than $5 billion in Tajikistan": the parties of the figure it is set against, one swapped for the place it names.
    const compared = rf.comparedIndex !== null ? out[rf.comparedIndex]! : null;
    // (A rival the sentence says was overtaken takes the place of the one that overtook it: "China overtook Russia as Uzbekistan's
    // largest trading partner, with turnover of $13.6 billion against Russia's $11.4 billion".)
    const parallel = compared && bilateral ? rivalParties(s.text, own[i] ?? null, compared.entities) ?? parallelParties(s.text, raws[rf.comparedIndex!]!.end, rf.start, Math.max(clause.end, rf.end), compared.entities) : null;
    if (parallel) {
      entities.clear();
      for (const e of parallel) entities.add(e);
      direction ??= compared!.direction;
    } else if (compared && bilateral && own[i] === null && compared.entities.length > 0) {
      // With no place of its own, it is of the same parties: "up to 1.5 million tonnes to China, against 870,000 tonnes in 2025/26".
      entities.clear();
      for (const e of compared.entities) entities.add(e);
    }
    // The gapped figure's parties are its model's, the model's subject (the party its sentence names first) swapped for its name.
    // (A model gapped itself has the name it was given as its subject: "…, Uzbekistan 5 bcm and Kazakhstan 7 bcm".)
    // (Not a partner ranked after the first, whose other party is the first's: "followed by Kyrgyzstan at …, and Uzbekistan at …".)
    if (gapModel && gappedName && !ranked) {
      const modelAt = out.indexOf(gapModel);
      const subjectOfModel = gappedSubjects.get(modelAt) ?? names.inOrder(0, raws[modelAt]!.start).find((e) => gapModel.entities.includes(e));
      if (subjectOfModel) {
        entities.clear();
        for (const e of gapModel.entities) entities.add(e === subjectOfModel ? gappedName : e);
        direction ??= gapModel.direction;
        gappedSubjects.set(i, gappedName);
      }
    }
    // A ranked partner takes the place of the first's partner, the party its sentence names first ("China remained
    // Uzbekistan's largest trading partner"), and shares the other: Kyrgyzstan, in the example.
    const sharedWithFirst = ranked && bilateral && entities.size === 1 ? sharedParty(ranked) : null;
    if (sharedWithFirst) entities.add(sharedWithFirst);
    // A figure of two parties whose own words name one takes first the subject its sentence names before its clause (not a
    // flow's other end): "Kyrgyzstan, for one, recorded imports from China of only $5.0 billion".
    const subjectFirst = bilateral && entities.size === 1 && own[i] !== null && clause.start > 0 ? names.subjectsBefore(clause.start, [...sourceSpan, ...asideBefore(aside, clause.start)]) : [];
    const firsts = [...(currencyCountry ? [currencyCountry] : []), ...(referent?.entities ?? []), ...wholeNames, ...(ctx.whole?.entities ?? []), ...subjectFirst];
    // A flow whose words name only where it went ("worth $1.1 billion, most of it to the United Kingdom and Switzerland",
    // "with Turkey and China the main buyers") takes its other end, where it came from, from the paragraph too.
    // So does a flow whose clause completes one that names them ("exported 3.1 billion kWh, mainly to Uzbekistan and Afghanistan,
    // earning about 420 million somoni").
    const ends = bilateral && entities.size >= 2 && DESTINATIONS.test(s.text.slice(completed && completed.start < rf.start ? completed.start : rf.end)) ? 1 : 0;
    // Where it came from is first the subject its sentence names, though another figure's words name it too ("Tajikistan
    // exported 3.1 billion kWh …, mainly to Uzbekistan and Afghanistan, earning about 420 million somoni").
    const origins = ends > 0 ? names.subjectsBefore(completed && completed.start < rf.start ? completed.start : clause.start, sourceSpan) : [];
    for (const o of origins) exclude.delete(o);
    // A whole takes no partner its part names: in "expects to export 11-12 million tonnes …, including up to 1.5 million
    // tonnes to China", China is the part's.
    // Nor any other partner, when the part is a partner's take of it ("…; China took 3.6 million tonnes of it"): the whole
    // is the subject's with all partners.
    const takenOf = bilateral && partOfPrev[i + 1] === true && own[i + 1] !== null && OF_IT_AFTER.test(s.text.slice(raws[i + 1]!.end, raws[i + 1]!.end + 12)) && entities.size > 0;
    if (bilateral && partOfPrev[i + 1] && own[i + 1]) for (const e of own[i + 1]!.entities) if (!entities.has(e)) exclude.add(e);
    if (kind !== "fx" && !takenOf) ctx.focus.fill(entities, bilateral ? Math.max(2, entities.size + ends) : 1, exclude, [...firsts, ...origins], s.end - ctx.blockStart);

    // A second predicate after the figure is the next figure's, its time too: in "holds 70% of the mine and has invested $150
    // million since 2019", 2019 is when the investing began, not the stake's.
    const ownClause = statusEnd < spoken.end && SECOND_PREDICATE.test(s.text.slice(statusEnd, statusEnd + 40)) ? { start: spoken.start, end: Math.max(rf.end, statusEnd) } : spoken;
    const found = figurePeriod(sp, { start: rf.start, end: rf.end, win, clause: ownClause, prevEnd: prev ? prev.end : 0, prevStart: prev ? prev.start : 0 }, status === "actual", () =>
      kind === "fx"
        ? null
        : // A deal is signed on a day: the day its section's event is dated, before a span the paragraphs before named ("On
          // October 27, … attended the forum" – "11 cooperation documents worth about 1.1 billion U.S. dollars were signed").
          // Not the day the story was filed, which may come after the signing.
          (kind === "deal" && ctx.event()?.filed === false ? ctx.event() : null) ??
          notAhead(carry.period(ctx.listItem ? ctx.blockStart : undefined), ctx.refYear) ??
          (saysSamePeriod(s.text) ? earlierPeriod(ctx.earlier) : null) ??
          (direction !== null && PARTED_KINDS.has(kind) ? totalPeriod(ctx.earlier, { kind, unit: rf.unit, subject, entities }) : null) ??
          (entities.size === 2 && PARTED_KINDS.has(kind) ? totalPeriod(ctx.earlier, { kind, unit: rf.unit, subject, entities }, true) : null) ??
          ((TITLE_DATED_KINDS.has(kind) || (kind === "other" && rf.unit === "percent")) && !NAMES_TIME.test(ownTime()) ? notAhead(ctx.titlePeriod(), ctx.refYear) : null),
    );
    // The bottom of a span takes no deadline written after its top: in "to lift capacity from 540,000 TEU to 1 million TEU a
    // year by 2029", 2029 is when the top is to be reached, and the bottom is where the plan starts (a period such as "next
    // year" after the top is still both ends').
    const spanBottom = next !== undefined && FROM_BEFORE.test(s.text.slice(Math.max(0, rf.start - 20), rf.start)) && SPAN_TO.test(s.text.slice(rf.end, next.start));
    const deadlineAfter = spanBottom && found.period !== null && found.period.start >= next.end && DEADLINE_BEFORE.test(s.text.slice(Math.max(0, found.period.start - 20), found.period.start));
    // Nor does the level a change still to come starts from take the day it comes: in "The tariff will rise to 1.37 soms per
    // kWh from 1.10 soms on 1 December", 1 December is the rise's.
    const fromBeforeFuture = i > 0 && out[i - 1]!.status !== "actual" && found.period?.pointInTime === true && found.period.start > rf.end && FROM_BEFORE.test(s.text.slice(Math.max(0, rf.start - 20), rf.start));
    // So is the level a plan starts from "today": "to raise the capacity to 1,000 trucks per day by the end of 2027 from about
    // 350 today" (an outcome, of when the text was written).
    const fromNow = FROM_BEFORE.test(s.text.slice(Math.max(0, rf.start - 20), rf.start)) && NOW_AFTER.test(s.text.slice(rf.end, rf.end + 20));
    const nowPeriod = fromNow ? periods.find((p) => p.start >= rf.end && p.start <= rf.end + 4) : undefined;
    const chosen = fromNow ? (nowPeriod ? { period: nowPeriod, text: s.text.slice(nowPeriod.start, nowPeriod.end) } : { period: null, text: null }) : deadlineAfter || fromBeforeFuture ? { period: null, text: null } : found;
    // The top of a span ("rising from 3 to 4 million tonnes") shares its period with the bottom.
    // So does the figure set against another place's: "Chinese investment in Uzbekistan reached $3 billion in 2024, against $1.2 billion in Kyrgyzstan".
    // And another place's level set against one, with no period of its own ("$3,300 per person in 2025, against roughly $1,100
    // in Kazakhstan"); not a level it moved from ("10.2 bcm in 2025, down from 11.9 bcm"), which is of an earlier time.
    const placeSetAgainst = compared !== null && own[i] !== null && !FROM_BEFORE.test(s.text.slice(Math.max(0, rf.start - 20), rf.start));
    const sharesPeriod = (chosen.period === null && i > 0 && SPAN_TO.test(s.text.slice(raws[i - 1]!.end, rf.start))) || (chosen.period === null && (parallel !== null || ranked !== null || placeSetAgainst)) || (required && status !== "actual");
    const periodFrom = compared ?? ranked ?? out[i - 1];
    const shared = sharesPeriod && periodFrom?.period != null ? { period: { start: 0, end: 0, period: periodFrom.period, pointInTime: false }, text: periodFrom.periodText } : chosen;
    // "…, down from $331 in the same period of 2025": the months of the figure it is set against, in that year.
    const { period, text: periodText } = samePeriodIn(s.text, shared, compared ?? out[i - 1]) ?? shared;
    // An outcome is never of a year still to come: "Twenty-five billion dollars by 2030 is realistic" is a forecast. Not
    // so a deal: a contract signed now "for 2027-2031" is signed.
    const year = period && ctx.refYear !== null ? Number(period.period.slice(0, 4)) : null;
    // And the level a plan starts from, in a year gone by, is an outcome: "is to grow from 35 million tonnes in 2025 to 55 million tonnes in 2030".
    const fromPast = status !== "actual" && year !== null && year < ctx.refYear! && /\bfrom\s+$/i.test(s.text.slice(Math.max(0, rf.start - 6), rf.start));
    const finalStatus = status === "actual" && kind !== "deal" && year !== null && year > ctx.refYear! ? "forecast" : fromPast || fromNow ? "actual" : status;
    const inSource = source && rf.start >= source.start && rf.end <= source.end;
    const sign = rf.sign;
    out.push({
      id: "",
      factId: "",
      doc: doc.meta.doc,
      start: s.start + rf.start,
      end: s.start + rf.end,
      text: s.text.slice(rf.start, rf.end),
      value: rf.value * sign,
      valueHigh: rf.valueHigh === null ? null : rf.valueHigh * sign,
      unit: rf.unit,
      kind,
      qualifier: rf.qualifier,
      status: finalStatus,
      period: period ? (status !== "actual" && period.yearInferred ? forwardPeriod(period.period, ctx.ref()) : period.period) : null,
      periodText,
      entities: [...entities].sort(),
      place,
      subject,
      direction: kind === "fx" ? null : direction,
      per: rf.per,
      source: (!inSource && source?.text) || carry.source(),
      base: rf.base,
      quote: rf.quote,
      usd: rf.unit === "USD" ? rf.value * sign : null,
      usdBasis: rf.unit === "USD" ? "stated" : null,
      usdNote: null,
      qualifies: null,
      conversionOf: null,
      convertedTo: null,
      isConversion: rf.conversionOfIndex !== null,
      sentence: s.text,
      sentenceStart: s.start,
      section,
      outlet: doc.meta.outlet,
      date: doc.meta.date,
    });
  });
  // A change that names no place itself is a change of its level's flow: ", down 3 percent" after
  // "that with Turkmenistan stood at $10.2 billion" is Turkmenistan's (and shares the level's guess
  // when neither names one).
  raws.forEach((rf, i) => {
    const level = rf.qualifiesIndex !== null ? out[rf.qualifiesIndex] : undefined;
    // The level a gapped change reaches is of the change's parties: ", while Uzbekistan's fell 3% to $4 billion".
    const gappedName = gappedSubjects.get(i);
    if (level && gappedName && level.entities.every((e) => e === gappedName)) {
      level.entities = [...out[i]!.entities];
      level.direction ??= out[i]!.direction;
    }
    if (level && unnamed.has(i)) {
      out[i]!.entities = [...level.entities];
      out[i]!.place = level.place;
    }
    // And a change of exports is a change in the export direction.
    if (level && out[i]!.direction === null) out[i]!.direction = level.direction;
    // Nor a status: "Trade will reach $5 billion in 2026, up 10% from 2025" is a forecast of both.
    if (level && out[i]!.status === "actual" && level.status !== "actual") out[i]!.status = level.status;
    // A change is of its level's period when it names none ("Exports: 311.4 billion yuan (+13.1% y/y)"), and when it
    // stands before its level, from another level or with no period in its clause: in "has grown more than eightfold,
    // from US$4.6 billion in 2014 to over US$40 billion at the end of 2024", it is of 2024, not of 2014.
    const toLevel = () => rf.qualifiesIndex! > i && (/\bfrom\b/.test(s.text.slice(rf.end, level!.start - s.start)) || !periods.some((p) => p.start >= where[i]!.clause.start && p.end <= where[i]!.clause.end));
    if (level && level.period !== null && (out[i]!.period === null || toLevel())) Object.assign(out[i]!, { period: level.period, periodText: level.periodText });
  });
  return out;
}

/**
 * "followed by Kyrgyzstan ($19.8 billion)": a figure alone in brackets is the name's just before them;
 * so is one after an item that is only a name and a dash or colon ("Kazakhstan — $1.2 billion;
 * Uzbekistan — $900 million"; not "traffic between China and Europe via Kazakhstan: 412,000 TEU").
 */
const NAME_BEFORE_BRACKET = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\(\s*$/u;
const NAME_LABEL = /(?:^|[;.:]\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[—–:]\s*$/u;
function nameBeforeBracket(text: string, clauseStart: number, names: NameIndex): Named | null {
  const from = Math.max(0, clauseStart - 60);
  const bracket = NAME_BEFORE_BRACKET.exec(text.slice(from, clauseStart));
  const label = bracket ? null : NAME_LABEL.exec(text.slice(0, clauseStart));
  const at = bracket ? from + bracket.index : label ? label.index + label[0].indexOf(label[1]!) : -1;
  const name = (bracket ?? label)?.[1];
  if (name === undefined) return null;
  const named = names.within(at, at + name.length);
  return named.entities.length > 0 || named.places.length > 0 ? named : null;
}

/** A name ending the words before a comma: "overtaking Russia, ". Group 1: the name. */
const NAME_BEFORE_COMMA = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s*$/u;
/** Between a figure and the same item's value in brackets (" (") or said again after ", or". */
const SAME_ITEM_AFTER = /^\s*\(\s*$|^,\s+or\s+$/;
/** Goods named right before a bracket, after a list's comma, "and" or verb: "are crude oil (", ", copper cathodes (". */
const GOODS_BEFORE_BRACKET = /(?:^|,\s+|\s+and\s+|\s+(?:are|is|were|was|include|includes|included|including)\s+|:\s+)((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s*\($/u;
/** Words that start or end no name of goods. */
const NOT_GOODS = new Set(["of", "in", "to", "the", "a", "an", "for", "by", "at", "on", "from", "with", "than", "as", "up", "down", "about", "around", "some", "over", "nearly", "worth", "valued", "totalling", "totaling", "reaching", "respectively", "which", "that", "this", "these", "it", "they"]);
function goodsBeforeBracket(before: string): string | null {
  const goods = GOODS_BEFORE_BRACKET.exec(before)?.[1]?.replace(/^followed\s+by\s+/, "");
  if (!goods) return null;
  const words = goods.split(/\s+/);
  return NOT_GOODS.has(words[0]!) || NOT_GOODS.has(words.at(-1)!) ? null : goods;
}

/**
 * `named` without the entities other figures of the sentence name as their own, unless that leaves none.
 * A change and its level, or an amount and its conversion, keep each other's.
 */
function othersLeftOut(named: Named, own: readonly (Named | null)[], raws: readonly RawFigure[], i: number): Named {
  const linked = (j: number) => raws[i]!.qualifiesIndex === j || raws[j]!.qualifiesIndex === i || raws[i]!.conversionOfIndex === j || raws[j]!.conversionOfIndex === i;
  const theirs = new Set(own.flatMap((o, j) => (j !== i && o && !linked(j) ? o.entities : [])));
  const left = named.entities.filter((e) => !theirs.has(e));
  return left.length > 0 && left.length < named.entities.length ? { entities: left, places: named.places } : named;
}

/** A new statement between two clauses: ", and the number of …", "; ". */
const STATEMENT_AFTER = /^\s*(?:;|,\s*(?:and|while|whereas|but)\s)/;

/** A hard-wrapped paragraph's text with its line breaks as spaces, of the same length. */
const unwrap = (text: string) => text.replace(/[\r\n]/g, " ");

/** Where an aside such as ", which includes Russia, Kazakhstan …," or ", mostly from Russia," opens, if anywhere. */
/** The reason for what a sentence reports: ", as gold output fell and re-exports to Russia eased", ", as contract prices tied to oil eased", ", due to …". */
const REASON_SOURCE = String.raw`because\s+of|due\s+to|thanks\s+to|amid|as(?=(?:\s+[\p{L}’'-]+){1,5}\s+(?:fell|rose|grew|slowed|eased|dropped|declined|increased|decreased|weakened|strengthened|recovered|surged|slumped|cooled|softened|stalled|faded|shrank|contracted|collapsed|tightened|picked\s+up|dried\s+up)\b)`;
// Or a reason.
const ASIDE = new RegExp(String.raw`,\s*(?:which|who|including|such\s+as|mostly|mainly|largely|chiefly|primarily|${REASON_SOURCE})\b`, "u");
/** Reasons, to the end of their sentence or clause. */
const REASONS = new RegExp(String.raw`,\s*(?:${REASON_SOURCE})\b[^.;]*`, "gu");
/**
 * A text with its reasons blanked (offsets hold): what they name is not what the figures they explain are of. Not a
 * reason that holds one of `figures` (offsets into `text`): it names what that figure is of (", as investment of $2
 * billion dried up").
 */
function withoutReasons(text: string, figures: readonly { start: number; end: number }[] = []): string {
  if (!REASON_HINT.test(text)) return text;
  return text.replace(REASONS, (r, at: number) => (figures.some((f) => f.start < at + r.length && f.end > at) ? r : " ".repeat(r.length)));
}
/** A possessive right before a figure: a cheap test before AGAINST_OWNER. */
const OWNER_BEFORE = /['’]s\s*(?:US\$|\$|€|£)?$/;
/** A comparison with another's figure, right before it: " against Russia's ", ", compared with Kazakhstan's ". */
const AGAINST_OWNER = /\s*,?\s*(?:against|versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s*(?:US\$|\$|€|£)?$/u;
/** A name another overtook, displaced or replaced: "overtook Russia as", "surpassing Kazakhstan as". Group 1: the name. */
const OVERTAKE_VERB = String.raw`(?:overtook|overtaken|overtaking|overtakes|overtake|surpassed|surpassing|surpasses|outstripped|outstripping|displaced|displacing|replaced|replacing|edged\s+out|edging\s+out)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?`;
const OVERTAKEN = new RegExp(String.raw`\b${OVERTAKE_VERB}\s+(${NAME})(?=\s+as\b)`, "gu");
const OVERTAKE_HINT = /\b(?:overt|surpass|outstrip|displac|replac|edg)/;
function overtaken(text: string): Span[] {
  if (!OVERTAKE_HINT.test(text)) return [];
  return [...text.matchAll(OVERTAKEN)].map((m) => {
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    return { start, end: start + m[1]!.length };
  });
}
/** Who overtook whom: "China overtook Russia as". Groups: the one ahead, the one overtaken. */
const OVERTOOK = new RegExp(String.raw`(${NAME})\s+(?:has\s+)?${OVERTAKE_VERB}\s+(${NAME})\s+as\b`, "u");
/** The parties of a figure whose own name is the one overtaken: the other figure's, the one ahead swapped for it. */
function rivalParties(text: string, own: Named | null, main: readonly string[]): string[] | null {
  if (!own || own.entities.length !== 1 || !OVERTAKE_HINT.test(text)) return null;
  const m = OVERTOOK.exec(text);
  const [ahead, behind] = m ? [canonicalEntity(m[1]!), canonicalEntity(m[2]!)] : [null, null];
  if (!ahead || behind !== own.entities[0] || !main.includes(ahead)) return null;
  return [...main.filter((e) => e !== ahead), behind!].sort();
}
/** A cheap test before REASONS runs. */
const REASON_HINT = /,\s*(?:because|due|thanks|amid|as)\s/;
const asideAt = (text: string): number => ASIDE.exec(text)?.index ?? -1;
/** An aside that says where much of something came from or went: ", mostly from China", ", mainly to Russia". */
const WHENCE_ASIDE = /^,\s*(?:mostly|mainly|largely|chiefly|primarily)\b/;
/** The aside standing before a figure's clause, given where the sentence's first aside opens. */
function asideBefore(at: number, clauseStart: number): Span[] {
  return at !== -1 && at < clauseStart ? [{ start: at, end: clauseStart }] : [];
}


/**
 * Brackets that hold figures other than figure `i`, and not it: what they name is theirs
 * ("Length: 523 km (Kyrgyz section: 305 km)": Kyrgyzstan is the section's, not the whole line's).
 */
function bracketsOfOthers(text: string, raws: readonly RawFigure[], i: number): Span[] {
  const out: Span[] = [];
  for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
    const close = text.indexOf(")", open);
    if (close === -1) break;
    const holds = (r: RawFigure) => r.start > open && r.end <= close;
    if (!holds(raws[i]!) && raws.some((r, j) => j !== i && holds(r))) out.push({ start: open, end: close + 1 });
  }
  return out;
}

/** Turn the grammar's in-sentence links into figure ids, and carry a primary's attributes to its conversion. */
function linkIds(figs: Figure[], raws: RawFigure[]): void {
  raws.forEach((rf, i) => {
    const f = figs[i]!;
    if (rf.qualifiesIndex !== null && figs[rf.qualifiesIndex]) f.qualifies = figs[rf.qualifiesIndex]!.id;
    if (rf.conversionOfIndex !== null && figs[rf.conversionOfIndex]) {
      const primary = figs[rf.conversionOfIndex]!;
      f.conversionOf = primary.id;
      // (The first, when it gives two: "(about HK$2,231 million or RMB2,035 million)".)
      primary.convertedTo ??= f.id;
      Object.assign(f, {
        kind: primary.kind, status: primary.status, period: primary.period, periodText: primary.periodText,
        entities: primary.entities, place: primary.place, subject: primary.subject, direction: primary.direction,
        per: primary.per, source: primary.source,
      });
      if (f.unit === "USD" && primary.unit !== "USD") {
        primary.usd = f.value;
        primary.usdBasis = "converted-in-text";
        primary.usdNote = `converted in the text: ${f.text}`;
      } else if (primary.unit === "USD" && f.unit !== "USD") {
        f.usd = primary.value;
        f.usdBasis = "converted-in-text";
        f.usdNote = `converted in the text: ${primary.text}`;
      }
    }
  });
}
