/**
 * A figure set against another in the same sentence, for another place: "Chinese companies put $45 billion into
 * Kazakhstan, compared with less than $5 billion in Tajikistan"; "China's investment in Kazakhstan ($2bn) exceeded
 * Russia's ($1.5bn)". The clause leaves out what the two share, so the second is of the same parties as the first,
 * with one swapped: the one written in the same role as the place the second names.
 */
import { DEMONYM_FORMS, ENTITY_FINDER, canonicalEntity } from "../lexicon/places.js";
import { COMPARED_WITH, OUTRANKED_BY } from "../lexicon/qualifiers.js";

/** How a country stands to a figure: who acts ("China's", "Chinese", "for Uzbekistan"), where ("in", "into"), or a flow's other end ("to", "from", "with"). */
export type Role = "actor" | "place" | "end";

interface Named {
  name: string;
  role: Role | null;
}

const PLACE_BEFORE = /\b(?:in|into|inside)\s+(?:the\s+)?$/i;
const ACTOR_BEFORE = /\bfor\s+$/i;
const END_BEFORE = /\b(?:to|from|with)\s+(?:the\s+)?$/i;

/** The countries a span names, each with the role its words give it. */
function namedWithRoles(text: string, from: number, to: number): Named[] {
  const out: Named[] = [];
  const span = text.slice(from, to);
  for (const { index, form } of ENTITY_FINDER.find(span)) {
    const name = canonicalEntity(form);
    if (!name) continue;
    const before = text.slice(Math.max(0, from + index - 20), from + index);
    const possessive = /['’]s$/.test(form) || /^['’]s\b/.test(text.slice(from + index + form.length));
    const role: Role | null = possessive || DEMONYM_FORMS.has(form) || ACTOR_BEFORE.test(before) ? "actor" : PLACE_BEFORE.test(before) ? "place" : END_BEFORE.test(before) ? "end" : null;
    out.push({ name, role });
  }
  return out;
}

/** Where the words that set a figure against the one before start, in the gap between them: ", compared with", ") exceeded". */
const CONNECTIVE = new RegExp(`(?:${COMPARED_WITH}|${OUTRANKED_BY}|(?:up|down)\\s+from)\\b`, "i");

/**
 * The parties of a figure compared with the one before it (`main`, of two parties), or null when its words do not
 * name one other country in a role the first figure's parties are written in.
 *
 * @param sentence the sentence
 * @param mainEnd where the first figure ends
 * @param ownEnd where the second figure's clause ends
 */
export function parallelParties(sentence: string, mainEnd: number, figureStart: number, ownEnd: number, main: readonly string[]): string[] | null {
  if (main.length !== 2) return null;
  const c = CONNECTIVE.exec(sentence.slice(mainEnd, figureStart));
  if (!c) return null;
  const split = mainEnd + c.index;
  const own = namedWithRoles(sentence, split, ownEnd).filter((n) => !main.includes(n.name));
  if (own.length !== 1 || own[0]!.role === null) return null;
  const theirs = namedWithRoles(sentence, 0, split).filter((n) => main.includes(n.name));
  const swapped = theirs.find((n) => n.role === own[0]!.role);
  if (!swapped || theirs.some((n) => n.name !== swapped.name && n.role === own[0]!.role)) return null;
  return [...main.filter((e) => e !== swapped.name), own[0]!.name].sort();
}
