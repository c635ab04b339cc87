/** The real PDF, printed by the real browser, read back with poppler. */
import { execFileSync } from "node:child_process";
import { cpSync, copyFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { buildReport } from "../../src/report/build.js";
import { SEEDS } from "../helpers.js";

const FIXTURES = new URL("../fixtures", import.meta.url).pathname;
let dir: string;
let text: string;
let html: string;

beforeAll(async () => {
  const seeds = tempDir("seeds");
  cpSync(SEEDS, seeds, { recursive: true });
  copyFileSync(join(FIXTURES, "hostile.txt"), join(seeds, "zz_hostile.txt"));
  dir = tempDir("report");
  const result = await buildReport({ seeds, out: join(dir, "briefing.pdf") });
  expect(result.blocked).toEqual([]);
  text = execFileSync("pdftotext", ["-layout", join(dir, "briefing.pdf"), "-"], { encoding: "utf8" });
  html = readFileSync(join(dir, "briefing.html"), "utf8");
}, 120_000);

describe("the PDF briefing", () => {
  it("is a tagged A4 PDF of several pages with an outline", () => {
    const info = execFileSync("pdfinfo", [join(dir, "briefing.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(4);
    const xml = execFileSync("pdftohtml", ["-xml", "-stdout", "-i", "-q", join(dir, "briefing.pdf")], { encoding: "utf8" });
    const outline = [...xml.matchAll(/<item page="\d+">([^<]+)<\/item>/g)].map((m) => m[1]);
    for (const h of ["Key figures", "Freight", "Trade", "Deals and investment", "Consistency", "Appendix: every fact and its source"]) expect(outline).toContain(h);
  });

  it("carries the key figures, the sections and a running header with page numbers", () => {
    for (const s of ["Key figures", "13.7 million t", "$41 billion", "Consistency", "Appendix: every fact and its source"]) expect(text).toContain(s);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text.split("China–Central Asia economic ties: the figures").length).toBeGreaterThan(4);
  });

  it("says what agrees and what does not", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toMatch(/AGREES China–Kazakhstan freight, H1 2023: exports 8\.3 million t \+ imports 5\.4 million t = 13\.7 million t/);
    expect(flat).toMatch(/DOES NOT AGREE China–Kazakhstan trade, 2022 — official Kazakh data: \$24 billion; Chinese customs statistics: ≥\$31 billion/);
    expect(flat).toMatch(/KZT 321 billion = \$713 million .* implies KZT\/USD = 0\.002221; the rate quoted in 003_4b8bc35e4223c506\.txt \(2025-01-12\) is 0\.0019/);
  });

  it("quotes every fact's sentence in the appendix, with a numbered link from the text", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Chinese customs statistics pegged bilateral trade with Kazakhstan at over $31 billion");
    // The sentence with the trains through Khorgos and Alashankou holds four facts; it is quoted once.
    expect(flat.split("the ports of Khorgos and Alashankou was").length - 1).toBe(1);
    const refs = [...html.matchAll(/href="#fact-(\d+)"/g)].map((m) => Number(m[1]));
    const anchors = new Set([...html.matchAll(/id="fact-(\d+)"/g)].map((m) => Number(m[1])));
    expect(refs.length).toBeGreaterThan(50);
    for (const r of refs) expect(anchors.has(r)).toBe(true);
    expect([...html.matchAll(/id="fact-(\d+)"/g)].length).toBe(anchors.size);
  });

  it("prints hostile article text literally and runs none of it", () => {
    expect(text).toContain("<script>document.write('HACKED'+'X')");
    expect(text.replace(/\s+/g, " ")).toContain(`<img src=x onerror="document.title='OWNED'+'Y'">`);
    expect(text).not.toContain("HACKEDX");
    expect(text).not.toContain("OWNEDY");
    expect(html).not.toMatch(/<script|<img|<link rel/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("shows the Chinese page furniture it set aside, in a CJK font", () => {
    expect(text).toContain("分享缩略图");
    // A TrueType CJK font, embedded as a real (subset) font beside DejaVu; Noto's OpenType CJK
    // would come out as Type 3 glyphs and print slower.
    const fonts = execFileSync("pdffonts", [join(dir, "briefing.pdf")], { encoding: "utf8" });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).toMatch(/WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it("writes each chart as SVG and the figures as CSV beside the PDF", () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(expect.arrayContaining(["briefing.html", "briefing.pdf", "facts.csv", "figures.csv", "freight-h1.svg", "deals-usd.svg", "trade-kazakhstan-china.svg"]));
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
  });
});

describe("determinism", () => {
  it("gives byte-identical HTML, SVG and CSV for the same input", async () => {
    const a = tempDir("a");
    const b = tempDir("b");
    await buildReport({ out: join(a, "briefing.pdf"), noPdf: true });
    await buildReport({ out: join(b, "briefing.pdf"), noPdf: true });
    const names = readdirSync(a).sort();
    expect(names).toEqual(readdirSync(b).sort());
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const n of names) expect(readFileSync(join(a, n)).equals(readFileSync(join(b, n))), n).toBe(true);
  });
});
