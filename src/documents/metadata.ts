/** Read outlet, date, author and title from the text where the text states them. */
import type { DocumentMeta } from "../types.js";
import { ENTITY_FINDER, PLACES } from "../lexicon/places.js";
import { FULL_DATE_SOURCE, MONTH_SOURCE, NUMERIC_DATE_SOURCE, monthNumber, pad2, parseFullDate, parseNumericDate } from "../lexicon/dates.js";

const DATELINE = new RegExp(`^${FULL_DATE_SOURCE}$`, "i");
/** A line that is only a date in figures: "25.11.2025", "2025-11-25", as statistics agencies stamp releases. */
const NUMERIC_DATELINE = new RegExp(`^${NUMERIC_DATE_SOURCE}$`);
/** "China.org.cn, July 24, 2024" inside a share bar or byline. */
const OUTLET_AND_DATE = new RegExp(`([A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)+)\\s*,\\s*(${FULL_DATE_SOURCE})`, "i");
/** A dateline opening a paragraph: "Dushanbe, 5 March 2024 — Tajikistan signed …". */
const PLACE_DATELINE = new RegExp(`^[\\p{Lu}][\\p{L}' .-]{1,40},\\s*(${FULL_DATE_SOURCE})\\s*(?:[—–-]|\\()`, "u");
/** A wire dateline naming its agency: "XI'AN, Jan. 20 (Xinhua) -- …", "ASTANA, May 3, 2024 (Reuters) - …". */
const WIRE_DATELINE = new RegExp(`^[\\p{Lu}][\\p{L}'’ .-]{1,40},\\s*(?:${FULL_DATE_SOURCE}|(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2})\\s*\\(([\\p{Lu}][\\p{L}&. -]{1,30})\\)\\s*(?:--|—|–|-)`, "u");
/**
 * An undated wire dateline, the place in capitals: "ASTANA. KAZINFORM – …", "BISHKEK (AKIpress) - …".
 * Group 1: the place; group 2 or 3: the agency.
 */
const UNDATED_WIRE = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2})(?:\.\s+(\p{Lu}[\p{Lu}\p{N}&-]{2,30})|\s*\(([\p{Lu}][\p{L}\p{N}&.' -]{1,30})\))\s*(?:--|—|–|-)\s/u;
/** The same in the Russian agencies' style: "MOSCOW, July 2. /TASS/. …". */
const SLASHED_WIRE = new RegExp(`^[\\p{Lu}][\\p{L}'’ .-]{1,40},\\s*(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2}\\.?\\s*\\/([\\p{Lu}][\\p{L}-]{1,20})\\/`, "u");
/**
 * A credit line: names, then a date, and nothing else: "Eurasianet, November 4, 2024", "The Astana
 * Times | 6 September 2024", "Asia-Plus, Dushanbe, 3 July 2024", "Gazeta.uz, 03.02.2025",
 * "Xinhua | 2024-12-23", "By CGTN staff, 5 June 2025". Group 1: the names; group 2: the date.
 */
const CREDIT_SEPARATOR = String.raw`\s*(?:,|\||·|•|—|–|\s-\s)\s*`;
const CREDIT_PARTS = new RegExp(CREDIT_SEPARATOR);
/**
 * A name of a few words, a bar or a dot, and a month and year only: "IMF staff | October 2026". Not a comma: "Trade,
 * October 2026" is a heading's period; but after the kind of paper a publisher put out it is: "Bishkek Policy Lab
 * briefing, September 2026". Groups: the name, the month, the year.
 */
const NAME_AND_MONTH = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,4}?)(?:\\s*(?:\\||·|•)|\\s+(?:briefing|brief|report|paper|working\\s+paper|bulletin|newsletter|digest|monitor|update|note|outlook)\\s*,)\\s*(${MONTH_SOURCE})\\.?\\s+((?:19|20)\\d\\d)$`, "u");
/** Or a body's name, a comma, and a month and year: "World Bank, November 2026", "Caspian Policy Center, May 2026". */
const BODY_AND_MONTH = new RegExp(`^((?:The\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+[\\p{L}.&'’-]+){0,5}?\\s+(?:Bank|Fund|Institute|Agency|Ministry|Office|Group|Review|Times|News|Centre|Center|Council|Commission|Foundation|Lab|Observatory|Monitor|Forum|Programme|Program|Organi[sz]ation))\\s*,\\s*(${MONTH_SOURCE})\\.?\\s+((?:19|20)\\d\\d)$`, "u");
/**
 * A title naming its publisher, its kind of paper and its date: "National Bank of the Kyrgyz Republic: weekly bulletin,
 * 16 November 2026". The line stays the title. Groups: the publisher, the date.
 */
const PAPER_TITLE = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}.&'’ -]{2,80}?)\\s*:\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:briefing|brief|report|paper|bulletin|newsletter|digest|monitor|update|note|outlook|review|release|statement)(?:\\s+No\\.?\\s*\\d+)?\\s*,\\s*(${FULL_DATE_SOURCE})$`, "iu");
/** A journal's name, volume and issue, and its year in brackets: "… Review, Vol. 14, No. 3 (2026), pp. 211-239". Groups: the name, the year. */
const JOURNAL_ISSUE = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{2,80}?),\s*Vol(?:ume|\.)?\s*\d+(?:\s*,\s*(?:No|Issue|Iss)\.?\s*\d+)?\s*\(((?:19|20)\d\d)\)(?:\s*,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?$/u;
// A channel's handle may stand for the name: "@silkroad_digest · 20 Nov 2026".
// So may a name in lower case with a capital inside it: "bne IntelliNews, 30 September 2026"; a name may hold a slash ("RFE/RL").
const NAME_AND_DATE = new RegExp(`^((?:[\\p{Lu}\\d]|@[\\p{L}\\p{N}_]|\\p{Ll}{2,6}\\s+\\p{Lu})[\\p{L}\\p{N}._&'’ ,|·•—–()/-]{1,80}?)${CREDIT_SEPARATOR}(${FULL_DATE_SOURCE}|${NUMERIC_DATE_SOURCE})$`, "u");
const BRACKETED_NAME = /\(([\p{Lu}\d][\p{L}\p{N}.&' -]{1,30})\)$/u;
/** "By CGTN staff": a newsroom, not a person. */
const STAFF_BYLINE = /^By\s+(.+?)\s+(?:staff|reporters?|correspondents?|writers?|desk|newsroom)$/i;
/** The month and day after a wire dateline's place: "Nov 12", "Jan. 20", "March 4". */
const WIRE_MONTH_DAY = new RegExp(`^[^,]{1,41},\\s*(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`, "i");
/** Every date form above has a four-digit year. */
const YEAR = /\d{4}/;
const SOURCE_LINE = /^source\s*:\s*(\S.{0,100})$/i;
/** A government site's stamp: "2025-11-08 15:30 Source: Ministry of Commerce". Group 1: the date; group 2: the source. */
const STAMP_AND_SOURCE = /^(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+source\s*:\s*(\S.{0,80})$/i;
/** "Published: Apr 09, 2025 10:32 PM", "Updated on 12 March 2024", "PSD disclosed: 12 Mar 2026", "Date: 3 June 2026": a page's publication stamp. */
// ("Date:" only opening its line: an "Approval date:" or "Closing date:" is no date of the page.)
// Or in figures, year first: "China Daily | Updated: 2026-11-20 09:12".
const PUBLISHED = new RegExp(`(?:\\b(?:published|posted|updated|disclosed|released|issued)|^date(?=\\s*:))(?:\\s+on)?\\s*:?\\s*(${FULL_DATE_SOURCE}|(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b)`, "i");
/** A report's publication month in brackets after its title: "Annual Report 2025 (published October 2026)". Groups: month, year. */
const PUBLISHED_MONTH = new RegExp(`\\((?:published|released|issued)\\s+(?:in\\s+)?(${MONTH_SOURCE})\\.?\\s+((?:19|20)\\d\\d)\\)$`, "i");
/** The outlet after a publication stamp: "Published 15 January 2026 by the Kabar news agency". */
const PUBLISHED_BY = /^\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})(?:\s+(?:news\s+agency|agency|newspaper|news\s+site|website|portal))?\s*\.?$/u;
const BYLINE = /^[Bb]y\s+([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})$/u;
/** A decree's number and its date on a line of their own. */
const NUMBER_AND_DATE = new RegExp(`^No\\.?\\s*[\\w/-]{1,20}\\s+(?:of|dated|from)\\s+(${NUMERIC_DATE_SOURCE}|${FULL_DATE_SOURCE})\\s*$`, "i");
/** A social post's credit line: "Thread by @CorridorWatcher, 9 November 2026", "Posted by Aziz Karimov · 3 June 2026". */
const POST_CREDIT = new RegExp(`^(?:A\\s+)?(?:[Tt]hread|[Pp]ost(?:ed)?|[Tt]weet(?:ed)?)\\s+by\\s+(@[\\w.]+|[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+){0,3})(?:\\s*\\(@[\\w.]+\\))?\\s*[,·|—–-]\\s*(${FULL_DATE_SOURCE})\\s*$`, "u");

/** What a line says of the document; `dateline` when the line is a credit line or stamp to set aside. */
export type LineMeta = Partial<Pick<DocumentMeta, "outlet" | "date" | "author" | "place" | "monthDay">> & { dateline?: boolean };

/** The place a dateline opens with: "Dushanbe" in "Dushanbe, 5 March 2024 — …"; a wire's capitals as a name is written ("URUMQI" → "Urumqi"). */
function placeOf(line: string): string {
  return asWritten(line.slice(0, line.indexOf(",")).trim());
}

/** A name set in capitals as it is written: "URUMQI" → "Urumqi", "KAZINFORM" → "Kazinform"; an agency's short acronym ("TASS") stays. */
export function asWritten(name: string, acronym = 0): string {
  return /\p{Ll}/u.test(name) || name.length <= acronym ? name : name.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** What one line says about the document, if anything. */
export function readMetaLine(line: string): LineMeta {
  const out: LineMeta = {};
  // Most lines have no year, and skip the three date searches.
  if (YEAR.test(line)) readDates(line, out);
  // A line may hold both marks: "MOSCOW, March 4. /TASS/. Russian Railways (RZD) carried …".
  const wire = (line.includes("(") ? WIRE_DATELINE.exec(line) : null) ?? (line.includes("/") ? SLASHED_WIRE.exec(line) : null);
  if (wire) {
    out.outlet = wire[1]!.trim();
    out.place = placeOf(line);
    // "ALMATY, Nov 12 (Reuters) -": a month and a day, and no year.
    const md = out.date ? null : WIRE_MONTH_DAY.exec(line);
    if (md) out.monthDay = `${pad2(monthNumber(md[1]!))}-${pad2(Number(md[2]))}`;
  }
  const undated = !wire ? UNDATED_WIRE.exec(line) : null;
  const agency = undated ? asWritten((undated[2] ?? undated[3]!).trim(), 4) : "";
  // Not a place after a place ("ALMATY. KAZAKHSTAN –").
  if (undated && !isPlaceHeading(agency)) {
    out.outlet = agency;
    out.place = asWritten(undated[1]!);
  }
  const src = SOURCE_LINE.exec(line);
  if (src) {
    // A credit line after "Source:" gives the outlet and the date: "Source: Xinjiang Daily | 2025-10-20".
    const credit: LineMeta = {};
    if (YEAR.test(src[1]!)) readDates(src[1]!.trim(), credit);
    out.outlet = credit.outlet ?? src[1]!.trim();
    if (credit.date) out.date = credit.date;
  }
  const by = BYLINE.exec(line);
  if (by) out.author = by[1]!;
  const post = YEAR.test(line) ? POST_CREDIT.exec(line) : null;
  if (post) {
    out.author = post[1]!;
    out.date = parseFullDate(post[2]!);
    out.dateline = true;
  }
  return out;
}

function readDates(line: string, out: LineMeta): void {
  if (DATELINE.test(line)) {
    out.date = parseFullDate(line);
    out.dateline = true;
  }
  if (NUMERIC_DATELINE.test(line)) {
    const date = parseNumericDate(line);
    if (date) {
      out.date = date;
      out.dateline = true;
    }
  }
  // A decree's number and date: "No. 512 of 14.10.2026", "No. UP-145 dated 3 June 2026".
  const numbered = NUMBER_AND_DATE.exec(line);
  if (numbered) {
    const date = parseNumericDate(numbered[1]!) ?? parseFullDate(numbered[1]!);
    if (date) {
      out.date = date;
      out.dateline = true;
    }
  }
  const placed = PLACE_DATELINE.exec(line);
  if (placed) {
    out.date = parseFullDate(placed[1]!);
    out.place = placeOf(line);
  }
  const od = OUTLET_AND_DATE.exec(line);
  if (od) {
    out.outlet = od[1]!;
    out.date = parseFullDate(od[2]!);
    // A line that is only the outlet and the date ("Kun.uz, 15 August 2024") is a credit line, not a heading.
    if (od[0] === line.trim()) out.dateline = true;
  }
  const stamped = STAMP_AND_SOURCE.exec(line);
  if (stamped) {
    out.date = parseNumericDate(stamped[1]!) ?? undefined;
    out.outlet = stamped[2]!.trim();
    out.dateline = true;
  }
  const stamp = PUBLISHED.exec(line);
  if (stamp) {
    out.date = parseFullDate(stamp[1]!) ?? parseNumericDate(stamp[1]!) ?? undefined;
    const by = PUBLISHED_BY.exec(line.slice(stamp.index + stamp[0].length));
    if (by) out.outlet = by[1]!;
    // A short line around the stamp is page furniture, not article text.
    if (line.length <= 120) out.dateline = true;
  }
  // A report's title may say when it came out, in brackets: "Annual Report 2025 (published October 2026)".
  const published = !out.date && line.length <= 160 ? PUBLISHED_MONTH.exec(line) : null;
  if (published) out.date = `${published[2]}-${pad2(monthNumber(published[1]!))}`;
  // A report's credit line may give only its month: "IMF staff | October 2026", "Bishkek Policy Lab briefing, September 2026".
  const monthly = !od && !out.date && line.length <= 80 ? NAME_AND_MONTH.exec(line) ?? BODY_AND_MONTH.exec(line) : null;
  if (monthly) {
    out.outlet = monthly[1]!.trim();
    out.date = `${monthly[3]}-${pad2(monthNumber(monthly[2]!))}`;
    out.dateline = true;
  }
  const paper = !out.date && line.length <= 160 ? PAPER_TITLE.exec(line) : null;
  if (paper) {
    out.outlet = paper[1]!.trim();
    out.date = parseFullDate(paper[2]!);
  }
  // A journal's issue gives its year only: "Central Asian Economic Review, Vol. 14, No. 3 (2026), pp. 211-239" is dated 2026.
  const issue = !out.date && line.length <= 160 ? JOURNAL_ISSUE.exec(line) : null;
  if (issue) {
    out.outlet = issue[1]!.trim();
    out.date = issue[2]!;
    out.dateline = true;
  }
  // A place is a dateline ("Dushanbe, 5 March 2024"), not an outlet.
  const nd = !od ? NAME_AND_DATE.exec(line) : null;
  if (nd) {
    out.date = parseFullDate(nd[2]!) ?? parseNumericDate(nd[2]!);
    out.dateline = true;
    // The outlet is the first name that is not a place ("Asia-Plus, Dushanbe"); a staff byline names the newsroom.
    // An agency in brackets after the place is the outlet: "Tashkent, Uzbekistan (Daryo) – 18 November 2025".
    const bracketed = BRACKETED_NAME.exec(nd[1]!);
    const parts = nd[1]!.split(CREDIT_PARTS);
    const name = bracketed ? bracketed[1] : parts.find((p) => !isPlaceName(p));
    // The first place it names is where the story was filed ("Asia-Plus, Dushanbe, 3 July 2024"; "Tashkent, Uzbekistan (Daryo)";
    // a report's "Almaty, 16 November 2026").
    const place = parts.map((p) => p.replace(/\s*\(.*$/, "").trim()).find((p) => isPlaceName(p));
    if (place) out.place = place;
    const staff = name ? STAFF_BYLINE.exec(name) : null;
    const person = name && !staff ? BYLINE.exec(name) : null;
    if (staff) out.outlet = staff[1]!;
    else if (person) out.author = person[1]!;
    // "Published by the Eurasian Data Lab, 3 March 2026": the publisher is the outlet.
    else if (name) out.outlet = name.replace(/^(?:published|posted|issued|released)\s+by\s+(?:the\s+)?/i, "");
  }
}

/**
 * How long the dateline opening a paragraph is ("Dushanbe, 5 March 2024 — ", "ASTANA, May 3, 2024
 * (Reuters) - "), 0 if it opens with none: its date is when the story was filed, no period of a figure.
 */
export function datelineLength(paragraph: string): number {
  const head = paragraph.slice(0, 120);
  const m = PLACE_DATELINE.exec(head) ?? WIRE_DATELINE.exec(head);
  if (!m) return 0;
  const dash = /^[^—–-]*?\s*[—–-]+\s*/.exec(head.slice(m[0].length - 1));
  return m[0].length - 1 + (dash ? dash[0].length : 1);
}

/** A title candidate: a short line with no closing punctuation. */
export function looksLikeHeading(text: string): boolean {
  // A post's title may open with an emoji ("🚨 Central Asia x China: …") and end with a word in brackets ("(thread)");
  // a line with an emoji and a number is a newsletter's bullet ("⛽ Diesel, Almaty: 310 tenge per litre").
  // Both are looked for only where they can be: a first character past ASCII, a last one that closes a bracket.
  const unbracketed = text.endsWith(")") ? text.replace(WORD_IN_BRACKETS, "").replace(DAYS_IN_BRACKETS, "") : text;
  const line = text.charCodeAt(0) >= 0xa9 ? unbracketed.replace(LEADING_EMOJI, "") : unbracketed;
  // (Its date is no number of a bullet: "📦 Silk Road Logistics Daily — 22 Nov 2026".)
  if (line.length !== unbracketed.length && /\d/.test(line.replace(TITLE_DATE, ""))) return false;
  if (line.length === 0 || line.length > 140) return false;
  if (!/^[\p{Lu}"“‘'\p{N}]/u.test(line)) return false;
  // A question heads an explainer's section: "How big is the trade?", "Explainer: Who trades most?".
  if (line.endsWith("?")) return QUESTION_HEADING.test(line) && line.split(/\s+/).length <= 16;
  if (/[.!?:;,…"”’)\]]$/.test(line)) return false;
  // Nor a row of a table: cells between bars or tabs, or three columns or more kept by runs of spaces
  // (a title typed with one double space stays a title).
  if (/[=•|\t]|\S {2,}\S.*\S {2,}\S/.test(line) || isCsvRow(line)) return false;
  const words = line.split(/\s+/).length;
  // A longer one when it ends with its place and date: "Address by the Minister of Trade … Business Forum, Tashkent, 6 November 2026".
  return (words <= 16 || (words <= 24 && DATE_ENDING.test(line))) && /\p{L}{2}/u.test(line);
}
const DATE_ENDING = new RegExp(`,\\s*${FULL_DATE_SOURCE}$`, "i");
/** A date ending a title, after a comma or a dash, or in brackets: "…, 6 November 2026", "… — 22 Nov 2026". Group 1 or 2: the date. */
export const TITLE_DATE = new RegExp(`(?:(?:,|\\s[—–-])\\s*(${FULL_DATE_SOURCE})|\\(\\s*(${FULL_DATE_SOURCE})\\s*\\))$`, "i");

/** A question, after a label such as "Explainer:" or "Q&A:", with no sentence before it on its line. */
const QUESTION_HEADING = /^(?:\p{Lu}[\p{L}&]*:\s+)?(?:How|What|Who|Why|Where|When|Which|Is|Are|Can|Could|Will|Would|Does|Do|Did|Should|Has|Have)\b[^.!?]*\?$/u;
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]+\s*)+/u;
// Or a table's unit: "Kyrgyzstan–China trade by month, 2026 (USD million)".
const WORD_IN_BRACKETS = /\s+\((?:\p{Ll}+|(?:[A-Z]{3}|US\$|\$|€)\s?(?:thousand|million|billion|mln|bn|m)|(?:thousand|million|mln)\s+(?:tonnes|tons|t|TEU))\)$/u;
/** Or the days or months it covers: "the week in numbers (Nov 14–21, 2026)", "… trade (January–September 2026)". */
const DAYS_IN_BRACKETS = new RegExp(`\\s+\\((?=[^)]*\\d{4}\\))(?:(?:${MONTH_SOURCE})\\.?|\\d{1,4}|[\\s,–-])+\\)$`, "i");
/** A row of values pasted from a CSV file ("January, 12.4, 1,310.2"): a label and numbers, a table's line and no heading. */
const CSV_ROW = /^[^,\d]{1,40}(?:, [+\-−]?\d[\d.,]*%?){2,}$/;
export const isCsvRow = (line: string): boolean => CSV_ROW.test(line);

/** A country, a region or a city the lexicon knows ("Almaty"): a place in a credit line, not an outlet. */
const isPlaceName = (part: string): boolean => isPlaceHeading(part) || Object.hasOwn(PLACES, part.trim());

/** A section heading that only names places ("Kazakhstan", "Central Asia"). */
export function isPlaceHeading(line: string): boolean {
  return ENTITY_FINDER.remove(line).replace(/[\s,&-]|and/g, "").length === 0;
}
