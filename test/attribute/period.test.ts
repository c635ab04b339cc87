/** Period mentions read from text: spans counted in quarters and in months. */
import { describe, expect, it } from "vitest";
import { findPeriods, forwardPeriod, refDateOf } from "../../src/attribute/period.js";
import { extractFromText } from "../../src/extract.js";

const periods = (text: string) => findPeriods(text, refDateOf("2025-01-20")).map((p) => p.period);

describe("spans counted in quarters and months", () => {
  it.each([
    ["In the first three quarters of 2023, Kyrgyz exports to China rose to $310 million.", "$310 million", "2023-01/2023-09"],
    ["Trade reached $6.2 billion in the first two quarters of 2022.", "$6.2 billion", "2022-H1"],
    ["Trade turnover between Kazakhstan and Uzbekistan reached $4.1 billion in 9 months of 2024.", "$4.1 billion", "2024-01/2024-09"],
    ["Exports totalled $880 million in seven months of 2023.", "$880 million", "2023-01/2023-07"],
  ])("%s", (text, _figure, period) => {
    expect(periods(text)).toEqual([period]);
  });

  it("'in 9 months' with no year is a time to come, not a span of the year", () => {
    expect(periods("The terminal will be completed in 9 months.")).toEqual([]);
  });
});

describe("'of the year'", () => {
  it("is the reference date's year for a span with none of its own", () => {
    expect(findPeriods("Trade reached $3.2 billion in the first nine months of the year.", refDateOf("2024-11-15")).map((p) => p.period)).toEqual(["2024-01/2024-09"]);
    // Another "of …" is still not read as a year.
    expect(periods("Output fell in the first half of the decade.")).toEqual([]);
  });
});

describe("year-end", () => {
  it("is the end of the year the sentence names, else of the reference year", () => {
    const fs = extractFromText("The manat held at 3.5 manat per dollar through 2023, and the rate stood at 3.6 manat per dollar at year-end.", { date: "2024-03-01" });
    expect(fs.map((f) => f.period)).toEqual(["2023", "2023"]);
    expect(extractFromText("Exports should reach $2 billion by year-end.", { date: "2024-03-01" })[0]).toMatchObject({ period: "2024" });
  });
});

describe("the start of the year", () => {
  it("is the year's first day; 'since' it, the months from it to the reference date", () => {
    const [start] = findPeriods("The number stood at 780 at the start of the year.", refDateOf("2025-06-12"));
    expect(start).toMatchObject({ period: "2025-01-01", pointInTime: true });
    expect(findPeriods("The somoni has firmed 3% since the beginning of the year.", refDateOf("2025-08-12"))[0]!.period).toBe("2025-01/2025-08");
    // A year named after it is that year's, read by the year rule.
    expect(findPeriods("at the start of the year 2024", refDateOf("2025-06-12")).map((p) => p.period)).not.toContain("2025-01-01");
  });
});

describe("the end of a month", () => {
  it("is that month, and an opening one dates an outcome before a span named later in the sentence", () => {
    expect(findPeriods("by the end of June", refDateOf("2025-08-01"))[0]).toMatchObject({ period: "2025-06", pointInTime: true });
    const [stock, loans] = extractFromText("By the end of June, Chinese loans to Tajikistan had reached $1.1 billion, while new loans totaled $90 million in the first half.", { date: "2025-08-01" });
    expect(stock).toMatchObject({ period: "2025-06" });
    expect(loans).toMatchObject({ period: "2025-H1" });
  });
});


describe("short forms and months relative to the date of writing", () => {
  it("reads '1H25', \"H1'25\", '3Q24', \"Q3'24\" and 'FY24'", () => {
    const p = (text: string) => findPeriods(text, refDateOf("2025-06-15")).map((m) => m.period);
    expect(p("Exports rose in 1H25 and in H2'24.")).toEqual(["2025-H1", "2024-H2"]);
    expect(p("Profit fell in 3Q24, then in Q4'24, and in FY24.")).toEqual(["2024-Q3", "2024-Q4", "2024"]);
  });

  it("reads 'last month', 'this month' and 'the previous quarter' against the date of writing", () => {
    const p = (text: string) => findPeriods(text, refDateOf("2025-01-20")).map((m) => m.period);
    expect(p("Trade fell last month.")).toEqual(["2024-12"]);
    expect(p("Trade rose this month.")).toEqual(["2025-01"]);
    expect(p("Trade rose in the previous quarter.")).toEqual(["2024-Q4"]);
  });
});

describe("a forecast 'seen at'", () => {
  it("reads 'is seen at $5bn' as a forecast", () => {
    expect(extractFromText("Kazakh-Chinese trade is seen at $50bn next year.", { date: "2025-06-01" })[0]).toMatchObject({ status: "forecast" });
    expect(extractFromText("Trade is seen at $50bn.", { date: "2025-06-01" })[0]).toMatchObject({ status: "forecast" });
  });
});

describe("round 47: year to date", () => {
  it("reads 'year to date', 'YTD' and 'so far this year' as the months from January to the document's date", () => {
    const ref = refDateOf("2024-08-05");
    expect(findPeriods("Year to date, shipments rose 7%.", ref).map((p) => p.period)).toEqual(["2024-01/2024-08"]);
    expect(findPeriods("Volumes are up 4% YTD.", ref).map((p) => p.period)).toEqual(["2024-01/2024-08"]);
    expect(findPeriods("So far this year, 2,100 trains have run.", ref).map((p) => p.period)).toEqual(["2024-01/2024-08"]);
  });
});

describe("round 48: a period with no year, for a figure still to come", () => {
  it("marks a period whose year the text does not write", () => {
    const [h2, y] = findPeriods("in the second half, and in 2026", refDateOf("2025-07-14"));
    expect(h2).toMatchObject({ period: "2024-H2", yearInferred: true });
    expect(y!.yearInferred).toBeUndefined();
  });

  it("moves such a period a year on when it ended before the date of writing", () => {
    const ref = refDateOf("2025-07-14");
    expect(forwardPeriod("2024-H2", ref)).toBe("2025-H2");
    expect(forwardPeriod("2025-Q1", ref)).toBe("2026-Q1");
    expect(forwardPeriod("2024-01/2024-04", ref)).toBe("2025-01/2025-04");
    expect(forwardPeriod("2025-Q3", ref)).toBe("2025-Q3");
  });

  it("dates a forecast 'in the first quarter' forward and an actual back", () => {
    const [forecast] = extractFromText("Exports are expected to reach $2 billion in the first quarter.", { date: "2025-07-14" });
    const [actual] = extractFromText("Exports reached $2 billion in the first quarter.", { date: "2025-07-14" });
    expect([forecast!.period, actual!.period]).toEqual(["2026-Q1", "2025-Q1"]);
  });
});

describe("the year's months so far, and the full year, with no year written", () => {
  it("reads 'for the nine months' as the first nine months of the latest year they have ended in", () => {
    const at = (text: string, date: string) => findPeriods(text, refDateOf(date)).map((p) => p.period);
    expect(at("Revenue for the nine months rose 14%.", "2026-11-12")).toEqual(["2026-01/2026-09"]);
    expect(at("Freight over the eight months grew 5%.", "2026-03-02")).toEqual(["2025-01/2025-08"]);
    // Not a span of months ending elsewhere, nor one before or after the date of writing.
    expect(at("Sales in the six months to June fell.", "2026-11-12")).toEqual([]);
    expect(at("Prices rose over the past six months.", "2026-11-12")).toEqual([]);
  });

  it("reads 'the full year' as the year last ended for an outcome, and the year under way for a forecast", () => {
    const fs = extractFromText("Full-year sales were 3,000 tonnes. The miner expects to sell 3,500 tonnes for the full year.", { date: "2026-04-10" });
    expect(fs.map((f) => [f.text, f.period])).toEqual([["3,000 tonnes", "2025"], ["3,500 tonnes", "2026"]]);
    expect(periods("Full year 2023 output was 21,000 tonnes.")).toEqual(["2023"]);
  });
});

describe("quarters and halves in Roman numerals, and the corresponding period", () => {
  it("reads 'I-III quarters of 2025', 'II quarter 2024' and 'I half of 2025', only with a year", () => {
    expect(periods("In I-III quarters of 2024, Kyrgyz exports rose.")).toEqual(["2024-01/2024-09"]);
    expect(periods("In II quarter 2024 imports fell.")).toEqual(["2024-Q2"]);
    expect(periods("In I half of 2024 trade rose.")).toEqual(["2024-H1"]);
    expect(periods("I quarter the figures myself.")).toEqual([]);
  });

  it("reads 'compared to the corresponding period of 2024' as a period compared with, not the figure's own", () => {
    const fs = extractFromText("In January-June 2025, Uzbek exports to China amounted to USD 1.9 bln, an increase of 7.1% compared to the corresponding period of 2024.", { date: "2025-08-01" });
    expect(fs.map((f) => f.period)).toEqual(["2025-H1", "2025-H1"]);
  });
});

describe("a company's reporting period", () => {
  it.each([
    ["Results for the nine months ended 30 September 2026", "2026-01/2026-09"],
    ["Revenue for the six months ended June 30, 2026 rose 5%.", "2026-H1"],
    ["Profit for the year ended 31 March 2026 fell.", "2025-04/2026-03"],
    ["in the quarter ending September 30, 2026", "2026-Q3"],
    ["for the year ended 31 December 2025", "2025"],
  ])("%s", (text, period) => {
    expect(periods(text)).toEqual([period]);
  });
});

describe("spans to the date of writing", () => {
  const at = (text: string, date: string) => findPeriods(text, refDateOf(date)).map((p) => p.period);
  it("reads 'since March' as March to the month of writing, and 'for 7 months:' as a label of the year so far", () => {
    expect(at("The port has handled 2.1 mln t since March.", "2026-10-05")).toEqual(["2026-03/2026-10"]);
    expect(at("Trade for 7 months: $12,3 bn", "2026-08-20")).toEqual(["2026-01/2026-07"]);
    // Not a duration in a sentence: "was closed for 9 months".
    expect(at("The crossing was closed for 9 months.", "2026-08-20")).toEqual([]);
  });
});

describe("round 78: months of a year written short", () => {
  it("reads '9M26' and \"6M'25\" as the first months of 2026 and 2025", () => {
    const ref = refDateOf("2026-10-15");
    expect(findPeriods("GDP grew 6.1% in 9M26", ref).map((p) => p.period)).toEqual(["2026-01/2026-09"]);
    expect(findPeriods("EBITDA rose 12% in 6M'25", ref).map((p) => p.period)).toEqual(["2025-H1"]);
  });
});

describe("round 88: the twelve months to a month", () => {
  it("reads 'the year to June' and 'the 12 months to September 2026' as the twelve months ending then", () => {
    const ref = refDateOf("2026-10-15");
    expect(findPeriods("in the year to June", ref).map((p) => p.period)).toEqual(["2025-07/2026-06"]);
    expect(findPeriods("in the 12 months to September 2026", ref).map((p) => p.period)).toEqual(["2025-10/2026-09"]);
    expect(findPeriods("in the year to December 2025", ref).map((p) => p.period)).toEqual(["2025"]);
  });
});

describe("days of the week", () => {
  // Wednesday, 18 March 2026.
  const ref = refDateOf("2026-03-18");
  const read = (text: string) => findPeriods(text, ref).map((p) => p.period);

  it("reads a weekday as the last such day up to the date of writing, 'next' as the first after it", () => {
    expect(read("Gold traded at $4,010 on Monday.")).toEqual(["2026-03-16"]);
    expect(read("The talks end on Wednesday.")).toEqual(["2026-03-18"]);
    expect(read("The index fell last Wednesday.")).toEqual(["2026-03-11"]);
    expect(read("The line opens next Friday.")).toEqual(["2026-03-20"]);
  });

  it("leaves a weekday that heads its date to the date, and needs a day to count back from", () => {
    expect(read("The deal was signed on Monday, 16 March.")).toEqual(["2026-03-16"]);
    expect(findPeriods("It rose on Monday.", refDateOf("2026-03")).map((p) => p.period)).toEqual([]);
  });
});

describe("a year inside a document's number", () => {
  it("is no period: 'Order No. 2025-K-118'", () => {
    const ref = refDateOf("2026-03-18");
    expect(findPeriods("Under Order No. 2025-K-118 the line was leased.", ref)).toEqual([]);
    expect(findPeriods("Tender #2026-04 covers wagons bought in 2025.", ref).map((p) => p.period)).toEqual(["2025"]);
  });
});

describe("probe 92: spans of quarters and days, short forms with a four-digit year, the years to a year", () => {
  const ref = refDateOf("2026-11-01");
  const read = (text: string) => findPeriods(text, ref).map((p) => p.period);

  it("reads spans of quarters and short forms with their full year", () => {
    expect(read("Freight grew in Q1-Q2 2025.")).toEqual(["2025-H1"]);
    expect(read("Freight grew in 2Q–3Q 2026.")).toEqual(["2026-04/2026-09"]);
    expect(read("Freight grew in 4Q 2025 and 2H 2024.")).toEqual(["2025-Q4", "2024-H2"]);
    expect(read("Freight grew in 11M25.")).toEqual(["2025-01/2025-11"]);
  });

  it("reads a span of days, as whole months when it is, and two days joined by 'and' as two days", () => {
    expect(read("Trade from January 1 to June 30, 2025 rose.")).toEqual(["2025-H1"]);
    expect(read("Trade between 10 February and 25 May 2026 rose.")).toEqual(["2026-02-10/2026-05-25"]);
    expect(read("Trade from 1 November 2025 to 28 February 2026 rose.")).toEqual(["2025-11/2026-02"]);
    expect(read("Trade from 1 March to 30 April rose.")).toEqual(["2026-03/2026-04"]);
    expect(read("Rates changed on 1 March and 30 April 2026.")).toEqual(["2026-03-01", "2026-04-30"]);
  });

  it("reads the years to a year as the span ending with it", () => {
    expect(read("Investment doubled in the four years to 2024.")).toEqual(["2021/2024"]);
    expect(read("Investment doubled over the decade through 2025.")).toEqual(["2016/2025"]);
  });
});

describe("probe 111: halves and months from January written short, with no year", () => {
  const ref = refDateOf("2026-08-20");
  it("are the latest such ended by the date of writing, after a preposition", () => {
    expect(findPeriods("Trade slipped 3% in H1.", ref).map((p) => p.period)).toEqual(["2026-H1"]);
    expect(findPeriods("Freight rose 5% in 2H.", ref).map((p) => p.period)).toEqual(["2025-H2"]);
    expect(findPeriods("Exports fell 2% in 7M.", ref).map((p) => p.period)).toEqual(["2026-01/2026-07"]);
    // An amount in millions is no period.
    expect(findPeriods("The loan is worth $9M.", ref)).toEqual([]);
  });
});

describe("round 121: 'over the 10 months of 2026'", () => {
  it("is January to October, as 'in 8 months of 2024' is January to August", () => {
    const ref = refDateOf("2026-11-21");
    expect(findPeriods("Over the 10 months of 2026, exports rose.", ref).map((p) => p.period)).toEqual(["2026-01/2026-10"]);
    expect(findPeriods("For the 7 months of 2025, imports fell.", ref).map((p) => p.period)).toEqual(["2025-01/2025-07"]);
  });
});

describe("round 127: '9M26'", () => {
  it("writes its year", () => {
    const [p] = findPeriods("Investment in 9M26 reached $2.7bn.", refDateOf("2026-11-16"));
    expect([p!.period, p!.yearInferred]).toEqual(["2026-01/2026-09", undefined]);
  });
});
