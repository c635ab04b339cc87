/** Numbered references from the text to the appendix, where each fact is quoted in its sentence. */
import type { FactRow } from "../frames/rows.js";

export class Citations {
  private readonly numberOf = new Map<string, number>();

  /** Facts in appendix order: by document, then position of the first mention. */
  constructor(readonly facts: readonly FactRow[]) {
    facts.forEach((f, i) => this.numberOf.set(f.factId, i + 1));
  }

  number(factId: string): number | undefined {
    return this.numberOf.get(factId);
  }

  /** `[3]` links for the given facts (unknown ids are skipped). */
  cite(...factIds: string[]): string {
    const ns = [...new Set(factIds.map((id) => this.numberOf.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    return ns.map((n) => `<a class="ref" href="#fact-${n}">[${n}]</a>`).join("");
  }
}
