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
    for (const seg of segmenter.segment(piece)) {
      const trimmedEnd = seg.segment.trimEnd().length;
      if (trimmedEnd === 0) continue;
      pushBounded(out, seg.segment.slice(0, trimmedEnd), offset + from + seg.index);
    }
    from = to;
  }
  return out;
}
