/**
 * The grammar on sentences written for these tests: the seeds' constructions with other
 * numbers, places, currencies and word orders.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "../../src/extract.js";
import { scanSentence } from "../../src/grammar/scan.js";
import { findPeriods, refDateOf } from "../../src/attribute/period.js";
import { figuresOf as figs, onlyFigure as only } from "../helpers.js";

describe("numbers, scales and currencies", () => {
  it("reads soums and cubic metres after a scale word", () => {
    const [uzs, usd] = figs("The ministry allocated 450 billion soums (about $36 million) for new rolling stock.");
    expect(uzs).toMatchObject({ value: 450e9, unit: "UZS", kind: "investment", convertedTo: usd!.id });
    expect(only("The field yields 4.5 billion cubic metres of gas a year.")).toMatchObject({ value: 4.5, unit: "bcm" });
    expect(only("The new storage holds 300 million cubic meters.")).toMatchObject({ value: 0.3, unit: "bcm" });
    // A few cubic metres are no gas volume.
    expect(figs("The builders poured 5,000 cubic metres of concrete.").filter((f) => f.unit === "bcm")).toHaveLength(0);
  });

  it("reads energy in kilowatt-hours at any scale", () => {
    expect(only("Kyrgyzstan imported 2.3 billion kWh of electricity in 2023.")).toMatchObject({ value: 2.3e9, unit: "kWh" });
    expect(only("The new station will generate 850 GWh a year.")).toMatchObject({ value: 850e6, unit: "kWh", per: "per year" });
  });

  it("reads sums, and the unit written once at the end of a span 'from 25 million to 40 million tonnes'", () => {
    expect(only("The budget will provide 900 billion sums for new wagons.")).toMatchObject({ value: 900e9, unit: "UZS" });
    const [from, to] = figs("Transit through Kazakhstan is to grow from 25 million to 40 million tonnes a year by 2030.");
    expect(from).toMatchObject({ value: 25e6, unit: "t", status: "forecast" });
    expect(to).toMatchObject({ value: 40e6, unit: "t", status: "forecast", period: "2030" });
  });

  it("takes what is sold for trade, out", () => {
    expect(only("Turkmenistan sold China gas worth $9.1bn.")).toMatchObject({ kind: "trade", direction: "export" });
  });

  it("counts freight trains' trips as freight", () => {
    expect(only("China-Europe freight trains made 1,200 trips through Altynkol.")).toMatchObject({ unit: "count", kind: "freight", subject: "trips" });
  });

  it("takes the value of deliveries for trade", () => {
    expect(only("The value of Kyrgyz wool deliveries reached $64 million in 2023.")).toMatchObject({ kind: "trade", value: 64e6 });
  });

  it.each([
    ["Kazakhstan exported $5m of honey to China.", 5e6, "USD"],
    ["Turnover reached US$ 1.2 bn with China.", 1.2e9, "USD"],
    ["Investment in the plant totalled 2 trillion rubles.", 2e12, "RUB"],
    ["The contract is worth 450 million euros.", 450e6, "EUR"],
    ["The budget is KZT 12.5 billion for the corridor.", 12.5e9, "KZT"],
    ["Trade with China reached RMB 200 billion last year.", 200e9, "CNY"],
    ["Loans of 3,250,000 yuan were granted to Kyrgyz farmers.", 3_250_000, "CNY"],
    ["Uzbekistan will invest 900 billion sum in roads.", 900e9, "UZS"],
    ["Kyrgyzstan spent 1.1 billion som on the project.", 1.1e9, "KGS"],
    ["The deal is valued at €3.5bn.", 3.5e9, "EUR"],
  ])("%s", (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it("reads the continental forms: thousands grouped by spaces, decimal commas, dots before a decimal comma", () => {
    expect(only("Tajikistan's imports from China amounted to USD 2 417,6 mln in 2023.")).toMatchObject({ value: 2_417_600_000, unit: "USD", kind: "trade", period: "2023" });
    expect(only("Shipments through Altynkol reached 3 480 000 tons.")).toMatchObject({ value: 3_480_000, unit: "t", kind: "freight" });
    // No-break and narrow no-break spaces group thousands too.
    expect(only("Transit reached 12\u00A0905 thousand tonnes.")).toMatchObject({ value: 12_905_000, unit: "t" });
    expect(only("Turnover grew to KZT 1\u202F204 billion.")).toMatchObject({ value: 1_204e9, unit: "KZT" });
    expect(only("Exports to China were USD 9,75 bln.")).toMatchObject({ value: 9.75e9, unit: "USD", text: "USD 9,75 bln" });
    expect(only("The contract is worth EUR 1.380,5 million.")).toMatchObject({ value: 1_380.5e6, unit: "EUR" });
    expect(only("The som traded at 87,45 per dollar.")).toMatchObject({ value: 87.45, unit: "rate", base: "USD", quote: "KGS" });
    // Three digits after a comma are a thousands group, as in English.
    expect(only("Kyrgyzstan shipped 4,250 tonnes of cherries.")).toMatchObject({ value: 4250, unit: "t" });
  });

  it("does not join a year, a list or a hyphenated count into a spaced number", () => {
    expect(figs("In 2023 640 trains crossed at Khorgos.").map((f) => [f.value, f.unit])).toEqual([[640, "count"]]);
    // "two 280-km lines", not a 2,280-km line.
    expect(figs("The 2 280-km lines opened.").map((f) => [f.value, f.unit])).toEqual([[280, "km"]]);
    expect(figs("Exports reached 3,1 million tonnes, 2,4% more.").map((f) => [f.value, f.unit])).toEqual([[3.1e6, "t"], [2.4, "percent"]]);
  });

  it("reads B, M and K after a currency as scales, in either case", () => {
    expect(only("Tajik and Chinese firms signed deals worth $3.8B.")).toMatchObject({ value: 3.8e9, unit: "USD", kind: "deal" });
    expect(only("The solar park in Kashkadarya is valued at $640M.")).toMatchObject({ value: 640e6, unit: "USD", kind: "investment", entities: ["Uzbekistan"] });
    expect(only("A grant of $250K went to the school.")).toMatchObject({ value: 250e3, unit: "USD" });
    expect(only("Investment reached USD 2b.")).toMatchObject({ value: 2e9, unit: "USD" });
    // Without a currency, a letter glued to a number is an identifier.
    expect(scanSentence("Its 737B model flew.").figures).toHaveLength(0);
  });

  it("reads 'tn' as trillions after money and as tonnes otherwise, and 'trln'", () => {
    expect(only("The budget is KZT1.5tn for 2025.")).toMatchObject({ value: 1.5e12, unit: "KZT" });
    expect(only("Chinese lending reached $1.2tn.")).toMatchObject({ value: 1.2e12, unit: "USD" });
    expect(only("Exports of 120,000 tn of wheat left Aktobe.")).toMatchObject({ value: 120_000, unit: "t", kind: "freight" });
    expect(only("Container throughput at the port reached 1.3 million tons.")).toMatchObject({ value: 1.3e6, kind: "freight" });
    expect(only("The deal is worth 2.3 trln tenge.")).toMatchObject({ value: 2.3e12, unit: "KZT", kind: "deal" });
    expect(only("Kyrgyzstan exported 12 thousand tonnes of cherries.")).toMatchObject({ value: 12_000, unit: "t", kind: "freight" });
  });

  it("reads tonnes, km, MW, TEU and bcm to base units", () => {
    expect(only("Shipments totalled 3.5mn tonnes of wheat.")).toMatchObject({ value: 3.5e6, unit: "t", subject: "wheat", kind: "freight" });
    expect(only("The new road will be 1,200 kilometres long.")).toMatchObject({ value: 1200, unit: "km" });
    expect(only("A 1.5 GW solar park is planned near Shymkent.")).toMatchObject({ value: 1500, unit: "MW", kind: "capacity", place: "Shymkent" });
    expect(only("The Dostyk terminal handled 410,000 TEU in 2022.")).toMatchObject({ value: 410_000, unit: "TEU", period: "2022" });
    expect(only("The pipeline can carry up to 55 bcm of gas annually.")).toMatchObject({ value: 55, unit: "bcm", qualifier: "max", per: "per year", kind: "capacity" });
  });
});

describe("qualifiers and ranges", () => {
  it.each([
    ["Trade with Tajikistan was about $1.8 billion in 2021.", "approx"],
    ["Trade with Tajikistan was nearly $1.8 billion in 2021.", "approx"],
    ["Trade with Tajikistan was around $1.8 billion in 2021.", "approx"],
    ["Trade with Tajikistan was some $1.8 billion in 2021.", "approx"],
    ["Trade with Tajikistan was more than $1.8 billion in 2021.", "min"],
    ["Trade with Tajikistan was upwards of $1.8 billion in 2021.", "min"],
    ["Trade with Tajikistan was at least $1.8 billion in 2021.", "min"],
    ["Trade with Tajikistan will exceed $1.8 billion in 2025.", "min"],
    ["Trade with Tajikistan was under $1.8 billion in 2021.", "max"],
    ["Trade with Tajikistan was less than $1.8 billion in 2021.", "max"],
    ["Trade with Tajikistan was up to $1.8 billion in 2021.", "max"],
    ["Trade with Tajikistan was $1.8 billion in 2021.", "exact"],
    // A negation turns a comparing bound over.
    ["Trade with Tajikistan will not exceed $1.8 billion in 2025.", "max"],
    ["Trade with Tajikistan did not surpass $1.8 billion in 2021.", "max"],
    ["Trade with Tajikistan must not be more than $1.8 billion in 2025.", "max"],
    ["Trade with Tajikistan was no more than $1.8 billion in 2021.", "max"],
    ["Trade with Tajikistan was not less than $1.8 billion in 2021.", "min"],
    ["Trade with Tajikistan was no less than $1.8 billion in 2021.", "min"],
  ])("%s", (text, qualifier) => {
    expect(only(text)).toMatchObject({ value: 1.8e9, qualifier, kind: "trade" });
  });

  it("reads ranges with the scale after them", () => {
    expect(only("Chinese firms may invest $3-4 billion in Tajik mines.")).toMatchObject({ value: 3e9, valueHigh: 4e9, unit: "USD", kind: "investment" });
    expect(only("Khorgos will handle 200,000-250,000 TEU a year.")).toMatchObject({ value: 200_000, valueHigh: 250_000, unit: "TEU", per: "per year" });
  });

  it("reads 'between' ranges with the scale on both ends", () => {
    const f = only("The new bridge over the Amu Darya will cost between $1.5 billion and $2 billion.");
    expect(f).toMatchObject({ value: 1.5e9, valueHigh: 2e9, unit: "USD", qualifier: "approx", text: "$1.5 billion and $2 billion" });
    // "from … to …" is a change, not a range.
    expect(figs("Turnover grew from $1 billion to $2 billion.").map((x) => x.valueHigh)).toEqual([null, null]);
  });
});

describe("changes", () => {
  it("links a change to the level it qualifies and reads decreases as negative", () => {
    const [g, l] = figs("Uzbekistan's exports to Russia fell by 4.5 per cent to $3.2 billion in the first quarter of 2024.");
    expect(g).toMatchObject({ value: -4.5, unit: "percent", kind: "growth", qualifies: l!.id, period: "2024-Q1", direction: "export" });
    expect(l).toMatchObject({ value: 3.2e9, kind: "trade", period: "2024-Q1", direction: "export" });
    expect(l!.entities).toEqual(["Russia", "Uzbekistan"]);
  });

  it("links a change written after its level, in words or in brackets after the level's period", () => {
    const [l, g] = figs("Kyrgyz rail cargo reached 9.1 million tonnes in 2023, up 14% on the year.");
    expect(g).toMatchObject({ value: 14, kind: "growth", qualifies: l!.id });
    const [level, change] = figs("Gold output reached 5.6 tonnes in 2024 (+11%).");
    expect(change).toMatchObject({ value: 11, kind: "growth", qualifies: level!.id });
  });

  it("reads fold changes", () => {
    expect(only("Since 2015, Tajik exports of cotton to China have risen 3.5-fold.")).toMatchObject({ value: 3.5, unit: "fold", kind: "growth" });
    expect(only("Chinese visitors to Uzbekistan increased 20-fold in a year.")).toMatchObject({ value: 20, unit: "fold" });
  });

  it("reads fold changes written as one word, with their qualifier", () => {
    expect(only("Kyrgyz imports of Chinese cars grew fivefold.")).toMatchObject({ value: 5, unit: "fold", kind: "growth", qualifier: "exact", text: "fivefold" });
    expect(only("Sales of Uzbek cherries in China rose nearly tenfold.")).toMatchObject({ value: 10, unit: "fold", qualifier: "approx", text: "nearly tenfold" });
    // A block with no digit at all is still read.
    expect(extractFromText("Rail traffic to Kashgar tripled.\n\nPassenger numbers jumped twentyfold.", { date: "2024-03-15" }).map((x) => x.value)).toEqual([3, 20]);
  });

  it("carries the change verb along a list of commodities", () => {
    const f = figs("Exports of cotton to China dropped by 30 percent, copper by 12 percent and zinc by 4 percent.");
    expect(f.map((x) => [x.subject, x.value])).toEqual([["cotton", -30], ["copper", -12], ["zinc", -4]]);
  });

  it("treats a share as a share, not a change or a total", () => {
    expect(only("China accounts for 22% of Kazakhstan's trade.")).toMatchObject({ kind: "other", unit: "percent" });
    // "made up" is no rise.
    expect(only("Machinery made up 27 percent of Tajikistan's imports from China.")).toMatchObject({ kind: "other", value: 27 });
  });

  it("reads an amount after 'rose by' as a change of the level after 'to', not as a range", () => {
    const [g, l] = figs("Kazakh exports to China grew by $1.4 billion to $7.9 billion in 2023.");
    expect(g).toMatchObject({ value: 1.4e9, valueHigh: null, unit: "USD", kind: "growth", qualifies: l!.id, period: "2023" });
    expect(l).toMatchObject({ value: 7.9e9, kind: "trade", direction: "export" });
    const [fall, level] = figs("Coal shipments to Xinjiang fell by 300,000 tons to 2.1 million tons.");
    expect(fall).toMatchObject({ value: -300_000, unit: "t", kind: "growth", qualifies: level!.id });
    expect(level).toMatchObject({ value: 2.1e6, kind: "freight" });
    // A change in percent keeps its range.
    expect(only("Turnover is expected to grow by 4 to 6 percent.")).toMatchObject({ value: 4, valueHigh: 6, unit: "percent" });
  });

  it("links a change to a count across what it counts and a long period", () => {
    const [level, change] = figs("Alashankou handled 2,100 freight trains in the first five months of 2024, a rise of 7 percent.");
    expect(level).toMatchObject({ unit: "count", subject: "freight trains", period: "2024-01/2024-05" });
    expect(change).toMatchObject({ value: 7, kind: "growth", qualifies: level!.id });
  });

  it("reads '8% more year-on-year' and 'growth … at 5.6%' as changes, and a listed rate as the same kind", () => {
    const [level, more] = figs("Freight via Dostyk reached 1.9 million tonnes, which is 8% more year-on-year.");
    expect(more).toMatchObject({ value: 8, kind: "growth", qualifies: level!.id });
    expect(only("GDP growth in Uzbekistan is projected at 5.6% in 2025.")).toMatchObject({ value: 5.6, kind: "growth", status: "forecast", period: "2025" });
    const [a, b] = figs("Growth is forecast at 4.1% in 2025 and 4.6% in 2026.");
    expect(a).toMatchObject({ kind: "growth", status: "forecast", period: "2025" });
    expect(b).toMatchObject({ kind: "growth", status: "forecast", period: "2026" });
  });

  it("links a change in percentage points to the share it changed", () => {
    const [pp, share] = figs("China's share of Tajik imports rose by 1.8 percentage points to 27.4%.");
    expect(pp).toMatchObject({ value: 1.8, unit: "pp", kind: "growth", qualifies: share!.id });
    expect(share).toMatchObject({ value: 27.4, kind: "other" });
  });

  it("reads the count a count is compared with, and dates neither by a noun's baseline", () => {
    const [now, then] = figs("Over 900 Chinese firms now work in Kyrgyzstan, up from 640 in 2020.");
    expect(now).toMatchObject({ value: 900, unit: "count", subject: "Chinese firms" });
    expect(then).toMatchObject({ value: 640, unit: "count", subject: "Chinese firms", period: "2020" });
    const [level, fall] = figs("Profit fell to $300 million, a 9% decrease from 2022.");
    expect(level!.period).toBeNull();
    expect(fall).toMatchObject({ value: -9, period: null });
  });

  it("does not date a change by what it is compared with: 'on 2023', 'the 2021 level'", () => {
    const [level, change] = figs("Cargo on the route reached 3.3 million tonnes in 2024, up 40% on 2023 and double the 2021 level.");
    expect(level!.period).toBe("2024");
    expect(change).toMatchObject({ value: 40, kind: "growth", period: "2024" });
  });

  it("reads a port that handled tonnes as freight, and 'of the total' as no subject", () => {
    expect(only("The port of Kuryk handled about 0.9 million tonnes of the total.")).toMatchObject({ kind: "freight", subject: null, qualifier: "approx" });
  });

  it("reads 'up 2 bcm' and 'an increase of $300 million' as changes", () => {
    const [level, change] = figs("Gas deliveries reached 12.4 bcm in 2023, up 2 bcm.");
    expect(level).toMatchObject({ kind: "freight" });
    expect(change).toMatchObject({ value: 2, unit: "bcm", kind: "growth", qualifies: level!.id });
    const [, bracketed] = figs("Gas supplies reached 9.1 bcm (down 0.4 bcm).");
    expect(bracketed).toMatchObject({ value: -0.4, unit: "bcm", kind: "growth" });
    expect(only("Uzbek fruit exports posted an increase of $300 million in 2024.")).toMatchObject({ value: 3e8, kind: "growth" });
  });
});

describe("respectively", () => {
  it("pairs values with directions", () => {
    const [a, b] = figs("Exports and imports stood at $5.5 billion and $2.25 billion respectively in 2022.");
    expect(a).toMatchObject({ value: 5.5e9, direction: "export", period: "2022" });
    expect(b).toMatchObject({ value: 2.25e9, direction: "import", period: "2022" });
  });

  it("pairs values and changes with countries", () => {
    const f = figs("Trade with Kyrgyzstan and Tajikistan was $19 billion and $3.9 billion respectively, with growth of 22 percent and 8 percent.");
    expect(f.map((x) => [x.value, x.entities.includes("Kyrgyzstan") ? "KG" : x.entities.includes("Tajikistan") ? "TJ" : "?"])).toEqual([
      [19e9, "KG"], [3.9e9, "TJ"], [22, "KG"], [8, "TJ"],
    ]);
    expect(f[2]!.qualifies).toBe(f[0]!.id);
    expect(f[3]!.qualifies).toBe(f[1]!.id);
  });

  it("gives each clause's figure its own partner, a change its level's, and no region as partner of its member", () => {
    const [uz, tm, change] = figs("Trade with Uzbekistan exceeded 13.8 billion U.S. dollars, while that with Turkmenistan stood at 10.2 billion dollars, down 3 percent.");
    expect(uz).toMatchObject({ value: 13.8e9, qualifier: "min", entities: ["Uzbekistan"] });
    expect(tm).toMatchObject({ value: 10.2e9, entities: ["Turkmenistan"] });
    expect(change).toMatchObject({ value: -3, qualifies: tm!.id, entities: ["Turkmenistan"] });
    // With the article's focus to draw on, the partner is China, not the other clause's country and
    // not the region the country is in; "U.S. dollars" names no country.
    const inArticle = extractFromText("China-Central Asia trade hits new high\n\nTrade with Uzbekistan exceeded 13.8 billion U.S. dollars, while that with Turkmenistan stood at 10.2 billion dollars, down 3 percent.", { date: "2025-01-20" });
    expect(inArticle.map((f) => f.entities)).toEqual([["China", "Uzbekistan"], ["China", "Turkmenistan"], ["China", "Turkmenistan"]]);
  });

  it("takes a figure's place from its paragraph's places, then from its title in the title's order", () => {
    const text = "Kyrgyzstan and China open new plants\n\nThe first plant stands near Osh. It will have a capacity of 1.5 mln tonnes of cement a year.\n\nA second line will add 400 MW.";
    const [cement, power] = extractFromText(text, { date: "2025-02-01" });
    expect(cement).toMatchObject({ value: 1.5e6, kind: "capacity", entities: ["Kyrgyzstan"] });
    // No place in its paragraph: the title's first country, not the alphabetically first.
    expect(power).toMatchObject({ value: 400, unit: "MW", entities: ["Kyrgyzstan"] });
  });

  it("shares a unit and scale written once at the end of a list, and ends a named item at its capitals", () => {
    const [kz, kg] = figs("Kazakhstan and Kyrgyzstan received 1.4 and 0.9 billion yuan in Chinese grants, respectively.");
    expect(kz).toMatchObject({ text: "1.4", value: 1.4e9, unit: "CNY", kind: "investment", entities: ["China", "Kazakhstan"] });
    expect(kg).toMatchObject({ value: 0.9e9, unit: "CNY", entities: ["China", "Kyrgyzstan"] });
    expect(figs("Rail shipments reached 4.1 million and 2.2 million tonnes.").map((x) => [x.value, x.unit, x.kind])).toEqual([[4.1e6, "t", "freight"], [2.2e6, "t", "freight"]]);
  });

  it("reads lines listed under a paragraph ending in a colon as parts of what it introduced", () => {
    const text = "China's trade with the region reached $89.4 billion in 2023. By country:\n\nKazakhstan – $41 billion (+32%)\nTurkmenistan – $10.5 billion (-6%)\n\nThe figures come from customs.";
    const [total, kz, kzChange, tm, tmChange] = extractFromText(text, { date: "2024-02-01" });
    expect(total).toMatchObject({ value: 89.4e9, kind: "trade", period: "2023" });
    expect(kz).toMatchObject({ value: 41e9, kind: "trade", period: "2023", entities: ["China", "Kazakhstan"] });
    expect(kzChange).toMatchObject({ value: 32, kind: "growth", qualifies: kz!.id });
    expect(tm).toMatchObject({ value: 10.5e9, kind: "trade", entities: ["China", "Turkmenistan"] });
    expect(tmChange).toMatchObject({ value: -6, qualifies: tm!.id });
    // Without the colon, a bare line is no part of anything.
    expect(extractFromText("Trade reached $89.4 billion in 2023.\n\nKazakhstan – $41 billion", { date: "2024-02-01" })[1]).toMatchObject({ kind: "other", period: null });
  });

  it("reads a listed line with the paragraph that opened the list: its kind's words, its partner, and its label as subject", () => {
    const text = "Tajik cotton exports to China in 2024 were as follows:\n\nFibre — 86 thou. tonnes (+11%)\nYarn — 12 thousand t (-4%)";
    const [fibre, fibreChange, yarn] = extractFromText(text, { date: "2025-01-20" });
    expect(fibre).toMatchObject({ value: 86_000, unit: "t", kind: "freight", subject: "Fibre", period: "2024", entities: ["China", "Tajikistan"] });
    expect(fibreChange).toMatchObject({ value: 11, kind: "growth", qualifies: fibre!.id, subject: "Fibre" });
    expect(yarn).toMatchObject({ value: 12_000, kind: "freight", subject: "Yarn" });
  });

  it("goes on with the paragraph before one that opens 'Of the total'", () => {
    const text = "Trade between Uzbekistan and China reached $3.9 billion in the first quarter of 2024.\n\nOf the total, Chinese exports came to $3.1 billion.";
    expect(extractFromText(text, { date: "2024-05-01" })[1]).toMatchObject({ value: 3.1e9, period: "2024-Q1" });
    // Without the words that say so, a new paragraph starts afresh, unless it breaks down the total
    // into exports and imports (test/extract.test.ts): a tonnage is no part of a trade total.
    expect(extractFromText(text.replace("Of the total, Chinese exports came to $3.1 billion", "Chinese rail freight came to 3.1 million tons"), { date: "2024-05-01" })[1]).toMatchObject({ value: 3.1e6, period: null });
  });

  it("pairs changes listed with 'respectively' with the levels just before them when no items are listed", () => {
    const [exp, imp, expChange, impChange] = figs("Kyrgyz exports to China were $120 million, while imports came to $4.1 billion, representing increases of 7.5 percent and 19 percent, respectively.");
    expect(expChange).toMatchObject({ value: 7.5, kind: "growth", qualifies: exp!.id, direction: "export", subject: null });
    expect(impChange).toMatchObject({ value: 19, kind: "growth", qualifies: imp!.id, direction: "import" });
  });

  it("pairs values with places", () => {
    const f = figs("Container volumes at Altynkol and Dostyk were 120,000 TEU and 95,000 TEU respectively.");
    expect(f.map((x) => x.place)).toEqual(["Altynkol", "Dostyk"]);
  });
});

describe("prices", () => {
  it("prices money after 'the cost of shipping a container', and the level it is compared with", () => {
    const [now, then] = figs("The cost of moving a 20-foot container from Xi'an to Malaszewicze rose to $3,200 in May from $2,700 in January.");
    expect(now).toMatchObject({ value: 3200, per: "per container", kind: "other" });
    expect(then).toMatchObject({ value: 2700, per: "per container", kind: "other" });
  });

  it("prices the level compared with a price across its delivery terms", () => {
    const [now, then] = figs("Barley fetched $210 per tonne FOB, versus $260 a year earlier.");
    expect(now).toMatchObject({ per: "per tonne", kind: "other" });
    expect(then).toMatchObject({ value: 260, per: "per tonne", kind: "other" });
  });

  it("reads a price per FEU", () => {
    expect(only("Ocean freight on the lane cost $2,900 per FEU.")).toMatchObject({ value: 2900, per: "per FEU", kind: "other" });
  });
});

describe("conversions and exchange rates", () => {
  it("reads one currency priced in another, named after the number", () => {
    expect(only("The ruble traded at 5.3 tenge on Monday.")).toMatchObject({ kind: "fx", unit: "rate", value: 5.3, base: "RUB", quote: "KZT" });
  });

  it("does not take currency sold from a fund for trade", () => {
    const f = only("The central bank sold $700 million of reserves in May.");
    expect(f.kind).not.toBe("trade");
    expect(f.direction).toBeNull();
  });

  it("keeps a parenthetical conversion as a linked figure", () => {
    const [a, b] = figs("Trade with China reached RMB 200 billion (US$27.6 billion) in 2023.");
    expect(a).toMatchObject({ unit: "CNY", value: 200e9, usd: 27.6e9, usdBasis: "converted-in-text", convertedTo: b!.id });
    expect(b).toMatchObject({ unit: "USD", value: 27.6e9, conversionOf: a!.id, isConversion: true, period: "2023" });
  });

  it("reads exchange-rate quotes", () => {
    expect(only("UZS/USD = 0.0000791")).toMatchObject({ kind: "fx", unit: "rate", base: "UZS", quote: "USD", value: 0.0000791 });
    expect(only("The tenge traded at 470 tenge per dollar in March.")).toMatchObject({ kind: "fx", base: "USD", quote: "KZT", value: 470 });
    expect(only("The som traded at 87.2 per dollar on Friday.")).toMatchObject({ kind: "fx", base: "USD", quote: "KGS", value: 87.2 });
    expect(only("The tenge weakened to 505 against the dollar in May.")).toMatchObject({ kind: "fx", base: "USD", quote: "KZT", value: 505 });
  });

  it("links a quoted rate's change to the rate, whatever comes before it in the line", () => {
    const [level, rate, change] = figs("Exports hit $5 billion; KZT/USD = 0.0019 +0.5%");
    expect(level).toMatchObject({ value: 5e9, unit: "USD" });
    expect(rate).toMatchObject({ kind: "fx", value: 0.0019 });
    expect(change).toMatchObject({ kind: "growth", value: 0.5, qualifies: rate!.id, entities: ["Kazakhstan"] });
  });
});

describe("counts, rates and status", () => {
  it("reads a price per quantity as the price's rate, not the quantity as a count", () => {
    expect(only("The price averaged $415 per 1,000 cubic metres.")).toMatchObject({ value: 415, unit: "USD", per: "per 1,000 cubic metres", text: "$415 per 1,000 cubic metres" });
    expect(only("Wheat sold at $232 per tonne.")).toMatchObject({ value: 232, unit: "USD", per: "per tonne" });
  });

  it("reads counted things and rates", () => {
    expect(only("The two sides signed 18 agreements in Dushanbe.")).toMatchObject({ value: 18, unit: "count", kind: "deal", subject: "agreements" });
    expect(only("Some 35 freight trains a day cross at Khorgos.")).toMatchObject({ value: 35, qualifier: "approx", per: "per day", kind: "freight" });
    expect(only("Officials signed three contracts with Chinese builders.")).toMatchObject({ value: 3, unit: "count" });
    expect(only("Officials signed thirteen contracts with Chinese builders.")).toMatchObject({ value: 13, unit: "count" });
    expect(only("Some 900 trucks crossed the Irkeshtam border post each day.")).toMatchObject({ value: 900, unit: "count", kind: "freight" });
  });

  it("reads a short scale before a unit, and links a year-on-year change to its level", () => {
    const [change, level] = figs("Rail freight through Dostyk fell 5% y/y to 14.2m tonnes in Q3 2024.");
    expect(level).toMatchObject({ value: 14.2e6, unit: "t", kind: "freight", period: "2024-Q3" });
    expect(change).toMatchObject({ value: -5, kind: "growth", qualifies: level!.id });
    expect(figs("The wall is 5m high and 300 metres long.").map((x) => [x.text, x.value, x.unit])).toEqual([["300 metres", 0.3, "km"]]);
  });

  it("reads a number written with its sign as a change of that sign, measured against its own period", () => {
    const [level, change] = figs("In the first four months of 2023, exports to China were worth 1.2bn USD, an increase of -3.2% compared with 2022.", "2025-03-03");
    expect(level).toMatchObject({ value: 1.2e9, unit: "USD", kind: "trade", direction: "export", period: "2023-01/2023-04" });
    expect(change).toMatchObject({ value: -3.2, kind: "growth", text: "-3.2%", qualifies: level!.id, period: "2023-01/2023-04" });
    expect(only("Kazakh wheat exports to China: +12% in 2023.")).toMatchObject({ value: 12, kind: "growth", text: "+12%" });
    // A hyphen between words or numbers is no sign.
    expect(figs("Rates of 5-7% apply; Covid-19 cost 3% of GDP.").map((x) => [x.value, x.valueHigh])).toEqual([[5, 7], [3, null]]);
  });

  it("reads 'a year earlier' as the same period one year back, not as a rate", () => {
    const [now, before] = figs("Transit cargo grew to 2.6 mln tonnes in 2024, from 1.9 mln tonnes a year earlier.", "2025-03-03");
    expect(now).toMatchObject({ value: 2.6e6, period: "2024", per: null });
    expect(before).toMatchObject({ value: 1.9e6, period: "2023", per: null, periodText: "a year earlier" });
    const [, prior] = figs("Trade hit $3 billion in the first half of 2024, against $2.5 billion in the same period of the previous year.", "2025-03-03");
    expect(prior).toMatchObject({ value: 2.5e9, period: "2023-H1" });
  });

  it("counts what 'the number of' names, and reads 'is to' as a forecast", () => {
    expect(only("The number of containers on the route rose to 12 thousand.")).toMatchObject({ value: 12_000, unit: "count", subject: "containers", kind: "freight" });
    expect(only("The railway is to carry 15 million tons of cargo a year.")).toMatchObject({ value: 15e6, status: "forecast", per: "per year" });
  });

  it("reads a decimal comma before a percent sign, and 'N times' as a fold after a change verb", () => {
    const [level, change] = figs("In January-September 2024, transit traffic between Kazakhstan and China amounted to 20.4 million tons, which is 7,6% more than in the same period last year.", "2024-10-15");
    expect(change).toMatchObject({ value: 7.6, unit: "percent", kind: "growth", text: "7,6%", qualifies: level!.id, period: "2024-01/2024-09", subject: null });
    expect(only("Exports reached 7,600 tonnes of flour.")).toMatchObject({ value: 7600, unit: "t" });
    const [fold, count] = figs("The number of container trains increased by 1.5 times and reached 5.4 thousand.");
    expect(fold).toMatchObject({ value: 1.5, unit: "fold", kind: "growth", qualifies: count!.id });
    expect(count).toMatchObject({ value: 5400, unit: "count", subject: "container trains", kind: "freight" });
    expect(only("Chinese tourist arrivals were 3 times higher than in 2019.")).toMatchObject({ value: 3, unit: "fold" });
    expect(figs("Freight trains run 2 times a day.").map((x) => x.unit)).not.toContain("fold");
  });

  it("reads a capacity named earlier in the sentence, a bracketed signed change, and 'it' for the paragraph's last total", () => {
    expect(only("By 2027 Kazakhstan plans to increase the capacity of the Dostyk – Moyinty section to 60 pairs of trains.")).toMatchObject({ value: 60, kind: "capacity", status: "target" });
    const [goal, level, change] = figs("Kazakhstan and China plan to bring mutual trade to USD 35 billion by 2030. In 2023, it reached USD 31.5 billion (+32%).");
    expect(goal).toMatchObject({ kind: "trade", status: "target", period: "2030" });
    expect(level).toMatchObject({ value: 31.5e9, kind: "trade", status: "actual", period: "2023", entities: ["China", "Kazakhstan"] });
    expect(change).toMatchObject({ value: 32, kind: "growth", qualifies: level!.id });
  });

  it("reads a code glued to its number, a hyphenated scale, and a currency carried to a bare scaled part", () => {
    expect(only("Planned investment: CNY3.4bn over five years.")).toMatchObject({ value: 3.4e9, unit: "CNY", kind: "investment", text: "CNY3.4bn" });
    expect(only("Zijin takes a stake in a Tajik mine for $1.2-billion.")).toMatchObject({ value: 1.2e9, unit: "USD", kind: "investment" });
    const [total, part] = figs("Trade between the two countries totalled 3.9bn dollars last year, of which Chinese exports made up 3.6 billion.", "2025-02-12");
    expect(total).toMatchObject({ value: 3.9e9, unit: "USD", kind: "trade", period: "2024" });
    expect(part).toMatchObject({ value: 3.6e9, unit: "USD", kind: "trade", direction: "export", period: "2024" });
    // A code inside a word is not glued to a number: "COVID19" is nothing.
    expect(figs("The USD3 fee and COVID19 rules.").map((x) => [x.text, x.unit])).toEqual([["USD3", "USD"]]);
  });

  it("keeps a comparison's period to the compared figure, and hands none of it on", () => {
    const f = figs("Turkmenistan shipped 31 bcm of gas to China in 2023. Beijing paid $290 per thousand cubic metres, against $450 in 2022. Revenue fell to about $9.6 billion.", "2024-11-04");
    expect(f.map((x) => [x.text, x.period])).toEqual([["31 bcm", "2023"], ["$290 per thousand cubic metres", "2023"], ["$450", "2022"], ["about $9.6 billion", "2023"]]);
  });

  it("keeps a 'since' span to its own sentence", () => {
    expect(only("China has invested $14 billion in Kazakhstan since 2005.", "2024-06-01")).toMatchObject({ period: "2005/2024" });
    // A later sentence does not inherit it, whether or not the first has a figure.
    expect(figs("Line C, with a capacity of 25 bcm a year, has run since 2014. Its upkeep is estimated at $1.3 billion.", "2024-06-01")[1]).toMatchObject({ value: 1.3e9, period: null });
    expect(only("Talks on the road have stalled since 2016. Its cost is put at $2 billion.", "2024-06-01")).toMatchObject({ period: null });
  });

  it("takes TEU for freight, and a trade balance for no trade total", () => {
    expect(only("Container traffic, however, rose to 1.1 million TEUs.")).toMatchObject({ value: 1.1e6, unit: "TEU", kind: "freight" });
    expect(only("Tajikistan's trade deficit with China widened to $1.4 billion.")).toMatchObject({ value: 1.4e9, kind: "other" });
  });

  it("reads units written as adjectives", () => {
    const [road, farm] = figs("Work began on a 150-km highway and a 300-MW wind farm near Nukus.");
    expect(road).toMatchObject({ value: 150, unit: "km", text: "150-km" });
    expect(farm).toMatchObject({ value: 300, unit: "MW", kind: "capacity" });
  });

  it("gives a plan to the figure it plans, not to the outcome before it", () => {
    const [done, planned] = figs("The Khorgos dry port processed 350,000 TEU in 2023 and plans to reach 500,000 TEU in 2025.");
    expect(done).toMatchObject({ status: "actual", period: "2023", kind: "freight" });
    expect(planned).toMatchObject({ status: "target", period: "2025" });
  });

  it("tells targets and forecasts from outcomes", () => {
    expect(only("Tajikistan aims to raise trade with China to $5 billion by 2030.")).toMatchObject({ status: "target", period: "2030" });
    expect(only("Analysts expect trade to reach $12 billion next year.", "2024-03-01")).toMatchObject({ status: "forecast", period: "2025" });
    expect(only("Trade reached $12 billion last year.", "2024-03-01")).toMatchObject({ status: "actual", period: "2023" });
    expect(only("Officials expect volumes to reach 3.6 million tons by year-end.", "2024-08-05")).toMatchObject({ status: "forecast", period: "2024", kind: "freight" });
    expect(only("Uzbekistan plans to export 700 MW by the end of the year.", "2023-02-05")).toMatchObject({ status: "target", period: "2023" });
  });

  it("reads month spans with no year as the latest such span by the article's date", () => {
    expect(only("In January–April, trade with Turkey came to $2 billion.", "2024-06-10")).toMatchObject({ period: "2024-01/2024-04" });
    expect(only("In January–April, trade with Turkey came to $2 billion.", "2024-02-10")).toMatchObject({ period: "2023-01/2023-04" });
    expect(only("From March to May, Tajik aluminium exports reached 42,000 tonnes.", "2024-09-01")).toMatchObject({ period: "2024-03/2024-05" });
    // A number after the span is no year of it.
    expect(figs("Uzbekistan sold 2.3 bcm of gas to China in February–August, 6.2% less than a year earlier.", "2024-10-01")[0]).toMatchObject({ period: "2024-02/2024-08" });
    expect(only("Between January and September 2023, trade reached $1.1 billion.", "2024-09-01")).toMatchObject({ period: "2023-01/2023-09" });
  });

  it("writes a span that is a half, a quarter or a whole year the way those are written", () => {
    const period = (text: string) => only(text, "2024-09-01").period;
    expect(period("Between January and June 2023, trade reached $1.1 billion.")).toBe("2023-H1");
    expect(period("In the first six months of 2024, trade reached $1.1 billion.")).toBe("2024-H1");
    expect(period("In July–December 2022, trade reached $1.1 billion.")).toBe("2022-H2");
    expect(period("In April-June 2023, trade reached $1.1 billion.")).toBe("2023-Q2");
    expect(period("In the first three months of 2024, trade reached $1.1 billion.")).toBe("2024-Q1");
    expect(period("From January to December 2023, trade reached $1.1 billion.")).toBe("2023");
    expect(period("In February–April 2023, trade reached $1.1 billion.")).toBe("2023-02/2023-04");
  });

  it("reads split years, and takes no month from the start of a longer word", () => {
    const [now, before] = figs("Wheat exports to China hit 1.9 million tonnes in the 2023/24 marketing year, up from 0.9 million tonnes in 2022/23.", "2025-03-02");
    expect(now).toMatchObject({ period: "2023/2024" });
    expect(before).toMatchObject({ period: "2022/2023" });
    // "24 mar(keting)" is no 24 March, so the article's own date still resolves "next year".
    const f = extractFromText("Wheat hits record\n\nExports reached 1.9 million tonnes in the 2023/24 marketing year.\n\nA terminal able to handle 1.5 million tonnes will open next year.", { date: "2025-03-02" });
    expect(f.map((x) => x.period)).toEqual(["2023/2024", "2026"]);
  });

  it("reads halves, quarters and first months with no year, and the 9M shorthand", () => {
    expect(only("Tajik aluminium exports slid to 31,500 tonnes in the first half.", "2024-10-18")).toMatchObject({ period: "2024-H1" });
    expect(only("Tajik aluminium exports slid to 31,500 tonnes in the second half.", "2024-10-18")).toMatchObject({ period: "2023-H2" });
    expect(only("Turnover reached $4 billion in the third quarter.", "2024-10-18")).toMatchObject({ period: "2024-Q3" });
    expect(only("Turnover reached $4 billion in the first eight months.", "2024-10-18")).toMatchObject({ period: "2024-01/2024-08" });
    expect(only("Trade with China reached $33.4 bln in 9M 2024.", "2024-10-18")).toMatchObject({ period: "2024-01/2024-09" });
    // "the first half of the year" names no year we can tell; it is not guessed.
    expect(only("Turnover reached $4 billion in the first half of the decade.", "2024-10-18")).toMatchObject({ period: null });
  });
});

describe("what is not a figure", () => {
  const reasons = (sentence: string) => scanSentence(sentence).skipped.map((s) => [s.text, s.reason]);
  it("skips years, dates, ordinals, ages, durations, list numbers, identifiers and times", () => {
    expect(scanSentence("The 3rd forum on 12 March 2024 gathered delegates aged 20 to 35.").figures).toHaveLength(0);
    expect(reasons("The 3rd forum on 12 March 2024 gathered delegates aged 20 to 35.")).toEqual([
      ["3", "ordinal"], ["12", "date"], ["2024", "year"], ["20", "age"], ["35", "age"],
    ]);
    expect(reasons("Aigerim Bekova, 34, runs a 10-year programme.")).toEqual([["34", "age"], ["10", "duration"]]);
    expect(reasons("1. Kazakhstan joined in 1997.")).toEqual([["1", "list-number"], ["1997", "year"]]);
    expect(reasons("COVID-19 cases fell at 10:30 on June 5-6.")).toEqual([["19", "identifier"], ["10:30", "time"], ["5-6", "date"]]);
    expect(reasons("The plan covers 2025-2030.")).toEqual([["2025-2030", "year"]]);
  });

  it("does not take a sentence's stray numbers as counts", () => {
    expect(scanSentence("Xi and Putin arrived on July 2 and 3, respectively.").figures).toHaveLength(0);
  });
});

describe("US dollar values from a quoted rate", () => {
  it("converts with a rate the text quotes, and says which", () => {
    const f = figs("KZT/USD = 0.0020\nThe ministry spent 50 billion tenge on the Dostyk line.");
    const spent = f.find((x) => x.unit === "KZT")!;
    expect(spent).toMatchObject({ value: 50e9, usd: 100e6, usdBasis: "quoted-rate" });
    expect(spent.usdNote).toContain("KZT/USD = 0.0020");
  });
});

describe("changes of a currency and of growth rates", () => {
  it("reads appreciation as a rise and depreciation as a fall", () => {
    expect(only("The tenge appreciated by 4.1 percent against the yuan in 2023.")).toMatchObject({ value: 4.1, kind: "growth", subject: "tenge" });
    expect(only("The Kyrgyz som depreciated 2.7% against the dollar last year.")).toMatchObject({ value: -2.7, kind: "growth" });
    expect(only("The sum weakened by 9 percent in 2022.")).toMatchObject({ value: -9, kind: "growth" });
  });

  it("reads a rate growth is to average, and the earlier rate it is compared with, as growth of what its words name", () => {
    const [a, b] = figs("The IMF expects Tajikistan's GDP growth to average 6.4% in 2026-2027, down from 8.1% in 2025.", "2025-10-01");
    expect(a).toMatchObject({ value: 6.4, kind: "growth", status: "forecast", period: "2026/2027", subject: "GDP" });
    expect(b).toMatchObject({ value: 8.1, kind: "growth", status: "actual", period: "2025", subject: "GDP" });
    expect(only("Economic growth averaged 4.2 percent over 2019-2023 in Kyrgyzstan.")).toMatchObject({ kind: "growth", subject: "GDP" });
    expect(figs("Export growth slowed to 3 percent in 2024, compared with 7 percent in 2023.").map((f) => [f.kind, f.subject])).toEqual([
      ["growth", "Export"],
      ["growth", "Export"],
    ]);
  });

  it("reads a rate growth is projected to slow to as growth, and names what grows", () => {
    const [a, b] = figs("Kazakhstan's GDP growth is expected to slow to 3.9 percent in 2025 and 3.5 percent in 2026.");
    expect(a).toMatchObject({ value: 3.9, kind: "growth", status: "forecast", period: "2025", subject: "GDP" });
    expect(b).toMatchObject({ value: 3.5, kind: "growth", period: "2026" });
  });
});

describe("round 21: changes written after their level's clause", () => {
  it("links a comparative change after the level's clause to the level", () => {
    const [level, change] = figs("Kazakhstan shipped 1.1 million tonnes of flour to Afghanistan in 2024, some 6% more than in 2023.", "2025-02-01");
    expect(change).toMatchObject({ value: 6, kind: "growth", qualifier: "approx", qualifies: level!.id, period: "2024" });
    const [, fall] = figs("Tajik aluminium sales reached $410 million in 2024, 3 percent lower than a year before.", "2025-02-01");
    expect(fall).toMatchObject({ value: -3, kind: "growth" });
  });

  it("reads a participle 'surging' as a rise", () => {
    expect(figs("Trade with Turkmenistan grew fastest, surging 31% to 52 billion yuan.")[0]).toMatchObject({ value: 31, kind: "growth" });
  });

  it("takes no modal verb into what a length is of", () => {
    expect(only("Some 95 km of the road will cross Tajikistan.")).toMatchObject({ unit: "km", subject: "the road" });
  });
});

describe("a plant's capacity", () => {
  it("reads what a plant would process a year as its capacity", () => {
    expect(only("The Aktogay smelter would process up to 150,000 tonnes of concentrate a year.")).toMatchObject({ kind: "capacity", unit: "t", per: "per year" });
  });

  it("reads a rate written as an adjective of a facility as its capacity", () => {
    expect(only("Sinopec will build a 2.5 million-tonne-a-year refinery near Shymkent.")).toMatchObject({ value: 2.5e6, unit: "t", per: "per year", kind: "capacity", text: "2.5 million-tonne-a-year" });
    expect(only("The line will feed a 6 bcm-per-year gas processing plant in Lebap.")).toMatchObject({ unit: "bcm", per: "per year", kind: "capacity" });
    // Output in a year is no capacity.
    expect(only("The Pavlodar plant produced 410,000 tonnes a year of alumina in 2023.").kind).not.toBe("capacity");
  });
});

describe("round 15: the Kazakh business press, ranks and ratios", () => {
  it("reads 'tg' as tenge and 'thous.' as thousand", () => {
    expect(only("Customs collected tg 12.4 bn in duties.")).toMatchObject({ value: 12.4e9, unit: "KZT", text: "tg 12.4 bn" });
    expect(only("The terminal loads 4.5 thous. t of oil products a day.")).toMatchObject({ value: 4500, unit: "t", per: "per day" });
  });

  it("takes a season earlier as the season before", () => {
    const [a, b] = figs("In the 2023/24 season, Kazakhstan sold 640,000 t of barley to China, against 410,000 t a season earlier.");
    expect(a).toMatchObject({ period: "2023/2024" });
    expect(b).toMatchObject({ value: 410_000, period: "2022/2023" });
  });

  it("takes no rank for a count", () => {
    expect(figs("China is one of the three largest investors in Kyrgyzstan.")).toEqual([]);
    expect(figs("Five of the 20 biggest projects in Tajikistan are Chinese.").map((f) => f.text)).not.toContain("20");
    expect(scanSentence("Its 10 largest lenders are state banks.").skipped).toEqual([expect.objectContaining({ text: "10", reason: "rank" })]);
  });

});

describe("round 17: a commodity desk's shorthand", () => {
  it("reads kilotonnes and megatonnes", () => {
    expect(only("Ferroalloy shipments to Tianjin: 64kt in Q1.")).toMatchObject({ text: "64kt", value: 64_000, unit: "t" });
    expect(only("Coal exports to China reached 1.8 Mt.")).toMatchObject({ value: 1.8e6, unit: "t" });
  });

  it("reads a price per unit written with a slash", () => {
    expect(only("Uzbek cotton yarn sold for $2,640/t in Shanghai.")).toMatchObject({ text: "$2,640/t", value: 2640, unit: "USD", per: "per tonne", kind: "other" });
  });

  it("reads a currency pair quoted without an equals sign", () => {
    expect(only("At the close: EUR/KZT 521.3.")).toMatchObject({ text: "EUR/KZT 521.3", value: 521.3, unit: "rate", base: "EUR", quote: "KZT", kind: "fx" });
  });

  it("links a signed change after a comma to the level before it", () => {
    const [level, change] = figs("Manganese ore to China: 42kt (H1 2024), -6% y/y.");
    expect(change).toMatchObject({ value: -6, kind: "growth", qualifies: level!.id });
  });
});

describe("round 18: wire copy and markets", () => {
  it("reads 'N times compared to' as a fold", () => {
    expect(figs("Uzbekistan increased imports of Chinese buses 3.4 times compared to 2023.")[0]).toMatchObject({ text: "3.4 times", value: 3.4, unit: "fold", kind: "growth" });
  });

  it("reads basis points as hundredths of a percentage point, linked to the rate they moved", () => {
    const [change, rate] = figs("Yields on the Kyrgyz Eurobond fell 40 basis points to 8.1%.");
    expect(change).toMatchObject({ value: -0.4, unit: "pp", kind: "growth", qualifies: rate!.id });
  });

  it("keeps a change before a quoted rate as a figure of its own", () => {
    const fs = figs("The som firmed 1.2% to 86.9 per dollar.");
    expect(fs.map((f) => [f.text, f.unit])).toEqual([["1.2%", "percent"], ["86.9 per dollar", "rate"]]);
    expect(fs[1]).toMatchObject({ base: "USD", quote: "KGS", value: 86.9 });
  });

  it("takes no period from a bond named by its maturity", () => {
    expect(only("Kazakhstan's 2030 Eurobond yields 5.9%.")).toMatchObject({ period: null });
  });
});

describe("round 28: earlier rates, shares and pronouns", () => {
  it("reads the amount an exchange rate is compared with as the same rate, earlier", () => {
    const [now, then] = figs("The official rate stood at 12,640 soums per dollar on 1 June, compared with 11,980 soums a year earlier.", "2025-06-02");
    expect(now).toMatchObject({ kind: "fx", unit: "rate", base: "USD", quote: "UZS" });
    expect(then).toMatchObject({ value: 11980, kind: "fx", unit: "rate", base: "USD", quote: "UZS", period: "2024-06-01" });
  });

  it("names a change of a share in points 'share', past a verb of a small move", () => {
    expect(figs("Russia's share of Kyrgyz imports edged down 1.2 pp to 28%.")[0]).toMatchObject({ unit: "pp", subject: "share" });
  });

  it("gives a fold verb's infinitive no subject when its object is a pronoun", () => {
    expect(figs("Trade reached $5 billion in 2024. The two governments aim to triple it by 2030.")[1]).toMatchObject({ unit: "fold", status: "target", subject: null });
  });
});

describe("round 29: cents and pipelines", () => {
  it("reads US cents as hundredths of a dollar", () => {
    expect(only("Kyrgyz power sold to Kazakhstan fetched 3.1 US cents per kWh in 2024.")).toMatchObject({ value: 0.031, unit: "USD", per: "per kWh", kind: "other" });
  });

  it("reads oil pumped through a pipeline as freight", () => {
    expect(only("KazTransOil pumped 5.2 million tonnes of oil to China in 2024.")).toMatchObject({ unit: "t", kind: "freight" });
  });
});

describe("spelled numbers of more than one word", () => {
  it("reads 'three hundred million dollars', 'two hundred and fifty trucks' and 'one and a half billion'", () => {
    expect(figs("Officials signed deals worth three hundred million dollars.")[0]).toMatchObject({ value: 300e6, unit: "USD" });
    expect(figs("Some two hundred and fifty trucks cross each day.")[0]).toMatchObject({ value: 250, unit: "count", subject: "trucks" });
    expect(figs("The plant will add one and a half billion kilowatt-hours a year.")[0]).toMatchObject({ value: 1.5e9, unit: "kWh" });
  });
});

describe("'a billion', 'half a million' and '1,200+'", () => {
  it("reads 'a billion dollars' as one billion and 'half a million tonnes' as 500,000 tonnes", () => {
    expect(figs("China pledged a billion dollars for Kyrgyz roads.")[0]).toMatchObject({ value: 1e9, unit: "USD" });
    expect(figs("Kazakhstan shipped half a million tonnes of flax to China.")[0]).toMatchObject({ value: 500_000, unit: "t" });
  });

  it("reads a plus after a number as 'more than'", () => {
    expect(figs("The plant employs 1,800+ workers.")[0]).toMatchObject({ value: 1800, qualifier: "min", subject: "workers" });
  });
});

describe("more number forms: '1.234.567', '1/3 of', '/yr' and a plus after the scale", () => {
  it("reads thousands grouped by two dots or more, and a fraction in digits before 'of'", () => {
    expect(figs("Kazakh wheat exports to China were 2.345.678 tonnes.")[0]).toMatchObject({ value: 2_345_678, unit: "t" });
    expect(figs("China took roughly 2/5 of Turkmen gas exports.")[0]).toMatchObject({ value: 40, unit: "percent", qualifier: "approx" });
  });

  it("reads '/yr' as per year, and '$12bn+' as more than $12 billion", () => {
    expect(figs("Line D would add 30bcm/yr.")[0]).toMatchObject({ value: 30, unit: "bcm", per: "per year" });
    expect(figs("Trade was worth $12bn+ in 2024.")[0]).toMatchObject({ text: "$12bn+", value: 12e9, qualifier: "min" });
  });
});

describe("a range of percents, and 'y-o-y'", () => {
  it("reads 'growth will be 4%-6%' as one rate of growth from 4 to 6 percent", () => {
    expect(figs("Growth will be 4%-6% next year.")).toEqual([expect.objectContaining({ text: "4%-6%", value: 4, valueHigh: 6, unit: "percent", kind: "growth" })]);
  });

  it("links a change 'y-o-y to' its level", () => {
    const fs = figs("Freight rose 8% y-o-y to 1.9 million tonnes.");
    expect(fs[0]).toMatchObject({ kind: "growth", qualifies: fs[1]!.id });
  });
});

describe("quotes written as a price of a currency, and a pair's move with no 'rate'", () => {
  it("reads 'One dollar bought 12,800 sums' and 'The dollar cost 512 tenge' as quotes", () => {
    expect(figs("One dollar bought 12,950 sums on Friday.")).toEqual([expect.objectContaining({ kind: "fx", base: "USD", quote: "UZS", value: 12950 })]);
    expect(figs("The euro cost 560 tenge.")).toEqual([expect.objectContaining({ kind: "fx", base: "EUR", quote: "KZT", value: 560 })]);
  });

  it("reads 'USD/CNY rose 0.3% to 7.28' as a quote of the pair, and the change apart", () => {
    const fs = figs("USD/KZT rose 1.2% to 521.40 on Monday.");
    expect(fs.find((f) => f.value === 521.4)).toMatchObject({ kind: "fx", base: "USD", quote: "KZT" });
    expect(fs.find((f) => f.value === 1.2)).toMatchObject({ kind: "growth" });
  });
});

describe("round 55: prices per kilowatt-hour, counts of two kinds, and numbers ranked or aimed at", () => {
  it("reads 'per kilowatt-hour' as a price per kWh, not a rate in time", () => {
    expect(only("The smelter pays 2.8 US cents per kilowatt-hour.")).toMatchObject({ value: 0.028, unit: "USD", per: "per kWh" });
  });

  it("counts 'electric and hybrid buses' as one thing", () => {
    expect(only("The plant can assemble 35,000 electric and hybrid buses a year.")).toMatchObject({ value: 35000, unit: "count", subject: "electric and hybrid buses", per: "per year" });
  });

  it("gives names ranked after a count their numbers in its unit", () => {
    const fs = figs("Geely sold 12,400 cars in Kazakhstan, followed by Changan with 9,100 and Haval with 6,300.");
    expect(fs.map((f) => [f.value, f.unit, f.subject])).toEqual([[12400, "count", "cars"], [9100, "count", "cars"], [6300, "count", "cars"]]);
  });

  it("gives the level a capacity is to reach its unit and its time", () => {
    const fs = figs("The Samarkand plant has a capacity of 20,000 trucks a year and is to reach 60,000 by 2030.", "2026-03-01");
    expect(fs[1]).toMatchObject({ value: 60000, unit: "count", subject: "trucks", per: "per year", kind: "capacity", period: "2030" });
  });
});

describe("round 56: a results release and a government resolution", () => {
  it("counts a bulleted line's label", () => {
    const fs = figs("- Freight trains to Europe: 4,215 (+9%)");
    expect(fs[0]).toMatchObject({ value: 4215, unit: "count", subject: "Freight trains" });
  });

  it("reads '12.11.2026' and '9M 2026' as dates, not numbers", () => {
    const scan = scanSentence("Resolution No. 512 of 03.10.2026 sets targets for 6M 2027.");
    expect(scan.figures).toEqual([]);
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["512", "identifier"], ["03.10.2026", "date"], ["6", "date"], ["2027", "year"]]);
  });
});

describe("round 67: Chinese units translated word for word", () => {
  it("reads 'hundred million yuan' and 'ten thousand tons' as scales", () => {
    expect(only("Xinjiang's trade with Kyrgyzstan reached 412.7 hundred million yuan.")).toMatchObject({ value: 41.27e9, unit: "CNY" });
    expect(only("Alashankou handled 68.5 ten thousand tons of grain.")).toMatchObject({ value: 685000, unit: "t" });
    // Spelled out, "two hundred million" stays a number with its scale.
    expect(only("The grant was two hundred million yuan.")).toMatchObject({ value: 2e8, unit: "CNY" });
  });
});

describe("round 74: symbols after the number, 'mlrd', marked years", () => {
  it("reads a currency's symbol written after its number", () => {
    expect(only("A litre of diesel costs 310 ₸ in Shymkent.")).toMatchObject({ value: 310, unit: "KZT" });
    expect(only("The contract is worth 4.5 bn ₽.")).toMatchObject({ value: 4.5e9, unit: "RUB" });
  });

  it("reads 'mlrd' (a milliard) as a billion, with or without its dot", () => {
    expect(only("Exports reached 3.4 mlrd dollars.")).toMatchObject({ value: 3.4e9, unit: "USD" });
    expect(only("Exports reached 3.4 mlrd. tenge in May.")).toMatchObject({ value: 3.4e9, unit: "KZT" });
  });

  it("skips a year marked as estimated or forecast as a year, and dates its figure", () => {
    const scan = scanSentence("Output will reach 2.3 million t in 2027F.");
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["2027", "year"]]);
    expect(findPeriods("Output reached 1.9 million t in 2025E.", refDateOf("2026-03-01")).map((p) => p.period)).toEqual(["2025"]);
  });
});

describe("round 82: a range of days", () => {
  it("skips a range of durations whole", () => {
    const scan = scanSentence("The trip takes 18–23 days by sea and 12-14 days by rail.");
    expect(scan.figures).toEqual([]);
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["18–23", "duration"], ["12-14", "duration"]]);
  });
});

describe("round 87: a decimal read aloud", () => {
  it("reads 'one point two billion' as 1.2 billion, and 'zero point eight percent' as 0.8%", () => {
    expect(only("Trade is about one point two billion dollars a year.")).toMatchObject({ value: 1.2e9, unit: "USD", qualifier: "approx" });
    expect(only("Growth slowed to zero point eight percent.")).toMatchObject({ value: 0.8, unit: "percent" });
    expect(only("Exports were twelve point five million tonnes.")).toMatchObject({ value: 12.5e6, unit: "t" });
  });

  it("reads 'a hundred and twenty thousand' and 'two thousand five hundred' as one number each, 'two thousand' as two and its scale", () => {
    expect(only("They shipped a hundred and forty thousand tonnes.")).toMatchObject({ value: 140000, unit: "t" });
    expect(only("Some three thousand two hundred trucks a day cross it.")).toMatchObject({ value: 3200, unit: "count", per: "per day" });
    expect(only("They shipped four thousand tonnes.")).toMatchObject({ value: 4000, unit: "t" });
  });
});

describe("round 88: amounts in scaled parts, and '-plus'", () => {
  it("reads '2 billion 750 million dollars' as one amount, and 'Of 2 billion, 750 million' as two", () => {
    expect(only("Exports reached 2 billion 750 million US dollars.")).toMatchObject({ value: 2.75e9, unit: "USD" });
    expect(figs("Of 2 billion, 750 million dollars went to roads.", "2026-03-01").map((f) => f.value)).toEqual([2e9, 7.5e8]);
  });

  it("reads 'a quarter of a million tonnes' as 250,000 tonnes, and 'a quarter of the trade' as a share", () => {
    expect(only("A quarter of a million tonnes of grain went east.")).toMatchObject({ value: 250000, unit: "t" });
    expect(only("Three-quarters of a billion dollars was lent.")).toMatchObject({ value: 7.5e8, unit: "USD" });
    expect(only("A quarter of the trade goes by rail.")).toMatchObject({ value: 25, unit: "percent" });
  });

  it("reads a scale's currency written as an adjective or after an abbreviation's dot, and a fraction with a hyphen", () => {
    expect(only("It is a 2.4 billion-dollar plant.")).toMatchObject({ value: 2.4e9, unit: "USD" });
    expect(only("Imports reached 3,4 bln. USD.")).toMatchObject({ value: 3.4e9, unit: "USD" });
    expect(only("China takes one-fifth of the exports.")).toMatchObject({ value: 20, unit: "percent" });
  });

  it("reads '-plus' after a number or its scale as 'more than', and goes on to the unit", () => {
    expect(only("The port handled 3.1 million-plus tonnes.")).toMatchObject({ value: 3.1e6, unit: "t", qualifier: "min" });
    expect(only("The deal is worth $2bn-plus.")).toMatchObject({ value: 2e9, unit: "USD", qualifier: "min" });
  });
});

describe("round 89: other dollars, oil a day, gold in ounces, a thread's numbers, corrections", () => {
  it("reads Hong Kong, Singapore and other dollars as their own currencies, never as US dollars", () => {
    expect(only("The contract is worth about HK$1,580 million.")).toMatchObject({ value: 1.58e9, unit: "HKD", text: "about HK$1,580 million", qualifier: "approx" });
    expect(only("Temasek put in S$40 million.")).toMatchObject({ value: 4e7, unit: "SGD" });
    expect(only("The listing raised 2.3 billion Hong Kong dollars.")).toMatchObject({ value: 2.3e9, unit: "HKD" });
    // A dollar the grammar does not know is no amount in US dollars.
    expect(figs("Its sales in Brazil reached R$40 million.").filter((f) => f.unit === "USD")).toEqual([]);
  });

  it("reads a day's oil as barrels per day, however the desk writes it", () => {
    expect(only("Exports averaged 1.4 million bpd.")).toMatchObject({ value: 1.4e6, unit: "bbl", per: "per day" });
    expect(only("Output rose to 310 kb/d.")).toMatchObject({ value: 310000, unit: "bbl", per: "per day" });
    expect(only("Demand reached 2.1 mb/d.")).toMatchObject({ value: 2.1e6, unit: "bbl", per: "per day" });
  });

  it("weighs gold in troy ounces as tonnes, as it does kilograms", () => {
    expect(only("The mine produced 250,000 troy ounces of gold.").value).toBeCloseTo(7.776, 3);
    expect(only("The deposit holds 3.4 Moz of gold.")).toMatchObject({ unit: "t" });
    expect(only("The deposit holds 3.4 Moz of gold.").value).toBeCloseTo(105.75, 2);
  });

  it("sets aside a thread's post numbers opening a line", () => {
    const scan = scanSentence("1/4 New numbers out on freight volumes through Khorgos.");
    expect(scan.figures).toEqual([]);
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["1", "list-number"], ["4", "list-number"]]);
  });

  it("sets aside the value a correction says was wrong, and keeps the correct one", () => {
    const text = "An earlier version of this report put Uzbek exports to China at $4.3bn; the correct figure is $3.4bn.";
    expect(figs(text).map((f) => f.value)).toEqual([3.4e9]);
    expect(scanSentence(text).skipped).toContainEqual(expect.objectContaining({ text: "$4.3bn", reason: "retracted" }));
    expect(figs("The story incorrectly stated that the loan was $900 million.")).toEqual([]);
    expect(figs("The story misstated the loan as $900 million instead of $700 million.").map((f) => f.value)).toEqual([7e8]);
  });
});

describe("round 90: a forwarder's rates, a tender, a harvest", () => {
  it("prices a container by its length, as forwarders write it", () => {
    expect(only("Rates start from USD 2,900 per 40'HQ container.")).toMatchObject({ value: 2900, unit: "USD", per: "per 40ft container" });
    expect(only("A box to Bishkek costs $1,600 per 20ft.")).toMatchObject({ value: 1600, per: "per 20ft container" });
  });

  it("reads a yield in centners as tonnes per hectare", () => {
    expect(only("The average yield was 12.4 centners per hectare.")).toMatchObject({ unit: "t", per: "per hectare" });
    expect(only("The average yield was 12.4 centners per hectare.").value).toBeCloseTo(1.24, 6);
    expect(only("The average yield was 14.8 c/ha.")).toMatchObject({ unit: "t", per: "per hectare" });
  });

  it("reads 'tops' before an amount as more than it", () => {
    expect(only("Trade with Mongolia tops $3 billion.")).toMatchObject({ value: 3e9, qualifier: "min", text: "tops $3 billion" });
  });
});

describe("probe 91: areas, water, speeds and gauges", () => {
  it("reads an area in hectares, however it is written", () => {
    expect(only("The reservoir covers 1,200 km2 of land.")).toMatchObject({ value: 120000, unit: "ha" });
    expect(only("The zone spans 36 sq km.")).toMatchObject({ value: 3600, unit: "ha" });
    expect(only("The park spans 450 square kilometres.")).toMatchObject({ value: 45000, unit: "ha" });
    expect(only("The warehouse has 80,000 sq m of floor space.")).toMatchObject({ value: 8, unit: "ha" });
  });

  it("reads cubic kilometres of water and scaled cubic metres as bcm, not kilometres or counts", () => {
    expect(only("The Syr Darya carries 37 km3 of water a year.")).toMatchObject({ value: 37, unit: "bcm" });
    expect(only("The canal will divert 5.3 cubic kilometres of water.")).toMatchObject({ value: 5.3, unit: "bcm" });
    expect(only("Some 14 million m3 of gas was flared.").value).toBeCloseTo(0.014, 9);
    expect(only("Some 14 million m3 of gas was flared.").unit).toBe("bcm");
  });

  it("reads a speed as km/h, not a distance", () => {
    expect(only("Trains will run at 160 km/h on the new line.")).toMatchObject({ value: 160, unit: "km/h" });
    expect(only("It allows speeds of up to 250 kilometres per hour.")).toMatchObject({ value: 250, unit: "km/h", qualifier: "max" });
  });

  it("sets aside a railway's gauge as the name of a standard", () => {
    const scan = scanSentence("The 1,435 mm gauge line ends at the border, and Kazakhstan uses a gauge of 1,520 mm.");
    expect(scan.figures).toEqual([]);
    expect(scan.skipped.map((s) => [s.text, s.reason])).toEqual([["1,435", "identifier"], ["1,520", "identifier"]]);
  });
});

describe("probe 94: a currency named with its country's adjective", () => {
  it("reads 'Chinese yuan', 'Kazakh tenge', 'Russian rubles', 'Azerbaijani manat' as their currencies, not counts", () => {
    expect(only("The fund holds 6.1 billion Chinese yuan.")).toMatchObject({ value: 6.1e9, unit: "CNY" });
    expect(only("Spending reached 92 billion Kazakh tenge.")).toMatchObject({ value: 9.2e10, unit: "KZT" });
    expect(only("Loans of 4.4 billion Russian rubles were issued.")).toMatchObject({ value: 4.4e9, unit: "RUB" });
    expect(only("The port cost 210 million Azerbaijani manat.")).toMatchObject({ value: 2.1e8, unit: "AZN" });
  });
});

describe("probe 95: apostrophe thousands, metric tonnes, an en dash as minus", () => {
  it("reads an apostrophe grouping thousands as a thousands separator", () => {
    expect(only("The terminal handled 7'200 TEU in May.")).toMatchObject({ value: 7200, unit: "TEU" });
    expect(only("It stores 1’250 t of cotton.")).toMatchObject({ value: 1250, unit: "t" });
  });

  it("reads metric tonnes as grain and oil desks write them", () => {
    expect(only("They booked 45,000 MT of barley.")).toMatchObject({ value: 45000, unit: "t" });
    expect(only("Exports reached 2.4 MMT.")).toMatchObject({ value: 2.4e6, unit: "t" });
    expect(only("Exports reached 8,500mt.")).toMatchObject({ value: 8500, unit: "t" });
    expect(only("Output was 640kbpd.")).toMatchObject({ value: 640000, unit: "bbl", per: "per day" });
  });

  it("reads an en dash set against a change as its minus, and not a dash between words and a number", () => {
    expect(only("Freight growth was –3.5% in April.")).toMatchObject({ value: -3.5, kind: "growth" });
    expect(figs("Shares: Kazakhstan – 41%, Uzbekistan – 22%.").map((f) => f.value)).toEqual([41, 22]);
  });
});

describe("probe 97: arrows before a change", () => {
  it("reads an arrow set before a percentage as the change's sign, and keeps the arrow in the figure's words", () => {
    expect(only("Barley ▲ 4.1% on the week.")).toMatchObject({ value: 4.1, kind: "growth", text: "▲ 4.1%" });
    expect(only("Copper ▼2.6% on the week.")).toMatchObject({ value: -2.6, kind: "growth", text: "▼2.6%" });
    expect(only("Tenge ↓0.7% against the yuan.")).toMatchObject({ value: -0.7, kind: "growth" });
  });
});

describe("round 98: a freight weekly's arrows and backlogs", () => {
  it("reads an arrow before an amount as a change of that amount", () => {
    expect(figs("Spot rate Chengdu–Tashkent: $3,100 (▲ $200 w/w)", "2026-11-16").map((f) => [f.value, f.kind])).toEqual([[3100, "other"], [200, "growth"]]);
    expect(figs("Spot rate Chengdu–Tashkent: $3,100 (▼ $200 w/w)", "2026-11-16")[1]).toMatchObject({ value: -200, kind: "growth" });
  });

  it("reads the level a count moved from after 'to … from', with no comma", () => {
    expect(figs("The queue at Khorgos shrank to 640 trucks from 910.", "2026-11-16").map((f) => [f.value, f.subject])).toEqual([[640, "trucks"], [910, "trucks"]]);
  });
});

describe("round 101: a price per litre after a slash", () => {
  it("reads '/l' as per litre", () => {
    expect(only("Diesel at the border: 315 ₸/l.")).toMatchObject({ value: 315, unit: "KZT", per: "per litre" });
  });
});

describe("probe 104: numbers in words, then in figures in brackets", () => {
  it("reads them as one figure, from the words to the bracket, with the unit after it", () => {
    expect(only("The parties signed forty-one (41) agreements.")).toMatchObject({ value: 41, unit: "count", text: "forty-one (41)", kind: "deal" });
    expect(only("A loan of three hundred million (300,000,000) US dollars was approved.")).toMatchObject({ value: 3e8, unit: "USD", text: "three hundred million (300,000,000) US dollars" });
    expect(only("The duty is fifteen (15) percent of the value.")).toMatchObject({ value: 15, unit: "percent" });
  });
});

describe("probe 105: an abbreviated scale's dot before a measure", () => {
  it("reads '2,1 mln. t' in tonnes, as '1,2 bln. USD' is read in dollars", () => {
    expect(only("Coal output was 2,1 mln. t in May.")).toMatchObject({ value: 2.1e6, unit: "t" });
    expect(only("Exports were 0,8 mln. tonnes of wheat.")).toMatchObject({ value: 8e5, unit: "t" });
  });
});

describe("probe 107: 'north of' and 'shy of'", () => {
  it("reads 'north of' as more than, and 'shy of' or 'short of' as less than", () => {
    expect(only("Sales were north of $3 billion.")).toMatchObject({ qualifier: "min", text: "north of $3 billion" });
    expect(only("Sales were just shy of $3 billion.")).toMatchObject({ qualifier: "max", text: "just shy of $3 billion" });
  });
});

describe("round 107: a bare number set against the figure before", () => {
  it("takes that figure's scale when that puts it in the same order, and not otherwise", () => {
    expect(figs("Grain exports reached 3.4 mln t, against 2.6 a season earlier.").map((f) => [f.value, f.unit])).toEqual([[3.4e6, "t"], [2.6e6, "t"]]);
    expect(figs("Trade hit $5.2 billion, up from 4.8 in 2023.").map((f) => [f.value, f.unit])).toEqual([[5.2e9, "USD"], [4.8e9, "USD"]]);
    expect(figs("Transit rose to 1.4 million tonnes, up from 960,000.").map((f) => f.value)).toEqual([1.4e6, 960_000]);
  });

  it("is the same rate, earlier, after 'against' or 'compared with'", () => {
    const rates = figs("The som was set at 88.10 per US dollar on Monday, against 87.95 a week earlier.");
    expect(rates.map((f) => [f.value, f.unit, f.kind])).toEqual([[88.1, "rate", "fx"], [87.95, "rate", "fx"]]);
  });
});

describe("round 108: 'every week', 'each day' in a count's statement", () => {
  it("makes a count or a flow with no rate of its own per that time", () => {
    expect(figs("Every week, around thirty container trains leave Xi'an for Tashkent.").map((f) => [f.value, f.per])).toEqual([[30, "per week"]]);
    expect(figs("About 1,500 tonnes of apricots cross the border each day.").map((f) => [f.value, f.per])).toEqual([[1500, "per day"]]);
  });

  it("leaves a figure of another statement alone", () => {
    const fs = figs("The sides signed 14 agreements during the visit, and some 200 lorries now cross at Irkeshtam every week.");
    expect(fs.map((f) => [f.value, f.per])).toEqual([[14, null], [200, "per week"]]);
  });
});

describe("round 109: a capacity a terminal can load, and one a level is set against", () => {
  it("reads 'can load' as a capacity", () => {
    expect(only("The new grain terminal at Dostyk can load 800 wagons a month.")).toMatchObject({ value: 800, kind: "capacity", per: "per month" });
  });

  it("reads a bare number after 'against a design capacity of' in the level's unit, as a capacity", () => {
    const fs = figs("Throughput at the Khorgos dry port reached 1,900 containers a week in October, against a design capacity of 2,500.");
    expect(fs.map((f) => [f.value, f.unit, f.per, f.kind])).toEqual([[1900, "count", "per week", "freight"], [2500, "count", "per week", "capacity"]]);
  });
});

describe("round 109: the level a capacity goes on to", () => {
  it("is a capacity in the same time", () => {
    const fs = figs("The new line is expected to carry 8 million tonnes of freight a year at first, rising later to 12 million tonnes.", "2026-06-01");
    expect(fs.map((f) => [f.value, f.kind, f.per, f.status])).toEqual([[8e6, "capacity", "per year", "forecast"], [12e6, "capacity", "per year", "forecast"]]);
  });
});

describe("round 110: the afghani, the lira, and what a hub handles", () => {
  it("reads afghanis and liras as currencies, and the afghani's rate as Afghanistan's", () => {
    expect(only("Customs collected 9 billion afghanis at the border.")).toMatchObject({ value: 9e9, unit: "AFN" });
    expect(only("The contract is worth 40 million lira.")).toMatchObject({ value: 40e6, unit: "TRY" });
    expect(only("The afghani traded at 71.2 per dollar in Kabul.")).toMatchObject({ value: 71.2, unit: "rate", kind: "fx", entities: ["Afghanistan"] });
  });

  it("reads what a hub handles a year as its capacity", () => {
    expect(only("The Hairatan terminal handles up to 3 million tonnes a year.")).toMatchObject({ value: 3e6, kind: "capacity", per: "per year", qualifier: "max" });
  });
});

describe("round 111: more verbs of change", () => {
  it("reads 'slipped', 'dipped', 'eased' as falls and 'advanced' as a rise", () => {
    expect(figs("Bilateral trade slipped 3.2% y/y to $11.8bn.")[0]).toMatchObject({ value: -3.2, kind: "growth" });
    expect(figs("Grain exports dipped 4% to 1.1 mln t.")[0]).toMatchObject({ value: -4, kind: "growth" });
    expect(figs("Imports from China eased 2.5% to $700 million.")[0]).toMatchObject({ value: -2.5, kind: "growth" });
    expect(figs("Rail freight advanced 6% to 3.2 mln t.")[0]).toMatchObject({ value: 6, kind: "growth" });
  });
});

describe("probe 111: tonnes across a crossing", () => {
  it("are freight", () => {
    expect(figs("Turnover at the Irkeshtam crossing rose 1.4 times to 410,000 tonnes.").find((f) => f.unit === "t")).toMatchObject({ value: 410_000, kind: "freight" });
    expect(only("Some 52,000 tonnes of apples crossed the border at Dostyk.")).toMatchObject({ kind: "freight" });
  });
});

describe("round 112: 'mt' as an energy company writes it", () => {
  it("is millions of tonnes for a small number, metric tonnes for a cargo's, and a price per tonne after a slash", () => {
    expect(only("Crude exports to China reached 2.7 mt in 2025.")).toMatchObject({ value: 2.7e6, unit: "t" });
    expect(only("The pipeline's capacity is 12 mtpa.")).toMatchObject({ value: 12e6, unit: "t", per: "per year" });
    expect(only("A cargo of 45,000 mt of wheat left Aktau.")).toMatchObject({ value: 45_000, unit: "t" });
    expect(only("Wheat was quoted at $238/mt FOB.")).toMatchObject({ value: 238, unit: "USD", per: "per tonne" });
  });
});

describe("round 116: a checkpoint's traffic and its design capacity", () => {
  it("reads what a checkpoint handles daily as traffic, and the design capacity it is above as a capacity", () => {
    const fs = figs("The existing checkpoint handles about 2,400 trucks daily, well above its design capacity of 1,500.");
    expect(fs.map((f) => [f.value, f.kind, f.per])).toEqual([[2400, "freight", "per day"], [1500, "capacity", "per day"]]);
  });

  it("reads what a crossing is designed for as its capacity", () => {
    expect(only("The new crossing, designed for 4,000 vehicles a day, opens in 2028.")).toMatchObject({ value: 4000, kind: "capacity", per: "per day" });
  });
});

describe("round 117: what a tonnage is of, before its worth", () => {
  it("stops before 'worth'", () => {
    expect(figs("The trains carried 1.4 million tonnes of goods worth 9.8 billion yuan.")[0]).toMatchObject({ value: 1.4e6, subject: "goods" });
  });
});

describe("round 119: a clause's subject counted at a rate", () => {
  it("reads 'Trucks … averaged 410 a day' as 410 trucks a day, and the level set against it likewise", () => {
    const fs = figs("Lorries crossing at Torugart averaged 530 a day in May, versus 370 a year ago.");
    expect(fs.map((f) => [f.value, f.unit, f.subject, f.per])).toEqual([[530, "count", "lorries", "per day"], [370, "count", "lorries", "per day"]]);
    expect(only("The number of container trains reached 22 per day.")).toMatchObject({ value: 22, unit: "count", subject: "container trains", per: "per day" });
  });

  it("leaves a number with no such subject, or no rate, alone", () => {
    expect(figs("He was 45 a year ago.")).toEqual([]);
    expect(figs("Trucks crossing at Torugart averaged 530 in May.")).toEqual([]);
  });
});

describe("round 122: a price per vehicle of a size, a total brought to", () => {
  it("reads 'per 20-ton truck' as what is priced, not a tonnage of its own", () => {
    expect(figs("Costs at the border averaged $186 per 20-ton truck.").map((f) => [f.value, f.unit, f.per])).toEqual([[186, "USD", "per 20-tonne truck"]]);
  });

  it("reads the total a count brings its count to", () => {
    expect(figs("Chinese firms registered 2,431 new companies in 2025, bringing the total to 4,016.").map((f) => [f.value, f.unit])).toEqual([[2431, "count"], [4016, "count"]]);
  });
});

describe("round 123: a range written 'between … and …', each end with its unit", () => {
  it("is one figure from the first end to the second", () => {
    expect(figs("The project will cost between $1 billion and $1.5 billion.").map((f) => [f.text, f.value, f.valueHigh, f.qualifier])).toEqual([["$1 billion and $1.5 billion", 1e9, 1.5e9, "approx"]]);
    expect(figs("Growth is expected to stay between 8% and 10% next year.").map((f) => [f.value, f.valueHigh, f.kind])).toEqual([[8, 10, "growth"]]);
    // Two figures of one list are no range: "between 2024 and 2025 it rose 5% and 7%" has no "between" before its first figure.
    expect(figs("Exports rose 5% and imports 7%.").length).toBe(2);
  });
});

describe("round 126: a count said again as a rate", () => {
  it("reads 'roughly 16 a day' after '4,870 trains' as trains a day", () => {
    expect(figs("On the China–Europe route we ran 4,870 trains, roughly 16 a day.").map((f) => [f.value, f.unit, f.qualifier, f.per])).toEqual([[4870, "count", "exact", null], [16, "count", "approx", "per day"]]);
  });
});
