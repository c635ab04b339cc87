/** Credit lines and datelines read for a document's outlet, date and author, on lines written for this test. */
import { describe, expect, it } from "vitest";
import { looksLikeHeading, readMetaLine } from "../../src/documents/metadata.js";
import { layoutDocument } from "../../src/documents/layout.js";

describe("credit lines", () => {
  it.each([
    ["The Diplomat | 14 March 2025", { outlet: "The Diplomat", date: "2025-03-14" }],
    ["Kabar, Bishkek, 2 April 2024", { outlet: "Kabar", date: "2024-04-02" }],
    ["UzDaily, 05.11.2024", { outlet: "UzDaily", date: "2024-11-05" }],
    ["Trend | 2025-01-09", { outlet: "Trend", date: "2025-01-09" }],
    ["By Reuters staff, 3 May 2024", { outlet: "Reuters", date: "2024-05-03" }],
    ["By Anna Petrova, 3 May 2024", { author: "Anna Petrova", date: "2024-05-03" }],
  ])("%s", (line, expected) => {
    expect(readMetaLine(line)).toMatchObject({ ...expected, dateline: true });
  });

  it("reads the agency in brackets after a dateline's place as the outlet", () => {
    expect(readMetaLine("Dushanbe, Tajikistan (Asia-Plus) – 3 March 2025")).toMatchObject({ outlet: "Asia-Plus", date: "2025-03-03", dateline: true });
    expect(readMetaLine("Bishkek, Kyrgyzstan (24.kg) – 9 June 2025")).toMatchObject({ outlet: "24.kg", date: "2025-06-09" });
  });

  it("reads the place a dateline or credit line names, a wire's capitals written as a name", () => {
    expect(readMetaLine("Bishkek, 2 April 2025 — Kyrgyzstan and China signed").place).toBe("Bishkek");
    expect(readMetaLine("XI'AN, Jan. 20 (Xinhua) -- Freight trains").place).toBe("Xi'an");
    expect(readMetaLine("Kabar, Bishkek, 2 April 2024").place).toBe("Bishkek");
  });

  it("reads a government site's stamp of date, time and source", () => {
    expect(readMetaLine("2025-03-04 09:15 Source: General Administration of Customs")).toMatchObject({ date: "2025-03-04", outlet: "General Administration of Customs", dateline: true });
  });

  it("reads a line that is only a date in figures, and a long source line, as a release stamps them", () => {
    const doc = layoutDocument("r.txt", "Foreign trade of Tajikistan in 2025\n\n14.01.2026\n\nExports rose 8%.\n\nSource: Agency on Statistics under the President of the Republic of Tajikistan");
    expect(doc.meta).toMatchObject({ date: "2026-01-14", outlet: "Agency on Statistics under the President of the Republic of Tajikistan" });
    expect(doc.furniture.map((f) => f.text)).toContain("14.01.2026");
  });

  it("reads the outlet and date of a credit line after 'Source:'", () => {
    expect(readMetaLine("Source: Tianshan Net | 2025-08-14")).toMatchObject({ outlet: "Tianshan Net", date: "2025-08-14" });
  });

  it("reads the agency and place of an undated wire dateline in capitals", () => {
    expect(readMetaLine("BISHKEK. KABAR – Kyrgyzstan's exports to China rose.")).toMatchObject({ outlet: "Kabar", place: "Bishkek" });
    expect(readMetaLine("OSH (AKIpress) - Trucks queued at the border.")).toMatchObject({ outlet: "AKIpress", place: "Osh" });
    // A place after a place is no agency.
    expect(readMetaLine("ALMATY. KAZAKHSTAN – Prices rose.").outlet).toBeUndefined();
  });

  it("reads the agency of a Russian-style wire dateline, which gives no year", () => {
    const meta = readMetaLine("ALMATY, March 4. /Interfax/. Kazakhstan's grain exports rose.");
    expect(meta.outlet).toBe("Interfax");
    expect(meta.date).toBeUndefined();
  });

  it("takes no impossible date, and no sentence for a credit line", () => {
    expect(readMetaLine("Kabar, 31.13.2024").date ?? null).toBeNull();
    expect(readMetaLine("Trade grew by 4 percent, reaching a record on 3 May 2024").dateline).toBeUndefined();
  });

  it("takes a line that is only a web outlet and a date for a credit line", () => {
    expect(readMetaLine("Trend.az, 9 January 2025")).toMatchObject({ outlet: "Trend.az", date: "2025-01-09", dateline: true });
    // Inside a share bar it gives outlet and date, and the bar stays what it is.
    expect(readMetaLine("0 Comment(s) Print E-mail Trend.az, 9 January 2025").dateline).toBeUndefined();
  });

  it("keeps a credit line out of the headings, so figures keep the title as their section", () => {
    const doc = layoutDocument("t.txt", "Kyrgyz exports rise\n\nKabar | 2 April 2024\n\nExports reached $1 billion last year.");
    expect(doc.meta).toMatchObject({ title: "Kyrgyz exports rise", outlet: "Kabar", date: "2024-04-02" });
    expect(doc.furniture.map((f) => f.text)).toContain("Kabar | 2 April 2024");
  });
});

describe("headings and columns kept by spaces", () => {
  it("takes a line of three columns or more kept by runs of spaces for no heading, but keeps a title typed with a double space", () => {
    expect(looksLikeHeading("Product        2022      2023    Change")).toBe(false);
    expect(looksLikeHeading("Kazakh grain  exports hit a record")).toBe(true);
  });
});

describe("round 47: a Russian agency's dateline beside a bracket, and an outlet after a publication stamp", () => {
  it("reads '/AGENCY/' when the line also holds a bracket", () => {
    expect(readMetaLine("NOVOSIBIRSK, May 12. /RIA/. Siberian Railway (ZSZD) shipped more coal to China.")).toMatchObject({ outlet: "RIA", place: "Novosibirsk" });
  });

  it("reads the outlet a publication stamp names after 'by'", () => {
    expect(readMetaLine("Published 3 March 2025 by the Akipress news agency")).toMatchObject({ outlet: "Akipress", date: "2025-03-03" });
    expect(readMetaLine("Posted on 8 May 2024 by Trend")).toMatchObject({ outlet: "Trend", date: "2024-05-08" });
  });
});

describe("round 48: a post's title with an emoji", () => {
  it("takes a title that opens with an emoji and ends with a word in brackets", () => {
    expect(looksLikeHeading("🚨 Kazakhstan and China: what the new data show (thread)")).toBe(true);
  });

  it("still takes a newsletter's emoji line with a number for a bullet, and a dateline with an agency for no title", () => {
    expect(looksLikeHeading("⛽ Diesel, Shymkent: 305 tenge per litre")).toBe(false);
    expect(looksLikeHeading("Bishkek, 4 March 2025 (Kabar)")).toBe(false);
  });
});

describe("round 69: a journal's issue", () => {
  it("dates a paper to the year its issue gives, and names the journal", () => {
    expect(readMetaLine("Journal of Eurasian Studies, Vol. 9, No. 2 (2025), pp. 45-67")).toMatchObject({ outlet: "Journal of Eurasian Studies", date: "2025", dateline: true });
    expect(readMetaLine("Asian Survey, Volume 61 (2021)")).toMatchObject({ outlet: "Asian Survey", date: "2021" });
    // A sentence that mentions a volume is no credit line.
    expect(readMetaLine("The volume of trade, Vol. 2 of the report (2025), rose.").date).toBeUndefined();
  });
});

describe("round 76: an outlet whose name opens in lower case", () => {
  it("reads 'bne IntelliNews, 30 September 2026' as a credit line", () => {
    expect(readMetaLine("bne IntelliNews, 30 September 2026")).toMatchObject({ outlet: "bne IntelliNews", date: "2026-09-30", dateline: true });
  });
});

describe("round 80: an outlet whose name holds a slash", () => {
  it("reads 'RFE/RL, 8 July 2026' as a credit line", () => {
    expect(readMetaLine("RFE/RL, 8 July 2026")).toMatchObject({ outlet: "RFE/RL", date: "2026-07-08", dateline: true });
  });
});

describe("a social post's credit line", () => {
  it("gives the post's date and author, and is set aside", () => {
    expect(readMetaLine("Thread by @SilkRoadStats, 4 February 2026")).toMatchObject({ date: "2026-02-04", author: "@SilkRoadStats", dateline: true });
    expect(readMetaLine("Posted by Aigerim Bek · 12 May 2026")).toMatchObject({ date: "2026-05-12", author: "Aigerim Bek", dateline: true });
    expect(readMetaLine("Thread by @SilkRoadStats on rail freight")).toEqual({});
  });
});

describe("a decree's number and date", () => {
  it("dates the document and is set aside", () => {
    expect(readMetaLine("No. 87 of 02.06.2026")).toMatchObject({ date: "2026-06-02", dateline: true });
    expect(readMetaLine("No. UP-145 dated 3 June 2026")).toMatchObject({ date: "2026-06-03", dateline: true });
    expect(readMetaLine("No. 87 of the agenda, 2026")).toEqual({});
  });
});

describe("a publisher's paper and its month", () => {
  it("dates the document to the month and names the publisher", () => {
    expect(readMetaLine("Almaty Trade Institute report, March 2026")).toMatchObject({ outlet: "Almaty Trade Institute", date: "2026-03", dateline: true });
    expect(readMetaLine("Kazakhstan's exports to China, March 2026")).toEqual({});
  });
});

describe("a page's stamp of disclosure or date", () => {
  it("dates the document from 'PSD disclosed:' and 'Date:' lines", () => {
    expect(readMetaLine("PSD disclosed: 12 Mar 2026")).toMatchObject({ date: "2026-03-12" });
    expect(readMetaLine("Date: 3 June 2026")).toMatchObject({ date: "2026-06-03" });
    // A project's other dates are not the page's.
    expect(readMetaLine("Closing date: 30 June 2030")).toEqual({});
  });
});

describe("a date written year first with slashes", () => {
  it("dates the document, as Chinese sites stamp pages", () => {
    expect(readMetaLine("2026/10/28")).toMatchObject({ date: "2026-10-28", dateline: true });
    expect(readMetaLine("2025/26")).toEqual({});
  });
});

describe("round 107: a title that names its publisher, its kind of paper and its date", () => {
  it("dates the document and names the publisher, and the line stays the title", () => {
    expect(readMetaLine("Central Bank of Uzbekistan: monthly review, 2 March 2026")).toEqual({ outlet: "Central Bank of Uzbekistan", date: "2026-03-02" });
    const doc = layoutDocument("b.txt", "Tajik Statistics Agency: quarterly bulletin No. 3, 14 October 2026\n\nExports to China rose 8% in the third quarter.\n");
    expect(doc.meta).toMatchObject({ title: "Tajik Statistics Agency: quarterly bulletin No. 3, 14 October 2026", date: "2026-10-14", outlet: "Tajik Statistics Agency" });
    // A heading with a period and no kind of paper is no date of writing.
    expect(readMetaLine("Kyrgyz exports to China: the figures, 2026")).toEqual({});
  });
});

describe("round 117: a byline's stamp with the date in figures", () => {
  it("dates the document", () => {
    expect(readMetaLine("By LI WEI in Urumqi | China Daily | Updated: 2026-11-20 09:12")).toMatchObject({ date: "2026-11-20" });
  });
});

describe("round 122: a body and a month, a report published in a month", () => {
  it("dates a document by a body's credit line with a comma, and by a wrapped title's '(published October 2026)'", () => {
    expect(readMetaLine("World Bank, November 2026")).toMatchObject({ outlet: "World Bank", date: "2026-11", dateline: true });
    expect(readMetaLine("Caspian Policy Center, May 2026")).toMatchObject({ outlet: "Caspian Policy Center", date: "2026-05" });
    // Not a heading's period: "Trade, October 2026".
    expect(readMetaLine("Trade, October 2026").date).toBeUndefined();
    const report = [
      "ASIAN DEVELOPMENT BANK",
      "Corridor Performance Measurement and Monitoring for the CAREC region",
      "Annual Report 2025 (published October 2026)",
      "",
      "Border crossing times at Khorgos averaged 31.6 hours for rail in 2025,",
      "down from 38.2 hours in 2024, and for road transport the average was",
      "9.4 hours, against 11.7 hours a year earlier, the monitoring shows.",
    ].join("\n");
    expect(layoutDocument("carec.txt", report).meta.date).toBe("2026-10");
  });
});
