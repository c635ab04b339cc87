/** Flat, typed rows of figures and facts: what frames, CSV and tables are made of. */
import type { Fact, Figure } from "../types.js";

/**
 * One row per figure mention: the `Figure` fields, flat. `entities` is joined with "; "; the
 * period's words and reverse links stay on the `Figure`.
 */
export type FigureRow = Omit<Figure, "entities" | "periodText" | "convertedTo" | "sentenceStart"> & {
  entities: string;
};

/** One row per fact: the primary mention's values, and how often and where the fact is mentioned. */
export interface FactRow extends Omit<FigureRow, "id" | "factId"> {
  factId: string;
  mentions: number;
  /** Mention ids joined with " ". */
  mentionIds: string;
}

export const FIGURE_COLUMNS: readonly (keyof FigureRow)[] = [
  "id", "factId", "doc", "start", "end", "text", "value", "valueHigh", "unit", "kind", "qualifier", "status", "period",
  "entities", "place", "subject", "direction", "per", "base", "quote", "source", "usd", "usdBasis", "usdNote", "qualifies", "conversionOf",
  "isConversion", "outlet", "date", "section", "sentence",
];

export const FACT_COLUMNS: readonly (keyof FactRow)[] = [
  "factId", "mentions", "mentionIds", ...FIGURE_COLUMNS.filter((c) => c !== "id" && c !== "factId"),
] as (keyof FactRow)[];

export function figureRow(f: Figure): FigureRow {
  return {
    id: f.id, factId: f.factId, doc: f.doc, start: f.start, end: f.end, text: f.text, value: f.value, valueHigh: f.valueHigh,
    unit: f.unit, kind: f.kind, qualifier: f.qualifier, status: f.status, period: f.period, entities: f.entities.join("; "),
    place: f.place, subject: f.subject, direction: f.direction, per: f.per, base: f.base, quote: f.quote, source: f.source, usd: f.usd, usdBasis: f.usdBasis,
    usdNote: f.usdNote, qualifies: f.qualifies, conversionOf: f.conversionOf, isConversion: f.isConversion, outlet: f.outlet,
    date: f.date, section: f.section, sentence: f.sentence,
  };
}

export function factRow(fact: Fact): FactRow {
  const { id: _id, factId: _factId, ...rest } = figureRow(fact.primary);
  return { factId: fact.id, mentions: fact.mentions.length, mentionIds: fact.mentions.map((m) => m.id).join(" "), ...rest };
}
