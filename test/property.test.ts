/** Any input: figures slice back to their own text, sentences to theirs, and nothing throws. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractFromText } from "../src/extract.js";
import { decodeText } from "../src/documents/decode.js";
import { seedText } from "./helpers.js";

function checkOffsets(text: string): void {
  for (const f of extractFromText(text)) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    expect(f.start).toBeGreaterThanOrEqual(f.sentenceStart);
    expect(Number.isFinite(f.value)).toBe(true);
  }
}

const pieces = [
  "$", "US$", "€", "1,500", "13.7", "0.00190", " million", " billion", " bn", " tons", " tonnes", " km", " MW", " TEU", " percent", "%",
  "-fold", " (about $713 million)", " respectively", " and ", ", ", ". ", "\n", "Kazakhstan", "China", " rose by ", " to ", " per day",
  "KZT/USD = ", "2023", "July 24", "first half of ", "last year", "about ", "over ", "up to ", "﻿", "\u0000", "\r\n", "分享", "(", ")", "-", "–",
  " | ", "|", "Trade, $ bn", "Change, %", "---", "+12.5", "-3", "Wheat",
];

describe("offsets hold for any input", () => {
  it("random unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => checkOffsets(s)), { numRuns: 300 });
  });

  it("strings built from the grammar's own pieces", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => checkOffsets(parts.join(""))), { numRuns: 500 });
  });

  it("random bytes, decoded or refused without throwing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded.ok) checkOffsets(decoded.text);
        else expect(decoded.problem).toMatch(/UTF-8|binary/);
      }),
      { numRuns: 300 },
    );
  });

  it("a very long input: every seed joined many times, and a 1 MB line with no breaks", () => {
    const seedsText = ["000_568bb0cfe192dbb6.txt", "002_cf4a9472b7ee1f11.txt", "003_4b8bc35e4223c506.txt"].map(seedText).join("\n");
    checkOffsets(seedsText.repeat(20));
    checkOffsets("Trade rose by 5% to $3 billion and ".repeat(30_000));
  });
});
