/** The year of a wire dateline that writes none, on wire copy written for these tests. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { dateFromLede, periodEnd } from "../../src/attribute/dating.js";
import { layoutDocument } from "../../src/documents/layout.js";
import { loadCorpus } from "../../src/corpus.js";
import { extractFromText } from "../../src/extract.js";

const dated = (text: string, sidecarDate?: string) => dateFromLede(layoutDocument("wire.txt", text, sidecarDate ? { date: sidecarDate } : undefined)).meta;

describe("a wire dateline's month and day, and no year", () => {
  it("is dated in the year the lede's first outcome makes likely, and says so", () => {
    const meta = dated("Exports up\n\nASTANA, Feb. 3 (Kazinform) - Kazakhstan's exports to China rose 9% to $15.1 billion in 2025, the bureau said.");
    expect(meta).toMatchObject({ date: "2026-02-03", monthDay: "02-03", provenance: { date: "inferred" } });
    expect(meta.note).toMatch(/February 3 without a year/);
    // A period ending before the dateline's month in the same year: the same year.
    expect(dated("BISHKEK, Oct. 14 (AKIpress) - Trade in January-August 2024 reached $14 billion.").date).toBe("2024-10-14");
  });

  it("passes over a goal, a period compared with, a start and a span of years", () => {
    const text =
      "DUSHANBE, May 5 (Asia-Plus) - Tajikistan aims to double trade with China by 2030. A contract for 2027-2031 was signed. " +
      "Trade has grown since 2019, and rose 12% compared with 2022 to $3.9 billion in 2023.";
    expect(dated(text).date).toBe("2024-05-05");
  });

  it("passes over a year a stake is counted from, written after its figure", () => {
    const text =
      "KHUJAND, Mar. 2 (Avesta) - Chinese firms hold 70 percent of the sector, the committee said, putting their stake at $1.4 billion since 2009. " +
      "The largest mine produced 3.1 tonnes of silver in 2024.";
    expect(dated(text).date).toBe("2025-03-02");
  });

  it("resolves 'last year' and a quarter without a year against the inferred date", () => {
    const fs = extractFromText("TASHKENT, Aug. 9 (UzDaily) - Uzbekistan's trade with China reached $6.1 billion in the first half of 2025. Last year it was $13.7 billion. Prices fell 3% in the second quarter.");
    expect(fs.map((f) => [f.text, f.period])).toEqual([["$6.1 billion", "2025-H1"], ["$13.7 billion", "2024"], ["3%", "2025-Q2"]]);
  });

  it("keeps a date the text or the sidecar gives, and leaves a lede with no year undated", () => {
    expect(dated("ASTANA, May 3, 2024 (Reuters) - Trade rose to $2 billion in 2023.")).toMatchObject({ date: "2024-05-03", provenance: { date: "text" } });
    expect(dated("ASTANA, May 3 (Reuters) - Trade rose to $2 billion in 2023.", "2024-05-03")).toMatchObject({ date: "2024-05-03", provenance: { date: "sidecar" } });
    expect(dated("URUMQI, Dec. 2 (Xinhua) - Trains through the port rose 6% in the first 11 months of this year.").date).toBeNull();
  });

  it("warns when it infers a year, and when a document has no date at all", async () => {
    const dir = tempDir("dating");
    writeFileSync(join(dir, "a.txt"), "ALMATY, Nov 12 (Desk) - Sales rose to 9,700 tonnes in the first nine months of 2026.\n");
    writeFileSync(join(dir, "b.txt"), "Sales rose to 9,700 tonnes last year.\n");
    const c = await loadCorpus(dir);
    expect(c.issues).toMatchObject([
      { file: "a.txt", severity: "warning", message: expect.stringMatching(/writes no year; dated 2026-11-12/) },
      { file: "b.txt", severity: "warning", message: expect.stringMatching(/no publication date/) },
    ]);
  });
});

describe("a period's end", () => {
  it("is its last year and month", () => {
    expect(periodEnd("2026-01/2026-09")).toEqual({ year: 2026, month: 9 });
    expect(periodEnd("2025-H1")).toEqual({ year: 2025, month: 6 });
    expect(periodEnd("2025-Q3")).toEqual({ year: 2025, month: 9 });
    expect(periodEnd("2024")).toEqual({ year: 2024, month: 12 });
    expect(periodEnd("2024-10-01")).toEqual({ year: 2024, month: 10 });
  });
});
