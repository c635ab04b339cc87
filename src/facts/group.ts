/**
 * Mentions → facts. The same figure mentioned more than once (a headline and its body,
 * a paragraph repeated on the page) is one fact with several mentions, so nothing
 * downstream counts it twice. Grouping is incremental: documents can stream through it.
 */
import type { Fact, Figure } from "../types.js";

function sig(v: number): string {
  // A whole number of at most six digits is its own six-figure rounding.
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  return Number.isFinite(v) ? Number(v.toPrecision(6)).toString() : String(v);
}

/**
 * Kinds that may name the same figure: a headline's "takes a stake for $1.2 billion" (investment)
 * is the body's "a deal valued at $1.2 billion" (deal).
 */
const KIND_FAMILY: Partial<Record<Figure["kind"], string>> = { deal: "commitment", investment: "commitment" };

function keyOf(f: Figure): string {
  return [KIND_FAMILY[f.kind] ?? f.kind, f.unit, sig(f.value), f.valueHigh === null ? "" : sig(f.valueHigh), f.isConversion ? "c" : "", f.base ?? "", f.quote ?? ""].join("|");
}

const norm = (s: string | null) => (s === null ? null : s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
const agree = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;
/** Subjects agree when one is the other with words before it: a headline's "agreements" is the body's "commercial agreements". */
const sameThing = (a: string | null, b: string | null) => agree(a, b) || a!.endsWith(` ${b}`) || b!.endsWith(` ${a}`);

/** A short fingerprint of a sentence (FNV-1a), so the index can tell a syndicated copy without keeping its text. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `#${(h >>> 0).toString(36)}:${s.length}`;
}

/** `a` is a fact's representative as the index keeps it: its `sentence` is a fingerprint, compared with `bPrint`. */
function compatible(a: Figure, b: Figure, bPrint: string): boolean {
  return (
    // Across articles, only figures that both state their period, or stand in the same sentence
    // (a syndicated copy), can be told to be the same fact.
    (a.doc === b.doc || (a.period !== null && b.period !== null) || a.sentence === bPrint) &&
    agree(a.period, b.period) &&
    agree(a.direction, b.direction) &&
    agree(a.per, b.per) &&
    agree(a.place, b.place) &&
    sameThing(norm(a.subject), norm(b.subject)) &&
    (a.entities.length === 0 || b.entities.length === 0 || a.entities.some((e) => b.entities.includes(e)))
  );
}

/** Assigns fact ids to figures as they arrive. Holds one small record per fact, never document text. */
export class FactIndex {
  private readonly byKey = new Map<string, Figure[]>();

  /** Give `f` the id of a compatible fact seen before, or start a new fact with its own id. */
  assign(f: Figure): string {
    const key = keyOf(f);
    const seen = this.byKey.get(key);
    const print = fingerprint(f.sentence);
    // A mention in the same article first (a headline and its body), then elsewhere.
    const match = seen?.find((g) => g.doc === f.doc && compatible(g, f, print)) ?? seen?.find((g) => compatible(g, f, print));
    if (match) {
      f.factId = match.factId;
      // Keep the most specific attributes on the representative.
      if (match.period === null && f.period !== null) match.period = f.period;
      return f.factId;
    }
    f.factId = `f:${f.id}`;
    const rep: Figure = { ...f, sentence: print };
    if (seen) seen.push(rep);
    else this.byKey.set(key, [rep]);
    return f.factId;
  }
}

/** Assign fact ids to a list of figures (in order) and relink conversions to facts. */
export function groupFacts(figures: Figure[], index = new FactIndex()): void {
  for (const f of figures) index.assign(f);
}

const QUALITY: Record<string, number> = { exact: 0, min: 1, max: 1, approx: 2 };

/** Collect facts from grouped figures. The primary mention is the most precise one with a period. */
export function factsOf(figures: readonly Figure[]): Fact[] {
  const byId = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = byId.get(f.factId);
    if (list) list.push(f);
    else byId.set(f.factId, [f]);
  }
  const facts: Fact[] = [];
  for (const [id, mentions] of byId) {
    const primary = [...mentions].sort(
      (a, b) =>
        Number(a.period === null) - Number(b.period === null) ||
        (QUALITY[a.qualifier]! - QUALITY[b.qualifier]!) ||
        Number(a.source === null) - Number(b.source === null),
    )[0]!;
    facts.push({ id, primary, mentions });
  }
  return facts;
}
