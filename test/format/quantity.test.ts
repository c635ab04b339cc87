import { describe, expect, it } from "vitest";
import { change, quantity } from "../../src/format/quantity.js";
import { grouped } from "../../src/format/number.js";

describe("quantities as a reader writes them", () => {
  it("puts a currency code before the number and any other unit after it", () => {
    expect(quantity(321e9, "KZT")).toBe("KZT 321 billion");
    expect(quantity(3.7e9, "USD")).toBe("$3.7 billion");
    expect(quantity(350_000, "TEU")).toBe("350,000 TEU");
    expect(quantity(13.7e6, "t")).toBe("13.7 million t");
    expect(quantity(1e9, "USD", 2e9)).toBe("$1 billion–2 billion");
  });

  it("writes changes with their sign and numbers with grouping", () => {
    expect(change(26, "percent")).toBe("+26%");
    expect(change(-4.5, "percent")).toBe("−4.5%");
    // A change in an amount is written in its unit, not as a percent.
    expect(change(1.4e9, "USD")).toBe("+$1.4 billion");
    expect(change(-300_000, "t")).toBe("−300,000 t");
    expect(change(2, "pp")).toBe("+2 pp");
    expect(grouped(13_700_000)).toBe("13,700,000");
    expect(grouped(0.0019, 6)).toBe("0.0019");
  });
});
