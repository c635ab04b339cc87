import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus, type Corpus } from "../src/corpus.js";
import { extractFromText } from "../src/extract.js";
import type { Figure } from "../src/types.js";
import { expect } from "vitest";

export const SEEDS = fileURLToPath(new URL("../seeds", import.meta.url));

let cached: Promise<Corpus> | null = null;
/** The bundled seeds, loaded once per test file. */
export function seeds(): Promise<Corpus> {
  cached ??= loadCorpus(SEEDS);
  return cached;
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), "utf8");
}

/** Figures of one seed (by its three-digit prefix). */
export function inDoc(corpus: Corpus, prefix: string): Figure[] {
  return corpus.figures.filter((f) => f.doc.startsWith(prefix));
}

/** The figure whose text is `text` (exactly one must exist). */
export function one(figures: Figure[], text: string): Figure {
  const found = figures.filter((f) => f.text === text);
  if (found.length !== 1) throw new Error(`expected one figure "${text}", found ${found.length}: ${figures.map((f) => f.text).join(" | ")}`);
  return found[0]!;
}

/** The figures of a sentence written for a test, as if published on `date` (15 March 2024 unless told). */
export function figuresOf(text: string, date = "2024-03-15"): Figure[] {
  return extractFromText(text, { date });
}

/** The one figure of a sentence written for a test (the test fails if there is not exactly one). */
export function onlyFigure(text: string, date?: string): Figure {
  const fs = figuresOf(text, date);
  expect(fs, fs.map((f) => f.text).join(" | ")).toHaveLength(1);
  return fs[0]!;
}
