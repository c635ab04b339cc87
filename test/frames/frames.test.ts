import { describe, expect, it } from "vitest";
import { corpusFrames } from "../../src/frames/frames.js";
import { FACT_COLUMNS, FIGURE_COLUMNS } from "../../src/frames/rows.js";
import { toCsv } from "../../src/format/csv.js";
import { seeds } from "../helpers.js";

describe("danfo frames", async () => {
  const corpus = await seeds();
  const frames = corpusFrames(corpus);

  it("has one row per mention in the figures frame, and one per fact in the others", () => {
    expect(frames.figures.shape).toEqual([corpus.figures.length, FIGURE_COLUMNS.length]);
    expect(frames.facts.shape[0]).toBe(corpus.facts.length);
    expect(frames.facts.columns).toEqual([...FACT_COLUMNS]);
  });

  it("lists the $3.7 billion deal once, with its three mentions", () => {
    const deals = frames.deals;
    const values = deals["value"].values as number[];
    expect(values.filter((v) => v === 3.7e9)).toHaveLength(1);
    const row = values.indexOf(3.7e9);
    expect((deals["mentions"].values as number[])[row]).toBe(3);
    expect((deals["unit"].values as string[]).every((u) => u === "USD" || u === "count")).toBe(true);
  });

  it("holds the H1 2023 Kazakhstan–China freight tonnages", () => {
    const f = frames.freight;
    const rows = (f["value"].values as number[]).map((v, i) => ({ v, unit: f["unit"].values[i], period: f["period"].values[i] }));
    const h1 = rows.filter((r) => r.unit === "t" && r.period === "2023-H1").map((r) => r.v).sort((a, b) => a - b);
    expect(h1).toEqual([5.4e6, 8.3e6, 13.7e6]);
  });

  it("keeps conversions out of the trade frame but their USD value in", () => {
    const t = frames.trade;
    const units = t["unit"].values as string[];
    const usd = t["usd"].values as (number | null)[];
    const i = (t["value"].values as number[]).indexOf(283e9);
    expect(units[i]).toBe("CNY");
    expect(usd[i]).toBe(39e9);
    expect((t["value"].values as number[]).includes(39e9)).toBe(false);
  });
});

describe("csv", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv([{ a: 'say "hi", then\nleave', b: 1.5, c: null }], ["a", "b", "c"])).toBe('a,b,c\r\n"say ""hi"", then\nleave",1.5,\r\n');
  });
});
