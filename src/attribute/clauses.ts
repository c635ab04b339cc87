/** Clauses of a sentence: the smallest span a figure's words are read from. */

export interface Span {
  start: number;
  end: number;
}

const CLAUSE_BREAK = /,\s|;\s|:\s|\s[—–]\s|[()[\]]|\s(?:while|whereas|but)\s/g;

export function clauses(sentence: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: sentence.length });
  return out;
}

export function clauseAt(spans: readonly Span[], at: number): Span {
  return spans.find((s) => at >= s.start && at < s.end) ?? spans[spans.length - 1]!;
}
