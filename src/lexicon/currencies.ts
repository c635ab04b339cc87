/** Currency symbols, codes and names → ISO 4217 codes. */

/** The currency codes the grammar knows (units of money figures, sides of exchange-rate quotes). */
export const ISO_CODES = new Set([
  "USD", "EUR", "GBP", "CNY", "KZT", "UZS", "KGS", "TJS", "TMT", "RUB", "KRW", "JPY", "IRR", "TRY", "AZN", "GEL", "INR", "PKR", "AFN", "MNT", "BYN",
  // Other dollars and the Swiss franc, so that "HK$2.2 billion" or "S$40 million" is not read as US dollars.
  "HKD", "SGD", "AUD", "CAD", "NZD", "TWD", "CHF",
]);

/** Regex source of the codes written in text: the ISO codes and "RMB". */
export const CODE_SOURCE = [...ISO_CODES, "RMB"].join("|");

/** Symbols and codes written before a number: "$5", "US$ 5", "KZT 5". */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/US\s?\$\s?$/, "USD"],
  // A dollar other than the US one, as a letter or two before the sign say: "HK$", "S$", "A$", "C$", "NZ$", "NT$".
  [/\bHK\s?\$\s?$/, "HKD"],
  [/\bS\$\s?$/, "SGD"],
  [/\bA\$\s?$/, "AUD"],
  [/\bC\$\s?$/, "CAD"],
  [/\bNZ\$\s?$/, "NZD"],
  [/\bNT\$\s?$/, "TWD"],
  // Any other letters before the sign name a dollar the grammar does not know: no currency, not US dollars.
  [/\p{L}\$\s?$/u, "?"],
  [/\$\s?$/, "USD"],
  [/€\s?$/, "EUR"],
  [/£\s?$/, "GBP"],
  [/(?:CN)?¥\s?$/, "CNY"],
  [/₸\s?$/, "KZT"],
  // "tg 38.5 bn": the Kazakh press's abbreviation of tenge.
  [/\btg\s?$/, "KZT"],
  [/₽\s?$/, "RUB"],
  [/₩\s?$/, "KRW"],
  [new RegExp(`\\b(${CODE_SOURCE})\\s?$`), ""],
];

/** Names and codes written after a number: "5 billion yuan", "321 billion tenge". */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD", usd: "USD",
  yuan: "CNY", renminbi: "CNY", rmb: "CNY", cny: "CNY",
  tenge: "KZT", kzt: "KZT", tg: "KZT",
  som: "KGS", soms: "KGS", kgs: "KGS",
  sum: "UZS", soum: "UZS", soums: "UZS", sums: "UZS", "so'm": "UZS", "so‘m": "UZS", "so’m": "UZS", "uzbek sum": "UZS", "uzbek soum": "UZS", uzs: "UZS",
  somoni: "TJS", tjs: "TJS",
  manat: "TMT", tmt: "TMT",
  rubles: "RUB", ruble: "RUB", roubles: "RUB", rouble: "RUB", rub: "RUB",
  euros: "EUR", euro: "EUR", eur: "EUR",
  pounds: "GBP", "pounds sterling": "GBP", gbp: "GBP",
  won: "KRW", krw: "KRW",
  yen: "JPY", jpy: "JPY",
  rupees: "INR",
  lari: "GEL",
  afghanis: "AFN", afghani: "AFN", afn: "AFN",
  lira: "TRY", liras: "TRY",
  "hong kong dollars": "HKD", "hong kong dollar": "HKD", hkd: "HKD",
  "singapore dollars": "SGD", "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
  "swiss francs": "CHF", chf: "CHF",
  // A currency named with its country's adjective: "8.7 billion Chinese yuan", "45 billion Kazakh tenge".
  "chinese yuan": "CNY", "kazakh tenge": "KZT", "kazakhstani tenge": "KZT", "russian rubles": "RUB", "russian roubles": "RUB",
  "kyrgyz soms": "KGS", "kyrgyz som": "KGS", "tajik somoni": "TJS", "turkmen manat": "TMT", "azerbaijani manat": "AZN",
  "georgian lari": "GEL", "turkish lira": "TRY", "turkish liras": "TRY", "iranian rials": "IRR", "mongolian tugriks": "MNT",
  "pakistani rupees": "PKR", "indian rupees": "INR", "afghan afghanis": "AFN", "belarusian rubles": "BYN",
  "japanese yen": "JPY", "south korean won": "KRW",
};

/** Normalise a code written in text ("RMB") to ISO 4217 ("CNY"). */
export function isoCode(code: string): string {
  const upper = code.toUpperCase();
  if (upper === "RMB") return "CNY";
  return upper;
}

/** Regex source for the currency words after a number (longest first). */
export const CURRENCY_WORD_SOURCE = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.$]/g, "\\$&").replace(/ /g, "\\s+"))
  .join("|");

/** The country whose currency a code is, for the currencies of the region. */
export const CURRENCY_COUNTRY: Readonly<Record<string, string>> = {
  KZT: "Kazakhstan", KGS: "Kyrgyzstan", TJS: "Tajikistan", UZS: "Uzbekistan", TMT: "Turkmenistan", CNY: "China", RUB: "Russia",
  AFN: "Afghanistan", TRY: "Turkey", AZN: "Azerbaijan", GEL: "Georgia", MNT: "Mongolia", IRR: "Iran", PKR: "Pakistan",
};
