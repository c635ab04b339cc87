/**
 * What a careful reader finds in each seed article. Every expected value here was
 * written from reading the article, not from the program's output.
 */
import { describe, expect, it } from "vitest";
import { inDoc, one, seeds, seedText } from "./helpers.js";

describe("000 — Kazakhstan Railways, first half of 2023", async () => {
  const corpus = await seeds();
  const figs = inDoc(corpus, "000");

  it("reads the total, export and import tonnages with their growth rates", () => {
    const total = one(figs, "13.7 million tons");
    expect(total).toMatchObject({ value: 13_700_000, unit: "t", kind: "freight", period: "2023-H1", qualifier: "exact", status: "actual", source: "Kazakhstan Railways" });
    expect(total.entities).toEqual(["China", "Kazakhstan"]);
    expect(total.direction).toBeNull();
    const exp = one(figs, "8.3 million tons");
    expect(exp).toMatchObject({ value: 8_300_000, unit: "t", kind: "freight", period: "2023-H1", direction: "export" });
    const imp = one(figs, "5.4 million tons");
    expect(imp).toMatchObject({ value: 5_400_000, kind: "freight", period: "2023-H1", direction: "import" });
    expect(one(figs, "26 percent")).toMatchObject({ value: 26, unit: "percent", kind: "growth", qualifies: total.id });
    expect(one(figs, "37 percent")).toMatchObject({ value: 37, kind: "growth", qualifies: exp.id });
    expect(one(figs, "13 percent")).toMatchObject({ value: 13, kind: "growth", qualifies: imp.id });
  });

  it("pairs each commodity with its growth rate", () => {
    const byCommodity = Object.fromEntries(
      figs.filter((f) => f.kind === "growth" && f.qualifies === null).map((f) => [f.subject, f.value]),
    );
    expect(byCommodity).toEqual({ grain: 200, "vegetable oils": 70, "non-ferrous metals": 55, "metal ore": 15 });
    for (const f of figs.filter((f) => f.subject === "grain")) expect(f.direction).toBe("export");
  });

  it("takes no figure from the 10-year extension, the July 24 date or the page tail", () => {
    expect(figs.map((f) => f.text)).not.toContain("10");
    expect(figs.every((f) => !/July|10-year/.test(f.text))).toBe(true);
    const doc = corpus.documents.find((d) => d.meta.doc.startsWith("000"))!;
    expect(doc.furniture.map((f) => f.text)).toEqual(
      expect.arrayContaining(["About Parvin Faghfouri Azar", "Check Also", "Leave a Reply"]),
    );
    expect(doc.skipped.find((s) => s.text === "10")?.reason).toBe("duration");
  });
});

describe("001 — Eurasianet digest", async () => {
  const corpus = await seeds();
  const figs = inDoc(corpus, "001");

  it("reads the outlet from the source line", () => {
    expect(corpus.documents.find((d) => d.meta.doc.startsWith("001"))!.meta.outlet).toBe("Eurasianet");
  });

  it("keeps the two 2022 trade totals apart by reporting source", () => {
    const ru = one(figs, "$26 billion");
    expect(ru).toMatchObject({ value: 26e9, unit: "USD", kind: "trade", period: "2022", source: "official Kazakh data" });
    expect(ru.entities).toEqual(["Kazakhstan", "Russia"]);
    const kz = one(figs, "$24 billion");
    expect(kz).toMatchObject({ value: 24e9, kind: "trade", period: "2022", source: "official Kazakh data" });
    expect(kz.entities).toEqual(["China", "Kazakhstan"]);
    const cn = one(figs, "over $31 billion");
    expect(cn).toMatchObject({ value: 31e9, qualifier: "min", kind: "trade", period: "2022", source: "Chinese customs statistics" });
    expect(cn.entities).toEqual(["China", "Kazakhstan"]);
  });

  it("reads the $40 billion goal as a yearly target", () => {
    expect(one(figs, "$40 billion annually")).toMatchObject({ value: 40e9, kind: "trade", status: "target", per: "per year", period: null });
  });

  it("reads capacities and plans for grain and the new line", () => {
    expect(one(figs, "up to 10,000 tons of grain cargo per day")).toMatchObject({ value: 10_000, unit: "t", qualifier: "max", per: "per day", subject: "grain cargo" });
    expect(one(figs, "upwards of 200,000 tons")).toMatchObject({ value: 200_000, qualifier: "min", status: "target", period: "2023", direction: "export", subject: "grain" });
    expect(one(figs, "270 km")).toMatchObject({ value: 270, unit: "km" });
    // The Bakhty-Ayagoz line "connecting Kazakhstan and China": its capacity is of both ends.
    expect(one(figs, "up to 8 million tons of goods annually")).toMatchObject({ value: 8e6, qualifier: "max", per: "per year", kind: "capacity", status: "forecast", entities: ["China", "Kazakhstan"] });
    expect(one(figs, "300 MW")).toMatchObject({ value: 300, unit: "MW", kind: "capacity" });
  });

  it("keeps the tenge cost and its dollar conversion as two linked figures", () => {
    const kzt = one(figs, "321 billion tenge");
    const usd = one(figs, "about $713 million");
    expect(kzt).toMatchObject({ value: 321e9, unit: "KZT", kind: "investment", convertedTo: usd.id, usd: 713e6, usdBasis: "converted-in-text" });
    expect(usd).toMatchObject({ value: 713e6, unit: "USD", qualifier: "approx", conversionOf: kzt.id, isConversion: true });
  });

  it("reads Turkmenistan–EAEU trade growth for January–April 2023", () => {
    const g = one(figs, "9.2 percent");
    expect(g).toMatchObject({ value: 9.2, kind: "growth", period: "2023-01/2023-04", subject: "trade" });
    expect(g.entities).toEqual(["Eurasian Economic Union", "Turkmenistan"]);
  });
});

describe("002 — SCO summit round-up", async () => {
  const corpus = await seeds();
  const figs = inDoc(corpus, "002");

  it("counts the Business Council's $3.7 billion once, with three mentions", () => {
    const mentions = figs.filter((f) => f.value === 3.7e9 && f.unit === "USD");
    expect(mentions.map((m) => m.text)).toEqual(["about $3.7 billion", "$3.7 Billion", "$3.7 billion"]);
    expect(new Set(mentions.map((m) => m.factId)).size).toBe(1);
    expect(mentions.every((m) => m.kind === "deal")).toBe(true);
    const fact = corpus.facts.find((f) => f.id === mentions[0]!.factId)!;
    expect(fact.mentions).toHaveLength(3);
    expect(fact.primary.entities).toEqual(["China", "Kazakhstan"]);
    const tenge = one(figs, "1.75 trillion tenge");
    expect(tenge).toMatchObject({ value: 1.75e12, unit: "KZT", isConversion: true, usd: 3.7e9 });
  });

  it("pairs the China-EU train counts with Khorgos and Alashankou", () => {
    const khorgos = one(figs, "7,762");
    const alashankou = one(figs, "6,635");
    expect(khorgos).toMatchObject({ value: 7762, unit: "count", kind: "freight", place: "Khorgos", period: "2023", subject: "China-EU trains" });
    expect(alashankou).toMatchObject({ value: 6635, place: "Alashankou", period: "2023" });
    expect(one(figs, "9.8 percent")).toMatchObject({ kind: "growth", place: "Khorgos", qualifies: khorgos.id });
    expect(one(figs, "6.8 percent")).toMatchObject({ kind: "growth", place: "Alashankou", qualifies: alashankou.id });
  });

  it("reads the other figures", () => {
    expect(one(figs, "100 MW")).toMatchObject({ unit: "MW", kind: "capacity", place: "Kapchagai" });
    expect(one(figs, "1.25 million tons")).toMatchObject({ value: 1.25e6, kind: "capacity" });
    expect(one(figs, "$41 billion")).toMatchObject({ value: 41e9, kind: "trade", period: "2023" });
    expect(one(figs, "12-fold")).toMatchObject({ value: 12, unit: "fold", kind: "growth", period: "2024-02" });
    expect(one(figs, "26")).toMatchObject({ unit: "count", period: "2024-05" });
    expect(one(figs, "45")).toMatchObject({ unit: "count", period: "2024-05" });
    const gdp = figs.filter((f) => f.value === 9 && f.unit === "percent");
    expect(gdp).toHaveLength(2);
    expect(gdp.every((f) => f.status === "forecast" && f.kind === "growth")).toBe(true);
    expect(new Set(gdp.map((f) => f.factId)).size).toBe(1);
  });

  it("takes no figure from ordinals, dates, years or ages", () => {
    const texts = figs.map((f) => f.text);
    for (const t of ["24th", "2001", "19", "11", "21", "2024-2025"]) expect(texts).not.toContain(t);
    const skipped = corpus.documents.find((d) => d.meta.doc.startsWith("002"))!.skipped;
    const reasons = (t: string) => skipped.filter((s) => s.text === t).map((s) => s.reason);
    expect(reasons("24")).toContain("ordinal");
    expect(reasons("19")).toEqual(["age"]);
    expect(reasons("11")).toEqual(["age"]);
    expect(reasons("2001")).toContain("year");
  });
});

describe("003 — news digest with a currency ticker", async () => {
  const corpus = await seeds();
  const figs = inDoc(corpus, "003");

  it("counts the ticker repeated eight times once", () => {
    const text = seedText("003_4b8bc35e4223c506.txt");
    expect(text.split("KZT/USD = 0.00190").length - 1).toBe(8);
    const kzt = figs.filter((f) => f.kind === "fx" && f.base === "KZT");
    expect(kzt).toHaveLength(1);
    expect(kzt[0]).toMatchObject({ value: 0.0019, unit: "rate", quote: "USD" });
    expect(figs.filter((f) => f.kind === "fx")).toHaveLength(5);
  });

  it("reads the date line and skips pagination", () => {
    const doc = corpus.documents.find((d) => d.meta.doc.startsWith("003"))!;
    expect(doc.meta.date).toBe("2025-01-12");
    expect(doc.furniture.some((f) => f.text === "Viewing results 1 - 6 of 8" && f.reason === "pagination")).toBe(true);
  });

  it("reads Xinjiang–Central Asia trade with its conversion and growth", () => {
    const cny = one(figs, "283 billion yuan");
    expect(cny).toMatchObject({ value: 283e9, unit: "CNY", kind: "trade", period: "2023", usd: 39e9 });
    expect(cny.entities).toEqual(["Central Asia", "Xinjiang"]);
    expect(one(figs, "$39 billion")).toMatchObject({ conversionOf: cny.id });
    expect(one(figs, "50%")).toMatchObject({ value: 50, kind: "growth", qualifies: cny.id });
    expect(one(figs, "up to 8,000 yuan")).toMatchObject({ value: 8000, unit: "CNY", qualifier: "max", per: "per day", usd: 1104 });
  });

  it("does not take tonnes of CO2 for freight", () => {
    expect(one(figs, "26 tons of CO₂ per hectare")).toMatchObject({ kind: "other", per: "per hectare" });
    expect(one(figs, "1.2 million tons")).toMatchObject({ kind: "other", value: 1.2e6 });
    expect(figs.filter((f) => f.kind === "freight")).toHaveLength(0);
  });

  it("resolves 'last year' against the item's own date (June 2024)", () => {
    expect(one(figs, "$2.5 billion")).toMatchObject({ kind: "trade", period: "2023" });
    expect(one(figs, "exceed $7.5 billion")).toMatchObject({ kind: "investment", qualifier: "min" });
    expect(one(figs, "5.5-fold")).toMatchObject({ kind: "growth", period: "2019/2023" });
    expect(one(figs, "over 180")).toMatchObject({ qualifier: "min", unit: "count" });
    expect(one(figs, "over 60 thousand vehicles per year")).toMatchObject({ value: 60_000, qualifier: "min", per: "per year", kind: "capacity", status: "forecast", period: "2025" });
  });
});

describe("004 — China.org.cn opinion", async () => {
  const corpus = await seeds();
  const figs = inDoc(corpus, "004");

  it("reads outlet, date, author and title from the page", () => {
    const meta = corpus.documents.find((d) => d.meta.doc.startsWith("004"))!.meta;
    expect(meta).toMatchObject({ outlet: "China.org.cn", date: "2024-07-24", author: "Hannan Hussain", title: "China-Central Asia cooperation shows no signs of slowing" });
  });

  it("reads China–Central Asia trade 'last year' as 2023", () => {
    const t = one(figs, "bordered on $90 billion");
    expect(t).toMatchObject({ value: 90e9, qualifier: "approx", kind: "trade", period: "2023" });
    expect(t.entities).toEqual(["Central Asia", "China"]);
  });

  it("reads the renewables share as a target, not trade, and the fold change since 1992", () => {
    expect(one(figs, "15%")).toMatchObject({ kind: "other", status: "target" });
    expect(one(figs, "60%")).toMatchObject({ kind: "growth", subject: "yields" });
    expect(one(figs, "100-fold")).toMatchObject({ kind: "growth", period: "1992/2012" });
  });

  it("sets the comment form and share links aside", () => {
    const doc = corpus.documents.find((d) => d.meta.doc.startsWith("004"))!;
    const reasons = new Set(doc.furniture.map((f) => f.reason));
    for (const r of ["comment form", "share and print links", "author bio"]) expect(reasons).toContain(r);
  });
});
