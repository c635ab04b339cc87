/**
 * Attribution in `extract.ts`, on sentences written for these tests in the styles of wire copy,
 * statistics releases and business news the seeds do not use.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "../src/extract.js";
import { layoutDocument } from "../src/documents/layout.js";
import { scanSentence } from "../src/grammar/scan.js";
import { findPeriods, refDateOf } from "../src/attribute/period.js";
import type { Figure } from "../src/types.js";

const figs = (text: string, date = "2025-03-10") => extractFromText(text, { date });
const byText = (fs: Figure[], text: string): Figure => {
  const f = fs.find((x) => x.text === text);
  expect(f, `${text} in ${fs.map((x) => x.text).join(" | ")}`).toBeDefined();
  return f!;
};

describe("partners across the clauses of a sentence", () => {
  it("keeps the pair when both clauses name the same partner", () => {
    const fs = figs("Uzbekistan's exports to China reached $2.6 billion, while imports from China totaled $9.8 billion.");
    expect(byText(fs, "$2.6 billion")).toMatchObject({ entities: ["China", "Uzbekistan"], direction: "export" });
    expect(byText(fs, "$9.8 billion")).toMatchObject({ entities: ["China", "Uzbekistan"], direction: "import" });
  });

  it("still keeps apart clauses that name different partners", () => {
    const fs = figs("Xinjiang's trade with Kyrgyzstan amounted to 58 billion yuan, while that with Tajikistan reached 9 billion yuan.");
    expect(byText(fs, "58 billion yuan").entities).not.toContain("Tajikistan");
    expect(byText(fs, "9 billion yuan").entities).not.toContain("Kyrgyzstan");
  });
});

describe("an amount in a national currency", () => {
  const text = `Border terminals get new funding

A further TJS 800 million (about $73 million) will be allocated to border terminals in 2026.`;

  it("is first its country's when the sentence names no place", () => {
    const fs = figs(text);
    expect(byText(fs, "TJS 800 million").entities).toContain("Tajikistan");
    expect(byText(fs, "about $73 million").entities).toContain("Tajikistan");
  });

  it("takes its status and period from the verb past the conversion's brackets, and allocations are investment", () => {
    const f = byText(figs(text), "TJS 800 million");
    expect(f).toMatchObject({ kind: "investment", status: "forecast", period: "2026" });
  });

  it("in yuan is not given to China over the places the paragraph names", () => {
    const fs = figs("Xinjiang's trade with Central Asia grows\n\nExports stood at 150.2 billion yuan, while imports dropped to 20.4 billion yuan.");
    expect(byText(fs, "150.2 billion yuan").entities).toEqual(["Central Asia", "Xinjiang"]);
  });
});

describe("lines listed under an opening", () => {
  it("are trade in the opening's direction when they are money", () => {
    const fs = figs("Tajikistan's imports from China rose in 2024.\n\nThe main import items were:\n\nMachinery — $1.4 bln (+12%)\nVehicles — $620 mln");
    expect(byText(fs, "$1.4 bln")).toMatchObject({ kind: "trade", direction: "import", subject: "Machinery" });
    expect(byText(fs, "+12%")).toMatchObject({ kind: "growth", direction: "import" });
    expect(byText(fs, "$620 mln")).toMatchObject({ kind: "trade", direction: "import", subject: "Vehicles" });
  });
});

describe("headlines", () => {
  it("read 'to build' as will build", () => {
    const fs = figs("Sinopec to build $900 mln petrochemical plant in Kazakhstan\n\nThe company signed the agreement in Atyrau.");
    expect(byText(fs, "$900 mln")).toMatchObject({ kind: "investment", status: "forecast" });
  });

  it("but a body sentence with 'to build' stays an actual", () => {
    const fs = figs("Plant news\n\nThe agreement to build the $900 million plant was signed in 2021.");
    expect(byText(fs, "$900 million").status).toBe("actual");
  });
});

describe("prices", () => {
  it("are prices per quantity, and the level they are compared with is priced the same way", () => {
    const fs = figs("Freight rates on the route fell to $1,850 per TEU, compared with $2,400 in 2023.");
    expect(byText(fs, "$1,850 per TEU")).toMatchObject({ kind: "other", per: "per TEU", value: 1850 });
    expect(byText(fs, "$2,400")).toMatchObject({ kind: "other", per: "per TEU", period: "2023" });
  });

  it("are not costs of investment, whatever the word before them", () => {
    const f = byText(figs("Transit costs dropped to $1,200 per wagon last year."), "$1,200 per wagon");
    expect(f).toMatchObject({ kind: "other", per: "per wagon" });
    expect(byText(figs("Kazakh wheat sold for $235 a tonne in March."), "$235 a tonne").per).toBe("per tonne");
  });

  it("while an amount per year keeps its kind", () => {
    expect(byText(figs("Trade between Kazakhstan and Kyrgyzstan could reach $3 billion per year."), "$3 billion per year")).toMatchObject({ kind: "trade", per: "per year" });
  });
});

describe("kinds and subjects", () => {
  it("a wind farm's value is investment", () => {
    expect(byText(figs("A 500 MW wind farm in the Zhambyl region, worth $610 million, opened in 2024."), "$610 million").kind).toBe("investment");
  });

  it("'a year-on-year increase of' gives the change no subject 'a'", () => {
    const f = byText(figs("Imports stood at 45.2 billion yuan in 2024, a year-on-year increase of 7.3 percent."), "7.3 percent");
    expect(f.subject).toBeNull();
    expect(f.kind).toBe("growth");
  });
});

describe("'in the same period'", () => {
  it("is the period named last, in an earlier paragraph", () => {
    const fs = figs("Kyrgyz exports to China rose to $95 million in January–May 2024.\n\nThey made up 3.1 percent of Kyrgyzstan's total exports in the same period.");
    expect(byText(fs, "3.1 percent").period).toBe("2024-01/2024-05");
  });

  it("but 'the same period of 2023' is a comparison, not a reference back", () => {
    const fs = figs("Kyrgyz exports to China rose to $95 million in January–May 2024.\n\nCompared with the same period of 2023, imports from Russia fell by 4 percent to $1.9 billion.");
    expect(byText(fs, "$1.9 billion").period).not.toBe("2024-01/2024-05");
  });
});

describe("another clause's deadline", () => {
  it("does not date an outcome when it is still to come", () => {
    const fs = figs("The agency has allocated $50 million to two terminals, which are expected to handle 2 million tons by 2027.", "2025-05-02");
    expect(byText(fs, "$50 million")).toMatchObject({ status: "actual", period: null });
    expect(byText(fs, "2 million tons")).toMatchObject({ status: "forecast", period: "2027" });
  });

  it("still dates it when the deadline has passed", () => {
    const fs = figs("Uzbekistan became the region's second market by 2022, when its trade with China reached $9 billion.", "2025-05-02");
    expect(byText(fs, "$9 billion")).toMatchObject({ period: "2022" });
  });
});

describe("a clause that completes the one before it", () => {
  it("takes that clause's flow", () => {
    const fs = figs("Tajik exports to China made up most of the total, at $310 million, while imports from China came to $1.9 billion.");
    expect(byText(fs, "$310 million")).toMatchObject({ kind: "trade", direction: "export" });
    expect(byText(fs, "$1.9 billion")).toMatchObject({ kind: "trade", direction: "import" });
  });
});

describe("a figure alone in brackets", () => {
  it("belongs to the name just before them", () => {
    const fs = figs("Turkmenistan led with $6.1 billion, followed by Uzbekistan ($4.4 billion) and Tajikistan ($0.9 billion).");
    expect(byText(fs, "$4.4 billion").entities).toContain("Uzbekistan");
    expect(byText(fs, "$4.4 billion").entities).not.toContain("Tajikistan");
    expect(byText(fs, "$0.9 billion").entities).toEqual(["Tajikistan"]);
  });
});

describe("a line's label", () => {
  it("gives the value after it its flow", () => {
    const fs = figs("Kyrgyz trade with China, 2024\n\nTrade reached 84.2 billion yuan.\n\nImports: 80.5 billion yuan (+4.2% y/y)");
    expect(byText(fs, "80.5 billion yuan")).toMatchObject({ kind: "trade", direction: "import" });
  });
});

describe("who supplies, and who stands for a country", () => {
  it("takes 'supplied … to' for freight out", () => {
    const fs = figs("Kyrgyzstan supplied 12,000 tons of apricots to China this year.", "2024-11-15");
    expect(byText(fs, "12,000 tons")).toMatchObject({ kind: "freight", direction: "export", entities: ["China", "Kyrgyzstan"] });
  });

  it("reads national companies and regions as their countries", () => {
    expect(byText(figs("KazMunayGas reported net profit of KZT 300 billion."), "KZT 300 billion").entities).toEqual(["Kazakhstan"]);
    expect(byText(figs("A Chinese firm will build a 100-MW wind farm in the Fergana region."), "100-MW").entities).toContain("Uzbekistan");
  });
});

describe("a paragraph that breaks down the total before it", () => {
  const text = [
    "Tajik trade figures",
    "Trade between Tajikistan and China reached $1.9 billion in January-June 2025, Tajik customs said.",
    "Imports from China made up most of it, at $1.7 billion, while exports to China were $0.2 billion.",
    "Exports: $0.2 billion (+5% y/y)",
    "Tajikistan also shipped 40,000 tonnes of lemons to China.",
  ].join("\n\n");

  it("takes the total's period for its exports and imports, and a change takes its level's", () => {
    const fs = figs(text);
    expect(byText(fs, "$1.7 billion")).toMatchObject({ direction: "import", period: "2025-H1" });
    expect(fs.filter((f) => f.text === "$0.2 billion").map((f) => f.period)).toEqual(["2025-H1", "2025-H1"]);
    expect(byText(fs, "+5%")).toMatchObject({ kind: "growth", period: "2025-H1" });
  });

  it("gives nothing to a figure of another kind or unit", () => {
    expect(byText(figs(text), "40,000 tonnes").period).toBeNull();
  });
});

describe("a list of names and figures", () => {
  it("gives each figure its own name and none of the others'", () => {
    const fs = figs("Kazakhstan was the largest investor, with $3.1 billion, followed by Russia at $1.9 billion and Turkey at $0.7 billion.");
    expect(byText(fs, "$3.1 billion").entities).toContain("Kazakhstan");
    expect(byText(fs, "$3.1 billion").entities).not.toContain("Russia");
    expect(byText(fs, "$1.9 billion").entities).toContain("Russia");
    expect(byText(fs, "$1.9 billion").entities).not.toContain("Turkey");
    expect(byText(fs, "$0.7 billion").entities).toContain("Turkey");
  });

  it("still lets figures of one clause share its names", () => {
    const fs = figs("Tajikistan shipped 8,000 tons of lemons and 3,000 tons of onions to China this year.", "2024-11-15");
    expect(byText(fs, "8,000 tons").entities).toEqual(["China", "Tajikistan"]);
    expect(byText(fs, "3,000 tons").entities).toEqual(["China", "Tajikistan"]);
  });
});

describe("a part named after its whole", () => {
  it("has the whole's status", () => {
    const fs = figs("The government expects $40 billion of investment by 2030, including $12 billion from abroad.");
    expect(byText(fs, "$12 billion")).toMatchObject({ status: "forecast" });
  });
});

describe("a country named as the one left out", () => {
  it("is no party to the figures", () => {
    const fs = figs("Trucking booms as carriers avoid Russia\n\nRoad freight on the new route reached 2.3 million tonnes in 2024.");
    expect(byText(fs, "2.3 million tonnes").entities).not.toContain("Russia");
  });
});

describe("a change that refers back", () => {
  it("links 'The figure was up …' to the paragraph's last level, with its places, flow and subject", () => {
    const fs = extractFromText(
      "Turkmenistan shipped 32.4 bcm of natural gas to China in 2023, Chinese customs data showed. The figure was down 3 percent from a year earlier.",
      { date: "2024-02-10" },
    );
    const [level, change] = fs;
    expect(change).toMatchObject({ value: -3, kind: "growth", qualifies: level!.id, period: "2023", subject: level!.subject });
    expect(change!.entities).toEqual(level!.entities);
  });

  it("leaves a change with a subject of its own alone", () => {
    const [level, change] = extractFromText("Kazakhstan exported 1.1 million tonnes of wheat to China. Barley exports were up 12 percent.", { date: "2024-02-10" });
    expect(change).toMatchObject({ kind: "growth", qualifies: null });
    expect(level).toMatchObject({ unit: "t" });
  });
});

describe("round 15: parts and the value of goods", () => {
  it("gives a part named after its whole the whole's kind", () => {
    const [whole, part] = extractFromText("Uzbekistan delivered 5.8 bcm of gas to China in 2023, of which 4.1 bcm came from the Kandym field.", { date: "2024-02-01" });
    expect(whole).toMatchObject({ kind: "freight" });
    expect(part).toMatchObject({ value: 4.1, unit: "bcm", kind: "freight", period: "2023" });
  });

  it("reads money worth of goods as trade", () => {
    const [f] = extractFromText("The trains carried goods worth 3.1 billion yuan through Alashankou in 2024.", { date: "2025-01-10" });
    expect(f).toMatchObject({ value: 3.1e9, unit: "CNY", kind: "trade" });
  });
});

describe("round 16: prices, currencies and regions", () => {
  it("prices one unit when the sentence says what moving it costs", () => {
    const fs = extractFromText("Sending a 20-foot container from Chongqing to Tashkent costs about $2,900, against $3,600 a year earlier.", { date: "2025-05-01" });
    expect(fs.map((f) => [f.text, f.per, f.kind])).toEqual([["about $2,900", "per container", "other"], ["$3,600", "per container", "other"]]);
  });

  it("names the currency that changed as the change's subject", () => {
    expect(extractFromText("Over the quarter the Tajik somoni has strengthened by 0.8%.", { date: "2025-05-01" })[0]).toMatchObject({ value: 0.8, kind: "growth", subject: "Tajik somoni" });
  });

  it("places a figure in a region whose country it does not name", () => {
    const [f] = extractFromText("A 350 MW solar plant is being built in the Khatlon region.", { date: "2025-05-01" });
    expect(f).toMatchObject({ unit: "MW", place: "Khatlon" });
    expect(f!.entities).toEqual(["Tajikistan"]);
  });
});

describe("bullet lines under a headline", () => {
  const release = [
    "Aktau port: cargo handling up 9% in H1 2025",
    "",
    "Aktau, 8 July 2025",
    "",
    "• Containers: 48,700 TEU (+21%)",
    "• Grain: 310,000 tonnes",
    "",
    "In June alone the port handled 9,100 TEU.",
  ].join("\n");

  it("take the headline's period; the first line after them does not", () => {
    const fs = extractFromText(release);
    expect(fs.map((f) => [f.text, f.period])).toEqual([
      ["9%", "2025-H1"],
      ["48,700 TEU", "2025-H1"],
      ["+21%", "2025-H1"],
      ["310,000 tonnes", "2025-H1"],
      ["9,100 TEU", "2025-06"],
    ]);
  });

  it("are read alone when a paragraph stands between them and the headline", () => {
    const text = release.replace("Aktau, 8 July 2025", "Aktau, 8 July 2025\n\nThe port published its results on Monday.");
    expect(extractFromText(text).find((f) => f.text === "310,000 tonnes")).toMatchObject({ period: null });
  });
});

describe("an outcome measured against a plan", () => {
  it("stays an outcome", () => {
    const fs = extractFromText("Tax receipts from the Khorgos zone reached $41 million, 7% more than planned; freight grew 4%, as expected.", { date: "2025-10-01" });
    expect(fs.map((f) => f.status)).toEqual(["actual", "actual", "actual"]);
  });
});

describe("round 18: names, funds and value terms", () => {
  it("gives each item of 'Name — amount; Name — amount' its own country", () => {
    const fs = extractFromText("Chinese grants: Tajikistan — $140 million; Turkmenistan — $35 million.", { date: "2025-01-01" });
    // Each grant is between China and its own country, not the other item's.
    expect(fs.map((f) => f.entities)).toEqual([["China", "Tajikistan"], ["China", "Turkmenistan"]]);
  });

  it("takes no investment for money moved from the National Fund", () => {
    expect(extractFromText("The central bank sold $410 million from the National Fund in March.", { date: "2025-04-01" })[0]).toMatchObject({ kind: "other" });
  });

  it("reads 'In value terms' as going on with the paragraph before", () => {
    const fs = extractFromText("Kyrgyzstan shipped 52,000 tonnes of beans to China in 2024.\n\nIn value terms, shipments came to $61 million.", { date: "2025-03-01" });
    expect(fs[1]).toMatchObject({ text: "$61 million", period: "2024" });
  });
});

describe("round 19: parts of a total", () => {
  it("reads amounts that make up a total named before as parts of it", () => {
    const fs = extractFromText(
      "Tajikistan imported goods worth $3.9 billion from China in 2024. Vehicles made up the largest share, about $820 million, followed by steel at $410 million.",
      { date: "2025-03-01" },
    );
    for (const text of ["about $820 million", "$410 million"]) {
      expect(fs.find((f) => f.text === text)).toMatchObject({ kind: "trade", direction: "import", period: "2024" });
      expect(fs.find((f) => f.text === text)!.entities).toEqual(["China", "Tajikistan"]);
    }
  });

  it("gives a part after 'of which' its whole's unit", () => {
    const fs = extractFromText("Aktau handled 4.6 million tonnes in 2024, of which 2.9 million were oil products.", { date: "2025-03-01" });
    expect(fs[1]).toMatchObject({ text: "2.9 million", value: 2.9e6, unit: "t", kind: "freight" });
  });

  it("gives a part its whole's partner, and takes no kind from the source's name", () => {
    const fs = extractFromText(
      "The Almaty forum ended with 38 agreements worth $7.4 billion, including $2.2 billion with Chinese firms, the Ministry of Investment said.",
      { date: "2025-03-01" },
    );
    const part = fs.find((f) => f.text === "$2.2 billion")!;
    expect(part).toMatchObject({ kind: "deal" });
    expect(part.entities).toEqual(["China", "Kazakhstan"]);
    expect(fs.find((f) => f.text === "$7.4 billion")!.entities).toEqual(["Kazakhstan"]);
  });
});

describe("round 20: lists under a heading, rankings and partners", () => {
  it("reads 'Name — amount' lines under a heading as listed under it: its period, kind and partner", () => {
    const fs = figs("Chinese grants by country, 2023\n\nTajikistan — $45 million; Kyrgyzstan — $30 million.", "2024-06-01");
    expect(fs.map((f) => [f.text, f.kind, f.period, f.entities])).toEqual([
      ["$45 million", "investment", "2023", ["China", "Tajikistan"]],
      ["$30 million", "investment", "2023", ["China", "Kyrgyzstan"]],
    ]);
  });

  it("gives a clause 'receiving …' the names of the clause it completes, and reads borrowing as investment", () => {
    const fs = figs("Turkmenistan was the largest borrower, receiving $700 million, followed by Kyrgyzstan with $250 million.");
    expect(byText(fs, "$700 million")).toMatchObject({ kind: "investment" });
    expect(byText(fs, "$700 million").entities).not.toContain("Kyrgyzstan");
    expect(byText(fs, "$250 million").entities).toContain("Kyrgyzstan");
  });

  it("fills a partner from the title before a country the paragraph names only later", () => {
    const text = [
      "Kazakhstan's trade with China grows",
      "",
      "Imports from China came to $4.2 billion in 2024. Russia ranked second at $3.1 billion.",
    ].join("\n");
    expect(byText(figs(text), "$4.2 billion").entities).toEqual(["China", "Kazakhstan"]);
  });

  it("takes figures 'followed by' a ranked one for no parts of the total before them", () => {
    const fs = figs("Imports from China reached $4.2 billion in 2024. Russia ranked second at $3.1 billion, followed by Turkey ($1.0 billion).");
    expect(byText(fs, "$1.0 billion")).toMatchObject({ direction: null });
    expect(byText(fs, "$1.0 billion").entities).not.toContain("China");
  });

  it("gives a figure listed after one of 'this year' its status", () => {
    const fs = figs("The ministry expects grain exports of 2 million tonnes this year and 3 million tonnes by 2028.", "2025-04-01");
    expect(fs.map((f) => [f.text, f.status, f.period])).toEqual([
      ["2 million tonnes", "forecast", "2025"],
      ["3 million tonnes", "forecast", "2028"],
    ]);
  });
});

describe("round 21: duties, sales, and what a figure goes on to", () => {
  it("takes duties and taxes for no trade, and sales to a country for trade", () => {
    expect(figs("Import duties on Chinese cars brought the budget KZT 120 billion.")[0]).toMatchObject({ kind: "other" });
    expect(figs("Sales to Russia were worth an estimated $2 billion last year.")[0]).toMatchObject({ kind: "trade" });
  });

  it("gives a figure a level 'rises to' the first one's status", () => {
    const fs = figs("The terminal is expected to handle 400,000 TEU a year at first, rising to 600,000 TEU by 2032.");
    expect(fs.map((f) => f.status)).toEqual(["forecast", "forecast"]);
  });

  it("links 'the figure' opening a paragraph to the last level of the one before", () => {
    const fs = figs("Trade between Tajikistan and China reached $1.9 billion in 2024.\n\nCompared with 2023, the figure rose by 11 percent.");
    expect(fs[1]).toMatchObject({ value: 11, kind: "growth", qualifies: fs[0]!.id, period: "2024" });
    expect(fs[1]!.entities).toEqual(["China", "Tajikistan"]);
  });
});


describe("round 22: verbs, pronouns and undated years", () => {
  it("gives a second verb of the same subject the first one's status", () => {
    const fs = figs("The smelter will process 1.5 mln tonnes of ore a year and produce 300,000 tonnes of copper.");
    expect(fs.map((f) => f.status)).toEqual(["forecast", "forecast"]);
  });

  it("reads 'Ten years later it had nearly tripled, to …' as the paragraph's total, and the amount listed after it too", () => {
    const fs = figs("Kyrgyz-Chinese trade was worth $1.3 billion in 2010. Ten years later it had nearly tripled, to $3.9 billion in 2020 and $4.6 billion in 2021.");
    for (const text of ["$3.9 billion", "$4.6 billion"]) {
      expect(byText(fs, text)).toMatchObject({ kind: "trade" });
      expect(byText(fs, text).entities).toEqual(["China", "Kyrgyzstan"]);
    }
    expect(byText(fs, "nearly tripled")).toMatchObject({ subject: null });
  });

  it("gives no borrowed period to an amount of 'last year' in an undated text", () => {
    const text = "Trade reached $3.1 billion in 2022 and about $3.6 billion last year.";
    expect(extractFromText(text).map((f) => f.period)).toEqual(["2022", null]);
    expect(figs(text, "2025-02-01").map((f) => f.period)).toEqual(["2022", "2024"]);
  });

  it("dates a goal by its deadline rather than by a nearer date", () => {
    const text = "At a summit in Astana in 2024, leaders pledged to raise trade to $10 billion with Kyrgyzstan and Tajikistan together by 2030.";
    expect(figs(text)[0]).toMatchObject({ status: "target", period: "2030" });
  });
});

describe("round 23: debts and firms", () => {
  it("takes a debt for no trade, and an Export-Import Bank's name for no trade word", () => {
    expect(figs("Kyrgyzstan's debt to the Export-Import Bank of China stood at $1.7 billion at the end of 2024.")[0]).toMatchObject({ kind: "other" });
    expect(figs("The Export-Import Bank of China will lend $300 million for the road.")[0]).toMatchObject({ kind: "investment" });
  });

  it("gives a figure the country of a firm named for it", () => {
    expect(figs("BYD will invest $200 million in a second plant in Jizzakh.")[0]!.entities).toEqual(["China", "Uzbekistan"]);
  });
});

describe("round 24: names other figures own, ranked names, and 'of the total'", () => {
  it("leaves a level with no names of its own the sentence's names less those other figures own", () => {
    const fs = figs("Between 2010 and 2020, Turkmenistan received the most (US$ 9.1 bn), followed by Kazakhstan (US$ 6.2 bn) and Tajikistan (US$ 1.0 bn).");
    expect(fs.map((f) => f.entities)).toEqual([["Turkmenistan"], ["Kazakhstan"], ["Tajikistan"]]);
  });

  it("gives the figures of a sentence that names no place the country of its amount in a home currency", () => {
    expect(byText(figs("A total of 120 projects worth 4.5 trillion soums will be launched next year."), "120").entities).toEqual(["Uzbekistan"]);
  });

  it("takes names ranked after the sentence's figures for no partners of them", () => {
    const fs = figs("Xinjiang's trade with its neighbours grows\n\nKyrgyzstan remained the region's largest partner, with trade of 48.1 billion yuan, followed by Tajikistan and Turkmenistan.");
    expect(byText(fs, "48.1 billion yuan").entities).toEqual(["Kyrgyzstan", "Xinjiang"]);
  });

  it("dates a share 'of the total' by the total named in the paragraph before", () => {
    const fs = figs("Trade between Xinjiang and Central Asia reached 250 billion yuan in 2023.\n\nKazakhstan accounted for 40 percent of the total.");
    expect(fs[1]).toMatchObject({ value: 40, period: "2023" });
  });
});

describe("round 26: hard-wrapped paragraphs and datelines", () => {
  it("reads a figure with the words of the line before it, and keeps its text and sentence as the file has them", () => {
    const text = [
      "Kyrgyz rail freight",
      "",
      "Bishkek, 12 February 2025 - Rail freight between Kyrgyzstan and China",
      "rose by 7.2 percent to 4.4 million tonnes in 2024, the railway said.",
      "The number of container trains between the two countries grew to",
      "1,150, up from 980 a year earlier.",
    ].join("\n");
    const fs = figs(text);
    expect(fs.map((f) => [f.text, f.kind, f.period])).toEqual([
      ["7.2 percent", "growth", "2024"],
      ["4.4 million tonnes", "freight", "2024"],
      // A line that ends a sentence ends its paragraph: the trains are a paragraph of their own. It names no place, so
      // it goes on with the paragraph before: its period, and the year before for "a year earlier".
      ["1,150", "freight", "2024"],
      ["980", "freight", "2023"],
    ]);
    expect(fs[2]).toMatchObject({ subject: "container trains" });
    expect(fs[1]!.entities).toEqual(["China", "Kyrgyzstan"]);
    for (const f of fs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    }
  });

  it("takes a dateline's date for no figure's own words, but for the date of an event with no other", () => {
    expect(figs("Dushanbe, 5 March 2024 - Tajikistan's exports to China rose by 5 percent to $1 billion in 2023.")[0]).toMatchObject({ kind: "growth", period: "2023" });
    expect(figs("Tashkent, 3 March 2025 - Uzbekistan and China signed 12 agreements worth $2 billion.")[1]).toMatchObject({ kind: "deal", period: "2025-03-03" });
  });
});

describe("round 27: where a story was filed", () => {
  it("gives a later paragraph's figure the country of the dateline's place when nothing else names a partner", () => {
    const text = "Investment programme approved\n\nTashkent, 3 March 2025 – The cabinet approved the programme on Monday.\n\nProjects worth $900 million will be carried out with Chinese companies.";
    expect(figs(text)[0]!.entities).toEqual(["China", "Uzbekistan"]);
  });

  it("takes China for no partner of its own region", () => {
    expect(figs("URUMQI, Nov. 20 (Xinhua) -- Xinjiang's exports reached 300 billion yuan in 2024.")[0]!.entities).toEqual(["Xinjiang"]);
  });
});

describe("round 30: labels, goods in brackets, tasks, deadlines and what a figure comes to", () => {
  it("gives a value after a label and a dash the label's flow", () => {
    const fs = figs("Kyrgyz exports to China came to 210.4 mln US dollars (-3.1%), import from China – 4.2 bln US dollars (+9.8%).");
    expect(byText(fs, "4.2 bln US dollars")).toMatchObject({ kind: "trade", direction: "import" });
    expect(byText(fs, "+9.8%")).toMatchObject({ direction: "import" });
  });

  it("reads goods with their value in brackets as the sentence's flow, each its own subject", () => {
    const fs = figs("China's main import items from Tajikistan were ores (310 mln dollars), cotton fibre (45.2 mln dollars) and dried fruit (12 mln dollars).");
    expect(byText(fs, "310 mln dollars")).toMatchObject({ kind: "trade", direction: "import", subject: "ores" });
    expect(byText(fs, "45.2 mln dollars")).toMatchObject({ direction: "import", subject: "cotton fibre" });
    expect(byText(fs, "12 mln dollars")).toMatchObject({ direction: "import", subject: "dried fruit" });
    // A total of trade in brackets takes no one direction.
    expect(byText(figs("Exports to Russia grew, and trade with China (4 bln dollars) was flat."), "4 bln dollars").direction).toBeNull();
  });

  it("reads a task set or an instruction given as a target", () => {
    expect(figs("The president set the task of raising exports to China to 5 bln US dollars by 2028.")[0]).toMatchObject({ status: "target", period: "2028" });
    expect(figs("The government was instructed to lift freight to 30 million tonnes by 2027.")[0]).toMatchObject({ status: "target", period: "2027" });
  });

  it("takes 'by end-2027' for a deadline, before a nearer date", () => {
    const fs = figs("Works will begin in the second quarter of 2026, with the first 250 MW to be connected by end-2027.", "2025-10-01");
    expect(byText(fs, "250 MW")).toMatchObject({ kind: "capacity", period: "2027" });
  });

  it("gives a change of a forecast level the level's status", () => {
    const fs = figs("Freight via Khorgos will reach 40 million tonnes in 2027, up 25% from 2025.", "2025-10-01");
    expect(byText(fs, "25%")).toMatchObject({ kind: "growth", status: "forecast" });
  });

  it("gives what a planned output comes to the output's status, and counts people", () => {
    const fs = figs("The wind farm will generate 1.4 billion kWh a year, enough to power 350,000 homes, and employ 300 people.", "2025-10-01");
    expect(byText(fs, "350,000")).toMatchObject({ subject: "homes", status: "forecast" });
    expect(byText(fs, "300")).toMatchObject({ subject: "people", unit: "count", status: "forecast" });
  });

  it("takes a battery's stored energy for its capacity", () => {
    expect(figs("The park includes 250 MWh of battery storage in the Bukhara region.")[0]).toMatchObject({ kind: "capacity", unit: "kWh", value: 250000, entities: ["Uzbekistan"] });
  });
});

describe("round 31: a change put two ways, shares with their values, multiples, economies and gaps", () => {
  it("reads 'by an amount, or a percent,' as one change put two ways, both of the level", () => {
    const fs = figs("Kazakhstan's exports to China fell by 2.4 billion dollars, or 11.3%, to 18.9 billion dollars in 2024.");
    const level = byText(fs, "18.9 billion dollars");
    expect(byText(fs, "2.4 billion dollars")).toMatchObject({ kind: "growth", value: -2.4e9, qualifies: level.id });
    expect(byText(fs, "11.3%")).toMatchObject({ kind: "growth", value: -11.3, qualifies: level.id });
    // And after the level: "having decreased by …", with no participle for a subject.
    const after = figs("Turnover came to 7.2 billion dollars, having decreased by 0.4 billion dollars or 5.3% compared to 2023.");
    const turnover = byText(after, "7.2 billion dollars");
    expect(byText(after, "0.4 billion dollars")).toMatchObject({ kind: "growth", value: -0.4e9, qualifies: turnover.id, subject: null });
    expect(byText(after, "5.3%")).toMatchObject({ kind: "growth", value: -5.3, qualifies: turnover.id });
  });

  it("gives a value in brackets after a country's share that country", () => {
    const fs = figs("In Tajikistan's foreign trade, the largest shares fall on Russia - 22.1% (1.9 billion US dollars) and China - 17.4% (1.5 billion US dollars).");
    expect(byText(fs, "1.9 billion US dollars")).toMatchObject({ kind: "trade", entities: ["Russia", "Tajikistan"] });
    expect(byText(fs, "1.5 billion US dollars")).toMatchObject({ kind: "trade", entities: ["China", "Tajikistan"] });
  });

  it("reads 'roughly double what it was in 2018' as a fold of the level, not of 2018", () => {
    const fs = figs("Exports of Kyrgyz cherries to China reached $60 million in 2024, roughly double what it was in 2018.");
    const fold = byText(fs, "roughly double");
    expect(fold).toMatchObject({ kind: "growth", unit: "fold", value: 2, qualifier: "approx", period: "2024", qualifies: byText(fs, "$60 million").id });
  });

  it("takes an economy's size and a gap between two statistics for no trade", () => {
    const fs = figs("Tajikistan bought $4 billion of goods from China, twice its economy of about $2 billion, and Chinese data show exports of $5.1 billion - a gap of $1.1 billion.");
    expect(byText(fs, "$4 billion")).toMatchObject({ kind: "trade" });
    expect(byText(fs, "about $2 billion").kind).toBe("other");
    expect(byText(fs, "$5.1 billion").kind).toBe("trade");
    expect(byText(fs, "$1.1 billion").kind).toBe("other");
  });
});

describe("round 32: rates named as such, exchanges, compared levels and spans of another clause", () => {
  it("reads 'the USD/KZT rate fell from 525.40 to 512.75' as two quotes of the pair", () => {
    const fs = figs("The som firmed: the USD/KGS rate fell from 87.45 to 86.90 over the week.");
    expect(byText(fs, "87.45")).toMatchObject({ kind: "fx", unit: "rate", base: "USD", quote: "KGS", value: 87.45 });
    expect(byText(fs, "86.90")).toMatchObject({ kind: "fx", base: "USD", quote: "KGS", value: 86.9 });
  });

  it("reads 'the rate of the ruble … to 6.1 tenge' as the ruble priced in tenge", () => {
    const fs = figs("The average rate of the Russian ruble rose by 2.4% in May to 6.1 tenge.");
    expect(byText(fs, "6.1 tenge")).toMatchObject({ kind: "fx", base: "RUB", quote: "KZT", value: 6.1 });
  });

  it("takes trading on an exchange for no trade between countries", () => {
    const fs = figs("Trading in the ruble on the Kazakhstan Stock Exchange reached 9.8 billion tenge in April.");
    expect(fs[0]).toMatchObject({ value: 9.8e9, unit: "KZT", kind: "other" });
  });

  it("gives a level it is compared with the level's kind and price unit, and its own period or none", () => {
    const gas = figs("Uzbekistan exported 4.1 bcm of gas to China in 2024, down from 5.3 bcm.");
    expect(byText(gas, "4.1 bcm")).toMatchObject({ kind: "freight", period: "2024" });
    expect(byText(gas, "5.3 bcm")).toMatchObject({ kind: "freight", period: null });
    const prices = figs("China paid $305 per 1,000 cubic metres for Uzbek gas in 2025, up from $288 in 2024, lifting the value of the imports to about $1.3 billion.");
    expect(byText(prices, "$288")).toMatchObject({ kind: "other", per: "per 1,000 cubic metres", period: "2024" });
    // The year of the level compared with is not the value's.
    expect(byText(prices, "about $1.3 billion")).toMatchObject({ kind: "trade", period: "2025" });
  });

  it("gives a span 'since 2012' to its own clause, or to the sentence it opens", () => {
    const delayed = figs("The Kambarata-1 dam has been delayed since 2012; its cost was last estimated at $3.1 billion.");
    expect(byText(delayed, "estimated at $3.1 billion").period).toBeNull();
    const opened = figs("Since its launch in 2016, the route has carried 1,900 trains.", "2025-05-01");
    expect(byText(opened, "1,900").period).toBe("2016/2025");
  });

  it("reads a pipeline line that 'would add' gas a year as capacity, and counts trains of three words", () => {
    expect(figs("Line D, which would add 30 bcm a year, is still on hold.")[0]).toMatchObject({ kind: "capacity", per: "per year" });
    expect(figs("The number of China-Europe container trains crossing Kazakhstan exceeded 9,100.")[0]).toMatchObject({ kind: "freight", subject: "China-Europe container trains" });
  });
});

describe("round 33: numbered lists, ranks, labels that count, and asides", () => {
  it("reads numbered lines under a headline as listed under it: its kind and period", () => {
    const text = "Largest Chinese loans in Central Asia, 2023\n\n1. Tajikistan: Dushanbe-2 power plant upgrade, $0.4 billion\n2. Kyrgyzstan: Bishkek ring road, $0.3 billion";
    const fs = figs(text);
    expect(byText(fs, "$0.4 billion")).toMatchObject({ kind: "investment", period: "2023", entities: ["China", "Tajikistan"] });
    expect(byText(fs, "$0.3 billion")).toMatchObject({ kind: "investment", period: "2023", entities: ["China", "Kyrgyzstan"] });
    // The numbering is no figure.
    expect(fs.some((f) => f.value === 1 || f.value === 2)).toBe(false);
  });

  it("takes 'Top 10' and 'the top 3' for ranks, but 'trains top 5,000 trips' for a figure", () => {
    expect(figs("Top 10 Kazakh exporters to China in 2024")).toHaveLength(0);
    expect(figs("Uzbekistan is among the top 3 buyers of Chinese cars.")).toHaveLength(0);
    expect(figs("Chongqing freight trains top 4,000 trips")[0]).toMatchObject({ value: 4000, kind: "freight" });
  });

  it("counts what a label names before its number, and the same count a bracket gives for the week before", () => {
    const fs = figs("Key figures:\n\nContainer trains via Altynkol: 198 (previous week: 176)");
    expect(byText(fs, "198")).toMatchObject({ unit: "count", kind: "freight", subject: "Container trains" });
    expect(byText(fs, "176")).toMatchObject({ unit: "count", kind: "freight", subject: "Container trains" });
  });

  it("reads a count past a short aside, prices per litre, and 'import and export cargo' whole", () => {
    expect(figs("Some 2,950 China-Europe (Trans-Caspian) container trains passed Aktau.")[0]).toMatchObject({ value: 2950, kind: "freight", subject: "China-Europe container trains" });
    expect(figs("Petrol in Bishkek costs 72 soms per litre.")[0]).toMatchObject({ unit: "KGS", per: "per litre", kind: "other" });
    expect(figs("Alashankou handled 21.3 million tons of import and export cargo.")[0]).toMatchObject({ kind: "freight", subject: "import and export cargo", direction: null });
  });
});

describe("round 34: spans of a change, shares 'nine in ten', a hub's daily capacity and a bank's portfolio", () => {
  it("links a change 'from A in Y1 to B' to B, and dates it by B", () => {
    const fs = figs("Chinese investment in Tajikistan has grown more than fivefold, from $0.6 billion in 2015 to $3.4 billion at the end of 2024.");
    const to = byText(fs, "$3.4 billion");
    expect(byText(fs, "more than fivefold")).toMatchObject({ kind: "growth", value: 5, qualifier: "min", qualifies: to.id, period: "2024" });
    const rose = figs("Uzbek exports to China rose 18% from $1.9 billion in 2023 to $2.24 billion in 2024.");
    expect(byText(rose, "18%")).toMatchObject({ qualifies: byText(rose, "$2.24 billion").id, period: "2024" });
  });

  it("reads 'nine in ten' and '3 in 4' as shares, not 'two in three years'", () => {
    const fs = figs("Nine in ten parcels came from China, and 3 in 4 buyers paid by card.");
    expect(byText(fs, "Nine in ten")).toMatchObject({ unit: "percent", value: 90 });
    expect(byText(fs, "3 in 4")).toMatchObject({ unit: "percent", value: 75 });
    expect(figs("Output grew two in three years.").filter((f) => f.unit === "percent")).toHaveLength(0);
  });

  it("takes what a hub is able to process a day for its capacity, and a bank's loan portfolio for no investment", () => {
    expect(figs("A new terminal in Aktau is able to process 1,200 containers a day.")[0]).toMatchObject({ kind: "capacity", per: "per day" });
    expect(figs("The bank's loan portfolio reached 1.9 trillion tenge as of 1 July 2025.")[0]).toMatchObject({ unit: "KZT", kind: "other" });
  });
});

describe("round 35: inline labels, predicates, output, and the capacity of a link", () => {
  it("takes a lower-case label before a dash for what its figure measures", () => {
    const fs = figs("Exports of other crops to China were as follows: maize – 210,000 tonnes, as well as rapeseed – 64 thousand tonnes (+12%).");
    expect(byText(fs, "210,000 tonnes")).toMatchObject({ kind: "freight", subject: "maize" });
    expect(byText(fs, "64 thousand tonnes")).toMatchObject({ kind: "freight", subject: "rapeseed" });
  });

  it("gives a figure the flow its predicate names", () => {
    const fs = figs("Trade with China came to $9.1 billion. Most of it, about $8.4 billion, was imports.");
    expect(byText(fs, "about $8.4 billion")).toMatchObject({ kind: "trade", direction: "import" });
  });

  it("takes tonnes produced for output, of the party named before, though the sentence goes on to exports", () => {
    const fs = figs("The Kyrgyz Kumtor mine produced 17 tonnes of gold in 2024 and exported most of it, chiefly to Switzerland and China.");
    expect(byText(fs, "17 tonnes")).toMatchObject({ kind: "other", entities: ["Kyrgyzstan"] });
  });

  it("gives the capacity of a link between countries both ends, but not an assembly line's", () => {
    const line = figs("The new Dostyk–Moyinty line connecting Kazakhstan and China will carry up to 12 million tonnes a year.");
    expect(line[0]).toMatchObject({ kind: "capacity", entities: ["China", "Kazakhstan"] });
    const plant = figs("Chinese firm expands Uzbek cotton plant\n\nAn assembly line in the Andijan region can handle 40,000 tonnes of cotton a year.");
    expect(plant[0]).toMatchObject({ kind: "capacity", entities: ["Uzbekistan"] });
  });
});

describe("round 36: Markdown tables and headings, dollar terms, quotes and asides", () => {
  it("reads cells that write their own unit, bold or not, under a Markdown heading that dates them", () => {
    const text = "## Kazakh trade with China by flow, 2023\n\n| Flow | Value | y/y |\n|---|---|---|\n| **Exports** | **$19.2 bn** | +4.1% |\n| Imports | $22.1 bn | +9.9% |";
    const fs = figs(text);
    expect(byText(fs, "$19.2 bn")).toMatchObject({ value: 19.2e9, unit: "USD", kind: "trade", period: "2023", direction: "export" });
    expect(byText(fs, "+4.1%")).toMatchObject({ kind: "growth", qualifies: byText(fs, "$19.2 bn").id });
    expect(byText(fs, "$22.1 bn")).toMatchObject({ value: 22.1e9, period: "2023", direction: "import" });
  });

  it("goes on with the paragraph before one that opens 'In U.S. dollar terms'", () => {
    const fs = figs("In yuan terms, trade with Kyrgyzstan rose 9 percent to 140 billion yuan in the first half of 2025.\n\nIn U.S. dollar terms, it rose 7.5 percent to 19.5 billion dollars.");
    expect(byText(fs, "19.5 billion dollars")).toMatchObject({ period: "2025-H1" });
  });

  it("reads a rate 'up from' a bare earlier quote, a currency quoted in another, and a currency that 'lost' ground", () => {
    const fs = figs("The National Bank set the rate at 518.30 tenge per US dollar, up from 509.90 a week ago. The ruble was quoted at 6.42 tenge. Since January the tenge has lost 2.1% against the dollar.");
    expect(byText(fs, "509.90")).toMatchObject({ kind: "fx", base: "USD", quote: "KZT", value: 509.9 });
    expect(fs.find((f) => f.value === 6.42)).toMatchObject({ kind: "fx", base: "RUB", quote: "KZT" });
    expect(byText(fs, "2.1%")).toMatchObject({ kind: "growth", value: -2.1, subject: "tenge" });
  });

  it("takes a country named in an aside for no party of the figure, and a source for the body without its verb", () => {
    const fs = figs("Kyrgyzstan's economy grew in 2024\n\nRemittances, mostly from Russia, reached 24 percent of GDP in 2024, data from the National Statistical Committee showed on Friday.");
    expect(fs[0]).toMatchObject({ entities: ["Kyrgyzstan"], source: "National Statistical Committee" });
  });
});

describe("round 37: numbers that belong to names, and decades", () => {
  it("takes a model's, an article's or a resolution's number for no figure, but keeps a unit after a unit's number", () => {
    expect(figs("Air Astana flies Boeing 767 jets to Urumqi, and Article 7 of the treaty covers transit under Resolution No. 45.")).toHaveLength(0);
    expect(figs("Unit 3 of the Ekibastuz plant will add 636 MW.").map((f) => f.text)).toEqual(["636 MW"]);
  });

  it("reads 'the 1990s' as a decade that dates an opening clause", () => {
    expect(figs("In the 1980s, the line carried 4.2 million tonnes a year.")[0]).toMatchObject({ period: "1980/1989" });
  });
});

describe("round 38: spans, conversions and the growth rate of GDP", () => {
  it("gives the low end of 'from 3 to 4 million tonnes' the scale, unit and period of the high end", () => {
    const fs = figs("Shipments are expected to rise from 6 to 7.5 million tonnes next year.", "2025-10-10");
    expect(fs.map((f) => [f.value, f.unit, f.period])).toEqual([[6e6, "t", "2026"], [7.5e6, "t", "2026"]]);
  });

  it("reads an amount's words past its conversion in brackets", () => {
    // The paragraph names another country first, which would otherwise fill the missing partner.
    const fs = figs("Kazakhstan's cabinet approved new rail lines. Russia's VEB extended RUB 8 billion ($90 million) to a Tajik cement plant.");
    expect(byText(fs, "RUB 8 billion").entities).toEqual(["Russia", "Tajikistan"]);
    expect(byText(fs, "$90 million").entities).toEqual(["Russia", "Tajikistan"]);
  });

  it("reads 'grow by between 10 and 12 percent' and 'the growth rate of GDP was 5.1 percent' as growth", () => {
    expect(figs("Exports to China will grow by between 8 and 9 percent.")[0]).toMatchObject({ kind: "growth", value: 8, valueHigh: 9 });
    expect(figs("The growth rate of GDP of Tajikistan was 8.4 percent.")[0]).toMatchObject({ kind: "growth", value: 8.4 });
  });

  it("reads 'January-June of this year' as one span, and gives a second item of a forecast its status", () => {
    expect(figs("In the period January-June of this year, gas exports to China amounted to 9.1 bcm.", "2025-07-20")[0]).toMatchObject({ period: "2025-H1" });
    const fs = figs("Freight will reach 5 million tonnes on the new line and some 30 trains a day.", "2025-07-20");
    expect(fs.map((f) => f.status)).toEqual(["forecast", "forecast"]);
  });

  it("takes money approved for a project for investment, and what a pipeline 'could add' without a rate for no capacity", () => {
    expect(figs("The cabinet approved 900 billion tenge for new rail lines to China.")[0]).toMatchObject({ kind: "investment" });
    expect(figs("Gas exports to China could add roughly 2 billion cubic meters.")[0]!.kind).not.toBe("capacity");
  });
});

describe("round 39: money written 'US $ 312.6 million', FDI flows, and 'at end-June'", () => {
  it("reads 'US $' with a space as US dollars, naming no country, and FDI inflows as investment", () => {
    const fs = figs("Chinese FDI inflows into Tajikistan reached US $ 145.2 million in 2024.");
    expect(fs[0]).toMatchObject({ text: "US $ 145.2 million", unit: "USD", value: 145.2e6, kind: "investment", entities: ["China", "Tajikistan"] });
  });

  it("dates a stock 'at end-June' by June", () => {
    expect(figs("The stock of Chinese FDI in Kyrgyzstan stood at $ 5.3bn at end-June.", "2025-11-03")[0]).toMatchObject({ period: "2025-06", kind: "investment" });
  });
});

describe("round 40: a digest's lines, quarters with no year, and currencies that held", () => {
  it("takes a line's own country in capitals for its place, and 'Q3' for the latest third quarter", () => {
    const fs = figs("Business digest\n\nUZBEKISTAN: Imports from China rose 9% to $4.4bn in Q2.\nTURKMENISTAN: Gas shipments to China reached 20.1 bcm.", "2025-08-20");
    expect(byText(fs, "$4.4bn")).toMatchObject({ kind: "trade", entities: ["China", "Uzbekistan"], period: "2025-Q2", direction: "import" });
    expect(byText(fs, "20.1 bcm")).toMatchObject({ kind: "freight", entities: ["China", "Turkmenistan"] });
  });

  it("reads 'held at 10.9 per dollar' as a quote, and '9% fewer than' as a fall", () => {
    const fs = figs("The som held at 87.5 per dollar, while 1,210 trucks crossed at Torugart, 6% fewer than in May.");
    expect(byText(fs, "som held at 87.5 per dollar")).toMatchObject({ kind: "fx", base: "USD", quote: "KGS" });
    expect(byText(fs, "6%")).toMatchObject({ kind: "growth", value: -6 });
  });
});

describe("round 41: changes written as fractions, and a sign before the currency", () => {
  it("reads 'a third more', 'a quarter less' and 'shrank by half' as changes", () => {
    const fs = figs("Uzbekistan bought a quarter more Chinese cars in 2024, while cotton exports to China shrank by half and fruit shipments were a fifth lower.");
    expect(byText(fs, "a quarter more")).toMatchObject({ kind: "growth", unit: "percent", value: 25, subject: null });
    expect(byText(fs, "half")).toMatchObject({ kind: "growth", value: -50 });
    expect(byText(fs, "a fifth lower")).toMatchObject({ kind: "growth", value: -20 });
  });

  it("reads a minus before the currency as the amount's sign", () => {
    expect(figs("Tajikistan's trade balance with China was -$2.1bn in 2024.")[0]).toMatchObject({ text: "-$2.1bn", value: -2.1e9, kind: "other" });
  });
});

describe("round 42: Windows line ends, no-break spaces and the press's 'pc'", () => {
  it("reads '40pc' and '3 pc' as percent, in a file with a byte-order mark and CRLF line ends, offsets intact", () => {
    const text = "\uFEFFKazakh trade\r\n\r\nRe-exports made up 40pc of the total, up 3 pc on 2024, and freight reached 1\u00a0250\u00a0000 tonnes.\r\n";
    const fs = figs(text);
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[40, "percent"], [3, "percent"], [1_250_000, "t"]]);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("round 43: 'the region' and 'whose'", () => {
  it("reads 'the region' as the region the text named last, but not a route's name nor where a member is named", () => {
    const fs = figs("China-Central Asia trade grows\n\nChina-Europe freight trains made 19,000 trips. Chinese firms have created 90,000 jobs in the region, and Kazakhstan remained China's largest partner in the region, with trade of $43.8 billion.");
    expect(byText(fs, "90,000")).toMatchObject({ entities: ["Central Asia", "China"] });
    expect(byText(fs, "$43.8 billion").entities).toEqual(["China", "Kazakhstan"]);
  });

  it("takes 'in the region of $5 billion' for an amount, not a place", () => {
    expect(figs("Central Asia ties deepen\n\nTurkmen gas sales to Russia were in the region of $2 billion.")[0]!.entities).not.toContain("Central Asia");
  });

  it("gives a clause opening 'whose' the name just before it", () => {
    const fs = figs("China's trade with Central Asia reached $95 billion in 2024, overtaking Russia, whose trade with the region was about $44 billion.");
    expect(byText(fs, "about $44 billion").entities).toEqual(["Central Asia", "Russia"]);
  });
});

describe("round 44: a port's inbound and outbound trains, standard containers and daily capacity", () => {
  it("counts 'inbound and outbound … trains', and reads standard containers as TEU", () => {
    const fs = figs("A total of 5,480 inbound and outbound China-Europe freight trains passed Khorgos, carrying 560,000 standard containers.");
    expect(byText(fs, "5,480")).toMatchObject({ unit: "count", kind: "freight", subject: "inbound and outbound China-Europe freight trains" });
    expect(byText(fs, "560,000 standard containers")).toMatchObject({ unit: "TEU", value: 560_000, kind: "freight" });
  });

  it("reads 'its daily capacity is 28 pairs of trains' as capacity, and the level it is up from too", () => {
    const fs = figs("The crossing's daily capacity is 28 pairs of trains, up from 22 in 2023.");
    expect(fs.map((f) => [f.value, f.kind])).toEqual([[28, "capacity"], [22, "capacity"]]);
  });
});

describe("money shipped, and inbound and outbound flows", () => {
  it("takes money 'shipped' for trade, and 'inbound'/'outbound' for the flow", () => {
    expect(figs("Uzbekistan shipped $400m of copper to China.")[0]).toMatchObject({ kind: "trade", direction: "export" });
    expect(figs("Inbound cargo from China totalled 1.4 Mt.")[0]).toMatchObject({ kind: "freight", direction: "import" });
    expect(figs("Outbound shipments to China rose to 3.2 Mt.")[0]).toMatchObject({ kind: "freight", direction: "export" });
  });
});

describe("round 47: counts named by a subject or a label, and a link named by the title", () => {
  it("counts what a clause's subject names when a verb gives its level", () => {
    const fs = figs("Since January, container trains from Chengdu to Tashkent numbered 1,870, 9% more than a year earlier.");
    expect(byText(fs, "1,870")).toMatchObject({ unit: "count", kind: "freight", subject: "container trains" });
    expect(byText(fs, "9%")).toMatchObject({ unit: "percent", kind: "growth" });
    expect(figs("Trucks crossing at Irkeshtam totalled 41,300 in 2024.")[0]).toMatchObject({ unit: "count", value: 41_300, subject: "Trucks" });
  });

  it("does not count what is only named after a preposition", () => {
    expect(figs("Revenue from the wagons reached 4,100.")).toEqual([]);
  });

  it("counts under a label of things counted, and a plural before a participle, but not under a measured label", () => {
    expect(figs("Bridges: 31")[0]).toMatchObject({ unit: "count", value: 31, subject: "Bridges" });
    expect(figs("Workers hired: over 1,100")[0]).toMatchObject({ unit: "count", value: 1100, qualifier: "min", subject: "Workers" });
    expect(figs("Imports: 31")).toEqual([]);
  });

  it("reads a scale's abbreviation before a unit on the next segment: '640 thous. TEU'", () => {
    expect(figs("Container traffic rose to 640 thous. TEU last year.")[0]).toMatchObject({ unit: "TEU", value: 640_000, kind: "freight" });
  });

  it("gives a figure all the countries of a link the title names when its paragraph names no other place", () => {
    const text = "Central Asia–China gas pipeline: key numbers\n\nLength: 1,830 km (Turkmen section: 188 km)\nCapacity: 55 bcm a year";
    const fs = figs(text);
    expect(byText(fs, "1,830 km").entities).toEqual(["Central Asia", "China"]);
    expect(byText(fs, "188 km").entities).toEqual(["Turkmenistan"]);
    expect(byText(fs, "55 bcm a year").entities).toEqual(["Central Asia", "China"]);
  });
});

describe("round 48: a country's trade with the world, its parts, and 'in the period'", () => {
  const doc = (body: string) => figs(`China and Tajikistan deepen ties\n\n${body}`);

  it("gives a country's foreign or total trade that country alone, not a partner from the title", () => {
    const fs = doc("Tajikistan's foreign trade turnover reached $8.1 billion in 2024, up 6%. Trade with China rose to $2.3 billion.");
    expect(byText(fs, "$8.1 billion").entities).toEqual(["Tajikistan"]);
    expect(byText(fs, "6%").entities).toEqual(["Tajikistan"]);
    expect(byText(fs, "$2.3 billion").entities).toEqual(["China", "Tajikistan"]);
    expect(doc("Tajikistan's total trade with China reached $2.3 billion.")[0]!.entities).toEqual(["China", "Tajikistan"]);
  });

  it("gives the parts of such a total ('Of this, exports were …') the same one country", () => {
    const fs = doc("In 2024, Tajikistan's external trade totaled $8.1 billion. Of this, exports were $2.0 billion, up 4%, and imports were $6.1 billion.");
    for (const t of ["$2.0 billion", "4%", "$6.1 billion"]) expect(byText(fs, t).entities).toEqual(["Tajikistan"]);
    expect(byText(fs, "$2.0 billion").direction).toBe("export");
  });

  it("reads 'in the period' as the period named before, in the paragraph before", () => {
    const fs = figs("Freight via Dostyk rose 6% to 12.4 million tonnes in January–May 2025.\n\nCoal made up 3.1 million tonnes in the period.");
    expect(byText(fs, "3.1 million tonnes").period).toBe("2025-01/2025-05");
  });
});

describe("round 48: rates to come, and amounts given in two currencies", () => {
  it("reads a rate whose sentence names only the currency it is priced per, quoted in the document's earlier currency", () => {
    const fs = figs("The som firmed to 87.2 per dollar on Monday. Economists expect the rate to average 89 per dollar in the second half.", "2025-07-14");
    expect(byText(fs, "89 per dollar")).toMatchObject({ kind: "fx", base: "USD", quote: "KGS", status: "forecast", period: "2025-H2", entities: ["Kyrgyzstan"] });
    expect(byText(fs, "som firmed to 87.2 per dollar").status).toBe("actual");
  });

  it("gives a quote its status from its verbs, and a forecast rate converts no amount", () => {
    const fs = figs("The central bank expects the tenge at 540 per dollar by year-end. The fund raised 50 billion tenge.", "2025-07-14");
    expect(byText(fs, "tenge at 540 per dollar")).toMatchObject({ kind: "fx", status: "forecast", quote: "KZT" });
    expect(byText(fs, "50 billion tenge").usd).toBeNull();
  });

  it("links an amount given in two currencies with a slash, as a conversion", () => {
    const fs = figs("The swap line is worth 20 billion yuan / 1.4 trillion tenge.");
    expect(byText(fs, "1.4 trillion tenge")).toMatchObject({ unit: "KZT", conversionOf: byText(fs, "20 billion yuan").id });
  });

  it("reads a short scale before things counted: '19k trains'", () => {
    expect(figs("Some 19k container trains crossed the border.")[0]).toMatchObject({ value: 19_000, unit: "count", qualifier: "approx", subject: "container trains" });
    expect(figs("A 5m wall was built.")).toEqual([]);
  });

  it("counts under 'Number of …' a plural names, not an item's number", () => {
    expect(figs("Key facts:\n\n- Number of new clinics: 48\n- Total number of flights: about 230")).toMatchObject([
      { value: 48, unit: "count", subject: "new clinics" },
      { value: 230, unit: "count", qualifier: "approx", subject: "flights" },
    ]);
    expect(figs("Number of the resolution: 45")).toEqual([]);
  });

  it("gives a breakdown opening 'By country,' the period and source of the total before it", () => {
    const text = "Tajikistan's trade with China reached $3.3 billion in January-June 2025, according to customs data.\n\nBy product, imports of textiles were $410 million.";
    const fs = figs(text, "2025-08-01");
    expect(byText(fs, "$410 million")).toMatchObject({ period: "2025-H1", source: "customs data", entities: ["China", "Tajikistan"], direction: "import" });
    // Without the opener, a paragraph that names no place still takes the period, but not the source.
    expect(byText(figs(text.replace("By product, imports", "Imports"), "2025-08-01"), "$410 million")).toMatchObject({ period: "2025-H1", source: null });
  });

  it("takes no partner from a parallel clause of the paragraph that names only another flow's end", () => {
    const text = "Kazakhstan's trade in 2025\n\nTrade with Russia was $28 billion. Trade with Uzbekistan and Kyrgyzstan was $5 billion and $3 billion respectively.";
    const fs = figs(text, "2026-02-01");
    expect(byText(fs, "$28 billion").entities).toEqual(["Kazakhstan", "Russia"]);
    expect(byText(fs, "$5 billion").entities).toEqual(["Kazakhstan", "Uzbekistan"]);
    expect(byText(fs, "$3 billion").entities).toEqual(["Kazakhstan", "Kyrgyzstan"]);
    // A country the paragraph also names as a party of its own is no parallel end: it may be the partner.
    const own = figs("Trade with Belarus was $1 billion in 2024. Turnover with Kazakhstan was $9 billion, and Kazakhstan wants more.", "2025-02-01");
    expect(byText(own, "$1 billion").entities).toContain("Kazakhstan");
  });

  it("reads a miner's tonnes of uranium and prices per pound or ounce", () => {
    const fs = figs("The miner sold 6,300 tU in January-June 2025 (100% basis). Uranium averaged US$71.20/lb, and gold $2,350 an ounce.");
    expect(byText(fs, "6,300 tU")).toMatchObject({ value: 6300, unit: "t" });
    expect(byText(fs, "US$71.20/lb")).toMatchObject({ value: 71.2, unit: "USD", per: "per lb", kind: "other" });
    expect(byText(fs, "$2,350 an ounce")).toMatchObject({ per: "per ounce", kind: "other" });
    // "100% basis" is how the total is counted, not a share.
    expect(fs.map((f) => f.unit)).not.toContain("percent");
  });

  it("reads a company's guidance and a budget's assumptions as forecasts", () => {
    expect(byText(figs("Output will be slightly below guidance of 2.1-2.3 million tonnes."), "2.1-2.3 million tonnes").status).toBe("forecast");
    expect(byText(figs("The budget assumes a rate of 520 tenge per dollar."), "520 tenge per dollar").status).toBe("forecast");
  });

  it("gives a state budget's spending and revenue no kind of investment, but keeps a company's capital expenditure", () => {
    const fs = figs("Parliament approved the 2026 state budget, with expenditures of 40 trillion tenge and revenues of 33 trillion tenge.");
    expect(fs.map((f) => f.kind)).toEqual(["other", "other"]);
    expect(figs("Capital expenditure is planned at KZT 2 trillion for 2026.")[0]!.kind).toBe("investment");
  });

  it("reads 'the five countries' as Central Asia when the text named it before, and as nothing otherwise", () => {
    const fs = figs("Trade between China and the five Central Asian countries grew 8% in 2025.\n\nChinese companies signed contracts worth $6 billion in the five countries in 2025.", "2026-02-01");
    expect(byText(fs, "$6 billion").entities).toEqual(["Central Asia", "China"]);
    expect(byText(figs("Chinese companies signed contracts worth $6 billion in the five countries in 2025.", "2026-02-01"), "$6 billion").entities).toEqual(["China"]);
  });

  it("reads a change with an adverb and a comma before 'by': 'grew faster, by 19%, to 612,000 TEU'", () => {
    const fs = figs("Container traffic through Altynkol grew faster, by 14%, to 380,000 TEU in 2024.");
    expect(byText(fs, "14%")).toMatchObject({ kind: "growth", qualifies: byText(fs, "380,000 TEU").id });
  });

  it("links 'That is 6% more' to the first level of the sentence before, not a capacity in its relative clause", () => {
    const fs = figs("Uzbekistan sent 4.2 bcm of gas to China in 2024 through Line C, whose capacity is 25 bcm a year. That is about 9% less than in 2023.");
    expect(byText(fs, "about 9%")).toMatchObject({ kind: "growth", qualifies: byText(fs, "4.2 bcm").id, period: "2024" });
  });

  it("reads a share stated as a fraction after its verb", () => {
    expect(figs("In Kyrgyzstan the share is closer to three-quarters.")[0]).toMatchObject({ value: 75, unit: "percent", qualifier: "approx", text: "closer to three-quarters" });
    expect(figs("The share of the year was strong.")).toEqual([]);
  });

  it("reads money put or poured into a country as investment", () => {
    expect(figs("Chinese firms poured $3 billion into Uzbek mining in 2024.")[0]!.kind).toBe("investment");
    expect(figs("Chinese firms put between $2 billion and $3 billion into Kyrgyz mines in 2024.")[0]!.kind).toBe("investment");
  });

  it("dates a partner's trade with the period of the country's total trade stated before it", () => {
    const text = "Foreign trade of Uzbekistan\n\nIn January-June 2025, the foreign trade turnover of Uzbekistan amounted to 33 100,2 million US dollars.\n\nTrade turnover with Russia amounted to 5 410,7 million US dollars.";
    expect(byText(figs(text, "2025-07-25"), "5 410,7 million US dollars")).toMatchObject({ period: "2025-H1", entities: ["Russia", "Uzbekistan"] });
  });

  it("gives each figure of a clause naming both flows the flow in its own stretch", () => {
    const fs = figs("Trade between Uzbekistan and China was $6.4 billion in 2024, with Uzbek exports to China of $1.1 billion and imports from China of $5.3 billion.");
    expect(fs.map((f) => [f.text, f.direction])).toEqual([["$6.4 billion", null], ["$1.1 billion", "export"], ["$5.3 billion", "import"]]);
  });

  it("gives a figure set against another place's the same parties, with that place swapped in by its role", () => {
    const ents = (text: string) => figs(text, "2025-06-01").map((f) => [f.text, f.entities.join("–"), f.period]);
    // A possessive stands for the one who acts: Turkey's amount is Turkey's in Uzbekistan.
    expect(ents("China's investment in Uzbekistan ($4bn) outpaced Turkey's ($1.1bn) in 2024.")).toEqual([["$4bn", "China–Uzbekistan", "2024"], ["$1.1bn", "Turkey–Uzbekistan", "2024"]]);
    // "in" stands for the place: the investor stays, and so does the period.
    expect(ents("Chinese firms put $7 billion into Kyrgyzstan in 2023, compared with $2 billion in Tajikistan.")).toEqual([["$7 billion", "China–Kyrgyzstan", "2023"], ["$2 billion", "China–Tajikistan", "2023"]]);
    // "for" stands for the one whose flow it is: its exports go to the same partner.
    const fs = figs("Uzbekistan's exports to China reached $3.4 billion in 2024, against $2.8 billion for Kyrgyzstan.", "2025-06-01");
    expect(fs[1]).toMatchObject({ entities: ["China", "Kyrgyzstan"], direction: "export", period: "2024" });
  });

  it("gives the part a taker took from a whole the sentence opens with the whole's party, flow and period", () => {
    const fs = figs("Of Tajikistan's $2.2bn exports in 2024, China bought about $0.5bn.", "2025-06-01");
    expect(fs[1]).toMatchObject({ entities: ["China", "Tajikistan"], direction: "export", period: "2024", qualifier: "approx" });
    // Not a figure after a whole named elsewhere in the sentence: that one is what China bought, an import.
    expect(figs("Tajikistan's exports were $2.2bn in 2024, and China bought $0.5bn of Russian grain.", "2025-06-01")[1]!.direction).toBe("import");
  });

  it("fills a missing party with the country of a place the title names", () => {
    const fs = figs("Urumqi's exports to Central Asia climb\n\nExports to Central Asia reached 42 billion yuan in 2025.", "2026-02-01");
    expect(fs[0]!.entities).toEqual(["Central Asia", "China"]);
  });

  it("counts the parts listed after a counted whole the sentence opens with", () => {
    const fs = figs("Of the 40 agreements, 12 are in energy, 9 in logistics and 19 in agriculture.");
    expect(fs.map((f) => [f.value, f.unit, f.subject])).toEqual([[40, "count", "agreements"], [12, "count", "agreements"], [9, "count", "agreements"], [19, "count", "agreements"]]);
    expect(figs("Of the 40 agreements signed, officials expect 12 to be ready in 2027.").map((f) => f.value)).toEqual([40]);
  });

  it("dates a level 'in the same period' of another year with the months of the figure it is set against", () => {
    const fs = figs("Kyrgyz imports from China were $9.1 billion in January-September 2025, up from $7.8 billion in the same period of 2024.", "2025-11-01");
    expect(fs.map((f) => f.period)).toEqual(["2025-01/2025-09", "2024-01/2024-09"]);
  });

  it("gives a breakdown the parties of the total it breaks down, not those of the last part listed before it", () => {
    const text = "China's trade with Central Asia reached 500 billion yuan in January-June 2026.\n\nBy country, trade with Kazakhstan was 200 billion yuan, and trade with Kyrgyzstan was 90 billion yuan.\n\nIn terms of products, imports of energy were 110 billion yuan.";
    expect(byText(figs(text, "2026-07-20"), "110 billion yuan")).toMatchObject({ entities: ["Central Asia", "China"], period: "2026-H1", direction: "import" });
  });

  it("names the goods a flow measures when its clause names them before the figure", () => {
    expect(figs("Imports of fertilizers from Uzbekistan reached $85 million in 2024.")[0]).toMatchObject({ subject: "fertilizers", direction: "import" });
    expect(figs("Imports from Uzbekistan reached $85 million in 2024.")[0]!.subject).toBeNull();
  });

  it("reads a fold written in words before 'times'", () => {
    expect(figs("Uzbek exports to China have grown almost two and a half times since 2019.")[0]).toMatchObject({ value: 2.5, unit: "fold", qualifier: "approx", kind: "growth" });
    expect(figs("There are four times more Chinese firms than in 2015.")[0]).toMatchObject({ value: 4, unit: "fold" });
    expect(figs("Trains now run three times a week.")).toEqual([]);
  });

  it("counts pieces and units of what follows them, and reads 'thsd' as thousands", () => {
    expect(figs("The railway sent 2,300 pcs of containers to Xi'an.")[0]).toMatchObject({ value: 2300, unit: "count", subject: "containers", kind: "freight" });
    expect(figs("The plant shipped 120 units of mining equipment.")[0]).toMatchObject({ value: 120, unit: "count", subject: "mining equipment" });
    expect(figs("Grain exports to China reached 415 thsd tonnes.")[0]).toMatchObject({ value: 415_000, unit: "t" });
  });

  it("counts the parts named after a count with 'of which'", () => {
    const fs = figs("Trains handled: 540 in July, of which 310 China–Europe and 230 China–Central Asia");
    expect(fs.map((f) => [f.value, f.unit, f.subject])).toEqual([[540, "count", "Trains"], [310, "count", "Trains"], [230, "count", "Trains"]]);
  });

  it("reads what a port expects to handle in a year as throughput to come, and what it can handle a year as capacity", () => {
    expect(figs("The terminal expects to handle 260,000 TEU in 2026.", "2026-03-01")[0]).toMatchObject({ kind: "freight", status: "forecast" });
    expect(figs("The terminal will handle 260,000 TEU a year.", "2026-03-01")[0]!.kind).toBe("capacity");
  });

  it("reads trading on the exchange as no trade between countries", () => {
    expect(figs("Yuan trading on the exchange reached the equivalent of 300 billion tenge in May.")[0]!.kind).toBe("other");
  });

  it("reads the level a count moved from after 'rose to …, from', dated apart from the level it moved to", () => {
    const fs = figs("Direct flights rose to 42 a week, from 25 in 2024.", "2025-10-01");
    expect(fs.map((f) => [f.value, f.unit, f.per, f.period])).toEqual([[42, "count", "per week", null], [25, "count", "per week", "2024"]]);
    // A span from one level to another is no comparison: each end keeps its own year.
    expect(figs("Trade grew 5%, from $2 billion in 2023 to $2.1 billion in 2024.", "2025-10-01").map((f) => f.period)).toEqual(["2024", "2023", "2024"]);
  });

  it("counts flights as freight only when they carry cargo", () => {
    expect(figs("Direct flights between the two countries rose to 48 a week.")[0]!.kind).toBe("other");
    expect(figs("Cargo flights from Urumqi numbered 14 a week.")[0]!.kind).toBe("freight");
  });

  it("links an amount to the same amount in another currency said in words", () => {
    for (const text of ["The fund holds 800 billion tenge, or about $1.6 billion.", "Spending reached 5 trillion soums, equivalent to $400 million.", "The 2 trillion tenge that the banks have lent is worth about $4 billion."]) {
      const [primary, converted] = figs(text);
      expect(converted, text).toMatchObject({ isConversion: true, conversionOf: primary!.id });
      expect(primary!.usdBasis, text).toBe("converted-in-text");
    }
    // A share after "or" is no conversion.
    expect(figs("Exports were 800 billion tenge, or 12% of the total.")[1]!.isConversion).toBe(false);
  });
});

describe("round 55: car sales, a smelter and a statistics release with no title", () => {
  it("reads 'the same months of 2025' and 'the same quarter' as what a change is compared with", () => {
    const fs = figs("Car sales in Uzbekistan reached 61,200 in January-August, up 18% on the same months of 2025.", "2026-09-10");
    expect(byText(fs, "18%").period).toBe("2026-01/2026-08");
    expect(byText(figs("Exports rose 9% in the second quarter compared with the same quarter of 2025.", "2026-08-01"), "9%").period).toBe("2026-Q2");
  });

  it("dates a level 'of a year earlier' a year before, but not a change 'from a year earlier'", () => {
    const fs = figs("Kyrgyzstan imported machinery worth $1.7 billion from China in the first half, well above the $1.2 billion of a year earlier.", "2026-08-01");
    expect(byText(fs, "$1.7 billion").period).toBe("2026-H1");
    expect(byText(fs, "$1.2 billion").period).toBe("2025-H1");
    expect(byText(figs("Trade reached $3.1 billion in 2025, up 14% from a year earlier.", "2026-02-01"), "14%").period).toBe("2025");
  });

  it("reads the first paragraph of a document with no title for what it is about", () => {
    const fs = figs("Kyrgyzstan's trade with the world reached $12.9 billion in 2025.\n\nChina remained the main trading partner with $5.1 billion.", "2026-02-10");
    expect(byText(fs, "$5.1 billion")).toMatchObject({ kind: "trade", entities: ["China", "Kyrgyzstan"] });
  });

  it("ranks partners after the first: their trade, with the first's other party and period", () => {
    const fs = figs("China was Kazakhstan's largest trading partner in 2025 with turnover of $44 billion. Russia came second with $27 billion, followed by Italy with $14 billion and Turkey ($7 billion).", "2026-02-10");
    expect(byText(fs, "$27 billion")).toMatchObject({ kind: "trade", entities: ["Kazakhstan", "Russia"], period: "2025", direction: null });
    expect(byText(fs, "$14 billion")).toMatchObject({ kind: "trade", entities: ["Italy", "Kazakhstan"], period: "2025" });
    expect(byText(fs, "$7 billion")).toMatchObject({ kind: "trade", entities: ["Kazakhstan", "Turkey"], period: "2025" });
  });

  it("keeps a part's names and kind off its whole, past an aside: '…, the ministry said, of which …'", () => {
    const fs = figs("Tax revenue reached 94.2 billion tenge, the ministry said, of which 22.8 billion tenge came from goods from China.", "2026-04-01");
    expect(byText(fs, "94.2 billion tenge")).toMatchObject({ kind: "other", entities: ["Kazakhstan"] });
    expect(byText(fs, "22.8 billion tenge")).toMatchObject({ kind: "other", entities: ["China"] });
  });

  it("reads a fee as no trade, a size written before a smelter as its capacity, and 'raised by' as a change", () => {
    expect(byText(figs("An imported used car from China now pays a fee of 1.2 million tenge."), "1.2 million tenge").kind).toBe("other");
    expect(byText(figs("The company will build a 250,000-tonne smelter near Pavlodar."), "250,000-tonne").kind).toBe("capacity");
    expect(byText(figs("Uzbekistan raised the duty by 15% in May."), "15%").kind).toBe("growth");
  });

  it("knows the countries gold and goods go to beyond the region", () => {
    expect(byText(figs("Kyrgyzstan exported 9.8 tonnes of gold to Switzerland in 2025.", "2026-02-01"), "9.8 tonnes").entities).toEqual(["Kyrgyzstan", "Switzerland"]);
    expect(byText(figs("Uzbek exports to the United Arab Emirates reached $1.3 billion in 2025.", "2026-02-01"), "$1.3 billion").entities).toEqual(["United Arab Emirates", "Uzbekistan"]);
  });
});

describe("round 56: an explainer in questions, a results release and a resolution", () => {
  it("gives an amount with no word of its kind the kind its section's question asks", () => {
    const text = "Explainer: How much does Uzbekistan trade with China?\n\nWho trades most?\n\nTashkent region accounts for a third: $4.4 billion last year.";
    expect(byText(figs(text, "2026-03-01"), "$4.4 billion").kind).toBe("trade");
  });

  it("ranks names 'ahead of' the first, and a 're-export hub' names no flow", () => {
    const fs = figs("Kazakhstan's trade with China reached $41 billion in 2025. Kyrgyzstan, a re-export hub, came second at $19.8 billion, ahead of Uzbekistan ($13.7 billion).", "2026-03-01");
    expect(byText(fs, "$19.8 billion")).toMatchObject({ kind: "trade", entities: ["China", "Kyrgyzstan"], direction: null, period: "2025" });
    expect(byText(fs, "$13.7 billion")).toMatchObject({ kind: "trade", entities: ["China", "Uzbekistan"], period: "2025" });
    expect(byText(figs("Re-exports to Russia reached $2.1 billion in 2025.", "2026-03-01"), "$2.1 billion").direction).toBe("export");
  });

  it("takes the subject its sentence names before the figure's clause as the second party", () => {
    const text = "Central Asian statistics show much less. Tajikistan, for its part, recorded imports from China of only $1.9 billion last year.";
    expect(byText(figs(text, "2026-03-01"), "$1.9 billion").entities).toEqual(["China", "Tajikistan"]);
  });

  it("reads 'In the first half of 2026 the figure was' as the paragraph's money total, with or without a comma", () => {
    const fs = figs("Kazakhstan's trade with China reached $43.8 billion in 2025. In the first half of 2026 the figure was $22.5 billion.", "2026-08-01");
    expect(byText(fs, "$22.5 billion")).toMatchObject({ kind: "trade", entities: ["China", "Kazakhstan"], period: "2026-H1" });
  });

  it("reads 'agreed … to lift trade' as a goal, and the capital of a summit as no party", () => {
    const f = byText(figs("Explainer: Central Asia and China\n\nLeaders agreed at the Tashkent summit in May to lift trade to $120 billion by 2030.", "2026-06-01"), "$120 billion");
    expect(f).toMatchObject({ status: "target", period: "2030" });
    expect(f.entities).not.toContain("Uzbekistan");
  });

  it("gives the lines of 'Highlights:' the period of the paragraph before, and a bracketed label's period to its figure alone", () => {
    const text = [
      "Press release | Almaty, 3 August 2026",
      "",
      "Air Astana today announced results for the six months ended 30 June 2026.",
      "",
      "Highlights:",
      "- Revenue: KZT 312.4 bn (+11% YoY)",
      "- EBITDA margin 27.5% (1H 2025: 29.0%)",
    ].join("\n");
    const fs = figs(text, "2026-08-03");
    expect(byText(fs, "KZT 312.4 bn").period).toBe("2026-H1");
    expect(byText(fs, "27.5%").period).toBe("2026-H1");
    expect(byText(fs, "29.0%").period).toBe("2025-H1");
  });
});

describe("round 57: a statistics release in the post-Soviet style, a ministry's table of trade, a research note's forecast table", () => {
  it("reads 'growth rate - 118.4%' as 18.4% more, and a bare index in brackets after a level as its change", () => {
    const text = "In January-September 2026, trade between Kazakhstan and Kyrgyzstan amounted to 2.9 billion US dollars (growth rate - 107.5%).\n\nExports amounted to 1.8 billion dollars (growth rate 112.0%), imports - 1.1 billion dollars (96.5%).";
    const fs = figs(text, "2026-10-20");
    expect(byText(fs, "107.5%")).toMatchObject({ kind: "growth", value: 7.5, period: "2026-01/2026-09", subject: null });
    expect(byText(fs, "112.0%")).toMatchObject({ kind: "growth", value: 12, direction: "export", period: "2026-01/2026-09" });
    expect(byText(fs, "96.5%")).toMatchObject({ kind: "growth", value: -3.5, direction: "import" });
    // A growth rate "of" a percent is the change itself.
    expect(byText(figs("The growth rate of exports was 12.4% in 2025.", "2026-03-01"), "12.4%").value).toBe(12.4);
  });

  it("dates a flow with no period of its own by the one period its title names, but not a stock or a count", () => {
    const text = "Kyrgyzstan's trade with China in January-June 2026\n\nThe share of China in the country's foreign trade made up 41.3 percent. China-bound freight rose 9%. The number of joint ventures reached 1,240.";
    const fs = figs(text, "2026-07-20");
    expect(byText(fs, "41.3 percent").period).toBe("2026-H1");
    expect(byText(fs, "9%").period).toBe("2026-H1");
    expect(byText(fs, "1,240").period).toBeNull();
  });

  it("reads a table's forecast columns and the unit a note under the table gives", () => {
    const text = [
      "Outlook: Central Asia's trade with China, 2025-2027F",
      "",
      "Country | 2025 | 2026F | 2027F",
      "Tajikistan | 3.9 | 4.4 | 5.0",
      "Turkmenistan | 10.6 | 11.2 | 11.9",
      "",
      "Values in US$ billion. F = forecast.",
    ].join("\n");
    const fs = figs(text, "2026-05-01");
    const tj = fs.filter((f) => f.entities.includes("Tajikistan"));
    expect(tj.map((f) => [f.value, f.unit, f.period, f.status, f.kind])).toEqual([
      [3.9e9, "USD", "2025", "actual", "trade"],
      [4.4e9, "USD", "2026", "forecast", "trade"],
      [5e9, "USD", "2027", "forecast", "trade"],
    ]);
  });

  it("reads a baseline that 'sees' a level as a forecast, and a contractor's 'completed turnover' as no trade", () => {
    expect(byText(figs("Our baseline sees exports to China rising to $6 billion in 2026.", "2026-04-01"), "$6 billion").status).toBe("forecast");
    expect(byText(figs("Chinese contractors in Uzbekistan signed projects worth $2.4 billion, and the completed turnover was $1.9 billion.", "2026-04-01"), "$1.9 billion").kind).not.toBe("trade");
  });
});

describe("round 58: a channel's post, an op-ed and an interview", () => {
  it("reads a value after its label with the label's kind, and two-letter country codes", () => {
    const fs = figs("⛽ Gas supplies to China: 4,6 bcm\n💰 Trade UZ–CN: $9,8 bn", "2026-10-01");
    expect(byText(fs, "4,6 bcm")).toMatchObject({ value: 4.6, kind: "freight", direction: "export" });
    expect(byText(fs, "$9,8 bn")).toMatchObject({ value: 9.8e9, kind: "trade", entities: ["China", "Uzbekistan"] });
  });

  it("reads an outcome of a year still to come as a forecast, but not a deal signed for it", () => {
    expect(byText(figs("Forty billion dollars by 2030 is realistic, the minister said.", "2026-11-01"), "Forty billion dollars").status).toBe("forecast");
    expect(byText(figs("Kazatomprom signed a supply contract for 2028-2032 worth $2.2 billion.", "2026-11-01"), "$2.2 billion").status).toBe("actual");
  });

  it("takes no pronoun as what an amount is of: 'two million tonnes of that'", () => {
    expect(byText(figs("The line will carry ten million tonnes a year. Two million tonnes of that will be Kyrgyz coal.", "2026-11-01"), "Two million tonnes").subject).toBeNull();
  });
});

describe("round 59: power plants, a Chinese port and freight rates", () => {
  it("places a plant's capacity where it is built, not with the firm named as building it", () => {
    const text = "Chinese firms to build power plants in Tajikistan\n\nThe ministry signed agreements with three Chinese companies to build plants with a combined capacity of 900 MW. China Energy Engineering will build a coal plant with 2×150 MW units.";
    const fs = figs(text, "2026-11-01");
    expect(byText(fs, "900 MW").entities).toEqual(["Tajikistan"]);
    expect(byText(fs, "2×150 MW")).toMatchObject({ value: 300, unit: "MW", entities: ["Tajikistan"] });
  });

  it("gives a flow named after 'and' to the figure after it, but shares one named at the end", () => {
    const own = figs("Tajikistan generated 21.3 billion kWh last year and imported another 1.2 TWh.", "2026-03-01");
    expect(byText(own, "21.3 billion kWh")).toMatchObject({ direction: null, subject: null });
    expect(byText(own, "1.2 TWh").direction).toBe("import");
    const shared = figs("Kyrgyzstan supplied 8,000 tons of apricots and 12,000 tons of beans to China this year.", "2026-11-01");
    expect(byText(shared, "8,000 tons").direction).toBe("export");
  });

  it("prices one box or container that 'costs', and reads 'below' a level as a fall", () => {
    const fs = figs("A 40ft box from Chengdu to Almaty costs $3,600, and rates are still 12% below their level a year ago.", "2026-11-01");
    expect(byText(fs, "$3,600")).toMatchObject({ kind: "other", per: "per container" });
    expect(byText(fs, "12%")).toMatchObject({ kind: "growth", value: -12 });
  });
});

describe("round 60: a currency swap, copper output and a parliamentary hearing", () => {
  it("reads a level crossed as no change, but 'fell by under 2%' as one", () => {
    const fs = figs("The yuan's share of settlements rose above 15%, while exports fell by under 2%.", "2026-11-01");
    expect(byText(fs, "above 15%")).toMatchObject({ kind: "other", value: 15, qualifier: "min" });
    expect(byText(fs, "under 2%")).toMatchObject({ kind: "growth", value: -2 });
  });

  it("counts payments named by their currency, and keeps a scaled amount money", () => {
    const fs = figs("The branch handles about 900 tenge transfers a day and has issued 20 billion tenge bonds.", "2026-11-01");
    expect(byText(fs, "about 900 tenge transfers a day")).toMatchObject({ unit: "count", subject: "tenge transfers", per: "per day" });
    expect(byText(fs, "20 billion tenge")).toMatchObject({ unit: "KZT", value: 20e9 });
  });

  it("reads pairs of trains a day as a capacity, the bottom of its span too", () => {
    const fs = figs("The new track raised capacity on the section threefold, from 16 to 48 pairs of trains a day.", "2026-11-01");
    expect(byText(fs, "48 pairs of trains a day")).toMatchObject({ kind: "capacity", subject: "pairs of trains", per: "per day" });
    expect(byText(fs, "16")).toMatchObject({ kind: "capacity", subject: "pairs of trains", per: "per day" });
    expect(byText(figs("Its daily capacity is 36 pairs of trains.", "2026-11-01"), "36").kind).toBe("capacity");
  });
});

describe("round 61: a regional outlook, a wire story with a correction, a Markdown table", () => {
  it("reads a growth rate whose verb stands far after it, and a name's share of the same forecast", () => {
    const fs = figs("Growth in Central Asia and the Caucasus is projected at 5.1 percent in 2027. Kazakhstan's economy is expected to grow 4.4 percent, Tajikistan's 7.0 percent.", "2026-10-15");
    expect(byText(fs, "5.1 percent")).toMatchObject({ kind: "growth", status: "forecast", period: "2027" });
    expect(byText(fs, "7.0 percent")).toMatchObject({ kind: "growth", status: "forecast", entities: ["Tajikistan"] });
  });

  it("gives each of 'X in A and Y in B' its own place", () => {
    const fs = figs("Remittances fell to 21 percent of GDP in Uzbekistan and 34 percent in Kyrgyzstan last year.", "2026-10-15");
    expect(byText(fs, "21 percent").entities).toEqual(["Uzbekistan"]);
    expect(byText(fs, "34 percent").entities).toEqual(["Kyrgyzstan"]);
  });

  it("sets a wire's correction note aside, and reads 'agrees to buy' in a headline as a deal made", () => {
    const text = "UPDATE 1-Zijin agrees to buy Kyrgyz gold mine for $800 mln\n\nBISHKEK, Oct 5, 2026 (Reuters) - Zijin Mining agreed to buy the mine for $800 million, the company said.\n\n(Corrects price in paragraph 1 to $800 million from $900 million)";
    const doc = layoutDocument("wire.txt", text);
    expect(doc.furniture.map((f) => f.reason)).toContain("correction note");
    const fs = figs(text, "2026-10-05");
    expect(fs.map((f) => f.value)).not.toContain(900e6);
    expect(byText(fs, "$800 mln").status).toBe("actual");
  });

  it("dates a report by a credit line that gives only its month", () => {
    const doc = layoutDocument("outlook.txt", "Regional Economic Outlook\nIMF staff | April 2027\n\nRemittances fell last year.");
    expect(doc.meta).toMatchObject({ outlet: "IMF staff", date: "2027-04" });
  });

  it("knows Kazatomprom and the Bozshakol mine as Kazakhstan's", () => {
    expect(byText(figs("Kazatomprom produced 18,200 tU in January-September.", "2026-10-15"), "18,200 tU").entities).toEqual(["Kazakhstan"]);
    expect(byText(figs("CITIC will lend $400 million to expand the Bozshakol mine, which produced 98,000 tonnes of copper last year.", "2026-10-15"), "98,000 tonnes").entities).toEqual(["Kazakhstan"]);
  });
});

describe("round 62: a policy brief with notes, an EV plant, wheat shipments", () => {
  it("skips a note's mark after a full stop, keeps the sentence whole, and sets a notes section aside", () => {
    const text = "Uzbekistan's debt to China\n\nChinese banks lent $9 billion to Uzbekistan in 2015-2024.[7] It owes China 21% of its external debt.[8]\n\nThe loans financed power and transport.\n\nRepayments peak in 2027.\n\nNotes\n7. AidData, 2023, p. 4.\n8. Ministry of Finance, 2025.";
    const doc = layoutDocument("brief.txt", text);
    expect(doc.furniture.map((f) => f.reason)).toEqual(["notes", "notes (page tail)", "notes (page tail)"]);
    const fs = figs(text, "2026-01-10");
    expect(byText(fs, "$9 billion").sentence).toBe("Chinese banks lent $9 billion to Uzbekistan in 2015-2024.[7]");
    expect(byText(fs, "21%").sentence).toBe("It owes China 21% of its external debt.[8]");
  });

  it("reads the level compared with in brackets after its period, and hands that period on to no other figure", () => {
    const fs = figs("The plant assembled 22,100 buses in January–June, more than in all of 2025 (19,600). It employs 1,400 people.", "2026-07-20");
    expect(byText(fs, "19,600")).toMatchObject({ unit: "count", subject: "buses", period: "2025" });
    expect(byText(fs, "1,400").period).toBe("2026-H1");
  });

  it("places a plant's capacity at the place the title names", () => {
    const text = "Chery's Samarkand plant to double output as Chinese cars sell\n\nThe company plans to lift annual capacity to 60,000 units by 2028.";
    expect(byText(figs(text, "2026-07-20"), "60,000").entities).toEqual(["Uzbekistan"]);
  });
});

describe("round 63: oil and gold, aid, visa-free travel", () => {
  it("weighs kilograms as tonnes, and reads a country that 'sends' tonnes somewhere as freight out", () => {
    const fs = figs("Kyrgyzstan exported 2,840 kg of gold to China in the period. Russia sends about 8 million tonnes a year to China through the pipeline.", "2026-11-01");
    expect(byText(fs, "2,840 kg")).toMatchObject({ value: 2.84, unit: "t", subject: "gold" });
    expect(byText(fs, "about 8 million tonnes a year")).toMatchObject({ kind: "freight", direction: "export" });
  });

  it("takes no date still to come as the day a section's relative words resolve against", () => {
    const text = "Kazakhstan and China agree visa-free travel\n\nTravellers may stay 30 days without a visa from 1 March 2027. There are now 35 direct flights a week between the two countries.";
    expect(byText(figs(text, "2026-11-10"), "35 direct flights a week")).toMatchObject({ status: "actual", period: "2026-11-10" });
  });
});

describe("a flow named only by where it went", () => {
  it("takes where it came from from the paragraph: 'most of it to …', 'with … the main buyers'", () => {
    const text = "Kyrgyzstan's gold exports\n\nKyrgyzstan's exports rose in 2025. Shipments of gold totaled 12.1 tonnes, worth $0.9 billion, most of it to Switzerland and the United Kingdom.";
    expect(byText(figs(text, "2026-02-01"), "$0.9 billion").entities).toEqual(["Kyrgyzstan", "Switzerland", "United Kingdom"]);
    const talco = "TALCO output rises\n\nTALCO produced 99,000 tonnes of aluminium. Exports reached 85,000 tonnes, with China and Turkey the main buyers.";
    expect(byText(figs(talco, "2026-02-01"), "85,000 tonnes").entities).toEqual(["China", "Tajikistan", "Turkey"]);
  });
});

describe("round 64: a contractor's release, a table in tabs, a markets desk", () => {
  it("gives the changes written after an exchange rate to the rate", () => {
    const fs = figs("USD/UZS closed at 12,710.50 (+0.2% d/d, -0.9% m/m). The yuan traded at 1,765 sum, up 0.4% w/w.", "2026-11-20");
    expect(byText(fs, "+0.2%").entities).toEqual(["Uzbekistan"]);
    expect(byText(fs, "-0.9%").entities).toEqual(["Uzbekistan"]);
    expect(byText(fs, "0.4%").entities).toEqual(["China", "Uzbekistan"]);
  });

  it("reads a table whose cells are split by tabs, with decimal commas and spaces between thousands", () => {
    const text = "Uzbekistan: exports to China, January-June 2026\n\nProduct\tValue, $ mln\tChange, %\nCopper\t1 208,4\t+9,2\n";
    const fs = figs(text, "2026-07-20");
    expect(byText(fs, "1 208,4")).toMatchObject({ value: 1208.4e6, unit: "USD", kind: "trade", direction: "export", subject: "Copper", period: "2026-H1" });
    expect(byText(fs, "+9,2")).toMatchObject({ value: 9.2, kind: "growth" });
  });
});

describe("round 65: border crossings, cotton yarn", () => {
  it("gives every item of a list of three the unit written once at its end", () => {
    const fs = figs("Cargo through Dostyk, Khorgos and Bakhty reached 14.2 million, 9.7 million and 0.9 million tonnes respectively in 2025.", "2026-02-01");
    expect(fs.map((f) => [f.value, f.unit, f.kind])).toEqual([[14.2e6, "t", "freight"], [9.7e6, "t", "freight"], [0.9e6, "t", "freight"]]);
  });

  it("reads 'on course for' as a forecast, a terminal 'built for' an amount as investment, and 'can clear' as capacity", () => {
    expect(byText(figs("Cotton exports to China are on course for 120,000 tonnes this year.", "2026-11-01"), "120,000 tonnes").status).toBe("forecast");
    const fs = figs("The terminal, built for 2.1 billion soms, can clear 600 trucks a day.", "2026-11-01");
    expect(byText(fs, "2.1 billion soms").kind).toBe("investment");
    expect(byText(fs, "600 trucks a day").kind).toBe("capacity");
  });

  it("reads 'they totalled' as the paragraph's last level in that unit: its kind, flow and parties", () => {
    const text = "Uzbek wool exports to China are on course for 30,000 tonnes this year. In January–September they totalled 22,400 tonnes.";
    expect(byText(figs(text, "2026-11-01"), "22,400 tonnes")).toMatchObject({ kind: "freight", direction: "export", entities: ["China", "Uzbekistan"] });
  });
});

describe("round 66: a state visit's documents, a program to 2030", () => {
  it("skips an item's number inside a sentence as a list number", () => {
    const scan = scanSentence("The sides signed 9 documents, including: 1) an agreement on a rail link; 2) a memorandum on a dry port.");
    expect(scan.skipped.filter((s) => s.reason === "list-number").map((s) => s.text)).toEqual(["1", "2"]);
  });

  it("reads the level a plan starts from, in a year gone by, as an outcome", () => {
    const fs = figs("Under the program, transit is to grow from 31 million tonnes in 2025 to 50 million tonnes in 2030.", "2026-11-01");
    expect(byText(fs, "31 million tonnes")).toMatchObject({ status: "actual", period: "2025" });
    expect(byText(fs, "50 million tonnes")).toMatchObject({ status: "forecast", period: "2030" });
  });

  it("takes no place from an aside after the figure's clause", () => {
    const fs = figs("The parties signed 9 agreements worth $1.1 billion, including a solar park in the Navoi region.", "2026-11-01");
    expect(byText(fs, "$1.1 billion").place).toBeNull();
  });
});

describe("a plant's place, and shares of several names", () => {
  it("places a capacity at the plant its words name, whoever builds it, and lets 'X's and Y's' share a forecast", () => {
    const fs = figs("Kazakhstan, Kyrgyzstan and Uzbekistan will build the 1,200-megawatt Kambarata-1 plant. Kyrgyzstan's share will be 40 percent, Kazakhstan's and Uzbekistan's 30 percent each.", "2026-11-01");
    expect(byText(fs, "1,200-megawatt").entities).toEqual(["Kyrgyzstan"]);
    expect(byText(fs, "30 percent").status).toBe("forecast");
  });
});

describe("round 68: a 'By the numbers' list, a loan, a live blog", () => {
  it("counts what a dash names after a number heading its line, and lets each such entry stand alone", () => {
    const text = [
      "Kyrgyzstan and China: the year in figures",
      "",
      "Exports from Kyrgyzstan to China rose 9% to $310 million in 2025.",
      "",
      "8 — Chinese-built greenhouse complexes now working in the Chui region.",
      "",
      "4,700 — trucks that crossed the Torugart pass in 2025.",
      "",
      "2.1 million tonnes — cargo moved by the new rail ferry.",
    ].join("\n");
    const fs = figs(text, "2026-03-01");
    expect(byText(fs, "4,700")).toMatchObject({ unit: "count", subject: "trucks", period: "2025" });
    expect(byText(fs, "8")).toMatchObject({ unit: "count", subject: "Chinese-built greenhouse complexes" });
    // An entry does not go on from the one before it: the rail ferry's tonnes are not the trucks' pass or year.
    expect(byText(fs, "2.1 million tonnes")).toMatchObject({ period: null, place: null });
    // Not a share written the same way: "35% — Kazakhstan's part of it" stays a percent.
    expect(byText(figs("35% — Kazakhstan's part of that trade."), "35%").unit).toBe("percent");
  });

  it("reads a headline's 'sign' before an amount or a count as a deal", () => {
    const fs = figs("Uzbekistan and China sign 11 documents worth a combined $4.6 billion.", "2026-05-20");
    expect(byText(fs, "$4.6 billion").kind).toBe("deal");
    // A sign that is a noun signs nothing.
    expect(byText(figs("Exports to China reached $2.2 billion, a sign of recovery.", "2026-05-20"), "$2.2 billion").kind).toBe("trade");
  });

  it("reads a second thing the same verb changes as a change with that verb's status", () => {
    const fs = figs("The upgrade will lift the line's capacity to 12 million tonnes and its speed by 40 percent.", "2026-05-20");
    expect(byText(fs, "40 percent")).toMatchObject({ kind: "growth", value: 40, status: "forecast" });
    const cut = figs("The company cut its workforce to 900 and the plant's emissions by 15%.", "2026-05-20");
    expect(byText(cut, "15%")).toMatchObject({ kind: "growth", value: -15 });
  });

  it("keeps money a country finds in its own budget as that country's alone", () => {
    const text = "Kyrgyzstan signed a $260 million loan with China Eximbank for the road. Kyrgyzstan will add $30 million from the national budget.";
    expect(byText(figs(text, "2026-05-20"), "$30 million").entities).toEqual(["Kyrgyzstan"]);
  });
});

describe("round 69: a paper's abstract, a rate card, an interview", () => {
  it("prices each amount of a rate card per the unit its label names", () => {
    const fs = figs("Shanghai – Tashkent: 20-foot container — $3,100; 40-foot container — $4,900.", "2026-12-01");
    expect(fs.map((f) => [f.value, f.per])).toEqual([[3100, "per container"], [4900, "per container"]]);
  });

  it("takes the Khorgos Gateway dry port for Kazakhstan's first, its freight for Kazakhstan's and China's", () => {
    const fs = figs("Khorgos Gateway plans a second terminal\n\nThe terminal can process 600,000 TEU a year. It handled 350,000 TEU in 2025.", "2026-12-01");
    expect(byText(fs, "600,000 TEU a year").entities).toEqual(["Kazakhstan"]);
    expect(byText(fs, "350,000 TEU").entities).toEqual(["China", "Kazakhstan"]);
  });

  it("reads a bare number said of the paragraph's last level in that level's unit, if it is of the same size", () => {
    const fs = figs("Last year the port handled 180,000 TEU. This year we expect around 230,000.", "2026-06-01");
    expect(byText(fs, "around 230,000")).toMatchObject({ value: 230000, unit: "TEU", kind: "freight", status: "forecast", qualifier: "approx", period: "2026" });
    // Not a number far from it, nor one no verb says is a level.
    expect(figs("Last year the port handled 180,000 TEU. This year we expect 2,000 by March.", "2026-06-01").map((f) => f.text)).toEqual(["180,000 TEU"]);
    expect(figs("Last year the port handled 180,000 TEU. Route 200,000 opened.", "2026-06-01").map((f) => f.text)).toEqual(["180,000 TEU"]);
  });

  it("reads 'it will be' after a capacity as that capacity, but not what 'they delivered'", () => {
    const fs = figs("The terminal can handle 300,000 TEU a year. Once the expansion is done, it will be 700,000 TEU.", "2026-06-01");
    expect(byText(fs, "700,000 TEU")).toMatchObject({ kind: "capacity", status: "forecast" });
    const lines = figs("The two lines can carry 40 bcm a year. In 2025 they delivered 35 bcm.", "2026-06-01");
    expect(byText(lines, "35 bcm").kind).toBe("freight");
  });

  it("pairs figures after ', where' with the names listed before it", () => {
    const fs = figs("Growth was fastest in Uzbekistan and Tajikistan, where exports to China rose 31% and 12% in 2025.", "2026-06-01");
    expect(byText(fs, "31%").entities).toContain("Uzbekistan");
    expect(byText(fs, "31%").entities).not.toContain("Tajikistan");
    expect(byText(fs, "12%").entities).toContain("Tajikistan");
    expect(byText(fs, "12%").entities).not.toContain("Uzbekistan");
  });
});

describe("round 70: a scale word broken at a line's end", () => {
  it("reads 'bil-' and 'lion' on the next line of a hard-wrapped paragraph as one scale word, the figure's words the file's", () => {
    const text = [
      "Transport outlook 2027",
      "",
      "We estimate that the region will need US$ 27 bil-",
      "lion of investment in its railways in 2027-2035, of which about 8 per-",
      "cent in Tajikistan, the bank said in its outlook.",
    ].join("\n");
    const fs = figs(text, "2026-11-01");
    const need = fs.find((f) => f.unit === "USD")!;
    expect(need).toMatchObject({ value: 27e9, text: "US$ 27 bil-\nlion" });
    expect(text.slice(need.start, need.end)).toBe(need.text);
    expect(fs.find((f) => f.unit === "percent")).toMatchObject({ value: 8 });
  });
});

describe("round 71: tourism, a government's projects, wind power", () => {
  it("reads a bare number set against a count at its clause's end as that count, in its time", () => {
    const fs = figs("About 85 weekly flights now link Urumqi with Almaty and Tashkent, compared with 31 in 2019.", "2026-11-01");
    expect(byText(fs, "31")).toMatchObject({ unit: "count", subject: "weekly flights", per: "per week", period: "2019" });
  });

  it("gives what a plan's figure requires the plan's status and time", () => {
    const fs = figs("Uzbekistan aims to raise the share of wind power from 3% in 2025 to 20% by 2030, requiring about 8 GW of turbines.", "2026-11-01");
    expect(byText(fs, "about 8 GW")).toMatchObject({ status: "forecast", period: "2030" });
  });

  it("reads 'since' an event in a month of a year as the months from it to the month of writing", () => {
    const fs = figs("Since the border crossing reopened in March 2024, traders have moved an estimated 310,000 tonnes of goods through it.", "2026-09-15");
    expect(byText(fs, "an estimated 310,000 tonnes").period).toBe("2024-03/2026-09");
    // A month still to come is no start of a span.
    expect(findPeriods("since the plan starts in December 2026", refDateOf("2026-09-15")).map((p) => p.period)).toEqual(["2026-12"]);
  });
});

describe("round 72: a listed company's results, customs codes, re-exports", () => {
  it("reads 'over the same period of' a year as a comparison: the change and the next figure keep the level's period", () => {
    const fs = figs("For the six months ended 30 June 2026, revenue from Central Asia was RMB1,204.5 million, an increase of 14.2% over the same period of 2025. Earnings per share were RMB0.31.", "2026-08-20");
    expect(byText(fs, "14.2%").period).toBe("2026-H1");
    expect(byText(fs, "RMB0.31").period).toBe("2026-H1");
  });

  it("skips customs codes as identifiers, each number of a list of them too", () => {
    const scan = scanSentence("Shipments of HS 72 and 73 goods, cars (HS 8703) and phones under code 8517.13 grew, as did HS chapters 50-63.");
    expect(scan.figures).toEqual([]);
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["72", "identifier"], ["73", "identifier"], ["8703", "identifier"], ["8517.13", "identifier"], ["50", "identifier"], ["63", "identifier"]]);
  });

  it("leaves an aside in brackets out of a change's subject", () => {
    const fs = figs("Imports of trucks under code 8704 (mostly dump trucks) alone rose 120% in 2025.", "2026-03-01");
    expect(byText(fs, "120%").subject).toBe("trucks");
  });
});

describe("round 73: an op-ed's hypotheticals, a markets wrap, China's provinces", () => {
  it("reads a currency 'little changed at' a rate, and a signed change before the rate it moved to as that rate's", () => {
    const fs = figs("The som fell −1.1% to 88.40 per dollar, while the yuan was little changed at 12.30 soms.", "2026-10-16");
    const rate = byText(fs, "88.40 per dollar");
    expect(rate).toMatchObject({ kind: "fx", value: 88.4 });
    expect(byText(fs, "−1.1%")).toMatchObject({ value: -1.1, qualifies: rate.id });
    expect(fs.find((f) => f.value === 12.3)).toMatchObject({ kind: "fx", unit: "rate" });
  });

  it("reads 'it' after an 'If' clause as the paragraph's last money total", () => {
    const fs = figs("Kyrgyzstan's exports to China reached $0.9 billion in 2025. If that pace holds, it could reach $2 billion by 2030.", "2026-03-01");
    expect(byText(fs, "$2 billion")).toMatchObject({ kind: "trade", status: "forecast", period: "2030" });
  });

  it("keeps a figure in a relative clause in the past an outcome, whatever the clause before foresees", () => {
    const fs = figs("The plan would widen the trade gap with China, which stood at $5.1 billion in 2025.", "2026-03-01");
    expect(byText(fs, "$5.1 billion").status).toBe("actual");
  });

  it("places a figure in a Chinese province or city, in China, and not in the Shanghai Cooperation Organisation", () => {
    const fs = figs("Freight from Guangdong to Kazakhstan rose to 2.2 million tonnes in 2025.", "2026-03-01");
    expect(byText(fs, "2.2 million tonnes")).toMatchObject({ place: "Guangdong" });
    expect(byText(fs, "2.2 million tonnes").entities).toContain("China");
    const sco = figs("Trade among the Shanghai Cooperation Organisation's members reached $890 billion in 2025.", "2026-03-01");
    expect(byText(sco, "$890 billion").place).toBeNull();
  });
});

describe("round 74: goods named as a part", () => {
  it("takes the goods a sentence opens with as the subject of its first amount, and of the level that amount is compared with", () => {
    const fs = figs("Tajikistan imported goods worth $4.9 billion from China in 2025. Machinery made up the bulk, about $3.4 billion, followed by vehicles at $1.1 billion.", "2026-03-01");
    expect(byText(fs, "about $3.4 billion").kind).toBe("trade");
    expect(byText(fs, "about $3.4 billion").subject).toBe("Machinery");
    expect(byText(fs, "$1.1 billion").subject).toBeNull();
    const cars = figs("Used cars (HS 8703) came next among imports from China at $2.4 billion, up from $0.8 billion in 2023.", "2026-03-01");
    expect(byText(cars, "$2.4 billion").subject).toBe("Used cars (HS 8703)");
    expect(byText(cars, "$0.8 billion").subject).toBe("Used cars (HS 8703)");
    // A pronoun or a place names no goods.
    expect(byText(figs("Kazakhstan accounted for the bulk, $41 billion of trade.", "2026-03-01"), "$41 billion").subject).toBeNull();
  });
});

describe("round 75: an economic update, a table in fixed columns, a speech", () => {
  it("reads a table whose period headers name their unit, its change of the latest period whatever the columns' order", () => {
    const text = [
      "Trucks at Kyrgyz border crossings, H1 2026",
      "",
      "Crossing        H1 2026 (trucks)   H1 2025 (trucks)   Change",
      "Torugart        41,200             36,800             +12.0%",
      "Irkeshtam       55,900             49,100             +13.8%",
    ].join("\n");
    const fs = figs(text, "2026-08-01");
    expect(byText(fs, "41,200")).toMatchObject({ unit: "count", period: "2026-H1" });
    expect(byText(fs, "36,800")).toMatchObject({ unit: "count", period: "2025-H1" });
    expect(byText(fs, "+12.0%")).toMatchObject({ period: "2026-H1", qualifies: byText(fs, "41,200").id });
  });

  it("takes no place for a figure of one place from an aside saying where much of something came from", () => {
    const text = "Kyrgyzstan Economic Update\n\nThe trade deficit widened to 31 percent of GDP, driven by imports of cars, mostly from China.";
    expect(byText(figs(text, "2026-10-01"), "31 percent").entities).toEqual(["Kyrgyzstan"]);
  });

  it("dates 'ten years ago' and 'a decade ago' to that year, and reads 'Last year it' as the last money total", () => {
    const fs = figs("Eight years ago our trade with China stood at $5.9 billion. Last year it exceeded $12 billion.", "2026-11-04");
    expect(byText(fs, "$5.9 billion").period).toBe("2018");
    expect(byText(fs, "exceeded $12 billion")).toMatchObject({ kind: "trade", period: "2025" });
    expect(findPeriods("up from 20 percent a decade ago", refDateOf("2026-11-04")).map((p) => p.period)).toEqual(["2016"]);
  });
});

describe("round 76: a statistics table in thousands, rubles and yuan, a Chinese customs release", () => {
  it("scales a table's values by a header's 'Thous.', and dates a change whose sentence only compares by the title's period", () => {
    const text = [
      "Foreign trade of Tajikistan with China, January-June 2026",
      "",
      "Indicator        Thous. USD        Share, %",
      "Turnover         1 402 118,6       100,0",
      "Exports          215 430,1         15,4",
      "",
      "Compared to January-June 2025, turnover increased by 9,6%.",
    ].join("\n");
    const fs = figs(text, "2026-07-20");
    expect(byText(fs, "1 402 118,6")).toMatchObject({ value: 1402118600, unit: "USD", period: "2026-H1" });
    expect(byText(fs, "9,6%")).toMatchObject({ kind: "growth", period: "2026-H1" });
  });

  it("reads 'quarters' and 'years' as words of time, and a span 'since' a year to the year of writing, not to a plan's year", () => {
    const ref = refDateOf("2026-10-18");
    expect(findPeriods("in first three quarters", ref).map((p) => p.period)).toEqual(["2026-01/2026-09"]);
    const fs = figs("China has lent $21 billion since 2015, and plans more through 2030.", "2026-09-30");
    expect(byText(fs, "$21 billion").period).toBe("2015/2026");
  });
});

describe("round 77: trading partners' shares, a Caspian port, commodity prices", () => {
  it("counts railcars as freight", () => {
    const fs = figs("The Kuryk ferry carried 2,300 railcars to Azerbaijan in 2025.", "2026-03-01");
    expect(byText(fs, "2,300")).toMatchObject({ kind: "freight", subject: "railcars" });
  });
});

describe("round 79: a chart's series, a country's key facts, money at home", () => {
  it("gives an amount of one place in a currency spent at home that currency's country, and its conversion too", () => {
    const fs = figs("The government will spend 900 billion tenge, or about $1.7 billion, on checkpoints on the border with China by 2028.", "2026-10-22");
    expect(byText(fs, "900 billion tenge").entities).toEqual(["Kazakhstan"]);
    expect(byText(fs, "about $1.7 billion").entities).toEqual(["Kazakhstan"]);
    // A place named before it, in that country, still places it.
    expect(byText(figs("Diesel, Shymkent: 305 tenge per litre", "2026-10-22"), "305 tenge per litre")).toMatchObject({ place: "Shymkent", entities: ["Kazakhstan"] });
  });

  it("links a change to the rate it moved to over a span of time", () => {
    const fs = figs("The yuan rose by 0.8% over the week to 74.10 tenge.", "2026-10-22");
    expect(byText(fs, "0.8%").qualifies).toBe(fs.find((f) => f.unit === "rate")!.id);
  });
});

describe("round 80: a post's numbers, trade per person, dual-use goods", () => {
  it("counts what a label names before an irregular participle", () => {
    expect(byText(figs("🚆 Container trains sent: 940", "2026-11-14"), "940")).toMatchObject({ unit: "count", subject: "Container trains" });
  });

  it("prices each place's level set against another the same way, in the same period; not a level moved from", () => {
    const fs = figs("Tajikistan imported about $520 per person from China in 2025, against roughly $300 in Kyrgyzstan and $90 in Turkmenistan.", "2026-08-19");
    expect(byText(fs, "roughly $300")).toMatchObject({ per: "per person", period: "2025" });
    expect(byText(fs, "$90")).toMatchObject({ per: "per person", period: "2025", kind: "other" });
    const moved = figs("Turkmenistan supplied 28.1 bcm in 2025, down from 31.4 bcm.", "2026-08-19");
    expect(byText(moved, "31.4 bcm").period).toBeNull();
  });
});

describe("round 81: a project data sheet, a wire on a state visit", () => {
  it("reads cofinancing as investment", () => {
    expect(byText(figs("Cofinancing: EBRD, $35 million", "2026-09-02"), "$35 million").kind).toBe("investment");
  });

  it("reads 'raise' and a change verb several words before 'by' as a rise", () => {
    expect(byText(figs("They signed a deal to raise freight capacity at the Altynkol crossing by a quarter.", "2026-11-20"), "a quarter").kind).toBe("growth");
    expect(byText(figs("Uzbekistan raised its import duty on Chinese trucks by 15% in May.", "2026-11-20"), "15%")).toMatchObject({ kind: "growth", value: 15 });
  });
});

describe("debts owed to a creditor", () => {
  it("gives a debt owed to a creditor two parties, debtor and creditor, and a part of it too", () => {
    const text = "Tajikistan's external debt\n\nThe country owed China Eximbank about $980 million at the end of June. This year it is to pay $95 million to service its debt to China, including $28 million in interest.";
    const fs = figs(text, "2026-08-01");
    expect(byText(fs, "about $980 million").entities).toEqual(["China", "Tajikistan"]);
    expect(byText(fs, "$95 million").entities).toEqual(["China", "Tajikistan"]);
    expect(byText(fs, "$28 million").entities).toEqual(["China", "Tajikistan"]);
  });
});

describe("round 85: the Middle Corridor west of the Caspian", () => {
  it("places a port's capacity at Anaklia or Batumi in Georgia, whoever builds it", () => {
    const fs = figs("The Anaklia deep-sea port, to be built by a Chinese consortium, is planned to handle 600,000 TEU a year.", "2026-10-14");
    expect(byText(fs, "600,000 TEU a year")).toMatchObject({ kind: "capacity", entities: ["Georgia"], place: "Anaklia" });
  });
});

describe("round 86: power exports", () => {
  it("gives a flow named by where it went 'mainly to' the subject it came from, though another figure names it", () => {
    const fs = figs("Kyrgyzstan exported 1.4 billion kWh in 2025, mainly to Kazakhstan and Uzbekistan, earning about $60 million.", "2026-03-01");
    expect(byText(fs, "about $60 million").entities).toEqual(["Kazakhstan", "Kyrgyzstan", "Uzbekistan"]);
  });
});

describe("round 89: oil shipped, and an amount said again after ', or'", () => {
  it("counts oil shipped to a partner as freight, and oil produced as output", () => {
    expect(extractFromText("Kazakhstan shipped 180,000 bpd of crude to China through the pipeline.", { date: "2026-05-01" })[0]).toMatchObject({ kind: "freight", entities: ["China", "Kazakhstan"] });
    expect(extractFromText("Tengiz produced 900,000 bpd in April.", { date: "2026-05-01" })[0]).toMatchObject({ kind: "other", entities: ["Kazakhstan"] });
  });

  it("gives an amount said again in another unit the places of the first, not of another figure's words", () => {
    const figures = extractFromText("Kazakhstan's oil exports held up in April. Pipeline deliveries to China reached 250,000 bpd, or about 12 million tonnes a year, while exports via Novorossiysk averaged 1.3 million bpd.", { date: "2026-05-01" });
    expect(figures.map((f) => [f.text, f.entities])).toEqual([
      ["250,000 bpd", ["China", "Kazakhstan"]],
      ["about 12 million tonnes a year", ["China", "Kazakhstan"]],
      ["1.3 million bpd", ["Kazakhstan", "Russia"]],
    ]);
  });
});

describe("round 90: rolling stock, a harvest, a whole and its part", () => {
  it("counts wagons bought or built as rolling stock, and wagons crossing as freight", () => {
    const figures = extractFromText("The railway bought 800 wagons last year. Some 4,500 wagons crossed at Dostyk in May.", { date: "2026-10-30" });
    expect(figures.map((f) => [f.value, f.kind])).toEqual([[800, "other"], [4500, "freight"]]);
    expect(extractFromText("KTZ has a fleet of 61,000 wagons.", { date: "2026-10-30" })[0]).toMatchObject({ kind: "other" });
  });

  it("reads a harvest as output, not freight, though its sentence names exports", () => {
    expect(extractFromText("Uzbekistan's cotton harvest tops 3.6 million tonnes, exports to China seen rising.", { date: "2026-10-30" })[0]).toMatchObject({ kind: "other", qualifier: "min", entities: ["Uzbekistan"] });
  });

  it("gives a whole no partner its part names, and the level set against the part the part's parties", () => {
    const figures = extractFromText("Kazakhstan's wheat sales abroad should recover. The ministry plans to export 8-9 million tonnes of wheat next season, including up to 2 million tonnes to Iran, against 1.3 million tonnes this season.", { date: "2026-10-30" });
    expect(figures.map((f) => f.entities)).toEqual([["Kazakhstan"], ["Iran", "Kazakhstan"], ["Iran", "Kazakhstan"]]);
  });
});

describe("round 96: an interview's questions, a decree's numbered orders", () => {
  const interview = [
    "Tajik exports look east: an interview",
    "",
    "Asia-Plus, 12 October 2026",
    "",
    "Q: How did the first half go?",
    "",
    "A: Trade with China reached $1.9 billion. Exports were $240 million.",
    "",
    "Q: Is the deficit still widening?",
    "",
    "A: It is roughly $1.4 billion now.",
  ].join("\n");

  it("reads an answer with its question: the period the question names, and what it asks about", () => {
    const figures = extractFromText(interview);
    expect(figures.map((f) => [f.text, f.kind, f.period])).toEqual([
      ["$1.9 billion", "trade", "2026-H1"],
      ["$240 million", "trade", "2026-H1"],
      ["roughly $1.4 billion", "other", "2026-10-12"],
    ]);
  });

  it("reads the lines under a numbered order that sets goals as goals, with their deadline", () => {
    const decree = ["RESOLUTION ON THE TERMEZ HUB", "", "No. 77 of 01.09.2026", "", "3. The Ministry of Transport shall:", "3.1. by 1 June 2027, raise the capacity of the Termez terminal to 400,000 tonnes per year;", "3.2. by the end of 2028, handle at least 60,000 TEU."].join("\n");
    const figures = extractFromText(decree);
    expect(figures.map((f) => [f.text, f.status, f.period])).toEqual([
      ["400,000 tonnes per year", "target", "2027-06-01"],
      ["at least 60,000 TEU", "target", "2028"],
    ]);
  });

  it("gives money from the state budget, capitalised or not, to that state alone", () => {
    expect(extractFromText("To allocate 95 billion soums from the State Budget for the new bridge on the border with China.", { date: "2026-09-01" })[0]).toMatchObject({ entities: ["Uzbekistan"] });
  });

  it("gives a number expected after a level that level's unit", () => {
    expect(extractFromText("We shipped 2.1 million tonnes of flour to Afghanistan last year, and we expect 2.4 million this year.", { date: "2026-09-01" }).map((f) => [f.value, f.unit])).toEqual([[2.1e6, "t"], [2.4e6, "t"]]);
  });
});

describe("round 98: what is owed to a creditor, past an aside, and repaid to it", () => {
  it("gives a debt owed to a creditor both parties though an aside between dashes stands before the verb", () => {
    const figures = extractFromText("Tajikistan's external debt was $3.3 billion in June. Of this, $1.1 billion — a third — was owed to the Export-Import Bank of China.", { date: "2026-09-01" });
    expect(figures.find((f) => f.value === 1.1e9)).toMatchObject({ entities: ["China", "Tajikistan"] });
  });

  it("gives repayments to a creditor both parties", () => {
    expect(extractFromText("Tajikistan's debt is rising. Repayments to China will reach $120 million in 2028.", { date: "2026-09-01" })[0]).toMatchObject({ entities: ["China", "Tajikistan"] });
  });
});

describe("conversions in brackets, one or two, codes glued or not", () => {
  it("links both amounts of '(equivalent to approximately HK$… or RMB…)' to the first, each with its US-dollar value", () => {
    const [usd, hkd, cny] = extractFromText("The EPC contract is worth US$152 million (equivalent to approximately HK$1,186 million or RMB1,083 million).", { date: "2026-10-14" });
    expect([hkd!.conversionOf, cny!.conversionOf]).toEqual([usd!.id, usd!.id]);
    expect([hkd!.usd, cny!.usd, usd!.convertedTo]).toEqual([1.52e8, 1.52e8, hkd!.id]);
    expect([hkd!.unit, cny!.unit]).toEqual(["HKD", "CNY"]);
  });

  it("reads a conversion whose code is glued to its number", () => {
    const [kzt, cny] = extractFromText("The bank lent KZT 78 billion (RMB1.07 billion) to the smelter.", { date: "2026-10-14" });
    expect(cny).toMatchObject({ unit: "CNY", value: 1.07e9, conversionOf: kzt!.id, isConversion: true });
  });
});

describe("what one container or wagon may carry", () => {
  it("is its load, not freight carried, while a train's tonnes of grain are freight", () => {
    expect(extractFromText("A 40ft container may be loaded to 26 tonnes; a 20ft to 21 tonnes.", { date: "2026-11-02" }).map((f) => f.kind)).toEqual(["other", "other"]);
    expect(extractFromText("Each wagon carries 68 tonnes of wheat to China.", { date: "2026-11-02" })[0]).toMatchObject({ kind: "other" });
    expect(extractFromText("The train of 55 wagons carried 3,600 tonnes of wheat to China.", { date: "2026-11-02" }).at(-1)).toMatchObject({ kind: "freight" });
  });
});

describe("round 99: money a multilateral lender lends, a project sheet's country", () => {
  it("gives a lender's loan to the country the sheet names, not to a partner its paragraphs name", () => {
    const sheet = ["Khorgos Logistics Hub", "", "Country: Kazakhstan", "", "EBRD Finance Summary", "USD 95,000,000 senior loan.", "", "Project Description", "The road will carry trucks to the Khorgos crossing with China."].join("\n");
    expect(extractFromText(sheet)[0]).toMatchObject({ kind: "investment", entities: ["Kazakhstan"] });
  });

  it("gives what lenders lend set against a country's loans the borrower only", () => {
    const figures = extractFromText("Kyrgyzstan borrows from many lenders. Chinese banks lent $4.1 billion for 60 projects, against $2.4 billion lent by the World Bank and the ADB for 35 projects.", { date: "2026-09-01" });
    expect(figures.filter((f) => f.unit === "USD").map((f) => f.entities)).toEqual([["China", "Kyrgyzstan"], ["Kyrgyzstan"]]);
  });
});

describe("the bottom of a span to a deadline", () => {
  it("takes no period written after the span's top: it is where the plan starts", () => {
    const [from, to] = extractFromText("The plan is to lift the terminal's capacity from 300,000 TEU to 700,000 TEU a year by 2030.", { date: "2026-09-01" });
    expect(from).toMatchObject({ value: 300000, period: null });
    expect(to).toMatchObject({ value: 700000, period: "2030" });
  });
});

describe("round 100: a list's numbers in the unit its opening gives", () => {
  it("reads '1. Name — 12.4' under an opening ending '(stock, $ billion):' as $12.4 billion", () => {
    const text = ["Top Chinese lenders to Uzbekistan (loans outstanding, $ billion):", "1. Exim Bank — 3.6", "2. China Development Bank — 1.9"].join("\n");
    expect(extractFromText(text, { date: "2026-11-20" }).map((f) => [f.value, f.unit])).toEqual([[3.6e9, "USD"], [1.9e9, "USD"]]);
  });

  it("reads such lines under ', million tonnes:' in tonnes, and leaves them bare under an opening with no unit", () => {
    expect(extractFromText(["Grain exports to China by crop, million tonnes:", "Wheat: 1.1", "Barley: 0.4"].join("\n"), { date: "2026-11-20" }).map((f) => [f.value, f.unit])).toEqual([[1.1e6, "t"], [4e5, "t"]]);
    expect(extractFromText(["Our partners in the region:", "Kazakhstan — 12", "Uzbekistan — 9"].join("\n"), { date: "2026-11-20" })).toEqual([]);
  });
});

describe("probe 102: figures gapped from an earlier one, with only a name of their own", () => {
  it("gives 'while X's fell' the earlier figure's flow, its subject swapped for X, and the level it reaches too", () => {
    const figures = extractFromText("Tajikistan's imports from China rose 9% to $3.2 billion, while Kyrgyzstan's fell 4% to $6.1 billion.", { date: "2026-05-01" });
    expect(figures.map((f) => [f.text, f.entities, f.direction])).toEqual([
      ["9%", ["China", "Tajikistan"], "import"],
      ["$3.2 billion", ["China", "Tajikistan"], "import"],
      ["4%", ["China", "Kyrgyzstan"], "import"],
      ["$6.1 billion", ["China", "Kyrgyzstan"], "import"],
    ]);
  });

  it("reads a list of names and numbers after a full clause as that clause's measure for each name", () => {
    const figures = extractFromText("Kazakhstan shipped 4.2 million tonnes of grain to Iran, Russia 9.8 million tonnes and Turkmenistan 0.3 million tonnes.", { date: "2026-05-01" });
    expect(figures.map((f) => [f.kind, f.entities])).toEqual([
      ["freight", ["Iran", "Kazakhstan"]],
      ["freight", ["Iran", "Russia"]],
      ["freight", ["Iran", "Turkmenistan"]],
    ]);
  });

  it("gives a share said again for another name that name in place of the first", () => {
    expect(extractFromText("China accounted for 31% of Kyrgyzstan's imports, Russia for 27%.", { date: "2026-05-01" }).map((f) => f.entities)).toEqual([["China", "Kyrgyzstan"], ["Kyrgyzstan", "Russia"]]);
  });
});

describe("heads of state and government", () => {
  it("stand for their countries: 'the two countries' after Mirziyoyev met Xi Jinping are Uzbekistan and China", () => {
    expect(extractFromText("President Mirziyoyev met Xi Jinping in Beijing. Trade between the two countries reached $13.7 billion last year.", { date: "2026-05-01" })[0]).toMatchObject({ entities: ["China", "Uzbekistan"] });
  });
});

describe("round 106: money from a state's own budget, said further after the amount", () => {
  it("is that state's alone though words and a comma stand between", () => {
    const figures = extractFromText("Afghanistan has spent about $540 million on the canal so far, entirely from its own budget, officials in Kabul say; Uzbekistan fears for its water.", { date: "2026-11-04" });
    expect(figures[0]).toMatchObject({ kind: "investment", entities: ["Afghanistan"] });
  });
});

describe("a subject set apart from its verb by an aside", () => {
  it("names the flow of the figure its verb reaches", () => {
    expect(extractFromText("Imports from China, mostly electric cars, reached $2.3 billion.", { date: "2026-11-01" })[0]).toMatchObject({ direction: "import" });
    expect(extractFromText("Uzbekistan's exports to China, led by copper, rose 6% to $3.1 billion.", { date: "2026-11-01" }).map((f) => f.direction)).toEqual(["export", "export"]);
  });

  it("not when the figure's clause has a subject of its own", () => {
    expect(extractFromText("Outbound cargo was mainly tomato paste, machinery and building materials; return trains brought back 210,000 tonnes of ore.", { date: "2026-11-01" }).at(-1)).toMatchObject({ direction: null });
  });
});

describe("the C5", () => {
  it("is Central Asia in 'C5+1' and 'the C5 countries', not a car's model", () => {
    expect(extractFromText("Trade between the C5 countries and China reached $98 billion in 2025.", { date: "2026-05-01" })[0]).toMatchObject({ entities: ["Central Asia", "China"] });
    expect(extractFromText("The Citroen C5 sold 700 units.", { date: "2026-05-01" })[0]!.entities).toEqual([]);
  });
});

describe("a deal's day", () => {
  it("is the day its section's event is dated, before a span the paragraph before named", () => {
    const text = [
      "Ambassador attends the China-Tajikistan investment forum",
      "",
      "2026/10/20",
      "",
      "On October 18, the ambassador attended the China-Tajikistan Investment Forum in Dushanbe.",
      "",
      "In the first three quarters of this year, bilateral trade reached 3.1 billion U.S. dollars.",
      "",
      "More than 200 companies attended, and 9 cooperation documents worth about 700 million U.S. dollars were signed.",
    ].join("\n");
    const deals = extractFromText(text).filter((f) => f.kind === "deal");
    expect(deals.map((f) => f.period)).toEqual(["2026-10-18", "2026-10-18"]);
  });

  it("is not the day a story was filed, which may come after the signing", () => {
    const text = ["Tajikistan and China sign deals worth $1.9 billion", "", "DUSHANBE, 21 October 2026 – Tajik and Chinese companies signed 14 agreements worth $1.9 billion at a forum on Monday."].join("\n");
    const figures = extractFromText(text);
    expect(figures[0]).toMatchObject({ text: "$1.9 billion", period: null });
  });
});

describe("'non-' before a name", () => {
  it("names no country: 'the only non-Chinese brand' is not China's", () => {
    expect(extractFromText("Uzbekistan's car market grew. The only non-Chinese brand in the top five sold 11,200 cars.", { date: "2026-11-01" })[0]!.entities).toEqual(["Uzbekistan"]);
  });
});

describe("amounts of goods bought", () => {
  it("are trade, imports, and so is the next amount of goods listed after one", () => {
    const figures = extractFromText("Tajikistan bought $1.3bn of Chinese machinery and $0.6bn of Kazakh flour in 2025.", { date: "2026-05-01" });
    expect(figures.map((f) => [f.kind, f.direction, f.entities])).toEqual([
      ["trade", "import", ["China", "Tajikistan"]],
      ["trade", "import", ["Kazakhstan", "Tajikistan"]],
    ]);
    expect(extractFromText("CNPC bought a stake for $1.2 billion.", { date: "2026-05-01" })[0]!.kind).not.toBe("trade");
  });
});

describe("round 107: a second verb of the sentence's subject", () => {
  it("gives the figure after it the subject and its own place and flow, not the place of the figure before", () => {
    const [first, second] = extractFromText("Kyrgyzstan shipped 40,000 tonnes of cement to Tajikistan in May and imported 25,000 tonnes of flour from Kazakhstan.", { date: "2026-07-01" });
    expect([first!.entities, first!.direction]).toEqual([["Kyrgyzstan", "Tajikistan"], "export"]);
    expect([second!.entities, second!.direction]).toEqual([["Kazakhstan", "Kyrgyzstan"], "import"]);
  });
});

describe("round 107: a flow shipped or supplied to a place, its amount with a decimal point", () => {
  it("is an export", () => {
    const figures = extractFromText("Kazakhstan shipped 2.3 mln t of barley to China in 2025, and Turkmenistan supplied 4.7 bcm of gas to Uzbekistan.", { date: "2026-02-01" });
    expect(figures.map((f) => [f.text, f.direction])).toEqual([["2.3 mln t", "export"], ["4.7 bcm", "export"]]);
  });
});

describe("round 108: 'Chinese-owned', 'Chinese-funded'", () => {
  it("names who owns or pays, not where a count of firms or parks is", () => {
    expect(extractFromText("Some 45 Chinese-owned enterprises now operate in Tajikistan.", { date: "2026-05-01" })[0]!.entities).toEqual(["Tajikistan"]);
    expect(extractFromText("Uzbekistan hosts 9 Russian-funded industrial parks.", { date: "2026-05-01" })[0]!.entities).toEqual(["Uzbekistan"]);
  });
});

describe("round 108: parts listed after a part", () => {
  it("share the whole's flow", () => {
    const figures = extractFromText("Uzbekistan exported 2.1 mln tons to Russia, including 0.9 mln tons of cement and 400 thous. tons of fruit.", { date: "2026-07-01" });
    expect(figures.map((f) => [f.value, f.direction])).toEqual([[2.1e6, "export"], [0.9e6, "export"], [400_000, "export"]]);
  });
});

describe("round 109: a name denied, and a partner's take of a whole", () => {
  it("names no country after 'not'", () => {
    const [f] = extractFromText("Uzbek cotton has a new buyer, and it is not Russia\n\nUzbekistan exported 300,000 tonnes of cotton yarn in 2025.", { date: "2026-02-01" });
    expect(f!.entities).toEqual(["Uzbekistan"]);
  });

  it("gives the part the whole's subject and flow, and the whole no partner", () => {
    const figures = extractFromText("Tajikistan exported 1.9 million tonnes of cement in 2025; Afghanistan took 0.8 million tonnes of it. Prices paid by Uzbek buyers were higher.", { date: "2026-02-01" });
    expect(figures.map((f) => [f.value, f.entities, f.direction])).toEqual([
      [1.9e6, ["Tajikistan"], "export"],
      [0.8e6, ["Afghanistan", "Tajikistan"], "export"],
    ]);
  });
});

describe("round 109: a railway's length and its cost", () => {
  it("gives the cost's parties to the cost, and another predicate's year to neither", () => {
    const figures = extractFromText("Kazakhstan and China began building a 310-km railway on Monday, a line first proposed in 2008 and estimated to cost $2.2 billion.", { date: "2026-06-10" });
    const cost = figures.find((f) => f.unit === "USD")!;
    expect([cost.entities, cost.period, cost.kind]).toEqual([["China", "Kazakhstan"], null, "investment"]);
    // The length, of two of three places, does not take them from the cost.
    const three = extractFromText("China, Tajikistan and Uzbekistan began building a 410-km road on Monday that will link the three countries, a project estimated to cost $1.9 billion.", { date: "2026-06-10" });
    expect(three.find((f) => f.unit === "USD")!.entities).toContain("Tajikistan");
  });
});

describe("round 109: the money of a railway, a road, a pipeline", () => {
  it("is an investment", () => {
    expect(extractFromText("Kazakhstan, China break ground on $1.1 bln highway", { date: "2026-06-01" })[0]!.kind).toBe("investment");
    expect(extractFromText("The pipeline, estimated at USD 2.3 billion, will carry Turkmen gas to China.", { date: "2026-06-01" })[0]!.kind).toBe("investment");
  });
});

describe("round 110: names of a later statement of another figure", () => {
  it("are that figure's, not those of a figure whose words name none", () => {
    const [docs, trips] = extractFromText("Since the Astana summit in 2024, the two sides have signed 60 cooperation documents, and the number of China-Europe trains crossing Kazakhstan has exceeded 25,000.", { date: "2026-10-20" });
    expect(docs!.entities).not.toContain("Europe");
    expect(trips!.entities).toContain("Europe");
    const [ports] = extractFromText("Some 900 trains passed through Altynkol, while Dostyk handled 2.1 mln tonnes of cargo.", { date: "2026-10-20" });
    expect(ports!.place).toBe("Altynkol");
  });
});

describe("round 112: bullets under a headline", () => {
  it("take no period from each other", () => {
    const figures = extractFromText("Tajik Aluminium in numbers\n\n• Exports to China: 41,000 tonnes in 2025\n• Staff: about 2,300\n", { date: "2026-03-01" });
    expect(figures.map((f) => [f.value, f.period])).toEqual([[41_000, "2025"], [2300, null]]);
  });
});

describe("round 112: a reason clause, and remittances", () => {
  it("lends neither its places nor its flow to the figures it explains", () => {
    const figures = extractFromText(
      "Tajikistan Economic Update, Spring 2026\n\nGrowth slowed to 7.2 percent in 2025 from 8.4 percent in 2024, as aluminium output fell and re-exports to Afghanistan eased. The deficit was financed largely by remittances, which reached US$3.1 billion.",
      { date: "2026-04-20" },
    );
    const growth = figures.find((f) => f.value === 7.2)!;
    expect([growth.entities, growth.direction]).toEqual([["Tajikistan"], null]);
    const remittances = figures.find((f) => f.unit === "USD")!;
    expect([remittances.kind, remittances.period]).toEqual(["other", "2025"]);
  });
});

describe("round 112: the rate of growth a rate moved from", () => {
  it("is a rate of growth too", () => {
    const figures = extractFromText("Growth slowed to 5.4 percent in 2025 from 7.8 percent in 2024.", { date: "2026-04-20" });
    expect(figures.map((f) => [f.value, f.kind, f.period])).toEqual([[5.4, "growth", "2025"], [7.8, "growth", "2024"]]);
  });
});

describe("round 113: a capacity raised by a year from a level now, tonnes a corridor moved, a guess", () => {
  it("reads the level now as the capacity it is raised from, in its time", () => {
    const figures = extractFromText("The railway plans to raise the capacity of the line to 60 mln tonnes per year by 2030, from 45 mln tonnes now.", { date: "2026-11-18" });
    expect(figures.map((f) => [f.value, f.kind, f.per])).toEqual([[60e6, "capacity", "per year"], [45e6, "capacity", "per year"]]);
  });

  it("reads what a corridor moved as freight, and a guess as a forecast", () => {
    expect(extractFromText("The corridor moved 3.2 million tonnes in 2025.", { date: "2026-02-01" })[0]!.kind).toBe("freight");
    expect(extractFromText("My guess: 4 million tonnes of cargo this year.", { date: "2026-02-01" })[0]!.status).toBe("forecast");
  });
});

describe("round 118: a company a country owns, and a level a change still to come starts from", () => {
  it("names the owner as an actor, not where a plant is", () => {
    const [plant] = extractFromText("China's TBEA is building the 300 MW Kazarman cascade in Kyrgyzstan.", { date: "2026-11-22" });
    expect(plant!.entities).toEqual(["Kyrgyzstan"]);
    // A measure written in capitals is no company: "Kyrgyzstan's GDP".
    const [gdp] = extractFromText("Kyrgyzstan's GDP grew 9% in 2025, Russia's 4%.", { date: "2026-11-22" });
    expect(gdp!.entities).toContain("Kyrgyzstan");
  });

  it("gives the starting level no day the change comes on", () => {
    const [to, from] = extractFromText("The household tariff will rise to 1.45 soms per kWh from 1.20 soms on 1 December.", { date: "2026-11-22" });
    expect([to!.status, from!.status, from!.period]).toEqual(["forecast", "actual", null]);
  });
});

describe("round 118: reservoirs, plants and border posts", () => {
  it("are places of their countries", () => {
    const reservoir = extractFromText("Kyrgyzstan will import up to 1.5 billion kWh from Kazakhstan this winter, the minister said, after the Toktogul reservoir fell to 11.3 billion cubic metres.", { date: "2026-11-22" })[1]!;
    expect(reservoir).toMatchObject({ entities: ["Kyrgyzstan"], place: "Toktogul" });
    expect(extractFromText("Some 900 trucks a week cross the Termez-Hairatan bridge.", { date: "2026-11-22" })[0]!.place).toBe("Hairatan, Termez");
    // A builder's name and its plant's place: the plant is where the place is.
    expect(extractFromText("PowerChina will build the Kazarman cascade of four hydropower plants.", { date: "2026-11-22" })[0]!.entities).toEqual(["Kyrgyzstan"]);
  });
});

describe("round 119: a reason's words, and a paragraph about 'those deliveries'", () => {
  it("reads no kind from a reason, and goes on with the paragraph before", () => {
    const figures = extractFromText(
      "Turkmenistan shipped 21.3 bcm of gas to China in the first nine months of 2026.\n\nThe value of those deliveries fell to $4.4 billion from $5.2 billion, as contract prices tied to oil eased.",
      { date: "2026-11-18" },
    );
    expect(figures.map((f) => [f.value, f.kind, f.period])).toEqual([[21.3, "freight", "2026-01/2026-09"], [4.4e9, "trade", "2026-01/2026-09"], [5.2e9, "trade", null]]);
  });

  it("gives the size of what an amount is to build the amount's status", () => {
    const [money, size] = extractFromText("Under a deal signed in March, the firm will invest $120 million to build a plant with a capacity of 200,000 tonnes of cement per year.", { date: "2026-05-01" });
    expect([money!.status, size!.kind, size!.status]).toEqual(["forecast", "capacity", "forecast"]);
  });
});

describe("round 120: a reason naming a country, and a level reached after a comma", () => {
  it("takes no party from the reason, and the flow of the change a level completes", () => {
    const figures = extractFromText(
      "Tajikistan's deficit with China\n\nIn the first half of 2026 imports from China fell 9% to $1.4 billion, as Afghan demand slowed. Exports to China rose slightly, to $62 million.",
      { date: "2026-08-10" },
    );
    expect(figures.map((f) => [f.value, f.entities, f.direction])).toEqual([
      [-9, ["China", "Tajikistan"], "import"],
      [1.4e9, ["China", "Tajikistan"], "import"],
      [62e6, ["China", "Tajikistan"], "export"],
    ]);
  });

  it("goes on with the paragraph before after 'Their declared value'", () => {
    const figures = extractFromText(
      "Parcels cleared at the port reached 12.5 million in the first half of 2026, according to the local customs.\n\nTheir declared value hit 2.1 billion yuan.",
      { date: "2026-07-20" },
    );
    expect(figures.map((f) => [f.value, f.period, f.source])).toEqual([[12.5e6, "2026-H1", "local customs"], [2.1e9, "2026-H1", "local customs"]]);
  });
});

describe("round 121: parts of a tonnage, a release's highlights", () => {
  it("reads goods that 'accounted for' part of the tonnage before as parts of its flow, in its paragraph or the next", () => {
    for (const gap of [" ", "\n\n"]) {
      const figures = extractFromText(`Over the 9 months of 2026, Kazakhstan exported 0.94 mln tons of grain to China.${gap}Wheat accounted for 610 thous. tons, barley – 205 thous. tons.`, { date: "2026-10-15" });
      expect(figures.map((f) => [f.value, f.kind, f.direction, f.entities, f.period])).toEqual([
        [940_000, "freight", "export", ["China", "Kazakhstan"], "2026-01/2026-09"],
        [610_000, "freight", "export", ["China", "Kazakhstan"], "2026-01/2026-09"],
        [205_000, "freight", "export", ["China", "Kazakhstan"], "2026-01/2026-09"],
      ]);
    }
  });

  it("dates a line's figure by the same months a year before in brackets, and highlights by the release's period", () => {
    const figures = extractFromText(
      "Almaty, 12 August 2026 — KazCopper today reported results for the six months ended 30 June 2026.\n\nHighlights\n• Copper output: 118,000 tonnes (1H 2025: 109,000 tonnes)\n• Revenue: KZT 301 billion, up 7%\n",
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([[118_000, "2026-H1"], [109_000, "2025-H1"], [301e9, "2026-H1"], [7, "2026-H1"]]);
  });
});

describe("round 122: what a project needs, a subject before an aside, a rival overtaken, an owner's company", () => {
  it("reads what a project requires as no freight", () => {
    expect(extractFromText("The railway's Kyrgyz section requires an estimated 2.3 million tonnes of cement.", { date: "2026-11-21" })[0]!.kind).toBe("other");
  });

  it("reads the flow of a subject set apart by a long aside before 'fetched'", () => {
    const money = extractFromText("Gold exports, which make up about a third of total exports, fetched $4.9 billion in the first nine months of 2026.", { date: "2026-11-01" }).find((f) => f.unit === "USD")!;
    expect(money.direction).toBe("export");
  });

  it("gives a rival overtaken its own figure with the partner, and a name set against another its figure's parties", () => {
    const [china, russia] = extractFromText("China overtook Russia as Kyrgyzstan's largest trading partner in 2025, with turnover of $9.1 billion against Russia's $3.9 billion.", { date: "2026-06-01" });
    expect([china!.entities, russia!.entities, russia!.period]).toEqual([["China", "Kyrgyzstan"], ["Kyrgyzstan", "Russia"], "2025"]);
    const [, other] = extractFromText("Kazakhstan's trade with China reached $41 billion in 2025, against Uzbekistan's $13 billion.", { date: "2026-06-01" });
    expect([other!.entities, other!.period]).toEqual([["China", "Uzbekistan"], "2025"]);
  });

  it("places a plant's jobs where the plant is, not with the country whose company built it", () => {
    const [jobs] = extractFromText("A cement plant built by China's Hongda Group opened in the Naryn region this week. The project employs 420 people.", { date: "2026-11-21" });
    expect([jobs!.value, jobs!.entities]).toEqual([420, ["Kyrgyzstan"]]);
  });
});

describe("round 123: what a goal takes", () => {
  it("reads 'That means attracting …' as no pronoun standing for the money before, and attracted money as investment", () => {
    const figures = extractFromText("The region pledged to lift trade with China to $150 billion by 2035. That means attracting at least $3 billion a year, against barely $300 million now.", { date: "2026-11-12" });
    expect(figures.map((f) => [f.value, f.kind])).toEqual([[150e9, "trade"], [3e9, "investment"], [300e6, "investment"]]);
  });
});

describe("round 124: a decree's number in a source, and numbers that are no figures", () => {
  it("keeps 'No. 512' in the source's name", () => {
    const [deal] = extractFromText("The railway signed a contract worth 1.9 trillion soums, according to Cabinet Resolution No. 512 of 14 November.", { date: "2026-11-19" });
    expect(deal!.source).toBe("Cabinet Resolution No. 512 of 14 November");
  });

  it("reads no figure in an article's number, a standard, a phone, a time, a hall or an ordinal", () => {
    const figures = extractFromText(
      "Under Article 15 of the resolution, the engines meet the Euro 5 standard. Call centre: +998 71 238 81 00. Meeting at 10:30 in Hall 3. The plant made its 100,000th vehicle after the COVID-19 delay.",
      { date: "2026-11-19" },
    );
    expect(figures).toEqual([]);
  });
});

describe("round 125: a plan's deadline and the level it starts from today", () => {
  it("reads the level a capacity is raised from 'today' as an outcome of now, not of the deadline", () => {
    const figures = extractFromText("The two countries agreed to raise the capacity of the Irkeshtam checkpoint to 800 trucks per day by the end of 2028 from about 300 now.", { date: "2026-11-20" });
    expect(figures.map((f) => [f.value, f.status, f.period, f.per])).toEqual([[800, "target", "2028", "per day"], [300, "actual", "2026-11-20", "per day"]]);
  });

  it("hands a deadline on to no later outcome 'in the same period'", () => {
    const figures = extractFromText(
      "The port aims to double throughput to 2 million tonnes by the end of 2028. In January-October, 61,200 trucks crossed at Torugart, carrying 1.3 million tonnes. Irkeshtam handled 84,500 trucks in the same period.",
    );
    expect(figures.find((f) => f.value === 84_500)!.period).toBeNull();
  });
});

describe("round 126: a price in US cents", () => {
  it("names no country", () => {
    const [price] = extractFromText("A solar park will be built in Samarkand region. Power will be bought by the state utility at 3.9 US cents per kWh for 25 years.", { date: "2026-11-14" });
    expect([price!.value, price!.unit, price!.entities]).toEqual([0.039, "USD", ["Uzbekistan"]]);
  });
});

describe("round 127: a newsletter's bullets under country headings", () => {
  it("dates a share 'of the total' by its total in the same sentence, and prices a litre as no investment", () => {
    const figures = extractFromText(
      "Kazakhstan\n\n- **Rail:** Khorgos handled 312k TEU in Oct (-3.1% m/m).\n\nUzbekistan\n\n- **FDI:** Chinese investment in 9M26 reached US$2.7bn, ~38% of the total.\n- **Prices:** AI-92 petrol at UZS 12,700/litre.\n",
      { date: "2026-11-16" },
    );
    const share = figures.find((f) => f.value === 38)!;
    const price = figures.find((f) => f.unit === "UZS")!;
    expect([share.period, price.kind, price.per]).toEqual(["2026-01/2026-09", "other", "per litre"]);
  });
});
