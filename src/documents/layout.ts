/** Lay out a document: lines → furniture, metadata, paragraphs (blocks), headings and sections. */
import type { ArticleDocument, Block, DocumentMeta, Furniture } from "../types.js";
import { classifyLines } from "./furniture.js";
import { TITLE_DATE, isCsvRow, isPlaceHeading, looksLikeHeading, readMetaLine } from "./metadata.js";
import { wholeLineMark } from "./markup.js";
import { MONTH_SOURCE, parseFullDate } from "../lexicon/dates.js";

/** Optional metadata from a sidecar file, for what the text does not say. */
export type SidecarEntry = Partial<Pick<DocumentMeta, "title" | "outlet" | "author" | "date" | "note">>;

/**
 * A file whose lines are this short (all but one in twenty) is hard-wrapped (text copied from a PDF
 * or an e-mail): a paragraph runs over several lines, and a line that stops mid-sentence goes on in
 * the next one. A report's PDF sets lines of up to 110 characters or so; a file with a paragraph to a line runs longer.
 */
const WRAP_WIDTH = 130;
/** How full a wrapped file's lines of some length are: most reach this share of its width. */
const WRAP_FILL = 0.7;
/** The shortest line read as wrapped: shorter lines are headings, list items or lines of their own. */
const WRAP_MIN = 40;
/** A line that ends a sentence or a clause ends its paragraph. */
const LINE_END = /[.!?:;"”’)\]…]$/;
/** A Markdown heading's marks: "## ". */
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/**
 * Lines that stand alone: bullets (an emoji opening a channel's line is one), numbered items ("1. Kazakhstan: …"), and rows
 * of cells (bars, tabs, runs of spaces; and a CSV file's rows, `isCsvRow`: "April, 8.1, 160.5").
 */
const OWN_LINE = /^(?:[•▪‣◦●]|[-–—*])\s|^\d{1,2}[.)]\s+\p{Lu}|^[\p{Extended_Pictographic}\p{Regional_Indicator}]|[|\t]|\S {2,}\S/u;

export function layoutDocument(doc: string, text: string, sidecar?: SidecarEntry): ArticleDocument {
  const lines: { start: number; end: number; trimmed: string; lead: number; marked: boolean }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const raw = text.slice(pos, end);
    let lead = raw.length - raw.trimStart().length;
    let trimmed = raw.trim().replace(/^\uFEFF/, "");
    // A Markdown heading ("## Central Asia's trade with China, 2024") is a heading; its marks are not its text.
    const marks = MARKDOWN_HEADING.exec(trimmed);
    if (marks && trimmed.length > marks[0].length) {
      lead += marks[0].length;
      trimmed = trimmed.slice(marks[0].length);
    }
    // So are the marks of a line set in emphasis as a whole ("**This week in numbers**").
    const emphasis = wholeLineMark(trimmed);
    if (emphasis > 0) {
      lead += emphasis;
      trimmed = trimmed.slice(emphasis, -emphasis);
    }
    lines.push({ start: pos, end, trimmed, lead, marked: marks !== null });
    pos = nl + 1;
    if (nl === text.length) break;
  }
  const verdicts = classifyLines(lines.map((l) => l.trimmed));

  const meta: DocumentMeta = { doc, title: null, outlet: null, author: null, date: null, provenance: {} };
  const furniture: Furniture[] = [];
  const blocks: Block[] = [];
  let section = -1;
  // The width of the file's lines: all lines but one in twenty are at most this long (a URL or a table row may run over).
  // The file is wrapped if that is WRAP_WIDTH at most and its lines fill it: at least half of those of WRAP_MIN or more
  // reach 70% of it. A file of a paragraph to a line, its lines of all lengths, is not.
  const lengths = lines.map((l) => l.trimmed.length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths[lengths.length - 1 - Math.floor(lengths.length / 20)] ?? 0;
  const long = lengths.filter((n) => n >= WRAP_MIN && n <= width);
  const wrappedFile = width <= WRAP_WIDTH && long.filter((n) => n >= width * WRAP_FILL).length * 2 >= long.length;
  /** The section before the last block, in case that block turns out to be no heading but a paragraph's first line. */
  let sectionBefore = -1;
  /** The line the last block ends with. */
  let blockLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trimmed.length === 0) continue;
    // In a hard-wrapped file, a line goes on with the paragraph of the line before it when that one stopped mid-sentence.
    const last = blocks.at(-1);
    // Not into a credit line: "🇰🇿🇨🇳 Kazakhstan–China: the week in numbers" then "@silkroad_digest · 20 Nov 2026".
    // Metadata stands in short lines or at the head of a paragraph ("Dushanbe, 5 March 2024 — …").
    const found = readMetaLine(line.trimmed.slice(0, 200));
    if (wrappedFile && last && blockLine === i - 1 && continues(lines[i - 1]!.trimmed, line.trimmed) && !verdicts[i] && !found.dateline) {
      // A wrapped title's line may still date the document: "… Monitoring\nAnnual Report 2025 (published October 2026)".
      if (found.date && !meta.date) {
        meta.date = found.date;
        meta.provenance.date = "text";
      }
      last.end = line.start + line.lead + line.trimmed.length;
      blockLine = i;
      last.wrapped = true;
      if (last.heading) {
        last.heading = false;
        section = sectionBefore;
        last.section = section;
      }
      continue;
    }
    const start = line.start + line.lead + (text.charCodeAt(line.start + line.lead) === 0xfeff ? 1 : 0);
    const end = start + line.trimmed.length;
    for (const key of ["outlet", "date", "author"] as const) {
      if (found[key] && !meta[key]) {
        meta[key] = found[key]!;
        meta.provenance[key] = "text";
      }
    }
    if (found.place && !meta.place) meta.place = found.place;
    if (found.monthDay && !meta.monthDay) meta.monthDay = found.monthDay;
    const reason = verdicts[i] ?? (found.dateline ? "dateline" : null);
    if (reason) {
      furniture.push({ start, end, text: line.trimmed, reason });
      continue;
    }
    const heading = (line.marked && line.trimmed.length <= 140) || looksLikeHeading(line.trimmed);
    sectionBefore = section;
    if (heading) section = blocks.length;
    blocks.push({ start, end, heading, section: heading ? blocks.length : section });
    blockLine = i;
  }
  const firstHeading = blocks.slice(0, 3).find((b) => b.heading && !isPlaceHeading(text.slice(b.start, b.end)) && !KICKER.test(text.slice(b.start, b.end)));
  if (firstHeading) {
    meta.title = text.slice(firstHeading.start, firstHeading.end);
    meta.provenance.title = "text";
    // A title that ends with its date dates the document: "Address by the Minister of Trade … Business Forum, Tashkent, 6 November 2026".
    // So does one ending with the days it covers, on the last of them: "Uzbekistan–China: the week in numbers (Nov 14–21, 2026)".
    const dated = meta.date ? null : TITLE_DATE.exec(meta.title);
    const date = dated ? parseFullDate((dated[1] ?? dated[2])!) : meta.date ? null : lastDayOf(meta.title);
    if (date) {
      meta.date = date;
      meta.provenance.date = "text";
    }
  }
  if (sidecar) {
    for (const key of ["title", "outlet", "author", "date"] as const) {
      const value = sidecar[key];
      if (value && !meta[key]) {
        meta[key] = value;
        meta.provenance[key] = "sidecar";
      }
    }
    if (sidecar.note) meta.note = sidecar.note;
  }
  return { meta, text, blocks, furniture };
}

/** Days ending a title: "(Nov 14–21, 2026)", ", 14-21 November 2026". Groups: month, last day, year; or last day, month, year. */
const TITLE_DAYS = new RegExp(
  `(?:,\\s*|\\(\\s*)(?:(${MONTH_SOURCE})\\.?\\s+\\d{1,2}\\s*[-–]\\s*(\\d{1,2}),?\\s+(\\d{4})|\\d{1,2}\\s*[-–]\\s*(\\d{1,2})\\s+(${MONTH_SOURCE})\\.?,?\\s+(\\d{4}))\\s*\\)?$`,
  "i",
);
/** The last of the days a title ends with, as a date. */
function lastDayOf(title: string): string | null {
  const m = TITLE_DAYS.exec(title);
  if (!m) return null;
  return m[1] ? parseFullDate(`${m[1]} ${m[2]}, ${m[3]}`) : parseFullDate(`${m[4]} ${m[5]} ${m[6]}`);
}
/** A label over the title, no title itself: "PRESS RELEASE", "For immediate release", "ANALYSIS". */
const KICKER = /^(?:(?:press|news|media)\s+release|for\s+immediate\s+release|breaking(?:\s+news)?|exclusive|opinion|analysis|commentary|editorial|explainer|interview)\s*[:.]?$/i;

/** Whether `next` goes on with the paragraph of `line`, in a hard-wrapped file. */
function continues(line: string, next: string): boolean {
  return line.length >= WRAP_MIN && !LINE_END.test(line) && !OWN_LINE.test(line) && !OWN_LINE.test(next) && !isCsvRow(line) && !isCsvRow(next);
}
