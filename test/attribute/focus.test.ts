import { describe, expect, it } from "vitest";
import { ParagraphFocus } from "../../src/attribute/focus.js";
import { extractFromText } from "../../src/extract.js";

const title = (names: string[], actors: string[] = [], link: string[] = []) => ({ names, actors: new Set(actors), link });

describe("a paragraph's focus", () => {
  it("ranks the most named first, then ties by the title's order, then by first mention", () => {
    const text = "Kyrgyzstan is China's main partner in the south, ahead of Turkey and Iran. China and Kyrgyzstan opened a road.";
    // Kyrgyzstan and China twice each; Turkey and Iran once: the title names Iran.
    const focus = new ParagraphFocus(text, [], () => title(["Iran", "China"]));
    expect(focus.candidates().slice(0, 4)).toEqual(["China", "Kyrgyzstan", "Iran", "Turkey"]);
    // Without a title, a tie goes to the first named.
    expect(new ParagraphFocus(text, [], () => title([])).candidates().slice(0, 4)).toEqual(["Kyrgyzstan", "China", "Turkey", "Iran"]);
  });

  it("puts the section heading first and the countries of named places before the title", () => {
    const focus = new ParagraphFocus("A plant near Osh opened.", ["Kazakhstan"], () => title(["China"]));
    expect(focus.candidates()).toEqual(["Kazakhstan", "Kyrgyzstan", "China"]);
  });

  it("fills a figure's missing partner with a country the title names, not one named only in passing", () => {
    const text = [
      "Turkmenistan's trade with China rises",
      "",
      "China stayed Turkmenistan's largest buyer, ahead of Afghanistan. Imports from China came to 512.4 million dollars.",
    ].join("\n");
    const [imports] = extractFromText(text, { date: "2024-08-01" });
    expect(imports).toMatchObject({ value: 512.4e6, kind: "trade", entities: ["China", "Turkmenistan"] });
  });

  it("for a figure of one place, puts the countries named only as actors after the others", () => {
    // "Chinese commercial lenders" fund the plant; the title's Uzbekistan is where it is.
    const focus = new ParagraphFocus("The plant will be financed by Chinese commercial lenders.", [], () => title(["China", "Uzbekistan"], ["China"]));
    expect(focus.candidates(Infinity, true)).toEqual(["Uzbekistan", "China", "China"]);
    // For a partner of trade, who acts is a party like any other.
    expect(focus.candidates()).toEqual(["China", "China", "Uzbekistan"]);
  });

  it("places a plant's output in the country it is in, not the builder's", () => {
    const text = [
      "Chinese firm to build 1.1 GW wind farm in Kazakhstan's Zhambyl region",
      "",
      "The project will be financed by Chinese state-owned banks. Construction starts in March.",
      "",
      "Once complete, the farm will generate about 3.5 billion kWh of electricity a year.",
    ].join("\n");
    const figures = extractFromText(text, { date: "2025-02-01" });
    const output = figures.find((f) => f.unit === "kWh")!;
    expect(output).toMatchObject({ value: 3.5e9, entities: ["Kazakhstan"] });
    // Its capacity in the headline is the plant's too, and the builder's country is a party to it there.
    expect(figures.find((f) => f.unit === "MW")).toMatchObject({ value: 1100, kind: "capacity" });
  });
});
