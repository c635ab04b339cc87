import { describe, expect, it } from "vitest";
import { change, periodLabel, quantity } from "../../src/format/quantity.js";
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

describe("periods as a reader writes them", () => {
  it("writes halves, month spans, days and spans of days", () => {
    expect(periodLabel("2026-H1")).toBe("H1 2026");
    expect(periodLabel("2026-01/2026-10")).toBe("Jan–Oct 2026");
    expect(periodLabel("2026-07-02")).toBe("2 Jul 2026");
    expect(periodLabel("2026-03-05/2026-04-20")).toBe("5 Mar–20 Apr 2026");
    expect(periodLabel("2025-11-15/2026-01-10")).toBe("15 Nov 2025–10 Jan 2026");
    expect(periodLabel(null)).toBe("period not stated");
  });
});
