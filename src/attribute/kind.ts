/** What a figure measures, from its unit and the words nearest to it. */
import type { FigureKind } from "../types.js";
import type { RawFigure } from "../grammar/raw.js";
import { ISO_CODES } from "../lexicon/currencies.js";
import { TIME_RATE } from "../lexicon/units.js";

/** Trading on an exchange is no trade between countries: "trading in the yuan on the Kazakhstan Stock Exchange (KASE) reached 14.6 billion tenge". */
const EXCHANGE = /\b(?:stock\s+exchange|currency\s+exchange|exchange\s+market|currency\s+market|foreign\s+exchange|on\s+the\s+exchange(?!\s+rate)|bourse|KASE)\b/gi;
/** EXCHANGE for a yes-or-no test (no global state). */
const EXCHANGE_ANYWHERE = new RegExp(EXCHANGE.source, "i");
/** Whether a text may name an exchange (a substring test, before EXCHANGE runs). */
const mayNameExchange = (text: string) => /xchange|KASE|bourse|market/i.test(text);
const MONEY_WORDS: ReadonlyArray<readonly [RegExp, FigureKind]> = [
  // A headline's present tense signs too: "Kazakhstan and China sign 18 documents worth a combined $7.2 billion".
  [/\b(?:deals?|agreements?|contracts?|signed|signing|signs|sign(?=\s+(?:US\$|\$|€|£|\d))|memorand\w*|ink(?:ed|s)?)\b/gi, "deal"],
  [/\b(?:invest\w*|reinvest\w*|attract(?:s|ed|ing)?|FDI|(?:in|out)flows?|approved|cost(?:s|ing)?|financ\w*|allocat\w*|co-?financ\w*|earmark\w*|loans?|borrow(?:ers?|ed|ing|s)?|lent|lend(?:s|ing|ers?)?|(?<!National\s)funds?|funding|capital|credits?|budget|construction|to\s+build|built\s+(?=for\b|at\s+a\s+cost\b)|plants?|factory|factories|smelters?|refinery|refineries|railways?|railroads?|highways?|pipelines?|bridges?|dams?|facility|facilities|(?:solar|wind|industrial|technology)\s+parks?|(?:solar|wind)\s+farms?|projects?|stakes?|acquisitions?|acquires?|acquired|takeover|grants?|poured|pumped|injected|ploughed|plowed|put(?=\s[^.;]{0,60}?\binto\b))\b/gi, "investment"],
  // Not the name of an Export-Import Bank.
  // Not the "completed turnover" of contracted projects, as China's Ministry of Commerce reports its firms' work abroad.
  [/\b(?:trade|(?<!completed\s)turnover|exports?(?!-Import)|(?<!Export-)imports?|trading|exported|imported|shipped|deliveries|shipments|supplies|goods|sales\s+(?:to|abroad))\b/gi, "trade"],
  // Goods sold to a country ("Kazakhstan sold China oil worth $5.2bn"); not currency sold from a fund.
  [/\b(?:sold|sells|bought|buys)\s+(?:to\s+|from\s+)?\p{Lu}[\p{L}'’-]+\s+(?:[\p{Ll}-]+\s+){0,4}?worth\b/gu, "trade"],
  // A budget's spending or revenue is public finance, not investment: "the state budget, with expenditures of 312.4
  // trillion soums" (a company's "capital expenditure" stays investment); nor are migrants' remittances ("financed
  // largely by remittances, which reached US$2.9 billion"), nor a company's profit, earnings or net debt. Listed last, so a
  // tie goes to the words above.
  [/\b(?:(?<!capital\s)expenditures?|revenues?|remittances?|money\s+transfers?|(?:operating|net|gross)\s+(?:profit|income|loss|debt)|profits?|(?<!reinvested\s)earnings|EBITDA|dividends?)\b/gi, "other"],
];
// A rate in time (TIME_RATE: "per year") keeps a money figure's kind; a rate per quantity makes it a price.
/** A balance is not a total: "a trade deficit of $1.4 billion". */
const BALANCE = /\b(?:deficit|surplus|balance)\b/i;
/**
 * A debt owed is neither trade nor investment: "Tajikistan's debt to the Export-Import Bank of China stood at $968.4 million";
 * nor is a bank's loan portfolio, deposits or reserves.
 */
const DEBT = /\b(?:debts?|owed|owes|arrears|(?:loan|credit)\s+portfolio|deposits|reserves)\b/i;
/**
 * Duties, taxes and fees collected are no trade: "Customs duties collected on Chinese goods totaled 14.6 billion soms",
 * "a used sedan from China now carries a fee of 603,750 tenge".
 */
const LEVY = /\b(?:duties|taxes|tax\s+(?:receipts|revenues?|payments)|tariff\s+revenues?|levies|royalties|fees?|tolls?)\b/i;
/**
 * The size of an economy is neither trade nor investment ("far more than its economy of roughly $17 billion
 * could absorb"), nor is a gap between two statistics ("a gap of almost $9 billion").
 */
const NO_TOTAL_OF = /\b(?:economy|GDP|gross\s+domestic\s+product|gap|discrepancy|difference)\s+(?:of|worth|valued\s+at)$/i;
/** Whether the words right before a figure name an economy's size or a gap ("its economy of", "a gap of"). */
function noTotalBefore(before: string): boolean {
  const tail = before.trimEnd();
  return (tail.endsWith(" of") || tail.endsWith(" worth") || tail.endsWith(" at")) && NO_TOTAL_OF.test(tail.slice(-40));
}
const EMISSIONS = /\b(?:CO₂|CO2|carbon|emissions?|greenhouse)\b/i;
// "Throughput" alone is what was handled ("cargo throughput reached …"); "throughput capacity" is capacity.
// A plant that "would process up to 300,000 tonnes a year" states its capacity.
const CAPACITY = /\b(?:capacity|capacities|handle|handles\s+up\s+to|handling|designed\s+(?:to|for)|able\s+to|capable|can\s+(?:carry|handle|transport|process|pump|ship|take|accommodate|receive|pass|clear|load|unload|store|move|serve)|(?:could|would|will|to)\s+process)\b/i;
/**
 * What a port "expects to handle" or "will handle" in a year is its throughput to come ("expects to handle more than
 * 480,000 TEU in 2026"), not its capacity; with a rate in time it states a capacity ("will handle 8 million tons annually").
 */
const HANDLE_TO_COME = /\b(?:(?:expects?|expected|plans?|planned|aims?|hopes?|is\s+set|are\s+set)\s+to|will)\s+handle\b/gi;
function statesCapacity(context: string, per: string | null): boolean {
  if (!CAPACITY.test(context)) return false;
  if ((per !== null && TIME_RATE.test(per)) || !/handle/i.test(context)) return true;
  return CAPACITY.test(context.replace(HANDLE_TO_COME, ""));
}
/** A line that "will carry up to 15 million tonnes a year" or "would add 30 bcm a year" states its capacity (a rate in time says so). */
const WILL_CARRY = /\b(?:will|would|could|to)\s+(?:carry|transport|move|add)\b/i;
/** A capacity named before its count: "the capacity of the Dostyk – Moyinty section to", "capacity is", "capable of". */
const CAPACITY_OF = /\bcapacity\s+(?:to|of|is|was|stands\s+at|stood\s+at|reached)\b|\bcapable\s+of\b|\bproduction\s+capacity\b/i;
/** Output: "produced 98,000 tonnes", "aluminium production reached …". */
/** What a project needs or uses, right before the amount: "requires an estimated ", "will need about ". */
const REQUIRED_BEFORE = /\b(?:requires?|required|requiring|needs?|needed|needing|consumes?|consumed|consuming)\s+(?:an?\s+estimated\s+|about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+|at\s+least\s+)?$/i;
const PRODUCTION = /\b(?:produced|produces|produce|producing|production|output|smelted|mined|harvests?|harvested|yielded)\b/i;
/** Energy a battery holds is its capacity: "600 MWh of battery storage". */
const STORAGE = /\bstorage\b/i;
/** A rate in time before a facility is what it is built for: "a 350,000-tonne-a-year polyethylene plant". */
const FACILITY_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:plants?|factory|factories|refinery|refineries|smelters?|potlines?|mills?|terminals?|complex|facility|facilities|pipelines?|hubs?|works)\b/iu;
const FREIGHT = /\b(?:freight|cargo|volumes?|throughput|containers?|shipments?|ship(?:s|ped|ping)?|transport\w*|transit\w*|traffic|rail\w*|exports?|imports?|export|import|exported|imported|goods|carried|delivered|deliveries|supplied|supplies|supplying|hauled|handled|moved|turnover|cross(?:ed|es|ing|ings)?|trains?|pump(?:ed|s|ing)?|sends?|sent|sending)\b/i;
const FREIGHT_COUNTS = /^(?:.*\s)?(?:trains?|wagons?|railcars?|rail\s+cars|railway\s+cars|carriages|containers?|TEUs?|trucks?|lorry|lorries)$/i;
/** A verb of buying right before an amount, and what was bought after it. */
const BOUGHT_BEFORE = /\b(?:bought|purchased)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$/i;
export const GOODS_OF_AFTER = /^\s+(?:worth\s+)?of\s+\p{L}/u;
/** One container, wagon or truck named before a tonnage in its clause. */
const ONE_VEHICLE = /\b(?:a|an|each|every|one|per)\s+(?:(?:20|40|45)\s?(?:ft|-foot|['’])(?:\s*[A-Za-z]+)?|container|wagon|railcar|truck|box|platform)\b[^.;]{0,40}$/i;
/** Words of buying, making or owning what freight is carried in. */
const ROLLING_STOCK = /\b(?:bought|buys?|buying|purchas(?:e|es|ed|ing)|order(?:s|ed)?|acquir(?:e|es|ed|ing)|supply\s+of|procure(?:s|d|ment)?|manufactur(?:e|es|ed|ing)|made\s+(?:in|by)|produc(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|leased|leasing|fleet)\b/i;
/** Flights count freight only when they carry it: "cargo flights" (not "direct flights between the two countries"). */
const CARGO_FLIGHTS = /\b(?:cargo|freight)\s+(?:[\p{L}-]+\s+)?flights?$/iu;
/** Trips or runs count freight when the sentence is about freight: "freight trains … made more than 5,000 trips". */
const TRIPS = /^(?:.*\s)?(?:trips|journeys|runs|voyages)$/i;
const DEAL_COUNTS = /^(?:.*\s)?(?:agreements?|deals?|contracts?|memorand\w*|documents?)$/i;

/** Whether a text has any word that gives an amount of money a kind (or says it has none: a balance, a duty, a debt). */
export function namesMoneyKind(text: string): boolean {
  return MONEY_WORDS.some(([re]) => {
    re.lastIndex = 0;
    return re.test(text);
  }) || BALANCE.test(text) || LEVY.test(text) || DEBT.test(text) || (mayNameExchange(text) && EXCHANGE_ANYWHERE.test(text));
}

/** What a heading's question or title is about: "Who trades most?", "Where the money goes: investment". */
const HEADING_KINDS: ReadonlyArray<readonly [RegExp, FigureKind]> = [
  [/\b(?:trad(?:e|es|ing)|turnover|exports?|imports?)\b/i, "trade"],
  [/\b(?:invest\w*|loans?|lend\w*|financ\w*)\b/i, "investment"],
  [/\b(?:deals?|agreements?|contracts?)\b/i, "deal"],
];
/** The kind of money a section heading is about, if it names one kind only. */
export function headingKind(heading: string): FigureKind | null {
  const kinds = HEADING_KINDS.filter(([re]) => re.test(heading));
  return kinds.length === 1 ? kinds[0]![1] : null;
}

/** The nearest money word to [at, end) in `text` decides: deal, investment or trade. */
function moneyKind(text: string, at: number, end: number): FigureKind | null {
  let best: { kind: FigureKind; distance: number } | null = null;
  for (const [re, kind] of mayNameExchange(text) ? [[EXCHANGE, "other"] as const, ...MONEY_WORDS] : MONEY_WORDS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const i = m.index!;
      const distance = i < at ? at - (i + m[0].length) : i - end;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind ?? null;
}

/**
 * Classify a figure. `clause` and `sentence` are the texts around it and
 * `at`/`end` its offsets inside each.
 */
export function classify(
  f: RawFigure,
  clause: { text: string; at: number; end: number },
  sentence: { text: string; at: number; end: number },
): FigureKind {
  if (f.kindHint === "fx" || f.unit === "rate") return "fx";
  if (f.kindHint === "growth" || f.unit === "fold") return "growth";
  if (f.unit === "percent" || f.unit === "pp") return "other";
  // A currency (not any three capitals: TEU is a unit of freight).
  if (ISO_CODES.has(f.unit)) {
    if (BALANCE.test(clause.text) || LEVY.test(clause.text) || DEBT.test(clause.text) || noTotalBefore(clause.text.slice(0, clause.at))) return "other";
    // A price per quantity ("$2,300 per container", "$260 per 1,000 cubic metres") is no total of trade or investment.
    if (f.per && !TIME_RATE.test(f.per)) return "other";
    // An amount of goods bought is trade: "Uzbekistan bought $2.1bn of Chinese machinery" (not "bought a stake for $1.2 billion").
    if (BOUGHT_BEFORE.test(clause.text.slice(0, clause.at)) && GOODS_OF_AFTER.test(clause.text.slice(clause.end, clause.end + 40))) return "trade";
    return moneyKind(clause.text, clause.at, clause.end) ?? moneyKind(sentence.text, sentence.at, sentence.end) ?? "other";
  }
  const context = `${clause.text} ${f.subject ?? ""}`;
  // So is a size written as the facility's adjective: "a new 100,000-tonne potline".
  const builtFor = () => ((f.per !== null && TIME_RATE.test(f.per)) || /-\s*[\p{L}]+$/u.test(clause.text.slice(clause.at, clause.end))) && FACILITY_AFTER.test(clause.text.slice(clause.end, clause.end + 60));
  switch (f.unit) {
    // Oil is freight as tonnes are when it is shipped: "shipments to China were steady at around 220,000 bpd".
    case "bbl":
    case "t":
      if (EMISSIONS.test(context)) return "other";
      // What one container or wagon may carry is its load, not freight carried: "A 40ft container may be loaded to 26.5 tonnes gross".
      if (f.value < 200 && ONE_VEHICLE.test(clause.text.slice(0, clause.at))) return "other";
      if (statesCapacity(context, f.per) || builtFor() || (f.per !== null && TIME_RATE.test(f.per) && WILL_CARRY.test(context))) return "capacity";
      // What was produced is output, not freight, though the sentence goes on to exports: "produced 98,000 tonnes of
      // primary aluminium in 2024, … and exported 85% of it".
      if (PRODUCTION.test(clause.text.slice(0, clause.at))) return "other";
      // Nor what a project needs: "whose Kyrgyz section requires an estimated 2.3 million tonnes of cement".
      if (REQUIRED_BEFORE.test(clause.text.slice(Math.max(0, clause.at - 40), clause.at))) return "other";
      if (FREIGHT.test(context)) return "freight";
      if (PRODUCTION.test(context)) return "other";
      if (FREIGHT.test(sentence.text)) return "freight";
      return "other";
    case "MW":
      return "capacity";
    case "kWh":
      return CAPACITY.test(context) || STORAGE.test(context) ? "capacity" : "other";
    case "TEU":
    case "bcm":
      if (statesCapacity(context, f.per) || builtFor() || (f.per !== null && TIME_RATE.test(f.per) && WILL_CARRY.test(context))) return "capacity";
      return FREIGHT.test(context) || f.unit === "TEU" ? "freight" : "other";
    case "count":
      // What a hub "is able to process" a day is its capacity: "a sorting hub able to process 500,000 parcels a day".
      // So is the number of trains a section "can take" a day, or its capacity named earlier in the sentence ("raised capacity
      // on the section fivefold, from 12 to 60 pairs of trains a day").
      if (f.per !== null && TIME_RATE.test(f.per) && (CAPACITY.test(clause.text) || /\bcapacity\b/i.test(sentence.text.slice(0, sentence.at)))) return "capacity";
      // "Its daily capacity is 30 pairs of trains": a capacity its own clause names, though trains count freight.
      // Pairs of trains measure a line's capacity wherever its sentence names it ("the capacity of the Dostyk – Moyinty section to 60 pairs of trains").
      if (CAPACITY_OF.test(clause.text.slice(0, clause.at)) || (/^pairs\b/.test(f.subject ?? "") && CAPACITY_OF.test(sentence.text.slice(0, sentence.end)))) return "capacity";
      // Wagons or containers bought, built or owned are rolling stock, not freight carried: "supply of 120 grain hopper wagons",
      // "KTZ bought 2,600 wagons, of which 1,150 were made in China", "a fleet of 60,000 wagons".
      if (f.subject && FREIGHT_COUNTS.test(f.subject) && ROLLING_STOCK.test(clause.text)) return "other";
      if (f.subject && (FREIGHT_COUNTS.test(f.subject) || CARGO_FLIGHTS.test(f.subject) || (TRIPS.test(f.subject) && FREIGHT.test(sentence.text)))) return "freight";
      if (f.subject && DEAL_COUNTS.test(f.subject)) return "deal";
      // The capacity may be named earlier in the sentence: "increase the capacity of the Dostyk – Moyinty section to 60 pairs of trains".
      if (CAPACITY_OF.test(sentence.text.slice(0, sentence.end))) return "capacity";
      return "other";
    default:
      return "other";
  }
}
