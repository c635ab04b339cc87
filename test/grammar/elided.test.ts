/** A number whose unit its sentence leaves out, read in the paragraph's last level's unit. */
import { describe, expect, it } from "vitest";
import { unitLeftOut, unitOfList } from "../../src/grammar/elided.js";
import { extractFromText } from "../../src/extract.js";
import { openingUnit } from "../../src/grammar/table.js";
import { scanSentence } from "../../src/grammar/scan.js";

const tonnes = { value: 4_200_000, unit: "t", per: null, subject: "grain" };
const read = (sentence: string, level = tonnes) => unitLeftOut(sentence, scanSentence(sentence).skipped, level);

describe("a unit left out", () => {
  it("reads the number in the level's unit, with its qualifier and subject", () => {
    expect(read("Next season the ministry expects up to 5,000,000.")).toMatchObject({ value: 5e6, unit: "t", qualifier: "max", subject: "grain" });
  });

  it("leaves a number of another size, a number no verb gives as a level, and levels in money or percent alone", () => {
    expect(read("Next season the ministry expects 300,000.")).toBeNull();
    expect(read("Next season 5,000,000 is possible.")).toBeNull();
    expect(read("Next season the ministry expects 5,000,000.", { ...tonnes, unit: "USD" })).toBeNull();
  });

  it("leaves a sentence with two bare numbers", () => {
    expect(read("The ministry expects 5,000,000, or 4,800,000 at worst.")).toBeNull();
  });
});

describe("a listed number in its opening's unit", () => {
  const inOpening = (opening: string, line: string) => {
    const unit = openingUnit(opening);
    return unit ? unitOfList(line, scanSentence(line).skipped, unit) : null;
  };

  it("reads a name and its number in the unit the opening gives in brackets or after a comma", () => {
    expect(inOpening("Chinese investors (stock, $ billion):", "Sinopec — 3.1")).toMatchObject({ value: 3.1e9, unit: "USD" });
    expect(inOpening("Cotton yarn exports, thousand tonnes:", "Xinjiang: 212")).toMatchObject({ value: 212000, unit: "t" });
  });

  it("reads nothing under an opening with no unit, nor a line that is more than a name and its number", () => {
    expect(openingUnit("Our partners in the region:")).toBeNull();
    expect(inOpening("Chinese investors (stock, $ billion):", "Sinopec raised its stake to 3.1 last year")).toBeNull();
  });
});

describe("round 108: an amount with its scale and no unit, said of the paragraph's money", () => {
  it("is in the currency of the level it is said of, when of the same size", () => {
    const [before, after] = extractFromText("Five years ago our trade with Kazakhstan was only three billion dollars. Last year it topped nine billion.", { date: "2026-03-01" });
    expect([before!.value, before!.unit]).toEqual([3e9, "USD"]);
    expect([after!.value, after!.unit, after!.kind, after!.qualifier, after!.period]).toEqual([9e9, "USD", "trade", "min", "2025"]);
  });

  it("stays a count when it is of another size, or nothing says it is the level's", () => {
    expect(extractFromText("Our trade with Kazakhstan was three billion dollars. Last year it topped ninety billion.", { date: "2026-03-01" })[1]!.unit).toBe("count");
    expect(extractFromText("Our trade with Kazakhstan was three billion dollars. The country has two million cattle.", { date: "2026-03-01" })[1]!.unit).toBe("count");
  });
});
