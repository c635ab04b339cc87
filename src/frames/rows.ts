/** Flat, typed rows of figures and facts: what frames, CSV and tables are made of. */
import type { Fact, Figure } from "../types.js";

/** One row per figure mention. Column names are the keys; missing values are null. */
export interface FigureRow {
  id: string;
  factId: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  valueHigh: number | null;
  unit: string;
  kind: string;
  qualifier: string;
  status: string;
  period: string | null;
  /** Entities joined with "; ", sorted. */
  entities: string;
  place: string | null;
  subject: string | null;
  direction: string | null;
  per: string | null;
  source: string | null;
  usd: number | null;
  usdBasis: string | null;
  usdNote: string | null;
  qualifies: string | null;
  conversionOf: string | null;
  isConversion: boolean;
  outlet: string | null;
  date: string | null;
  section: string | null;
  sentence: string;
}

/** One row per fact: the primary mention's values, and how often and where the fact is mentioned. */
export interface FactRow extends Omit<FigureRow, "id" | "factId"> {
  factId: string;
  mentions: number;
  /** Mention ids joined with " ". */
  mentionIds: string;
}

export const FIGURE_COLUMNS: readonly (keyof FigureRow)[] = [
  "id", "factId", "doc", "start", "end", "text", "value", "valueHigh", "unit", "kind", "qualifier", "status", "period",
  "entities", "place", "subject", "direction", "per", "source", "usd", "usdBasis", "usdNote", "qualifies", "conversionOf",
  "isConversion", "outlet", "date", "section", "sentence",
];

export const FACT_COLUMNS: readonly (keyof FactRow)[] = [
  "factId", "mentions", "mentionIds", ...FIGURE_COLUMNS.filter((c) => c !== "id" && c !== "factId"),
] as (keyof FactRow)[];

export function figureRow(f: Figure): FigureRow {
  return {
    id: f.id, factId: f.factId, doc: f.doc, start: f.start, end: f.end, text: f.text, value: f.value, valueHigh: f.valueHigh,
    unit: f.unit, kind: f.kind, qualifier: f.qualifier, status: f.status, period: f.period, entities: f.entities.join("; "),
    place: f.place, subject: f.subject, direction: f.direction, per: f.per, source: f.source, usd: f.usd, usdBasis: f.usdBasis,
    usdNote: f.usdNote, qualifies: f.qualifies, conversionOf: f.conversionOf, isConversion: f.isConversion, outlet: f.outlet,
    date: f.date, section: f.section, sentence: f.sentence,
  };
}

export function factRow(fact: Fact): FactRow {
  const { id: _id, factId: _factId, ...rest } = figureRow(fact.primary);
  return { factId: fact.id, mentions: fact.mentions.length, mentionIds: fact.mentions.map((m) => m.id).join(" "), ...rest };
}
