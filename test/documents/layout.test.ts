import { describe, expect, it } from "vitest";
import { layoutDocument } from "../../src/documents/layout.js";
import { decodeText, firstInvalidUtf8 } from "../../src/documents/decode.js";
import { extractFromText } from "../../src/extract.js";

describe("layout", () => {
  const page = [
    "  • ABC/USD = 1.5 0%",
    "  • ABC/USD = 1.5 0%",
    "  • ABC/USD = 1.5 0%",
    "3 March 2023",
    "Tajikistan Opens a New Bridge",
    "By Dilnoza Rahimova",
    "The bridge cost $40 million, officials said.",
    "Kyrgyzstan",
    "Bishkek signed two deals.",
    "Share this article",
    "Related articles",
    "Another story about rail freight of 5 million tons",
    "Leave a Reply",
  ].join("\n");
  const doc = layoutDocument("page.txt", page);

  it("reads dateline, byline and title", () => {
    expect(doc.meta).toMatchObject({ date: "2023-03-03", author: "Dilnoza Rahimova", title: "Tajikistan Opens a New Bridge" });
  });

  it("sets furniture aside with its reason, and the page tail after related links", () => {
    const reasons = doc.furniture.map((f) => [f.text, f.reason]);
    expect(reasons).toEqual([
      ["• ABC/USD = 1.5 0%", "repeated ticker line (counted once)"],
      ["• ABC/USD = 1.5 0%", "repeated ticker line (counted once)"],
      ["3 March 2023", "dateline"],
      ["By Dilnoza Rahimova", "byline"],
      ["Share this article", "share and print links"],
      ["Related articles", "related-article links"],
      ["Another story about rail freight of 5 million tons", "related-article links (page tail)"],
      ["Leave a Reply", "comment form"],
    ]);
    for (const f of doc.furniture) expect(page.slice(f.start, f.end)).toBe(f.text);
  });

  it("finds place headings as sections", () => {
    const headings = doc.blocks.filter((b) => b.heading).map((b) => page.slice(b.start, b.end));
    expect(headings).toEqual(["Tajikistan Opens a New Bridge", "Kyrgyzstan"]);
    const last = doc.blocks[doc.blocks.length - 1]!;
    expect(page.slice(doc.blocks[last.section]!.start, doc.blocks[last.section]!.end)).toBe("Kyrgyzstan");
  });

  it("takes no table row for a heading, its cells between tabs", () => {
    const text = "Caspian Ports\nPort\tShips\nAktau\t412\nBaku\t388\n";
    const headings = layoutDocument("t.txt", text).blocks.filter((b) => b.heading).map((b) => text.slice(b.start, b.end));
    expect(headings).toEqual(["Caspian Ports"]);
  });

  it("tells where UTF-8 breaks", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xff]))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: "\uFEFFa", bom: true });
  });
});

describe("datelines", () => {
  it("reads a date opening the first paragraph without setting the paragraph aside", () => {
    const doc = layoutDocument("d.txt", "Mining Deals Signed\n\nDushanbe, 5 March 2024 — Tajikistan signed 12 agreements worth $1.2 billion.\n");
    expect(doc.meta.date).toBe("2024-03-05");
    expect(doc.furniture).toEqual([]);
    expect(doc.blocks).toHaveLength(2);
  });

  it("reads the agency a wire dateline names, with or without a year", () => {
    const xinhua = layoutDocument("x.txt", "Trade Hits High\n\nXI'AN, Jan. 20 (Xinhua) -- Trade between China and Central Asia rose.\n");
    expect(xinhua.meta).toMatchObject({ outlet: "Xinhua", date: null });
    const reuters = layoutDocument("r.txt", "Gas Deal\n\nASTANA, May 3, 2024 (Reuters) - Kazakhstan agreed to sell more gas.\n");
    expect(reuters.meta).toMatchObject({ outlet: "Reuters", date: "2024-05-03" });
    expect(layoutDocument("n.txt", "Trade (exports) - rose by a third.\n").meta.outlet).toBeNull();
  });

  it("reads an outlet-and-date line, and takes a place-and-date line for a dateline", () => {
    const doc = layoutDocument("e.txt", "Gas Still Flows East\n\nEurasianet, November 4, 2024\n\nTurkmenistan shipped 31 bcm of gas to China.\n");
    expect(doc.meta).toMatchObject({ outlet: "Eurasianet", date: "2024-11-04" });
    expect(doc.furniture.map((f) => [f.text, f.reason])).toEqual([["Eurasianet, November 4, 2024", "dateline"]]);
    expect(layoutDocument("p.txt", "Dushanbe, 5 March 2024\n\nTajikistan signed 12 agreements.\n").meta).toMatchObject({ outlet: null, date: "2024-03-05" });
  });

  it("reads a web page's publication stamp, and sets a short stamp line aside", () => {
    const doc = layoutDocument("s.txt", "Rail Link Opens\n\nBy Staff Reporter Published: Nov 03, 2023 08:15 AM\n\nThe link carried 2 million tons last year.\n");
    expect(doc.meta.date).toBe("2023-11-03");
    expect(doc.furniture.map((f) => f.reason)).toEqual(["dateline"]);
    expect(layoutDocument("u.txt", "Updated on 14 February 2025\n\nText.\n").meta.date).toBe("2025-02-14");
  });
});

describe("hard-wrapped paragraphs", () => {
  const text = [
    "Uzbek cotton yarn exports to China",
    "",
    "Tashkent, 20 May 2025 - Uzbekistan shipped cotton yarn worth $310 million to",
    "China in the first quarter, the Statistics Agency said. Yarn made up most of",
    "the country's textile exports.",
    "",
    "• Yarn: $310 million",
    "• Fabric: $42 million",
  ].join("\n");

  it("joins the lines of a paragraph wrapped mid-sentence, and leaves the title and list lines alone", () => {
    const doc = layoutDocument("w.txt", text);
    const blocks = doc.blocks.map((b) => text.slice(b.start, b.end));
    expect(blocks).toHaveLength(4);
    expect(blocks[1]).toBe(text.split("\n").slice(2, 5).join("\n"));
    expect(doc.blocks[1]).toMatchObject({ heading: false, wrapped: true });
    expect(doc.meta.title).toBe("Uzbek cotton yarn exports to China");
    expect(blocks.slice(2)).toEqual(["• Yarn: $310 million", "• Fabric: $42 million"]);
  });

  it("reads a wrapped file with one long line among twenty as wrapped still", () => {
    const lines = text.split("\n");
    const body = Array.from({ length: 10 }, () => lines.slice(2, 6)).flat();
    const withUrl = [...lines.slice(0, 2), ...body, "https://example.org/" + "a".repeat(100)].join("\n");
    expect(layoutDocument("u.txt", withUrl).blocks.some((b) => b.wrapped)).toBe(true);
  });

  it("reads a file with a line longer than a wrap as one paragraph a line", () => {
    const long = text.replace("the country's textile exports.", "the country's textile exports, which reached a record in the quarter according to the agency's release, though prices for yarn fell on the Chinese market.");
    expect(long.split("\n")[4]!.length).toBeGreaterThan(130);
    expect(layoutDocument("l.txt", long).blocks.some((b) => b.wrapped)).toBe(false);
  });
});

describe("an explainer's questions", () => {
  it("reads a short question as a section heading, and a labelled question as the title", () => {
    const text = "Q&A: Why does Tajikistan owe China so much?\nDushanbe Weekly | 4 March 2026\n\nHow large is the debt?\n\nTajikistan owed $1.1 billion to China Exim Bank at the end of 2025.\n\nCould it be repaid? Not soon, officials say.";
    const doc = layoutDocument("qa.txt", text);
    expect(doc.meta.title).toBe("Q&A: Why does Tajikistan owe China so much?");
    const blocks = doc.blocks.map((b) => [text.slice(b.start, b.end), b.heading]);
    expect(blocks).toContainEqual(["How large is the debt?", true]);
    // A question followed by an answer on its line is a paragraph, not a heading.
    expect(blocks).toContainEqual(["Could it be repaid? Not soon, officials say.", false]);
  });
});

describe("a channel's post", () => {
  it("reads a title opening with flags, the handle and date of its credit line, and each emoji line as a line of its own", () => {
    const text = "🇺🇿🇨🇳 Uzbekistan–China: numbers of the week\n@tashkent_trade · 14 Oct 2026\n\n📦 Angren logistics centre: 310 thou t handled in September\n🚆 Container trains to China: 212 in Jan–Sep\n";
    const doc = layoutDocument("post.txt", text);
    expect(doc.meta).toMatchObject({ title: "🇺🇿🇨🇳 Uzbekistan–China: numbers of the week", outlet: "@tashkent_trade", date: "2026-10-14" });
    const lines = doc.blocks.map((b) => text.slice(b.start, b.end));
    expect(lines).toContain("📦 Angren logistics centre: 310 thou t handled in September");
    expect(lines).toContain("🚆 Container trains to China: 212 in Jan–Sep");
  });
});

describe("round 70: a report's PDF, a Markdown newsletter", () => {
  const pdfLine = "Freight between China and Central Asia kept growing in 2026, and rail shipments across the border rose";
  it("reads lines of a PDF up to 110 characters or so as hard-wrapped, but a numbered item as a line of its own", () => {
    const text = ["Transport outlook 2027", "", pdfLine, "by 8% to 24.6 million tonnes in January-September, the bank estimates in its new outlook report.", "", "1. Kazakhstan: a new dry port at Khorgos, $0.4 billion of investment in total", "2. Uzbekistan: the second track of the Angren-Pap line, $0.6 billion"].join("\n");
    const doc = layoutDocument("r.txt", text);
    expect(pdfLine.length).toBeGreaterThan(100);
    expect(doc.blocks.map((b) => text.slice(b.start, b.end).slice(0, 12))).toEqual(["Transport ou", "Freight betw", "1. Kazakhsta", "2. Uzbekista"]);
    expect(doc.blocks[1]!.wrapped).toBe(true);
  });

  it("takes a report's place and date line for a place and a date, not an outlet", () => {
    const doc = layoutDocument("r.txt", "Transport outlook 2027\nEurasian Development Bank\nAlmaty, 16 November 2026\n\nFreight rose 8% in 2026.");
    expect(doc.meta).toMatchObject({ date: "2026-11-16", place: "Almaty", outlet: null });
  });

  it("reads a line set in emphasis as a whole without its marks: a heading, a credit line", () => {
    const doc = layoutDocument("n.txt", "# The Steppe Ledger\n\n*Your weekly read · 12 October 2026*\n\n**This week in numbers**\n\nTrade rose 4%.");
    expect(doc.meta.date).toBe("2026-10-12");
    const heading = doc.blocks.find((b) => b.heading && doc.text.slice(b.start, b.end).startsWith("This week"));
    expect(doc.text.slice(heading!.start, heading!.end)).toBe("This week in numbers");
  });
});

describe("round 107: a press release", () => {
  const release = [
    "PRESS RELEASE",
    "",
    "Shymkent logistics park opens its second warehouse",
    "",
    "Shymkent, 3 November 2026",
    "",
    "The warehouse covers 4 hectares and cost $6 million, the operator said. It is the park's second.",
    "",
    "About Ordabasy Logistics Group",
    "Ordabasy Logistics Group runs three parks in southern Kazakhstan. In 2025 it handled 210,000 tonnes of cargo.",
    "",
    "About Aigerim Sadykova",
    "Aigerim Sadykova covers transport for the group's newsletter.",
    "",
    "Media contact: press@example.kz | +7 7252 00 00 00",
  ].join("\n");
  const doc = layoutDocument("release.txt", release);

  it("takes the line under the kicker for the title", () => {
    expect(doc.meta.title).toBe("Shymkent logistics park opens its second warehouse");
  });

  it("reads a company's 'About' section as text, and sets a person's and the contact line aside", () => {
    const blocks = doc.blocks.map((b) => release.slice(b.start, b.end));
    expect(blocks).toContain("About Ordabasy Logistics Group");
    expect(blocks.some((b) => b.includes("210,000 tonnes"))).toBe(true);
    expect(doc.furniture.map((f) => [f.text, f.reason])).toEqual([
      ["Shymkent, 3 November 2026", "dateline"],
      ["About Aigerim Sadykova", "author bio"],
      ["Aigerim Sadykova covers transport for the group's newsletter.", "author bio (page tail)"],
      ["Media contact: press@example.kz | +7 7252 00 00 00", "contact details"],
    ]);
  });
});

describe("round 108: a speech's title, ending with its place and date", () => {
  it("is the title though it is long, and dates the document", () => {
    const text = "Remarks by the Deputy Prime Minister of Kazakhstan at the opening of the Kazakhstan–China Investment Forum, Almaty, 14 May 2026\n\nDear colleagues,\n\nLast year our trade with China reached forty-four billion dollars.\n";
    const doc = layoutDocument("speech.txt", text);
    expect(doc.meta.title).toBe("Remarks by the Deputy Prime Minister of Kazakhstan at the opening of the Kazakhstan–China Investment Forum, Almaty, 14 May 2026");
    expect(doc.meta.date).toBe("2026-05-14");
    // A line of more than 24 words, though it ends in a date, is no title.
    expect(layoutDocument("p.txt", "Trade rose.\n\nThe ministry said trade with China and Russia and the rest of the world rose in the months to the end of October, 3 November 2026\n").meta.title).toBe(null);
  });
});

describe("round 119: a weekly digest's title, ending with the days it covers", () => {
  it("is the title, and dates the document on the last of those days", () => {
    const text = "Kazakhstan–China: the week in numbers (Mar 2–8, 2026)\n\nTrade\n- Turnover, Jan–Feb: $3.9 bn (+6% y/y).\n";
    const doc = layoutDocument("week.txt", text);
    expect(doc.meta.title).toBe("Kazakhstan–China: the week in numbers (Mar 2–8, 2026)");
    expect(doc.meta.date).toBe("2026-03-08");
    expect(layoutDocument("w.txt", "Tajik–Chinese trade: a fortnight in figures, 14-27 September 2026\n\nExports rose.\n").meta.date).toBe("2026-09-27");
    // A full date in brackets too.
    expect(layoutDocument("d.txt", "Gas deliveries to China slip (18 November 2026)\n\nDeliveries fell.\n").meta.date).toBe("2026-11-18");
  });

  it("gives its months to a period written without a year, and no day of its own to a flow", () => {
    const figures = extractFromText("Kazakhstan–China: the week in numbers (Mar 2–8, 2026)\n\nTrade\n- Turnover, Jan–Feb: $3.9 bn (+6% y/y).\n- Exports to China: $1.6 bn.\n");
    expect(figures.map((f) => [f.text, f.period])).toEqual([["$3.9 bn", "2026-01/2026-02"], ["+6%", "2026-01/2026-02"], ["$1.6 bn", null]]);
  });
});

describe("round 121: a channel's daily, its date after a dash", () => {
  it("is the title, and dates the document", () => {
    const doc = layoutDocument("daily.txt", "📦 Border Freight Daily — 3 Dec 2026\n\n🚛 Khorgos: ~610 trucks/day this week.\n");
    expect(doc.meta.title).toBe("📦 Border Freight Daily — 3 Dec 2026");
    expect(doc.meta.date).toBe("2026-12-03");
  });
});
