/** The parties of a figure set against another place's, on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { parallelParties } from "../../src/attribute/parallel.js";

/** The parties of the second figure: `main` is the first figure's, and the figures are found by their words. */
function partiesOf(sentence: string, first: string, second: string, main: string[]): string[] | null {
  const mainEnd = sentence.indexOf(first) + first.length;
  const start = sentence.indexOf(second, mainEnd);
  return parallelParties(sentence, mainEnd, start, sentence.length, main);
}

describe("a figure set against another place's", () => {
  it("swaps the party written in the same role as the place it names", () => {
    expect(partiesOf("Russia's trade with Kazakhstan ($26bn) exceeded China's ($24bn).", "$26bn", "$24bn", ["Kazakhstan", "Russia"])).toEqual(["China", "Kazakhstan"]);
    expect(partiesOf("Chinese lenders put $3bn into Tajikistan, against $1bn in Kyrgyzstan.", "$3bn", "$1bn", ["China", "Tajikistan"])).toEqual(["China", "Kyrgyzstan"]);
    expect(partiesOf("Kyrgyz imports from China were $5bn, compared with $2bn from Russia.", "$5bn", "$2bn", ["China", "Kyrgyzstan"])).toEqual(["Kyrgyzstan", "Russia"]);
  });

  it("swaps nothing when the place's role is not written, or no party has it", () => {
    expect(partiesOf("Chinese lenders put $3bn into Tajikistan, against $1bn, Kyrgyzstan said.", "$3bn", "$1bn", ["China", "Tajikistan"])).toBeNull();
    expect(partiesOf("Trade between China and Tajikistan was $3bn, against $1bn in Kyrgyzstan.", "$3bn", "$1bn", ["China", "Tajikistan"])).toBeNull();
    expect(partiesOf("Chinese lenders put $3bn into Tajikistan, and $1bn into Kyrgyzstan.", "$3bn", "$1bn", ["China", "Tajikistan"])).toBeNull();
  });
});
