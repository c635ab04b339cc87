/** The qualifier written just before a figure: "about", "more than", "up to". */
import type { Qualifier } from "../types.js";
import { QUALIFIERS } from "../lexicon/qualifiers.js";
import type { RawFigure } from "./raw.js";

/** How far before a number its qualifier, currency or context is looked for. */
export const PREFIX_WINDOW = 40;

/** Take the qualifier written just before `fig` ("about", "more than") into it: its start and its qualifier. */
export function withQualifier(sentence: string, fig: RawFigure): RawFigure {
  const q = qualifierBefore(sentence.slice(Math.max(0, fig.start - PREFIX_WINDOW), fig.start));
  if (q) {
    fig.qualifier = q.qualifier;
    fig.start -= q.length;
  }
  return fig;
}

function qualifierBefore(before: string): { qualifier: Qualifier; length: number } | null {
  for (const [re, qualifier] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { qualifier, length: m[0].length };
  }
  return null;
}
