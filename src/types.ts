/**
 * The types at every boundary of the pipeline:
 * documents → mentions (figures) → facts → frames → charts → briefing.
 *
 * Offsets are UTF-16 code-unit offsets into the file's decoded text (a
 * leading byte-order mark counts as one character), so in JavaScript
 * `documentText.slice(figure.start, figure.end) === figure.text` always.
 */

/** What a figure measures. */
export type FigureKind =
  | "freight"
  | "trade"
  | "deal"
  | "investment"
  | "growth"
  | "capacity"
  | "fx"
  | "other";

/**
 * Base unit of `value`: `t` (tonnes), an ISO 4217 code (`USD`, `CNY`, `KZT`…),
 * `percent` (5 % is 5), `pp` (percentage points), `fold` (a 12-fold rise is 12), `count`, `km`, `km/h`, `ha`,
 * `MW`, `kWh`, `TEU`, `bcm`, `bbl` (barrels), or `rate` (an exchange rate: `base` priced in `quote`).
 */
export type FigureUnit = string;

/** How the text bounds the value. */
export type Qualifier = "exact" | "approx" | "min" | "max";

/** Whether the text states an outcome or a goal/prediction. */
export type FigureStatus = "actual" | "target" | "forecast";

export type Direction = "export" | "import";

/** How a USD value was obtained. */
export type UsdBasis = "stated" | "converted-in-text" | "quoted-rate";

/** Metadata of one article. */
export interface DocumentMeta {
  /** File name inside the corpus folder, e.g. `001_0caba28971292b82.txt`. */
  doc: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as known. */
  date: string | null;
  /** Where each field came from. */
  provenance: Partial<Record<"title" | "outlet" | "author" | "date", "text" | "sidecar" | "inferred">>;
  /**
   * Month and day of a wire dateline that writes no year ("11-12" for "ALMATY, Nov 12 (Reuters) -"). When neither the
   * text nor the sidecar dates the article, its year is inferred from the first period the article reports (`note` says how).
   */
  monthDay?: string;
  /** A note from the sidecar, e.g. how an undated article was dated. */
  note?: string;
  /** Where the story was filed, as its dateline or credit line names it ("Tashkent"). */
  place?: string;
}

/** A span of the file set aside as page furniture, with the reason. */
export interface Furniture {
  start: number;
  end: number;
  text: string;
  reason: string;
}

/** A paragraph of article text (a non-empty line that is not furniture). */
export interface Block {
  start: number;
  end: number;
  /** True for a heading: a short line with no closing punctuation. */
  heading: boolean;
  /** Index of the heading block this block falls under (-1 for none). */
  section: number;
  /** True when the block joins the lines of a paragraph hard-wrapped in the file (its line breaks read as spaces). */
  wrapped?: boolean;
}

/** One article, read and laid out. */
export interface ArticleDocument {
  meta: DocumentMeta;
  /** The decoded text of the whole file. */
  text: string;
  blocks: Block[];
  furniture: Furniture[];
}

/** A problem with one input file. Nothing is dropped without one. */
export interface InputIssue {
  file: string;
  severity: "error" | "warning";
  message: string;
}

/** One mention of a figure in a document: the record every output is built from. */
export interface Figure {
  /** `<doc>#<n>`: stable for the same file content. */
  id: string;
  /** The fact this mention belongs to (the same fact mentioned twice shares it). */
  factId: string;
  doc: string;
  start: number;
  end: number;
  /** The matched words, exactly `documentText.slice(start, end)`. */
  text: string;
  /** Normalised to the base unit (tonnes, currency units, counts, percent as a number). */
  value: number;
  /** Upper end of a range ("$1-2 billion"); null when not a range. */
  valueHigh: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  qualifier: Qualifier;
  status: FigureStatus;
  /** Canonical period: `2022`, `2023-H1`, `2023-Q2`, `2023-05`, `2024-07-02`, `2023-01/2023-04`. */
  period: string | null;
  /** The words the period was read from. */
  periodText: string | null;
  /** Countries and regions the figure belongs to, sorted. */
  entities: string[];
  /** A named place below country level (port, border crossing, city). */
  place: string | null;
  /** What is measured or counted: a commodity, "trains", "agreements". */
  subject: string | null;
  direction: Direction | null;
  /** "per day", "per year", "per hectare"… */
  per: string | null;
  /** The reporting source the text names ("Chinese customs statistics"). */
  source: string | null;
  /** Exchange rates: the priced currency and the currency it is priced in. */
  base: string | null;
  quote: string | null;
  /** Value in USD where known, and how. */
  usd: number | null;
  usdBasis: UsdBasis | null;
  /** How the USD value was reached, in words ("KZT/USD = 0.0019 quoted in …"). */
  usdNote: string | null;
  /** For growth figures: the id of the level it qualifies ("by 26 % to 13.7 million tons"). */
  qualifies: string | null;
  /** For a parenthetical conversion: the id of the figure it converts. */
  conversionOf: string | null;
  /** For the converted figure: the id of its conversion. */
  convertedTo: string | null;
  /** True for the figure in a "(about $713 million)" parenthesis. */
  isConversion: boolean;
  /** The sentence the figure stands in, and its offsets. */
  sentence: string;
  sentenceStart: number;
  /** The heading of the section ("Kazakhstan"), if any. */
  section: string | null;
  /** Document metadata, repeated so every record cites itself. */
  outlet: string | null;
  date: string | null;
}

/** One fact: the same figure mentioned once or more. */
export interface Fact {
  id: string;
  /** The mention whose value, period and qualifiers stand for the fact. */
  primary: Figure;
  mentions: Figure[];
}

/** A number the grammar saw and did not take as a figure, with the reason. */
export interface Skipped {
  start: number;
  end: number;
  text: string;
  /**
   * `basis`: the basis a total is counted on ("17,850 tU (100% basis)"), not a figure of its own. `retracted`: a value a
   * correction says was wrong ("An earlier version of this article put exports at $65.1bn").
   */
  reason: "year" | "date" | "ordinal" | "age" | "duration" | "list-number" | "identifier" | "bare-number" | "time" | "rank" | "basis" | "footnote" | "retracted";
}
