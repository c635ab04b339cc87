/**
 * danfo.js DataFrames of a corpus. Fact frames have one row per fact (a fact mentioned
 * three times is one row), so sums and charts never count a figure twice; parenthetical
 * conversions are left out of the kind frames (their value is in the `usd` column of the
 * figure they convert).
 */
import { DataFrame } from "danfojs-node";
import type { Corpus } from "../corpus.js";
import type { Fact, FigureKind } from "../types.js";
import { FACT_COLUMNS, FIGURE_COLUMNS, factRow, figureRow } from "./rows.js";

export interface CorpusFrames {
  /** Every mention of every figure. */
  figures: DataFrame;
  /** Every fact (conversions included). */
  facts: DataFrame;
  freight: DataFrame;
  trade: DataFrame;
  deals: DataFrame;
}

function frame(rows: object[], columns: readonly string[]): DataFrame {
  if (rows.length === 0) return new DataFrame([], { columns: [...columns] });
  return new DataFrame(rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c]]))), { columns: [...columns] });
}

/** One row per mention, in document order. */
export function figuresFrame(corpus: Pick<Corpus, "figures">): DataFrame {
  return frame(corpus.figures.map(figureRow), FIGURE_COLUMNS);
}

/** One row per fact, optionally of one kind; conversions are left out when a kind is given. */
export function factsFrame(corpus: Pick<Corpus, "facts">, kind?: FigureKind): DataFrame {
  const facts: Fact[] = kind ? corpus.facts.filter((f) => f.primary.kind === kind && !f.primary.isConversion) : corpus.facts;
  return frame(facts.map(factRow), FACT_COLUMNS);
}

export function freightFrame(corpus: Pick<Corpus, "facts">): DataFrame {
  return factsFrame(corpus, "freight");
}

export function tradeFrame(corpus: Pick<Corpus, "facts">): DataFrame {
  return factsFrame(corpus, "trade");
}

export function dealsFrame(corpus: Pick<Corpus, "facts">): DataFrame {
  return factsFrame(corpus, "deal");
}

export function corpusFrames(corpus: Pick<Corpus, "figures" | "facts">): CorpusFrames {
  return {
    figures: figuresFrame(corpus),
    facts: factsFrame(corpus),
    freight: freightFrame(corpus),
    trade: tradeFrame(corpus),
    deals: dealsFrame(corpus),
  };
}
