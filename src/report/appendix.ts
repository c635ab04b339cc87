/**
 * The briefing's appendix: every fact and its source. The sources are walked document by
 * document and sentence by sentence: each sentence that holds a figure is quoted once, every
 * figure in it marked and numbered, and under it the facts it holds. A fact is described where
 * it is first mentioned (its anchor, `fact-N`, is there); a later sentence that mentions it
 * again marks it with the same number and points back.
 */
import type { DocumentSummary } from "../corpus.js";
import type { FactRow } from "../frames/rows.js";
import type { Figure } from "../types.js";
import type { Citations } from "./cite.js";
import { escapeHtml as e } from "./escape.js";
import { entitiesLabel, periodLabel, qualifierMark, quantity } from "../format/quantity.js";

/** A mention in the appendix, with the number of the fact it belongs to. */
interface Numbered {
  mention: Figure;
  n: number;
  fact: FactRow;
  /** The fact's first mention: where the fact is described. */
  first: boolean;
}

/** One quoted sentence and the mentions in it, in text order. */
interface SourceSentence {
  doc: string;
  start: number;
  text: string;
  marks: Numbered[];
}

/** Sentences holding the facts' mentions, by document (name order) and position. */
function sourceSentences(facts: readonly FactRow[], mentions: ReadonlyMap<string, readonly Figure[]>, c: Citations): SourceSentence[] {
  const byKey = new Map<string, SourceSentence>();
  for (const fact of facts) {
    const n = c.number(fact.factId)!;
    (mentions.get(fact.factId) ?? []).forEach((mention, i) => {
      const key = `${mention.doc}\u0000${mention.sentenceStart}`;
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { doc: mention.doc, start: mention.sentenceStart, text: mention.sentence, marks: [] }));
      s.marks.push({ mention, n, fact, first: i === 0 });
    });
  }
  const sentences = [...byKey.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  for (const s of sentences) s.marks.sort((a, b) => a.mention.start - b.mention.start || a.n - b.n);
  return sentences;
}

/** The sentence with each mention marked and followed by its fact's number. */
function markedSentence(s: SourceSentence): string {
  let out = "";
  let at = 0;
  for (const { mention, n } of s.marks) {
    const a = mention.start - s.start;
    const b = mention.end - s.start;
    const label = `<sup>[${n}]</sup>`;
    // Mentions never overlap in practice; if one did, its number follows the mark before it.
    if (a < at) {
      out += label;
      continue;
    }
    out += `${e(s.text.slice(at, a))}<mark>${e(s.text.slice(a, b))}</mark>${label}`;
    at = b;
  }
  return out + e(s.text.slice(at));
}

/** What a fact is, in one line: value, kind, status, period, places and the rest that is known. */
function factLine(f: FactRow): string {
  return [
    `${qualifierMark(f.qualifier)}${quantity(f.value, f.unit, f.valueHigh)}${f.per ? ` ${f.per}` : ""}`,
    f.kind,
    f.status,
    periodLabel(f.period),
    entitiesLabel(f.entities) || "no place named",
    f.subject ? `subject: ${f.subject}` : "",
    f.place ? `at ${f.place}` : "",
    f.direction ?? "",
    f.usd !== null && f.unit !== "USD" ? `US$ ${quantity(f.usd, "USD").slice(1)} (${f.usdBasis}${f.usdNote ? `: ${f.usdNote}` : ""})` : "",
    f.source ? `source: ${f.source}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** Where a fact's mentions are: "chars 10–20" here, and the others by file and offsets. */
function mentionsLine(first: Figure, all: readonly Figure[]): string {
  const at = (m: Figure) => (m.doc === first.doc ? `chars ${m.start}–${m.end}` : `${m.doc} chars ${m.start}–${m.end}`);
  if (all.length === 1) return at(first);
  return `${all.length} mentions: ${all.map(at).join(", ")}`;
}

function documentHeading(doc: string, summary: DocumentSummary | undefined): string {
  const m = summary?.meta;
  const about = [m?.title ?? "untitled", m?.outlet ?? "outlet not stated", m?.date ?? "date not stated"];
  return `<h3 class="doc"><code>${e(doc)}</code></h3><p class="doc-meta">${e(about.join(" · "))}</p>`;
}

export function appendixHtml(
  documents: readonly DocumentSummary[],
  facts: readonly FactRow[],
  mentions: ReadonlyMap<string, readonly Figure[]>,
  c: Citations,
): string {
  const summaries = new Map(documents.map((d) => [d.meta.doc, d]));
  let doc: string | null = null;
  const out: string[] = [];
  for (const s of sourceSentences(facts, mentions, c)) {
    if (s.doc !== doc) out.push(documentHeading((doc = s.doc), summaries.get(s.doc)));
    const seen = new Set<number>();
    const entries = s.marks
      .filter((m) => !seen.has(m.n) && seen.add(m.n))
      .sort((a, b) => a.n - b.n)
      .map(({ n, fact, first, mention }) =>
        first
          ? `<li id="fact-${n}"><strong>[${n}]</strong> ${e(factLine(fact))} · ${e(mentionsLine(mention, mentions.get(fact.factId) ?? [mention]))}</li>`
          : `<li class="again"><strong>[${n}]</strong> mentioned again (chars ${mention.start}–${mention.end}); the fact is described at <a href="#fact-${n}">[${n}]</a></li>`,
      )
      .join("");
    out.push(`<div class="source"><q>${markedSentence(s)}</q> <span class="chars">(chars ${s.start}–${s.start + s.text.length})</span><ul>${entries}</ul></div>`);
  }
  return out.join("\n");
}
