/** Partners ranked after the first, on sentences written for these tests. */
import { describe, expect, it } from "vitest";
import { isRanked, sharedParty } from "../../src/attribute/ranking.js";
import { extractFromText } from "../../src/extract.js";

describe("ranking", () => {
  it("reads a clause that ranks its name, and the words that go on down a ranking", () => {
    expect(isRanked("Turkey came third with ", null)).toBe(true);
    expect(isRanked("Russia is in second place with ", null)).toBe(true);
    expect(isRanked("Turkey reached ", null)).toBe(false);
    expect(isRanked("", ", followed by Iran with ")).toBe(true);
    expect(isRanked("", ") and Georgia (")).toBe(true);
    expect(isRanked("", ", ahead of Azerbaijan (")).toBe(true);
    // Words after a figure that was not ranked rank nothing.
    expect(isRanked("", null)).toBe(false);
  });

  it("shares the first's party that its sentence does not name first", () => {
    const [first] = extractFromText("Russia remained Tajikistan's largest trading partner in 2025 with turnover of $1.9 billion.", { date: "2026-03-01" });
    expect(first!.entities).toEqual(["Russia", "Tajikistan"]);
    expect(sharedParty(first!)).toBe("Tajikistan");
    expect(sharedParty({ ...first!, entities: ["Tajikistan"] })).toBeNull();
  });
});

describe("round 110: partners ranked after the first in the first's own sentence", () => {
  it("each share the first's other party", () => {
    const figures = extractFromText("Uzbekistan remained Russia's largest trading partner in the region, with trade totaling $9.8 billion, followed by Kazakhstan at $7.1 billion and Kyrgyzstan at $3.4 billion.", { date: "2026-10-20" });
    expect(figures.map((f) => [f.value, f.entities])).toEqual([
      [9.8e9, ["Russia", "Uzbekistan"]],
      [7.1e9, ["Kazakhstan", "Russia"]],
      [3.4e9, ["Kyrgyzstan", "Russia"]],
    ]);
  });
});
