/** Finding a lexicon's forms as whole words: what the equivalent alternation finds, found faster. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FormFinder } from "../../src/lexicon/forms.js";
import { ENTITY_FINDER, PLACE_FINDER } from "../../src/lexicon/places.js";

const FORMS = ["Central Asian", "Central Asia", "Kazakhstan's", "Kazakhstan", "Kazakh", "U.S.", "US", "C5+1", "Xi'an"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The alternation the finder stands for. */
const ALTERNATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FORMS.map(escape).join("|")})(?![\\p{L}\\p{N}$])(?!\\s*dollars?\\b)`, "gu");
const finder = new FormFinder(FORMS, { notAfter: "$", notFollowedBy: /\s*dollars?\b/y });
const byRegex = (text: string) => [...text.matchAll(ALTERNATION)].map((m) => ({ index: m.index, form: m[0] }));

describe("a form finder", () => {
  it("finds whole words only, the first listed form where several start at one place", () => {
    const text = "Central Asian states, Central Asia's trade, Kazakhstan's exports, Kazakhstani firms, the C5+1 meeting";
    expect(finder.find(text).map((h) => h.form)).toEqual(["Central Asian", "Central Asia", "Kazakhstan's", "C5+1"]);
    expect(finder.find(text)[1]!.index).toBe(text.indexOf("Central Asia's"));
  });

  it("finds no country in a currency's name", () => {
    expect(finder.find("US$5 billion and 3 U.S. dollars and 4 US  dollar bills")).toEqual([]);
    expect(finder.find("US dollarization")).toEqual([{ index: 0, form: "US" }]);
  });

  it("finds no form glued to a letter or digit on either side, in any script", () => {
    expect(finder.find("XKazakh 5Kazakh Kazakh5 ÉKazakh 𝐀Kazakh KazakhÉ")).toEqual([]);
    expect(finder.find("«Kazakh» (Kazakh) —Kazakh")).toHaveLength(3);
  });

  it("finds what the alternation finds, on any text built of forms and their neighbours", () => {
    const pieces = [...FORMS, "s", "'s", "’s", "5", "$", " ", " dollars", "dollar", "X", "é", "𝐀", "-", ".", "Central ", "Asia", "n", "Xi’an"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(finder.find(text)).toEqual(byRegex(text));
        expect(finder.test(text)).toBe(byRegex(text).length > 0);
        expect(finder.remove(text)).toBe(text.replace(ALTERNATION, ""));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads an apostrophe written either way, when told to", () => {
    const places = new FormFinder(["Xi'an"], { curlyApostrophe: true });
    expect(places.find("Xi’an and Xi'an").map((h) => h.index)).toEqual([0, 10]);
    expect(finder.find("Xi’an")).toEqual([]);
  });
});

describe("the lexicon's finders", () => {
  it("find countries, regions and places in a sentence", () => {
    const text = "Kazakhstan's exports via Khorgos to Xi’an rose, Central Asian officials said, but not in U.S. dollars.";
    expect(ENTITY_FINDER.find(text).map((h) => h.form)).toEqual(["Kazakhstan's", "Central Asian"]);
    expect(PLACE_FINDER.find(text).map((h) => h.form)).toEqual(["Khorgos", "Xi’an"]);
  });
});
