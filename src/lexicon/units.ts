/** Measurement units, scale words and count nouns of the figure grammar. */

/** Scale words and abbreviations → multiplier. `m`/`k`/`b` count only next to a currency or before a unit, `tn` only with a currency ("KZT1.5tn"; otherwise tonnes). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, "thous.": 1e3, "thou.": 1e3, "ths.": 1e3, thsd: 1e3, "thsd.": 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, mlrd: 1e9, "mlrd.": 1e9, trn: 1e12, trln: 1e12, tr: 1e12, tn: 1e12,
  m: 1e6, k: 1e3, b: 1e9,
  // Chinese units as translations write them word for word: "345.6 hundred million yuan" (亿元), "52.3 ten thousand tons" (万吨).
  "hundred million": 1e8, "ten thousand": 1e4, "hundred thousand": 1e5,
};
// A PDF's lines may break a scale word where it is hyphenated: "US$ 38 bil-\nlion".
export const SCALE_SOURCE = "hundred\\s+million|ten\\s+thousand|hundred\\s+thousand|thousand|thous\\.|thou\\.|thsd\\.?|ths\\.|million|billion|trillion|mil-\\s+lion|bil-\\s+lion|tril-\\s+lion|thou-\\s+sand|mln|mn|bln|mlrd\\.?|bn|trln|trn";
/** The factor a scale word stands for, however it is spaced, capitalised or broken at a line's end ("Hundred  million", "bil-\nlion"). */
export const scaleOf = (word: string): number | undefined => SCALES[word.toLowerCase().replace(/-\s+/g, "").replace(/\s+/g, " ")];
export const SHORT_SCALE_SOURCE = "m|k|b";

export interface UnitSpec {
  unit: string;
  factor: number;
  /** Read only after a scale word of a million or more (a few cubic metres are no gas volume). */
  scaledOnly?: boolean;
  /** A rate the unit's word holds: "bpd" is barrels per day. */
  per?: string;
  /**
   * Millions of the unit when the number is small (under 100, or with a fraction under 1,000) and no scale word came
   * before: "3.1 mt" of a country's crude is 3.1 million tonnes, "12,000 mt" of a cargo metric tonnes.
   */
  smallIsMillions?: boolean;
}

/** Measures after the number, as regex source → base unit and factor. Order matters: longest first. */
export const MEASURES: ReadonlyArray<readonly [string, UnitSpec]> = [
  ["billion\\s+cubic\\s+met(?:er|re)s?|bcm", { unit: "bcm", factor: 1 }],
  ["million\\s+cubic\\s+met(?:er|re)s?|mcm", { unit: "bcm", factor: 1e-3 }],
  // A cubic kilometre of water is a billion cubic metres: "the Amu Darya carries 78 km3 a year".
  ["km3|km³|cubic\\s+kilomet(?:er|re)s?", { unit: "bcm", factor: 1 }],
  // After a scale word read apart ("10 billion cubic metres", "1.5 mln cubic meters", "14 million m3"): the number is already scaled.
  ["cubic\\s+met(?:er|re)s?|m3|m³", { unit: "bcm", factor: 1e-9, scaledOnly: true }],
  // Areas in hectares: "1,200 km2", "450 square kilometres", "45,000 sq m".
  ["km2|km²|sq\\.?\\s?km|square\\s+kilomet(?:er|re)s?", { unit: "ha", factor: 100 }],
  ["m2|m²|sq\\.?\\s?m|square\\s+met(?:er|re)s?", { unit: "ha", factor: 1e-4 }],
  // A speed, not a distance: "trains at 160 km/h", "up to 250 kilometres per hour".
  ["km\\/h|kmh|kph|(?:km|kilomet(?:er|re)s)\\s+(?:per|an)\\s+hour", { unit: "km/h", factor: 1 }],
  // Thousands and millions of tonnes as commodity desks write them: "210kt", "4.2 Mt".
  ["kilotonnes?|kt", { unit: "t", factor: 1e3 }],
  ["megatonnes?|Mt", { unit: "t", factor: 1e6 }],
  // Metric tonnes as grain and oil desks write them: "12,000 mt", "1.2 MMT" (million metric tonnes); an energy company's
  // "3.1 mt" and "20 mtpa" are millions of tonnes.
  ["MMT|mmt", { unit: "t", factor: 1e6 }],
  ["mtpa|MTPA", { unit: "t", factor: 1e6, per: "per year" }],
  ["MT|mt", { unit: "t", factor: 1, smallIsMillions: true }],
  // A miner's tonnes of uranium: "9,700 tU".
  ["tU", { unit: "t", factor: 1 }],
  ["metric\\s+tons?|metric\\s+tonnes?|tonnes?|tons?|tn|t(?=[\\s.,;)]|$)", { unit: "t", factor: 1 }],
  // A harvest's yield in centners (100 kg), as the region's ministries give it: "16.3 centners per hectare", "16.3 c/ha".
  ["c\\/ha", { unit: "t", factor: 0.1, per: "per hectare" }],
  ["centners?|quintals?", { unit: "t", factor: 0.1 }],
  // Kilograms as tonnes, as gold and silver are weighed: "3,512 kg of gold" is 3.512 t.
  ["kilograms?|kilogrammes?|kg", { unit: "t", factor: 0.001 }],
  ["kilomet(?:er|re)s?|km", { unit: "km", factor: 1 }],
  // Metres as kilometres; the bare "m" is not read ("$5m" is millions, "a 5m wall" is left alone).
  ["met(?:er|re)s?", { unit: "km", factor: 0.001 }],
  // Energy, in kilowatt-hours: "17.1 billion kWh of electricity".
  ["terawatt[- ]hours?|TWh", { unit: "kWh", factor: 1e9 }],
  ["gigawatt[- ]hours?|GWh", { unit: "kWh", factor: 1e6 }],
  ["megawatt[- ]hours?|MWh", { unit: "kWh", factor: 1e3 }],
  ["kilowatt[- ]hours?|kWh", { unit: "kWh", factor: 1 }],
  ["gigawatts?|GW", { unit: "MW", factor: 1000 }],
  ["megawatts?|MW", { unit: "MW", factor: 1 }],
  ["kilowatts?|kW", { unit: "MW", factor: 0.001 }],
  ["twenty-foot\\s+equivalent\\s+units?|TEUs?", { unit: "TEU", factor: 1 }],
  ["hectares?|ha", { unit: "ha", factor: 1 }],
  // Oil as its desks write a day's flow: "950,000 bpd", "1.6 mb/d", "220 kb/d".
  ["mb\\/d|mbpd", { unit: "bbl", factor: 1e6, per: "per day" }],
  ["kb\\/d|kbpd", { unit: "bbl", factor: 1e3, per: "per day" }],
  ["bpd|b\\/d|bbl\\/d|bopd", { unit: "bbl", factor: 1, per: "per day" }],
  ["barrels?", { unit: "bbl", factor: 1 }],
  // Gold and silver in troy ounces, as tonnes (as kilograms are): "372,000 ounces", "1.2 Moz", "85 koz".
  ["Moz", { unit: "t", factor: 31.1034768 }],
  ["koz", { unit: "t", factor: 31.1034768e-3 }],
  ["troy\\s+ounces?|ounces?|oz", { unit: "t", factor: 31.1034768e-6 }],
];

/** Count nouns a spelled-out number may stand before ("two railway projects"). */
export const COUNT_NOUNS = new Set([
  "trains", "train", "agreements", "agreement", "projects", "project", "deals", "deal", "contracts", "contract",
  "documents", "memoranda", "memorandums", "enterprises", "companies", "plants", "factories", "flights",
  "containers", "wagons", "vehicles", "cars", "routes", "corridors", "investors",
]);

/** Things and people counted when they are a clause's subject ("Block trains numbered 3,420", "Staff totalled 2,400"). */
export const COUNTED_SUBJECTS: ReadonlySet<string> = new Set([
  ...COUNT_NOUNS, "people", "personnel", "staff",
  "tunnels", "bridges", "stations", "terminals", "trucks", "locomotives", "vessels", "ships", "wells", "turbines",
  "jobs", "employees", "workers", "students", "tourists", "visitors", "passengers",
]);

/**
 * Plurals that name an amount measured in some unit, not things counted: under a label with a bare
 * number ("Exports: 27") the unit is elsewhere (a table's caption), so the number is no count of exports.
 */
export const MEASURED_PLURALS: ReadonlySet<string> = new Set([
  "exports", "imports", "sales", "revenues", "earnings", "profits", "losses", "reserves", "investments", "inflows",
  "outflows", "deposits", "assets", "prices", "rates", "volumes", "shipments", "flows", "remittances", "receipts",
  "payments", "taxes", "duties", "costs", "tariffs", "savings", "funds", "proceeds", "loans", "credits", "subsidies",
  "expenses", "holdings", "stocks", "supplies", "deliveries", "purchases", "transfers", "emissions", "liabilities",
  "debts", "arrears", "wages", "salaries", "pensions", "fees", "tolls", "charges", "goods", "products", "commodities",
  "metals", "minerals", "grains", "fertilizers", "fertilisers", "hydrocarbons", "others", "totals",
]);

/** Plurals that do not end in "s": "employs 1,200 people". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(["people", "personnel", "staff", "children", "cattle", "sheep", "livestock"]);

/** Plural words right after a number that are not what is counted. */
export const NOT_COUNTED = new Set([
  "years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries", "times", "percent",
  "is", "was", "has", "its", "this", "us", "as", "has", "does", "his", "yes", "less", "plus", "thus",
]);

/** Quantities a price is given per, beyond tonnes, barrels and cubic metres: "$2,300 per container". */
export const PRICED_UNITS = "pounds?|lbs?|(?:troy\\s+)?ounces?|oz|containers?|TEUs?|FEUs?|wagons?|railcars?|trucks?|kilograms?|kg|kWh|kilowatt[- ]hours?|square\\s+met(?:er|re)s?|lit(?:re|er)s?";
const PRICED_UNIT = new RegExp(`^per (${PRICED_UNITS})$`, "i");

/** A rate in time, as canonicalPer writes it: "per year", "per week" (not a price's "per tonne"). */
export const TIME_RATE = /^per (?:day|week|month|year|hour)$/;

/** A container by its length, as forwarders price it: "40'HQ container", "20'GP", "40ft", "45-foot high cube". */
const CONTAINER_SIZE = String.raw`(?:20|40|45)\s?(?:ft|-?foot|['’′])\s?(?:HC|HQ|GP|DC|DV|high[- ]cube)?(?:\s+(?:containers?|boxes))?`;
const CONTAINER_PER = new RegExp(`^per ((?:20|40|45))\\s?(?:ft|-?foot|['’′])`, "i");

/** Rate phrases after a figure → canonical "per …". */
export const PER_SOURCE =
  `per\\s+(?:${CONTAINER_SIZE})|per\\s+\\d{1,3}-(?:tonne|ton|t)\\s+(?:trucks?|lorries|lorry|wagons?|railcars?|containers?)\\b|per\\s+(?:day|year|annum|month|week|hour|hectare|capita|person)|per\\s+(?:(?:1,000|1 000|one\\s+thousand|a\\s+thousand|thousand)\\s+)?(?:cubic\\s+met(?:er|re)s?|tonnes?|tons?|barrels?|mt\\b)|per\\s+(?:${PRICED_UNITS})|a\\s+(?:tonne|ton|barrel|pound)(?![A-Za-z])|an\\s+ounce(?![A-Za-z])|a\\s+(?:day|year|month|week)(?!\\s+(?:earlier|ago|before|later|previously)\\b)|an\\s+hour|each\\s+(?:day|year|month)|annually|daily|yearly|monthly|weekly|a\\s+hectare`;

export function canonicalPer(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, " ");
  // "per 40'HQ container", "per 20'GP", "per 40ft": the container's size is part of the price.
  const box = CONTAINER_PER.exec(w);
  if (box) return `per ${box[1]}ft container`;
  // "per 20-ton truck": the vehicle priced, with its load.
  const sized = /^per (\d{1,3})-(?:tonne|ton|t) (truck|lorr|wagon|railcar|container)/.exec(w);
  if (sized) return `per ${sized[1]}-tonne ${sized[2] === "lorr" ? "lorry" : sized[2]}`;
  if (/annually|yearly|annum|year/.test(w)) return "per year";
  if (/daily|day/.test(w)) return "per day";
  if (/monthly|month/.test(w)) return "per month";
  if (/weekly|week/.test(w)) return "per week";
  if (/hour/.test(w) && !/watt/.test(w)) return "per hour";
  if (/hectare/.test(w)) return "per hectare";
  if (/capita|person/.test(w)) return "per person";
  // A price: "$260 per 1,000 cubic metres", "$540 per tonne".
  const thousand = /1,000|1 000|thousand/.test(w) ? "1,000 " : "";
  if (/cubic/.test(w)) return `per ${thousand}cubic metres`;
  if (/ton|\bmt$/.test(w)) return `per ${thousand}${thousand ? "tonnes" : "tonne"}`;
  if (/barrel/.test(w)) return `per ${thousand}${thousand ? "barrels" : "barrel"}`;
  if (/^an? (?:pound|ounce)$/.test(w)) return w.endsWith("pound") ? "per lb" : "per ounce";
  // "$2,300 per container", "per TEU", "per kWh": the quantity priced, in the singular.
  const unit = PRICED_UNIT.exec(w);
  if (unit) {
    const u = unit[1]!;
    if (/^teu/.test(u)) return "per TEU";
    if (/^feu/.test(u)) return "per FEU";
    if (/^(?:kwh|kilowatt)/.test(u)) return "per kWh";
    if (/^(?:kg|kilogram)/.test(u)) return "per kg";
    if (/^(?:lb|pound)/.test(u)) return "per lb";
    if (/ounce|^oz/.test(u)) return "per ounce";
    if (/^square/.test(u)) return "per square metre";
    return `per ${u.replace(/s$/, "")}`;
  }
  return w;
}

/** Spelled-out numbers the grammar reads. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** The parts a fraction in words names: "a fifth", "two-thirds", "a quarter of a million". */
export const DENOMINATORS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** How many of them: "a", "one", "two" … "four". */
export const NUMERATORS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
