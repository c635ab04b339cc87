/**
 * Page furniture: the lines of a saved web page that are not the article —
 * share and print links, comment forms, pagination, author bios, tickers.
 * Each rule says why a line is set aside; nothing is removed without a reason.
 */

/** Whole-line rules (the line trimmed). */
const LINE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^viewing results \d+\s*[-–]\s*\d+ of \d+$/i, "pagination"],
  [/\bprint\s*e-?mail\b|^print$|^e-?mail$|bookmark and share$|^share(?: this)?(?: article)?:?$/i, "share and print links"],
  [/^adjust font size:?$/i, "page controls"],
  [/^go to forum\b/i, "comment form"],
  [/^no comments\.?$/i, "comment form"],
  [/^add your comments?\b/i, "comment form"],
  [/^(?:[•·*-]\s*)?(?:user name(?: required)?|your comment|enter the words you see:?)$/i, "comment form"],
  [/comments (?:may|will) be removed by the moderator\.?$/i, "comment form"],
  [/^leave a (?:reply|comment)$/i, "comment form"],
  [/^your email address will not be published\b/i, "comment form"],
  [/^\d*\s*comments?(?:\(s\))?$/i, "comment form"],
  [/^check also$/i, "related-article links"],
  [/^(?:related(?: articles| posts| news)?|read more|read also|see also|you may also like|more from .{1,30})$/i, "related-article links"],
  [/^the author is\b/i, "author bio"],
  [/^(?:media|press)\s+(?:contacts?|enquiries|inquiries)\s*:/i, "contact details"],
  [/^opinion articles reflect the views\b/i, "disclaimer"],
  [/^follow .{1,40} on (?:twitter|facebook|x|telegram|instagram)\b/i, "social links"],
  [/\bapp download$/i, "app promotion"],
  [/^send your stories|newsletter$|\bRSS\b.*newsletter/i, "site navigation"],
  [/^source\s*:\s*\S.{0,100}$/i, "source line"],
  // A paper's notes: the heading and everything after it (sources, versions, pages) are no article text.
  [/^(?:notes|footnotes|endnotes|references|bibliography|sources)$/i, "notes"],
  // A wire's note on an earlier version: "(Corrects value of loan in paragraph 2 to $500 million from $600 million)".
  [/^\((?:corrects|updates|adds|recasts|refiles|changes|removes|fixes)\b[^()]{0,200}\)$/i, "correction note"],
  [/^[Bb]y\s+[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3}$/u, "byline"],
  [/^[\p{Script=Han}\p{P}\s]{1,24}$/u, "non-English page control"],
];

/** An author-bio header such as "About Parvin Faghfouri Azar": only near the end of a page. */
const ABOUT_AUTHOR = /^About\s+[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,4}$/u;
/**
 * A press release's "About KTZ Express", "About Xi'an Free Trade Port Group": the company it names, whose figures are
 * data ("In 2025 it handled 1.27 million TEU"), not an author. A name in capitals or with a company's word is no person's.
 */
const ABOUT_COMPANY = /^About\s+(?:.*\b[A-Z]{2,}\b|.*\b(?:Group|Company|Co\.|Corp(?:oration|\.)?|Ltd\.?|LLP|LLC|JSC|PJSC|Holding|Holdings|Bank|Port|Express|Railways?|Logistics|Fund|Council|Association|Agency|Ministry|Institute|Exchange|Terminal|Zholy|Energy|Gas|Oil|Mining|Motors?|Airlines?|International)\b)/;

/** Lines after which everything to the end of the page is furniture (comments, bios, related links). */
const TAIL_STARTERS = new Set(["comment form", "related-article links", "author bio", "disclaimer", "notes"]);

export interface LineVerdict {
  /** Why the line is furniture, or null when it is article text. */
  reason: string | null;
}

/**
 * Classify each line. `lines` are the trimmed lines of a document.
 * A short ticker-like line (it has a digit or a bullet) that repeats one seen
 * within the last 20 lines is furniture, so a ticker repeated eight times counts once.
 */
export function classifyLines(lines: readonly string[]): (string | null)[] {
  const verdicts: (string | null)[] = new Array(lines.length).fill(null);
  const seen = new Map<string, number>();
  const contentLines = lines.filter((l) => l.length > 0).length;
  let contentIndex = 0;
  let tail: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    contentIndex++;
    if (tail) {
      verdicts[i] = matchRule(line) ?? `${tail} (page tail)`;
      continue;
    }
    // Only a short line with a digit or a bullet can be a ticker: longer lines are not looked up.
    if (line.length <= 80 && /[\d•·]/.test(line)) {
      const previous = seen.get(line);
      seen.set(line, i);
      if (previous !== undefined && i - previous <= 20) {
        verdicts[i] = "repeated ticker line (counted once)";
        continue;
      }
    }
    const nearEnd = contentIndex > contentLines / 2;
    let reason = matchRule(line);
    if (!reason && nearEnd && ABOUT_AUTHOR.test(line) && !ABOUT_COMPANY.test(line)) reason = "author bio";
    if (reason) {
      verdicts[i] = reason;
      if (nearEnd && TAIL_STARTERS.has(reason)) tail = reason;
    }
  }
  return verdicts;
}

function matchRule(line: string): string | null {
  if (line.length > 240) return null; // furniture lines are short; article paragraphs are not
  for (const [re, reason] of LINE_RULES) if (re.test(line)) return reason;
  return null;
}
