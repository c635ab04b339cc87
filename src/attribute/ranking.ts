/**
 * Partners ranked after the first: "China remained the main trading partner with a turnover of $5.1 billion. … Russia
 * came second with $3.0 billion, followed by Kazakhstan with $1.4 billion", "ahead of Uzbekistan ($14.1 billion)".
 * Each measures what the first does, between its own country and the first's other party.
 */
import type { Figure } from "../types.js";
import { entitiesInOrder } from "./entities.js";

/** A partner ranked after another: "Russia came second with", "ranked third at", "in second place with". */
const RANKED_NEXT = /\b(?:came|comes|ranked|ranks|placed|finished|was|is)\s+(?:second|third|fourth|fifth|next)\b|\bin\s+(?:second|third|fourth|fifth)\s+place\b/i;
/** The next of names ranked one after another: ") and Türkiye (", ", Turkey at ", ", ahead of Uzbekistan (". */
const RANKED_AND = /^\)?\s*(?:,\s*(?:and\s+|ahead\s+of\s+)?|\s+and\s+|\s+ahead\s+of\s+)(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?:\(\s*|(?:at|with|on)\s+)(?:about\s+|around\s+|some\s+)?$/u;
const FOLLOWED_BY = /\bfollowed\s+by\b/i;

/**
 * Whether a figure is ranked after the first: its clause, up to it, says so ("Russia came second with"), or the figure
 * before it was ranked and the words between go on down the ranking ("…, followed by Kazakhstan with", ") and Türkiye (").
 *
 * @param beforeInClause the figure's clause up to the figure
 * @param afterRanked the words since the figure before, when that one was ranked; null otherwise
 */
export function isRanked(beforeInClause: string, afterRanked: string | null): boolean {
  return RANKED_NEXT.test(beforeInClause) || (afterRanked !== null && (FOLLOWED_BY.test(afterRanked) || RANKED_AND.test(afterRanked)));
}

/**
 * The party a ranked figure shares with the first: of the first's two, the one its sentence does not name first
 * ("China remained Uzbekistan's largest trading partner": Uzbekistan). Null when the first has not two parties.
 */
export function sharedParty(first: Figure): string | null {
  if (first.entities.length !== 2) return null;
  const ranking = entitiesInOrder(first.sentence).find((e) => first.entities.includes(e));
  const shared = first.entities.filter((e) => e !== ranking);
  return shared.length === 1 ? shared[0]! : null;
}
