/** Sentences of a block, with offsets, by the platform's Unicode segmenter (Intl.Segmenter). */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** The segmenter slows down on very long strings; longer blocks are cut at white space first. */
const CHUNK = 8192;

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
      const start = offset + from + seg.index;
      out.push({ start, end: start + trimmedEnd, text: seg.segment.slice(0, trimmedEnd) });
    }
    from = to;
  }
  return out;
}
