import { describe, expect, it } from "vitest";
import { appendixHtml } from "../../src/report/appendix.js";
import { Citations } from "../../src/report/cite.js";
import { extractFromText } from "../../src/extract.js";
import { factsOf } from "../../src/facts/group.js";
import { factRow } from "../../src/frames/rows.js";
import type { Figure } from "../../src/types.js";

// Two figures in one sentence, and a headline figure its body repeats.
const TEXT = `Tajik cotton exports to China reach $95 million

Cotton exports from Tajikistan to China reached $95 million in 2024, while imports of machinery rose to $310 million.

The <b>cotton</b> trade is expected to grow.`;

function appendixOf(text: string): string {
  const figures = extractFromText(text, { doc: "t.txt", date: "2025-02-01" });
  const facts = factsOf(figures).map(factRow);
  const mentions = new Map<string, Figure[]>();
  for (const f of figures) mentions.set(f.factId, [...(mentions.get(f.factId) ?? []), f]);
  return appendixHtml([], facts, mentions, new Citations(facts));
}

describe("the appendix", () => {
  const html = appendixOf(TEXT);

  it("quotes each source sentence once, with every figure in it marked and numbered", () => {
    const body = "Cotton exports from Tajikistan to China reached ";
    expect(html.split(body).length - 1).toBe(1);
    expect(html).toMatch(/reached <mark>\$95 million<\/mark><sup>\[\d+\]<\/sup> in 2024, while imports of machinery rose to <mark>\$310 million<\/mark><sup>\[\d+\]<\/sup>\./);
  });

  it("describes each fact once, where it is first mentioned, and points back from later mentions", () => {
    const anchors = [...html.matchAll(/id="fact-(\d+)"/g)].map((m) => m[1]);
    expect(new Set(anchors).size).toBe(anchors.length);
    // The headline's $95 million comes first; the body mentions the same fact again.
    const [n] = /<mark>\$95 million<\/mark><sup>\[(\d+)\]/.exec(html)!.slice(1);
    expect(html).toMatch(new RegExp(`id="fact-${n}"><strong>\\[${n}\\]</strong> \\$95 million · trade .* 2 mentions: chars`));
    expect(html).toContain(`the fact is described at <a href="#fact-${n}">[${n}]</a>`);
  });

  it("names the file of each group of sentences and escapes the quoted text", () => {
    expect(html).toContain("<code>t.txt</code>");
    expect(appendixOf("Exports <script>x</script> reached $5 million in 2024.")).toContain("Exports &lt;script&gt;x&lt;/script&gt; reached <mark>$5 million</mark>");
  });
});
