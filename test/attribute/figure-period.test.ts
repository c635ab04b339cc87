/** A figure's own period among a sentence's periods, on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { clauses } from "../../src/attribute/clauses.js";
import { figurePeriod, isComparison, sentencePeriods } from "../../src/attribute/figure-period.js";
import { findPeriods, refDateOf } from "../../src/attribute/period.js";
import { extractFromText } from "../../src/extract.js";

function periodOf(text: string, figure: string, carried: string | null = null) {
  const periods = findPeriods(text, refDateOf("2024-06-01"));
  const spans = clauses(text);
  const start = text.indexOf(figure);
  const end = start + figure.length;
  const clause = spans.find((c) => start >= c.start && start < c.end)!;
  const chosen = figurePeriod(sentencePeriods(text, periods, spans), { start, end, win: { start: clause.start, end: clause.end }, clause, prevEnd: 0 }, true, () =>
    carried ? { period: { start: 0, end: 0, period: carried, pointInTime: false }, text: carried } : null,
  );
  return chosen.period?.period ?? null;
}

describe("a figure's period", () => {
  it("tells a compared period from the figure's own", () => {
    const text = "Exports rose 8% in 2023 compared with 2022.";
    const [own, compared] = findPeriods(text, refDateOf("2024-06-01"));
    expect(isComparison(text, own!)).toBe(false);
    expect(isComparison(text, compared!)).toBe(true);
    expect(periodOf(text, "8%")).toBe("2023");
  });

  it("leaves a comparison clause's period to its figure, and falls back to what the paragraph carried", () => {
    const text = "Beijing paid $290, against $450 in 2022.";
    expect(periodOf(text, "$450")).toBe("2022");
    expect(periodOf(text, "$290", "2023")).toBe("2023");
    expect(periodOf(text, "$290")).toBeNull();
  });

  it("moves a figure 'a year earlier' one year back", () => {
    expect(periodOf("Cargo reached 2.6 million tonnes in the first half of 2024, up from 1.9 million tonnes a year earlier.", "1.9 million tonnes")).toBe("2023-H1");
  });

  it("does not date an outcome by a change's baseline, amount or not", () => {
    expect(periodOf("Turnover reached $12 billion, up 9 percent from 2021.", "$12 billion")).toBeNull();
    expect(periodOf("Turnover reached $12 billion, up $1 billion from 2021.", "$12 billion")).toBeNull();
  });

  it("gives a goal the period of its sentence's opening 'By 2030,'", () => {
    const fs = extractFromText("By 2030, exports are to reach $5 billion, including $2 billion of services.", { date: "2025-01-10" });
    expect(fs.map((f) => [f.status, f.period])).toEqual([["forecast", "2030"], ["forecast", "2030"]]);
  });
});

describe("two levels, each with its period", () => {
  it("gives the period just after a figure to that figure, not the next one", () => {
    const fs = extractFromText("Kyrgyz exports of apricots to China climbed from $14 million in 2021 to $23 million in 2023.", { date: "2024-02-01" });
    expect(fs.map((f) => [f.text, f.period])).toEqual([["$14 million", "2021"], ["$23 million", "2023"]]);
  });
});

describe("the day a source spoke", () => {
  it("is no figure's period when the sentence names another, nor handed on to the next sentence", () => {
    const quoted = extractFromText('"Next year we plan to sell 40,000 tonnes of dried apricots to China, worth about $90 million," the association\'s head said on Tuesday.', { date: "2026-07-09" });
    expect(quoted.map((f) => [f.period, f.status])).toEqual([["2027", "target"], ["2027", "forecast"]]);
    const carried = extractFromText("Trade with Tajikistan grew 6% to 9.4 billion yuan in the first half, customs data showed on Monday. Of the total, exports stood at 8.1 billion yuan.", { date: "2026-07-09" });
    expect(carried.map((f) => f.period)).toEqual(["2026-H1", "2026-H1", "2026-H1"]);
  });

  it("dates an outcome nothing else dates", () => {
    const figures = extractFromText("The sides signed 14 agreements worth $3.1 billion, the press office said on Tuesday.", { date: "2026-07-09" });
    expect(figures.map((f) => f.period)).toEqual(["2026-07-07", "2026-07-07"]);
  });
});

describe("round 103: a semicolon's statements, and the period of a level moved from", () => {
  it("looks for a period in the figure's own statement before the rest of the sentence", () => {
    const figures = extractFromText("Three Chinese-built wind farms, with a combined 250 MW, started supplying the grid in August; a fourth, of 150 MW, is due in 2028.", { date: "2026-11-17" });
    expect(figures.map((f) => [f.value, f.period, f.status])).toEqual([[250, "2026-08", "actual"], [150, "2028", "forecast"]]);
  });

  it("gives a level moved from the period right after it, and not the level it moved to", () => {
    const figures = extractFromText("Kazakhstan's share has fallen to 18% from 25% five years ago.", { date: "2026-11-10" });
    expect(figures.map((f) => [f.value, f.period])).toEqual([[18, null], [25, "2021"]]);
  });
});

describe("round 107: an outcome beside another statement's time still to come", () => {
  it("takes no year still to come from another statement of its sentence", () => {
    const figures = extractFromText("The plant's first line cost $40 million; a second line, due in 2029, will cost $55 million.", { date: "2026-05-20" });
    expect(figures.map((f) => [f.value, f.period, f.status])).toEqual([[40e6, null, "actual"], [55e6, "2029", "forecast"]]);
  });

  it("reads a conversion in brackets with its own statement, not on past the semicolon after it", () => {
    const figures = extractFromText("Phase one cost 12 billion soums (about $950,000); phase two, due in 2028, is budgeted at 30 billion soums.", { date: "2026-05-20" });
    expect(figures.map((f) => [f.text, f.period, f.status])).toEqual([
      ["12 billion soums", null, "actual"],
      ["about $950,000", null, "actual"],
      ["30 billion soums", "2028", "forecast"],
    ]);
  });
});

describe("round 107: how long a goal has been pursued", () => {
  it("is no period of the goal", () => {
    const [goal] = extractFromText("The Rogun plant, planned since 1976 to generate 3,600 MW, is still being built.", { date: "2026-05-20" });
    expect([goal!.value, goal!.status, goal!.period]).toEqual([3600, "target", null]);
  });
});

describe("round 108: 'the same nine months', 'over the period' in a figure's own clause", () => {
  it("dates it with the period named before, not another clause's", () => {
    const figures = extractFromText(
      "Copper output reached 61,000 tonnes in the first half of 2026. The Almalyk plant, expanded in 2023, is not counted: it alone made 38,000 tonnes in the same six months. The miners paid 1.4 trillion soums in taxes over the period, after a levy was raised to 8% in February.",
      { date: "2026-08-01" },
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([[61_000, "2026-H1"], [38_000, "2026-H1"], [1.4e12, "2026-H1"], [8, "2026-02"]]);
  });
});

describe("round 108: a second predicate after a figure", () => {
  it("keeps its time to itself", () => {
    const figures = extractFromText("The company holds 70% of the Jerooy mine and has invested $150 million since 2019.", { date: "2026-11-12" });
    expect(figures.map((f) => [f.value, f.period])).toEqual([[70, null], [150e6, "2019/2026"]]);
    // A list of two things under one verb shares its time: "1,400 km of lines and 38 substations will be rebuilt by 2030".
    const listed = extractFromText("About 900 km of lines and 24 substations will be rebuilt by 2029.", { date: "2026-11-12" });
    expect(listed.map((f) => [f.value, f.period])).toEqual([[900, "2029"], [24, "2029"]]);
  });
});

describe("round 119: the level a change moved from, written after the level it reached", () => {
  it("takes no period of the level reached, only one of its own words", () => {
    const figures = extractFromText(
      "Kyrgyzstan's imports from China rose to $9.2 billion in 2025 from $7.7 billion. Exports fell to $310 million from $420 million in 2024. Transit rose to 1.1 million TEU in 2025 from 0.9 million TEU a year earlier.",
      { date: "2026-03-01" },
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([[9.2e9, "2025"], [7.7e9, null], [310e6, "2024"], [420e6, "2024"], [1.1e6, "2025"], [0.9e6, "2024"]]);
  });
});

describe("round 119: a forecast after a semicolon", () => {
  it("takes no period of the statement before it", () => {
    const [cost] = extractFromText("Officials now say work on the line could start in 2028; its estimated cost has risen to about $6 billion.", { date: "2026-11-18" });
    expect([cost!.value, cost!.status, cost!.period]).toEqual([6e9, "forecast", null]);
  });
});

describe("round 120: a multiple's baseline, and a relative clause's year", () => {
  it("takes neither as the figure's period", () => {
    const [parcels] = extractFromText("Each day the terminal handles over 90,000 parcels, three times the figure in 2022.", { date: "2026-07-20" });
    expect(parcels!.period).not.toBe("2022");
    const [firms] = extractFromText("Altynkol, which opened its station in 2011, hosts 84 logistics companies.", { date: "2026-07-20" });
    expect([firms!.value, firms!.period]).toEqual([84, null]);
    // A relative clause with a figure of its own may go on after its comma: its year stays with what follows.
    const [, before] = extractFromText("The main venture is the Jilau mine, which produced 4.1 tonnes of gold in 2025, up from 3.6 tonnes a year before.", { date: "2026-07-20" });
    expect([before!.value, before!.period]).toEqual([3.6, "2024"]);
  });
});

describe("round 122: 'an increase of 12% on 2024'", () => {
  it("is a comparison, not the figure's period", () => {
    const figures = extractFromText("Costs at the border averaged $186 per truck in 2025, an increase of 12% on 2024.", { date: "2026-10-01" });
    expect(figures.map((f) => [f.value, f.period])).toEqual([[186, "2025"], [12, "2025"]]);
  });
});
