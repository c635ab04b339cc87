import type { Qualifier } from "../types.js";

/** Words before a figure that bound it, longest first; matched at the end of the text before the number. */
export const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/\b(?:up\s+to|as\s+much\s+as|as\s+many\s+as|at\s+most|a\s+maximum\s+of|less\s+than|fewer\s+than|under|below|(?:just\s+)?(?:shy|short)\s+of)\s*$/i, "max"],
  [/\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|exceeds?|exceeded|exceeding|surpass(?:es|ed|ing)?|tops|topped|topping|above|a\s+minimum\s+of|north\s+of)\s*$/i, "min"],
  [/(?:\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|(?:close|closer|nearer)\s+to|an\s+estimated|estimated\s+at|circa|ca\.|bordered\s+on|borders\s+on|bordering\s+on|in\s+the\s+region\s+of)|~|≈)\s*$/i, "approx"],
];

/**
 * A negation before a comparing bound turns it over: "no more than", "not less than", "would not exceed",
 * "did not surpass", "must not be more than", "never exceeded". Not before a bound that names its own end
 * ("up to", "at least", "a maximum of"), which a negation does not turn.
 */
export const NEGATION_BEFORE = /\b(?:no|not|never|cannot|(?:ca|wo|do|does|did|should|must|could|would|is|are|was|were)n['’]t)\s+(?:(?:be|to|to\s+be|have|has)\s+)?$/i;
export const TURNED_BY_NEGATION = /^(?:less|fewer|more|over|upwards|in\s+excess|exceed|surpass|above|under|below)/i;

/** Words that bring in what a figure is compared with: "compared with 2022", "against $450", "than in 2023". */
export const COMPARED_WITH = "against|compared\\s+(?:with|to)|versus|vs\\.?|than";
/** Verbs that set one place's figure against another's: "China's investment ($2bn) exceeded Russia's ($1.5bn)". */
export const OUTRANKED_BY = "exceeded|outpaced|surpassed|overtook|topped|trailed";
