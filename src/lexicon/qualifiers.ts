import type { Qualifier } from "../types.js";

/** Words before a figure that bound it, longest first; matched at the end of the text before the number. */
export const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/\b(?:no\s+more\s+than|not\s+more\s+than|up\s+to|as\s+much\s+as|as\s+many\s+as|at\s+most|a\s+maximum\s+of|less\s+than|fewer\s+than|under|below)\s*$/i, "max"],
  [/\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|no\s+less\s+than|not\s+less\s+than|exceeds?|exceeded|exceeding|surpass(?:es|ed|ing)?|above|a\s+minimum\s+of)\s*$/i, "min"],
  [/(?:\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated\s+at|circa|ca\.|bordered\s+on|borders\s+on|bordering\s+on|in\s+the\s+region\s+of)|~|≈)\s*$/i, "approx"],
];

/** Words that bring in what a figure is compared with: "compared with 2022", "against $450", "than in 2023". */
export const COMPARED_WITH = "against|compared\\s+(?:with|to)|versus|vs\\.?|than";
