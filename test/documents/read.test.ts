/** Bad input: each problem is named with its file, and the other files are still read. */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { loadCorpus } from "../../src/corpus.js";

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir("read");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const GOOD = "Trade between China and Kazakhstan reached $41 billion in 2023.\n";

describe("reading a folder", () => {
  it("names a missing folder", async () => {
    const c = await loadCorpus("/no/such/folder");
    expect(c.documents).toHaveLength(0);
    expect(c.issues).toEqual([{ file: "/no/such/folder", severity: "error", message: "folder not found" }]);
  });

  it("names each bad file and still reads the good one", async () => {
    const dir = folder({
      "a-good.txt": GOOD,
      "b-empty.txt": "",
      "c-latin1.txt": Buffer.from("Trade rose to 5 million tenge \xe9t\xe9\n", "latin1"),
      "d-binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      "e-bom.txt": "\uFEFF" + GOOD,
      "notes.md": "ignored: not a .txt file",
    });
    writeFileSync(join(dir, "f-huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a"));
    const c = await loadCorpus(dir);
    // The good files state no date: each is read, with a warning that says so (one per file).
    const undated = c.issues.filter((i) => /no publication date/.test(i.message));
    expect(undated.map((i) => i.file).sort()).toEqual(["a-good.txt", "e-bom.txt"]);
    const problems = c.issues.filter((i) => !undated.includes(i));
    const byFile = Object.fromEntries(problems.map((i) => [i.file.split("/").pop(), i]));
    expect(byFile["b-empty.txt"]).toMatchObject({ severity: "warning", message: expect.stringMatching(/empty file/) });
    expect(byFile["c-latin1.txt"]).toMatchObject({ severity: "error", message: expect.stringMatching(/not valid UTF-8 \(bad byte 0xe9 at offset 30\)/) });
    expect(byFile["d-binary.txt"]).toMatchObject({ severity: "error", message: expect.stringMatching(/binary file \(NUL byte at offset 4\)/) });
    expect(byFile["f-huge.txt"]).toMatchObject({ severity: "error", message: expect.stringMatching(/file too large: 50\.0 MB \(limit 10\.0 MB\)/) });
    expect(problems).toHaveLength(4);
    expect(c.documents.map((d) => d.meta.doc)).toEqual(["a-good.txt", "b-empty.txt", "e-bom.txt"]);
    const good = c.figures.filter((f) => f.doc === "a-good.txt");
    expect(good).toHaveLength(1);
    expect(good[0]).toMatchObject({ value: 41e9, unit: "USD", kind: "trade", period: "2023" });
  }, 60_000);

  it("counts a byte-order mark in the offsets", async () => {
    const dir = folder({ "bom.txt": "\uFEFF" + GOOD });
    const c = await loadCorpus(dir);
    const f = c.figures[0]!;
    expect(f.start).toBe(GOOD.indexOf("$41") + 1);
  });

  it("refuses a file given as the folder, and a folder with no articles", async () => {
    const dir = folder({ "x.txt": GOOD });
    expect((await loadCorpus(join(dir, "x.txt"))).issues[0]!.message).toMatch(/not a folder/);
    const empty = folder({});
    mkdirSync(join(empty, "sub"));
    expect((await loadCorpus(empty)).issues[0]!.message).toMatch(/no \*\.txt files/);
  });

  it("reads what a sidecar says and warns about a broken one", async () => {
    const dir = folder({ "a.txt": "Trade reached $3 billion last year.\n", "sources.json": JSON.stringify({ "a.txt": { outlet: "Example Wire", date: "2021-05-04" } }) });
    const c = await loadCorpus(dir);
    expect(c.documents[0]!.meta).toMatchObject({ outlet: "Example Wire", date: "2021-05-04", provenance: { outlet: "sidecar", date: "sidecar" } });
    expect(c.figures[0]!.period).toBe("2020");
    const broken = folder({ "a.txt": GOOD, "sources.json": "{not json" });
    const b = await loadCorpus(broken);
    expect(b.issues[0]).toMatchObject({ severity: "warning", file: join(broken, "sources.json") });
    expect(b.figures).toHaveLength(1);
  });
});

describe("round 70: a page's HTML source saved as text", () => {
  it("warns of HTML character references, naming the file and what they are, and still reads it", async () => {
    const dir = folder({ "bulletin.txt": "Exports reached US$&nbsp;9.1&nbsp;billion in January&ndash;June 2026.\n", "plain.txt": GOOD });
    const c = await loadCorpus(dir);
    const warning = c.issues.find((i) => i.file.endsWith("bulletin.txt"));
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning!.message).toContain("&nbsp;, &ndash;");
    expect(c.documents.map((d) => d.meta.doc)).toEqual(["bulletin.txt", "plain.txt"]);
    expect(c.issues.some((i) => i.file.endsWith("plain.txt") && i.message.includes("HTML"))).toBe(false);
  });
});
