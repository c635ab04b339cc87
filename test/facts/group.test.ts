/** Mentions → facts on articles written for this test: what is one fact, and what is two. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { loadCorpus } from "../../src/corpus.js";
import { extractFromText } from "../../src/extract.js";
import { FactIndex } from "../../src/facts/group.js";

async function corpusOf(files: Record<string, string>) {
  const dir = tempDir("facts");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadCorpus(dir);
}

describe("facts", () => {
  it("takes a headline and its body for one fact, though one reads as investment and the other as a deal", async () => {
    const c = await corpusOf({
      "a.txt": "Zijin takes 49% stake in Tajik mine for $1.2-billion\n\nDUSHANBE, 12 February 2025 — Zijin agreed to buy a 49 percent stake in a Tajik gold mine, in a deal valued at US$1.2 billion.\n",
    });
    const money = c.facts.filter((f) => f.primary.unit === "USD");
    expect(money).toHaveLength(1);
    expect(money[0]!.mentions.map((m) => m.text)).toEqual(["$1.2-billion", "US$1.2 billion"]);
    expect(money[0]!.primary).toMatchObject({ kind: "deal", period: "2025-02-12" });
  });

  it("keeps two articles' equal figures apart unless both state the same period", async () => {
    const c = await corpusOf({
      "a.txt": "Mining Deals\n\nDushanbe, 5 March 2024 — Tajikistan and China signed agreements worth $1.2 billion.\n",
      "b.txt": "Zijin Buys In\n\nZijin signed a $1.2 billion deal for a Tajik mine.\n",
      "c.txt": "Trade Report\n\nKazakhstan's trade with China reached $41 billion in 2023.\n",
      "d.txt": "Another Report\n\nIn 2023, trade between China and Kazakhstan totalled $41 billion.\n",
    });
    const ofValue = (v: number) => c.facts.filter((f) => f.primary.value === v);
    expect(ofValue(1.2e9)).toHaveLength(2);
    expect(ofValue(41e9)).toHaveLength(1);
    expect(ofValue(41e9)[0]!.mentions.map((m) => m.doc)).toEqual(["c.txt", "d.txt"]);
  });

  it("takes the same undated sentence in two articles (a syndicated copy) for one fact", async () => {
    const story = "Zijin signed a $1.2 billion deal for a Tajik mine.";
    const c = await corpusOf({ "outlet-a.txt": `Mine Deal\n\n${story}\n`, "outlet-b.txt": `Tajik Mine Sold\n\n${story}\n` });
    const money = c.facts.filter((f) => f.primary.value === 1.2e9);
    expect(money).toHaveLength(1);
    expect(money[0]!.mentions.map((m) => m.doc)).toEqual(["outlet-a.txt", "outlet-b.txt"]);
  });
});

describe("a headline's subject and its body's longer one", () => {
  it("are one fact when one is the other with words before it, and two when they differ", () => {
    const text = ["Kyrgyzstan, China sign 19 agreements", "", "BISHKEK, 3 June 2026 – Kyrgyz and Chinese companies signed 19 investment agreements at a forum on Tuesday."].join("\n");
    const [headline, body] = extractFromText(text);
    const index = new FactIndex();
    expect(index.assign(body!)).toBe(index.assign(headline!));
    const trains = extractFromText("Some 40 freight trains and 40 passenger trains crossed.", { date: "2026-06-03" });
    const other = new FactIndex();
    expect(other.assign(trains[0]!)).not.toBe(other.assign(trains[1]!));
  });
});
