/** Read outlet, date, author and title from the text where the text states them. */
import type { DocumentMeta } from "../types.js";
import { ENTITY_PATTERN } from "../lexicon/places.js";
import { FULL_DATE_SOURCE, MONTH_SOURCE, parseFullDate } from "../lexicon/dates.js";

const DATELINE = new RegExp(`^${FULL_DATE_SOURCE}$`, "i");
/** "China.org.cn, July 24, 2024" inside a share bar or byline. */
const OUTLET_AND_DATE = new RegExp(`([A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)+)\\s*,\\s*(${FULL_DATE_SOURCE})`, "i");
/** A dateline opening a paragraph: "Dushanbe, 5 March 2024 — Tajikistan signed …". */
const PLACE_DATELINE = new RegExp(`^[\\p{Lu}][\\p{L}' .-]{1,40},\\s*(${FULL_DATE_SOURCE})\\s*(?:[—–-]|\\()`, "u");
/** A wire dateline naming its agency: "XI'AN, Jan. 20 (Xinhua) -- …", "ASTANA, May 3, 2024 (Reuters) - …". */
const WIRE_DATELINE = new RegExp(`^[\\p{Lu}][\\p{L}'’ .-]{1,40},\\s*(?:${FULL_DATE_SOURCE}|(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2})\\s*\\(([\\p{Lu}][\\p{L}&. ]{1,30})\\)\\s*(?:--|—|–|-)`, "u");
/** A line that is only an outlet's name and a date: "Eurasianet, November 4, 2024". */
const NAME_AND_DATE = new RegExp(`^([\\p{Lu}][\\p{L}.&'’ -]{1,40}?),\\s*(${FULL_DATE_SOURCE})$`, "u");
/** Every date form above has a four-digit year. */
const YEAR = /\d{4}/;
const SOURCE_LINE = /^source\s*:\s*(\S.{0,60})$/i;
/** "Published: Apr 09, 2025 10:32 PM", "Updated on 12 March 2024": a web page's publication stamp. */
const PUBLISHED = new RegExp(`\\b(?:published|posted|updated)(?:\\s+on)?\\s*:?\\s*(${FULL_DATE_SOURCE})`, "i");
const BYLINE = /^[Bb]y\s+([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})$/u;

/** What one line says about the document, if anything. */
export function readMetaLine(line: string): Partial<Pick<DocumentMeta, "outlet" | "date" | "author">> & { dateline?: boolean } {
  const out: Partial<Pick<DocumentMeta, "outlet" | "date" | "author">> & { dateline?: boolean } = {};
  // Most lines have no year, and skip the three date searches.
  if (YEAR.test(line)) readDates(line, out);
  const wire = line.includes("(") ? WIRE_DATELINE.exec(line) : null;
  if (wire) out.outlet = wire[1]!.trim();
  const src = SOURCE_LINE.exec(line);
  if (src) out.outlet = src[1]!.trim();
  const by = BYLINE.exec(line);
  if (by) out.author = by[1]!;
  return out;
}

function readDates(line: string, out: Partial<Pick<DocumentMeta, "outlet" | "date">> & { dateline?: boolean }): void {
  if (DATELINE.test(line)) {
    out.date = parseFullDate(line);
    out.dateline = true;
  }
  const placed = PLACE_DATELINE.exec(line);
  if (placed) out.date = parseFullDate(placed[1]!);
  const od = OUTLET_AND_DATE.exec(line);
  if (od) {
    out.outlet = od[1]!;
    out.date = parseFullDate(od[2]!);
  }
  const stamp = PUBLISHED.exec(line);
  if (stamp) {
    out.date = parseFullDate(stamp[1]!);
    // A short line around the stamp is page furniture, not article text.
    if (line.length <= 120) out.dateline = true;
  }
  // A place is a dateline ("Dushanbe, 5 March 2024"), not an outlet.
  const nd = !od ? NAME_AND_DATE.exec(line) : null;
  if (nd) {
    out.date = parseFullDate(nd[2]!);
    out.dateline = true;
    if (!isPlaceHeading(nd[1]!)) out.outlet = nd[1]!;
  }
}

/** A title candidate: a short line with no closing punctuation. */
export function looksLikeHeading(line: string): boolean {
  if (line.length === 0 || line.length > 140) return false;
  if (!/^[\p{Lu}"“‘'\p{N}]/u.test(line)) return false;
  if (/[.!?:;,…"”’)\]]$/.test(line)) return false;
  if (/[=•]/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 16 && /\p{L}{2}/u.test(line);
}

/** A section heading that only names places ("Kazakhstan", "Central Asia"). */
export function isPlaceHeading(line: string): boolean {
  return line.replace(ENTITY_PATTERN, "").replace(/[\s,&-]|and/g, "").length === 0;
}
