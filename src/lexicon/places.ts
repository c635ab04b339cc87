/** Countries, regions, their demonyms and metonyms; named places below country level. */
import { FormFinder } from "./forms.js";

/** Surface form, as written → canonical entity. Longer forms are tried first where several start at one place. */
const ENTITY_FORMS: Readonly<Record<string, string>> = {
  "China": "China", "Chinese": "China", "PRC": "China", "People's Republic of China": "China", "Beijing": "China", "Sino": "China",
  "Kazakhstan": "Kazakhstan", "Kazakh": "Kazakhstan", "Kazakhstani": "Kazakhstan", "Kazakhstan's": "Kazakhstan", "Astana": "Kazakhstan", "Kazakstan": "Kazakhstan",
  "Uzbekistan": "Uzbekistan", "Uzbek": "Uzbekistan", "Tashkent": "Uzbekistan",
  "Kyrgyzstan": "Kyrgyzstan", "Kyrgyz": "Kyrgyzstan", "Kyrgyz Republic": "Kyrgyzstan", "Bishkek": "Kyrgyzstan",
  "Tajikistan": "Tajikistan", "Tajik": "Tajikistan", "Dushanbe": "Tajikistan",
  "Turkmenistan": "Turkmenistan", "Turkmen": "Turkmenistan", "Ashgabat": "Turkmenistan",
  "Russia": "Russia", "Russian": "Russia", "Russian Federation": "Russia", "Moscow": "Russia", "Kremlin": "Russia",
  "Central Asia": "Central Asia", "Central Asian": "Central Asia", "C5+1": "Central Asia", "C5 countries": "Central Asia", "C5 states": "Central Asia",
  "Xinjiang": "Xinjiang",
  "European Union": "European Union", "EU": "European Union",
  "Eurasian Economic Union": "Eurasian Economic Union", "EAEU": "Eurasian Economic Union", "EEU": "Eurasian Economic Union",
  "Iran": "Iran", "Iranian": "Iran", "Tehran": "Iran",
  "Afghanistan": "Afghanistan", "Afghan": "Afghanistan",
  "Pakistan": "Pakistan", "Pakistani": "Pakistan",
  "Mongolia": "Mongolia", "Mongolian": "Mongolia",
  "South Korea": "South Korea", "Korea": "South Korea", "Republic of Korea": "South Korea", "Korean": "South Korea",
  "Germany": "Germany", "German": "Germany",
  "United States": "United States", "U.S.": "United States", "US": "United States", "USA": "United States", "American": "United States",
  "Azerbaijan": "Azerbaijan", "Azerbaijani": "Azerbaijan",
  "Georgia": "Georgia",
  "Turkey": "Turkey", "Türkiye": "Turkey", "Turkish": "Turkey",
  "India": "India", "Indian": "India",
  "Belarus": "Belarus", "Belarusian": "Belarus",
  "Japan": "Japan", "Japanese": "Japan",
  "United Kingdom": "United Kingdom", "UK": "United Kingdom", "British": "United Kingdom",
  "Europe": "Europe",
  // Two-letter country codes, as channels and desks write pairs: "Trade KZ–CN".
  "KZ": "Kazakhstan", "CN": "China", "UZ": "Uzbekistan", "KG": "Kyrgyzstan", "TJ": "Tajikistan",
  "Switzerland": "Switzerland", "Swiss": "Switzerland",
  "Netherlands": "Netherlands", "Dutch": "Netherlands",
  "France": "France", "French": "France",
  "Italy": "Italy", "Italian": "Italy",
  "Spain": "Spain", "Spanish": "Spain",
  "Poland": "Poland", "Polish": "Poland",
  "Lithuania": "Lithuania", "Latvia": "Latvia", "Finland": "Finland", "Hungary": "Hungary", "Serbia": "Serbia",
  "Ukraine": "Ukraine", "Ukrainian": "Ukraine", "Armenia": "Armenia", "Armenian": "Armenia",
  "Saudi Arabia": "Saudi Arabia", "Saudi": "Saudi Arabia",
  "United Arab Emirates": "United Arab Emirates", "UAE": "United Arab Emirates", "Emirati": "United Arab Emirates",
  "Qatar": "Qatar", "Israel": "Israel", "Egypt": "Egypt",
  "Vietnam": "Vietnam", "Vietnamese": "Vietnam", "Thailand": "Thailand", "Malaysia": "Malaysia", "Indonesia": "Indonesia", "Singapore": "Singapore",
  "Hong Kong": "Hong Kong", "Canada": "Canada", "Canadian": "Canada", "Australia": "Australia", "Australian": "Australia", "Brazil": "Brazil",
  // National companies stand for their countries, as capitals do ("KazMunayGas reported …", "CNPC to invest …").
  "KazMunayGas": "Kazakhstan", "KMG": "Kazakhstan", "Kazakhstan Temir Zholy": "Kazakhstan", "KTZ": "Kazakhstan", "Samruk-Kazyna": "Kazakhstan",
  "Uzbekneftegaz": "Uzbekistan", "Turkmengaz": "Turkmenistan", "Turkmennebit": "Turkmenistan", "TALCO": "Tajikistan",
  "Kazatomprom": "Kazakhstan", "Kazakhmys": "Kazakhstan", "KAZ Minerals": "Kazakhstan", "Kyrgyzaltyn": "Kyrgyzstan",
  "CNPC": "China", "Sinopec": "China", "CNOOC": "China", "COSCO": "China", "China Railway Express": "China",
  // So do the firms most often named for them in the region's business news.
  "BYD": "China", "Zijin Mining": "China", "PowerChina": "China", "TBEA": "China", "CITIC": "China", "UzAuto Motors": "Uzbekistan",
  "Gazprom": "Russia", "Rosatom": "Russia", "Lukoil": "Russia",
  // Heads of state and government stand for their countries too ("Tokayev met Xi Jinping …; trade between the two countries …").
  "Xi Jinping": "China", "President Xi": "China", "Li Qiang": "China", "Wang Yi": "China", "Tokayev": "Kazakhstan", "Mirziyoyev": "Uzbekistan",
  "Japarov": "Kyrgyzstan", "Rahmon": "Tajikistan", "Berdimuhamedov": "Turkmenistan", "Putin": "Russia",
};

/** Forms that name a company: whoever acts, wherever the figure is. */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  "KazMunayGas", "KMG", "Kazakhstan Temir Zholy", "KTZ", "Samruk-Kazyna", "Uzbekneftegaz", "Turkmengaz", "Turkmennebit", "TALCO", "Kazatomprom", "Kazakhmys", "KAZ Minerals", "Kyrgyzaltyn",
  "CNPC", "Sinopec", "CNOOC", "COSCO", "China Railway Express", "BYD", "Zijin Mining", "PowerChina", "TBEA", "CITIC", "UzAuto Motors",
  "Gazprom", "Rosatom", "Lukoil",
  // (Leaders act, as companies do.)
  "Xi Jinping", "President Xi", "Li Qiang", "Wang Yi", "Tokayev", "Mirziyoyev", "Japarov", "Rahmon", "Berdimuhamedov", "Putin",
]);
/** Forms that are adjectives of nationality: "Chinese", "Kazakh". */
export const DEMONYM_FORMS: ReadonlySet<string> = new Set([
  "Chinese", "Sino", "Kazakh", "Kazakhstani", "Uzbek", "Kyrgyz", "Tajik", "Turkmen", "Russian", "Central Asian", "Iranian", "Afghan",
  "Pakistani", "Mongolian", "Korean", "German", "American", "Azerbaijani", "Turkish", "Indian", "Belarusian", "Japanese", "British",
  "Swiss", "Dutch", "French", "Italian", "Spanish", "Polish", "Ukrainian", "Armenian", "Saudi", "Emirati", "Vietnamese", "Canadian", "Australian",
]);

/** Places below country level → the countries they belong to (border crossings name both sides). */
/** Regions and the countries in them: a region is no partner of its own member. */
export const REGION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  "Central Asia": ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
  "European Union": ["Germany", "France", "Italy", "Spain", "Netherlands", "Poland", "Lithuania", "Latvia", "Finland", "Hungary"],
  "Europe": ["Germany", "United Kingdom", "Belarus", "European Union", "France", "Italy", "Spain", "Netherlands", "Poland", "Lithuania", "Latvia", "Finland", "Hungary", "Switzerland", "Serbia", "Ukraine"],
  "Eurasian Economic Union": ["Russia", "Kazakhstan", "Kyrgyzstan", "Belarus"],
  // A Chinese region is no partner of China: "Xinjiang's exports" are not China–Xinjiang.
  "China": ["Xinjiang"],
};

/** Whether `a` and `b` are a region and one of its members (either way round). */
export function nested(a: string, b: string): boolean {
  return (REGION_MEMBERS[a]?.includes(b) ?? false) || (REGION_MEMBERS[b]?.includes(a) ?? false);
}

export const PLACES: Readonly<Record<string, readonly string[]>> = {
  // The dry port and the special economic zone on the Kazakh side of the border: Kazakhstan's first, for a figure of one place.
  "Khorgos Gateway": ["Kazakhstan", "China"], "Khorgos Eastern Gate": ["Kazakhstan", "China"], Zharkent: ["Kazakhstan"],
  Khorgos: ["China", "Kazakhstan"], Horgos: ["China", "Kazakhstan"], Alashankou: ["China", "Kazakhstan"],
  Dostyk: ["China", "Kazakhstan"], Altynkol: ["China", "Kazakhstan"], Bakhty: ["Kazakhstan"], Ayagoz: ["Kazakhstan"],
  Aktau: ["Kazakhstan"], Atyrau: ["Kazakhstan"], Almaty: ["Kazakhstan"], Kapchagai: ["Kazakhstan"], Semey: ["Kazakhstan"],
  Aktogay: ["Kazakhstan"], Bozshakol: ["Kazakhstan"], Kounrad: ["Kazakhstan"], Kumtor: ["Kyrgyzstan"], "Kambarata-1": ["Kyrgyzstan"], Kambarata: ["Kyrgyzstan"], Zhetysu: ["Kazakhstan"], Shymkent: ["Kazakhstan"], Karaganda: ["Kazakhstan"],
  Lianyungang: ["China"], "Xi'an": ["China"], Kashgar: ["China"], Urumqi: ["China"], Shaanxi: ["China"], Jiangsu: ["China"],
  Karshi: ["Uzbekistan"], Jizzakh: ["Uzbekistan"], Samarkand: ["Uzbekistan"], Navoi: ["Uzbekistan"], Kashkadarya: ["Uzbekistan"],
  Bukhara: ["Uzbekistan"], Andijan: ["Uzbekistan"], Namangan: ["Uzbekistan"], Fergana: ["Uzbekistan"], Termez: ["Uzbekistan"],
  Sughd: ["Tajikistan"], Khujand: ["Tajikistan"], Rogun: ["Tajikistan"], Galkynysh: ["Turkmenistan"],
  Chongqing: ["China"], Chengdu: ["China"], Yiwu: ["China"], Duisburg: ["Germany"],
  Osh: ["Kyrgyzstan"], Torugart: ["China", "Kyrgyzstan"], Irkeshtam: ["China", "Kyrgyzstan"],
  "Bandar Abbas": ["Iran"],
  // Regions, cities and ports a figure may be placed in without its country being named.
  Zhambyl: ["Kazakhstan"], Taraz: ["Kazakhstan"], Pavlodar: ["Kazakhstan"], Kostanay: ["Kazakhstan"], Aktobe: ["Kazakhstan"],
  Turkistan: ["Kazakhstan"], Zhanatas: ["Kazakhstan"], Kyzylorda: ["Kazakhstan"], Mangystau: ["Kazakhstan"], Kuryk: ["Kazakhstan"], Ekibastuz: ["Kazakhstan"],
  "Ust-Kamenogorsk": ["Kazakhstan"], Oskemen: ["Kazakhstan"], Taldykorgan: ["Kazakhstan"], Zhezkazgan: ["Kazakhstan"], Balkhash: ["Kazakhstan"],
  Karakalpakstan: ["Uzbekistan"], Nukus: ["Uzbekistan"], Khorezm: ["Uzbekistan"], Urgench: ["Uzbekistan"], Angren: ["Uzbekistan"],
  Almalyk: ["Uzbekistan"], Surkhandarya: ["Uzbekistan"], Syrdarya: ["Uzbekistan"],
  "Jalal-Abad": ["Kyrgyzstan"], Naryn: ["Kyrgyzstan"], "Issyk-Kul": ["Kyrgyzstan"], Talas: ["Kyrgyzstan"], Batken: ["Kyrgyzstan"], Karakol: ["Kyrgyzstan"],
  Khatlon: ["Tajikistan"], Kulob: ["Tajikistan"], Bokhtar: ["Tajikistan"], Panjakent: ["Tajikistan"], Khorog: ["Tajikistan"], Kulma: ["China", "Tajikistan"],
  Turkmenbashi: ["Turkmenistan"], Lebap: ["Turkmenistan"], Balkanabat: ["Turkmenistan"], Dashoguz: ["Turkmenistan"],
  // China's provinces and the cities its trains and trade with Central Asia start from (not Shanghai: "the Shanghai Cooperation Organisation").
  Zhejiang: ["China"], Guangdong: ["China"], Shandong: ["China"], Henan: ["China"], Hebei: ["China"], Sichuan: ["China"], Fujian: ["China"],
  Hubei: ["China"], Hunan: ["China"], Anhui: ["China"], Jiangxi: ["China"], Shanxi: ["China"], Liaoning: ["China"], Jilin: ["China"],
  Heilongjiang: ["China"], "Inner Mongolia": ["China"], Ningxia: ["China"], Qinghai: ["China"], Yunnan: ["China"], Guizhou: ["China"],
  Guangxi: ["China"], Hainan: ["China"], Tianjin: ["China"], Guangzhou: ["China"], Shenzhen: ["China"], Wuhan: ["China"],
  Zhengzhou: ["China"], Qingdao: ["China"], Hefei: ["China"], Changsha: ["China"], Kunming: ["China"], Harbin: ["China"], Ningbo: ["China"],
  Hangzhou: ["China"], Jinhua: ["China"], Xiamen: ["China"], Nanjing: ["China"], Shenyang: ["China"], Dalian: ["China"], Jinan: ["China"],
  Taiyuan: ["China"], Hohhot: ["China"], Yinchuan: ["China"], Xining: ["China"], Korla: ["China"], Yining: ["China"],
  Gansu: ["China"], Lanzhou: ["China"], Baku: ["Azerbaijan"], Alat: ["Azerbaijan"], Poti: ["Georgia"], Tbilisi: ["Georgia"],
  // The Middle Corridor's ports and junctions west of the Caspian.
  Ganja: ["Azerbaijan"], Batumi: ["Georgia"], Anaklia: ["Georgia"], Kars: ["Turkey"], Mersin: ["Turkey"], Istanbul: ["Turkey"],
  // Oil's routes out of Kazakhstan: the CPC terminal on the Black Sea, and the pipeline's border station into China.
  Novorossiysk: ["Russia"], Tengiz: ["Kazakhstan"], Kashagan: ["Kazakhstan"], Atasu: ["Kazakhstan"],
  // Reservoirs, plants and mines in the region's energy and mining news; border posts on the routes north and south.
  Toktogul: ["Kyrgyzstan"], Kazarman: ["Kyrgyzstan"], Jerooy: ["Kyrgyzstan"], Navoiy: ["Uzbekistan"], Moyynty: ["Kazakhstan"],
  Zabaikalsk: ["Russia"], Hairatan: ["Afghanistan"], Kabul: ["Afghanistan"], "Mazar-i-Sharif": ["Afghanistan"],
};

const forms = Object.keys(ENTITY_FORMS).sort((a, b) => b.length - a.length);
/**
 * The given surface forms as whole words, longest first. "U.S." and "Xi'an" need their punctuation. A currency's name
 * names no country: "U.S. dollars", "US$", "US cents".
 */
const formsFinder = (list: readonly string[]) => new FormFinder(list, { notAfter: "$", notFollowedBy: /\s*(?:dollars?|cents?)\b/y });
/** Finds any entity's surface forms ("Kazakh", "Central Asian", "PRC") as whole words. */
export const ENTITY_FINDER = formsFinder(forms);

/** Finds the forms of some entities only ("Central Asia", "Central Asian" for Central Asia). */
export function entityFormsFinder(entities: ReadonlySet<string>): FormFinder {
  return formsFinder(forms.filter((f) => entities.has(ENTITY_FORMS[f]!)));
}

/** Finds the places below country level, as whole words ("Xi'an" written with either apostrophe). */
export const PLACE_FINDER = new FormFinder(
  Object.keys(PLACES).sort((a, b) => b.length - a.length),
  { curlyApostrophe: true },
);

/** Canonical entity of a matched surface form ("Kazakh" → "Kazakhstan"). */
export function canonicalEntity(form: string): string | undefined {
  const possessive = form.endsWith("'s") || form.endsWith("’s");
  return (possessive ? ENTITY_FORMS[form.slice(0, -2)] : undefined) ?? ENTITY_FORMS[form];
}

/** Canonical place name of a matched surface form ("Xi’an" → "Xi'an"). */
export function canonicalPlace(form: string): string {
  return form.replace("’", "'");
}

/**
 * Multilateral lenders, which are no country: money they lend or report is the borrower's, where the project is
 * ("EBRD Finance Summary: EUR 85,000,000 senior loan", "financed by the World Bank, the ADB and the EBRD").
 */
export const MULTILATERAL_LENDER = /\b(?:EBRD|European\s+Bank\s+for\s+Reconstruction(?:\s+and\s+Development)?|ADB|Asian\s+Development\s+Bank|AIIB|Asian\s+Infrastructure\s+Investment\s+Bank|World\s+Bank|IFC|International\s+Finance\s+Corporation|IMF|International\s+Monetary\s+Fund|EDB|Eurasian\s+Development\s+Bank|IsDB|Islamic\s+Development\s+Bank|EIB|European\s+Investment\s+Bank|OPEC\s+Fund|New\s+Development\s+Bank)\b/;
