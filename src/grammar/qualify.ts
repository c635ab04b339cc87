/** The qualifier written just before a figure: "about", "more than", "up to". */
import type { Qualifier } from "../types.js";
import { NEGATION_BEFORE, QUALIFIERS, TURNED_BY_NEGATION } from "../lexicon/qualifiers.js";
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
    if (!m) continue;
    if (qualifier === "approx" || !TURNED_BY_NEGATION.test(m[0])) return { qualifier, length: m[0].length };
    // "would not exceed $5.5 billion" is at most that; "not less than" at least: the negation is the qualifier's too.
    const negation = NEGATION_BEFORE.exec(before.slice(0, m.index));
    if (!negation) return { qualifier, length: m[0].length };
    return { qualifier: qualifier === "min" ? "max" : "min", length: m[0].length + negation[0].length };
  }
  return null;
}
