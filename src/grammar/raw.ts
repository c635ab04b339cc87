/** The grammar's output for one sentence, before attribution. Offsets are into the sentence. */
import type { Qualifier, Skipped } from "../types.js";

export interface RawFigure {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  unit: string;
  qualifier: Qualifier;
  per: string | null;
  subject: string | null;
  base: string | null;
  quote: string | null;
  /** Set when the grammar already knows the kind (an fx quote, a ticker change). */
  kindHint: "fx" | "growth" | null;
  /** +1, or -1 for a decrease. */
  sign: 1 | -1;
  /** +1 rise, -1 fall, 0 no change verb next to a percent or fold figure. */
  verbSign: -1 | 0 | 1;
  /** Index (in the sentence's list) of the figure this parenthetical converts. */
  conversionOfIndex: number | null;
  /** Index of the level a growth figure qualifies. */
  qualifiesIndex: number | null;
  /** Index of the level this one is compared with ("10.2 bcm in 2025, down from 11.9 bcm": the 11.9 bcm's is the 10.2 bcm). */
  comparedIndex: number | null;
  /** The item a "respectively" list pairs this figure with. */
  respectivelyItem: string | null;
}

export interface SentenceScan {
  figures: RawFigure[];
  skipped: Skipped[];
}

export function newRawFigure(start: number, end: number, value: number, unit: string): RawFigure {
  return {
    start, end, value, valueHigh: null, unit, qualifier: "exact", per: null, subject: null,
    base: null, quote: null, kindHint: null, sign: 1, verbSign: 0, conversionOfIndex: null,
    qualifiesIndex: null, comparedIndex: null, respectivelyItem: null,
  };
}
