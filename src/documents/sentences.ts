/** Sentences of a block, with offsets, by the platform's Unicode segmenter (Intl.Segmenter). */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** The segmenter slows down on very long strings; longer blocks are cut at white space first. */
const CHUNK = 8192;
/**
 * No real sentence is this long; a run-on "sentence" (a table flattened into one line, a
 * list with no full stops) is cut at clause or word breaks so that work per sentence stays bounded.
 */
export const MAX_SENTENCE = 1000;

function flush(out: Sentence[], segment: string, start: number): void {
  const trimmedEnd = segment.trimEnd().length;
  if (trimmedEnd > 0) pushBounded(out, segment.slice(0, trimmedEnd), start);
}

function pushBounded(out: Sentence[], text: string, start: number): void {
  let from = 0;
  while (text.length - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_SENTENCE / 4) cut = MAX_SENTENCE - 1;
    const piece = text.slice(from, from + cut + 1).trimEnd();
    if (piece.length > 0) out.push({ start: start + from, end: start + from + piece.length, text: piece });
    from += cut + 1;
    while (from < text.length && text[from] === " ") from++;
  }
  if (from < text.length) out.push({ start: start + from, end: start + text.length, text: text.slice(from) });
}

/**
 * The segmenter ends a sentence at any full stop before a capital ("Mr. Li", "812 thous. TEU", "the U.S. Treasury").
 * After a title the sentence goes on; after "U.S." and the like, unless a usual opening word follows.
 */
const GOES_ON = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Amb|Jr|Sr|St|No|Nos|vs|approx|est)\.$/;
/** A scale's abbreviation often ends a sentence ("$5 bln."); it goes on only into the unit it scales ("812 thous. TEU"). */
const SCALE_ABBREVIATION = /(?:^|[\s\d])(?:thous|thou|thsd|ths|mln|bln|mlrd|trln)\.$/;
const UNIT_CODE = /^(?!US\b|UK\b|EU\b)[A-Z]{2,4}(?![\p{L}])/u;
const INITIALS = /(?:^|[\s(])(?:U\.S|U\.K|U\.A\.E|E\.U|P\.R\.C)\.$/;
const OPENING = /^(?:The|This|That|These|Those|It|Its|In|On|At|By|For|From|With|But|And|Or|So|Yet|A|An|As|If|When|While|However|Meanwhile|Moreover|Also|He|She|They|We|I|There|According|Last|Next|Earlier|Later)\b/;

function goesOn(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd();
  if (trimmed.charCodeAt(trimmed.length - 1) !== 46) return false;
  const tail = trimmed.slice(-12);
  return GOES_ON.test(tail) || (SCALE_ABBREVIATION.test(tail) && UNIT_CODE.test(next)) || (INITIALS.test(tail) && !OPENING.test(next));
}

export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const ws = text.lastIndexOf(" ", to);
      if (ws > from + CHUNK / 2) to = ws + 1;
    }
    const piece = text.slice(from, to);
    let held = "";
    let heldAt = 0;
    for (const seg of segmenter.segment(piece)) {
      if (held && goesOn(held, seg.segment)) {
        held += seg.segment;
        continue;
      }
      flush(out, held, offset + from + heldAt);
      held = seg.segment;
      heldAt = seg.index;
    }
    flush(out, held, offset + from + heldAt);
    from = to;
  }
  return footnoteMarks(out);
}

/** A note's mark after a full stop ("… in 2024.[3] Kyrgyzstan …"): the segmenter ends the sentence inside the brackets. */
const MARK_REST = /^\d{1,3}\]/;
function footnoteMarks(sentences: Sentence[]): Sentence[] {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [a, b] = [sentences[i]!, sentences[i + 1]!];
    const mark = a.text.endsWith("[") && b.start === a.end ? MARK_REST.exec(b.text) : null;
    if (!mark) continue;
    a.text += mark[0];
    a.end += mark[0].length;
    const rest = b.text.slice(mark[0].length);
    const lead = rest.length - rest.trimStart().length;
    b.start += mark[0].length + lead;
    b.text = rest.trimStart();
    if (b.text.length === 0) sentences.splice(i + 1, 1);
  }
  return sentences;
}
