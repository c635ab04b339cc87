/** Countries, regions and places named in a span of text. */
import { COMPANY_FORMS, DEMONYM_FORMS, ENTITY_FINDER, PLACE_FINDER, PLACES, REGION_MEMBERS, canonicalEntity, canonicalPlace, entityFormsFinder } from "../lexicon/places.js";
import type { Span } from "./clauses.js";

export interface Named {
  entities: string[];
  places: string[];
}

/** Whether `text` names any country, region or place the lexicon knows (a quick test: the first name found will do). */
export function namesAnyPlace(text: string): boolean {
  return ENTITY_FINDER.test(text) || PLACE_FINDER.test(text);
}

/** Capitals that name a meeting held there: "the Astana summit", "the Tashkent forum" (where it met, no party to its figures). */
const CAPITALS: ReadonlySet<string> = new Set(["Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Beijing", "Moscow", "Tehran"]);
const EVENT_AFTER = /^\s+(?:summit|forum|meeting|talks|conference|format|dialogue|expo|exhibition|fair)\b/i;

/** Entities in `text`, leaving out any `exclude` spans (offsets into `text`), e.g. the reporting source. */
export function namedIn(text: string, exclude: readonly Span[] = []): Named {
  return new NameIndex(text).within(0, text.length, exclude);
}

/** "shippers avoid Russia", "routes bypassing Russia": a country named as the one left out is no party to the figures. */
const LEFT_OUT_BEFORE = /\b(?:avoid(?:s|ed|ing)?|bypass(?:es|ed|ing)?|circumvent(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const LEFT_OUT_WORD = /avoid|bypass|circumvent/i;
/** Whether `text` may leave a country out at all (tested once, before any name is looked at). */
const leavesOut = (text: string) => LEFT_OUT_WORD.test(text);
const leftOut = (text: string, at: number) => LEFT_OUT_BEFORE.test(text.slice(Math.max(0, at - 30), at));

/**
 * What an adjective of nationality names when it names who acts: "Chinese firm", "Chinese commercial
 * lenders", "the Kazakh side". Such a country is the actor's, not where a plant's output or capacity is.
 */
const ACTOR_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|lenders?|banks?|investors?|contractors?|developers?|consortium|consortia|businesses|enterprises?|manufacturers?|automakers?|carmakers?|corporations?|giants?|operators?|builders?|partners?|side|miners?|producers?|groups?)\b/u;
/**
 * A country's name as the first word of a company's: "China Energy Engineering", "China Eximbank" (the words state
 * firms take; not a headline's "China Crowding Russia Out").
 */
const COMPANY_NAMED_AFTER = /^\s+(?:Energy|Railways?|Eximbank|Exim|Export|Development|Construction|Communications|Power|Petroleum|National|Harbou?r|Merchants|Road|Metallurgical|Nuclear|General|Machinery|Datang|Huadian|Huaneng|Gezhouba|Minmetals|Nonferrous|Investment|Telecom|Mobile|Unicom|Southern|Shipping|Ocean|State|Electric|Coal|Oil|Chemical|Steel|Alumini?um|Everbright|Overseas|Poly|Baowu|Molybdenum|Gold|Mining|Daily|Media)\b/u;
/** "Chinese-owned mines", "Chinese-built plant", "Russian-funded project": the adjective names who owns, builds or pays. */
const ACTOR_COMPOUND = /^-(?:owned|run|backed|funded|financed|built|controlled|operated|led)\b/;
const isOwner = (text: string, form: string, end: number) => DEMONYM_FORMS.has(form) && ACTOR_COMPOUND.test(text.slice(end, end + 12));
/** A company a country owns, by its initials: "China's TBEA", "Russia's RZD", "Kazakhstan's KTZ". */
// Not a measure or a body written in capitals: "Kyrgyzstan's GDP", "China's FDI", "Kazakhstan's CPI".
const OWNS_COMPANY = /^['’]s\s+(?!(?:GDP|GNI|GNP|GRP|FDI|CPI|PPI|PMI|VAT|PPP|SEZs?|SMEs?|EEZ|EU|UN|WTO|CIS|SCO|BRI|EAEU|EEU|OPEC)\b)[A-Z]{2,}[A-Za-z]*\b/;
/** Or by its name and the word that makes it a company: "China's Hongda Group", "Kazakhstan's Kazatomprom Corporation". */
const OWNS_NAMED_COMPANY = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Group|Corporation|Corp\.?|Company|Holdings?|Industries|Industrial|Engineering|Energy|Mining|Metallurgical|Construction)\b/u;
/** Whether a country's name is its company's owner's: "China's TBEA" (the possessive may be the form's own: "Kazakhstan's"). */
const ownsCompany = (text: string, form: string, end: number) => {
  const after = /['’]s$/.test(form) ? form.slice(-2) + text.slice(end, end + 60) : text.slice(end, end + 60);
  return OWNS_COMPANY.test(after) || OWNS_NAMED_COMPANY.test(after);
};
/** Whether a name names who owns, builds or pays: a company's own name, "Chinese-owned", "China's TBEA". */
const namesOwner = (text: string, form: string, end: number) => COMPANY_FORMS.has(form) || isOwner(text, form, end) || ownsCompany(text, form, end);
/** Whether a name names who acts: an owner, or "Chinese firm", "China Energy Engineering". `owner`: what namesOwner says of it. */
const isActor = (text: string, form: string, end: number, owner = namesOwner(text, form, end)) =>
  owner || (DEMONYM_FORMS.has(form) && ACTOR_AFTER.test(text.slice(end, end + 50))) || (form === "China" && COMPANY_NAMED_AFTER.test(text.slice(end, end + 30)));

/**
 * "The region", "the region's": the region named before (not "in the region of $5 billion", which is "about");
 * "the five countries" (group 1), "the five republics": the region of five named before, Central Asia.
 */
const THE_REGION = /\bthe\s+(?:region(?:['’]s)?|(five)\s+(?:countries|states|republics|nations))\b(?!\s+of\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|€|£|USD\s?)?\d)/gi;
/**
 * Entities that are regions, which "the region" may stand for. Not Europe: in this news it is most often
 * the far end of a route ("China-Europe freight trains"), not the region a story is about.
 */
const REGIONS: ReadonlySet<string> = new Set(["Central Asia", "Xinjiang", "Eurasian Economic Union"]);
/** Their names, as ENTITY_FINDER finds them. */
const REGION_FINDER = entityFormsFinder(REGIONS);

/**
 * Where a text names a region, for "the region" later in it: a function from an offset to the region
 * named last before it (or null).
 */
export function regionsNamedIn(text: string): (at: number) => string | null {
  const hits: { at: number; name: string }[] = [];
  for (const { index, form } of REGION_FINDER.find(text)) {
    const e = canonicalEntity(form);
    if (e && REGIONS.has(e)) hits.push({ at: index, name: e });
  }
  return (at) => {
    let last: string | null = null;
    for (const h of hits) {
      if (h.at >= at) break;
      last = h.name;
    }
    return last;
  };
}

/** An entity's mentions in a text: how many, where the first is, and whether every one names an actor ("Chinese firm"). */
export interface NameCount {
  name: string;
  count: number;
  first: number;
  actor: boolean;
}

/** The words before a flow's other end. */
const COUNTERPART_BEFORE = /\b(?:trade|turnover|exports?|imports?|shipments?|deliveries|supplies)\s+(?:with|to|from)\s+(?:the\s+)?$/i;

/** A name, then a comma or "and" before the next: "Turkmenistan and ", "Kyrgyzstan, ". */
const LISTED_AFTER_NAME = /^[\p{L}'’ -]+?(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** "non-" right before a name: "non-Chinese", "non-CIS". */
const NON_BEFORE = /^non-$/i;
/** "not" right before a name ("it is not Europe", "not the EU"); not "not only China". */
const NOT_BEFORE = /\bnot\s+(?:the\s+)?$/i;
/** A name that names no country: "the only non-Chinese brand", "… and it is not Europe". */
const denied = (text: string, index: number) => index >= 4 && (NON_BEFORE.test(text.slice(index - 4, index)) || NOT_BEFORE.test(text.slice(Math.max(0, index - 9), index)));

/** Entity and place matches of a text, found once and queried by span. */
export class NameIndex {
  private readonly entityHits: { at: number; name: string; actor: boolean; owner?: boolean }[] = [];
  private readonly placeHits: { at: number; name: string }[] = [];

  /** @param regionAt the region "the region" stands for at an offset of `text` (the last one the document named), if any */
  constructor(
    private readonly text: string,
    regionAt?: (at: number) => string | null,
  ) {
    const mayLeaveOut = leavesOut(text);
    for (const { index, form } of ENTITY_FINDER.find(text)) {
      // "The only non-Chinese brand" names no China.
      if (denied(text, index)) continue;
      const e = canonicalEntity(form);
      const end = index + form.length;
      if (e && CAPITALS.has(form) && EVENT_AFTER.test(text.slice(end, end + 30))) continue;
      if (!e || (mayLeaveOut && leftOut(text, index))) continue;
      const owner = namesOwner(text, form, end);
      this.entityHits.push({ at: index, name: e, actor: isActor(text, form, end, owner), ...(owner ? { owner: true } : {}) });
    }
    // Not where its clause names a member of that region: "Kazakhstan remained China's largest trading partner in the region".
    if (regionAt && /\bregion\b|\bfive\s+(?:countries|states|republics|nations)\b/i.test(text)) {
      const hits = [...this.entityHits];
      for (const m of text.matchAll(THE_REGION)) {
        const e = regionAt(m.index!);
        if (!e || (m[1] && REGION_MEMBERS[e]?.length !== 5)) continue;
        const from = Math.max(text.lastIndexOf(", ", m.index!), text.lastIndexOf("; ", m.index!));
        const next = [text.indexOf(", ", m.index!), text.indexOf("; ", m.index!)].filter((x) => x !== -1);
        const to = next.length > 0 ? Math.min(...next) : text.length;
        const members = REGION_MEMBERS[e] ?? [];
        if (!hits.some((h) => h.at > from && h.at < to && members.includes(h.name))) this.entityHits.push({ at: m.index!, name: e, actor: false });
      }
      this.entityHits.sort((a, b) => a.at - b.at);
    }
    for (const { index, form } of PLACE_FINDER.find(text)) this.placeHits.push({ at: index, name: canonicalPlace(form) });
  }

  /**
   * Countries named only as a flow's other end, each time the text names them: "trade with Kazakhstan", "exports to
   * China", "imports from Russia" (not Kazakhstan where it is also "Kazakh data" or "Kazakhstan hoped").
   */
  counterparts(): { at: number; name: string }[] {
    const out: { at: number; name: string }[] = [];
    const otherwise = new Set<string>();
    let last: { at: number; name: string } | null = null;
    for (const h of this.entityHits) {
      const before = this.text.slice(Math.max(0, h.at - 30), h.at);
      // Listed after one ("trade with Turkmenistan and Tajikistan"), it is one too.
      const listed = last !== null && LISTED_AFTER_NAME.test(this.text.slice(last.at, h.at));
      if (COUNTERPART_BEFORE.test(before) || listed) out.push((last = h));
      else {
        last = null;
        otherwise.add(h.name);
      }
    }
    return out.filter((h) => !otherwise.has(h.name));
  }

  /** Entity mentions counted, most frequent first (ties: the first named first), with where each is first named, for a paragraph's focus. */
  counts(): NameCount[] {
    // A Map keeps the order of first mention, and the sort is stable.
    const counts = new Map<string, NameCount>();
    for (const h of this.entityHits) {
      const c = counts.get(h.name);
      if (c) {
        c.count++;
        c.actor &&= h.actor;
      } else counts.set(h.name, { name: h.name, count: 1, first: h.at, actor: h.actor });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count);
  }

  /** Names starting inside [start, end), leaving out `exclude` spans. */
  /** The countries named before `at` other than as a flow's other end ("exports to China"): a sentence's subjects. */
  subjectsBefore(at: number, exclude: readonly Span[] = []): string[] {
    const ends = new Set(this.counterparts().filter((h) => h.at < at).map((h) => h.name));
    return this.within(0, at, exclude).entities.filter((e) => !ends.has(e));
  }

  /** The entities named in [start, end) only as owners or funders ("Chinese-owned", "Russian-funded", "China's TBEA", "CNPC"). */
  ownersOnly(start: number, end: number): string[] {
    const hits = this.entityHits.filter((h) => h.at >= start && h.at < end);
    return [...new Set(hits.filter((h) => h.owner).map((h) => h.name))].filter((name) => hits.every((h) => h.name !== name || h.owner));
  }

  /** The entities named in [start, end), in the order the text first names them. */
  inOrder(start: number, end: number): string[] {
    return [...new Set(this.entityHits.filter((h) => h.at >= start && h.at < end).map((h) => h.name))];
  }

  /** @param places only entities named as where things are, not as who acts ("China Energy Engineering will build …") */
  within(start: number, end: number, exclude: readonly Span[] = [], places = false): Named {
    const keep = (i: number) => i >= start && i < end && !exclude.some((s) => i >= s.start && i < s.end);
    const entities = [...new Set(this.entityHits.filter((h) => keep(h.at) && !(places && h.actor)).map((h) => h.name))].sort();
    const placeNames = [...new Set(this.placeHits.filter((h) => keep(h.at)).map((h) => h.name))].sort();
    return { entities, places: placeNames };
  }
}

/** The names of both, each once, sorted. */
export function mergeNamed(a: Named | null, b: Named): Named {
  return { entities: [...new Set([...(a?.entities ?? []), ...b.entities])].sort(), places: [...new Set([...(a?.places ?? []), ...b.places])].sort() };
}

/** Countries a place belongs to ("Khorgos" → China and Kazakhstan). */
export function countriesOfPlaces(places: readonly string[]): string[] {
  return places.flatMap((p) => PLACES[p] ?? PLACES[p.replace("'", "’")] ?? []);
}

/** The countries `text` names or whose places it names: "Tashkent" → Uzbekistan, "Khorgos" → China and Kazakhstan. */
export function countriesNamedIn(text: string): string[] {
  const named = namedIn(text);
  return [...named.entities, ...countriesOfPlaces(named.places)];
}

/** The entities `text` names, one per mention, in text order. */
function* entityMentions(text: string): Generator<string> {
  const mayLeaveOut = leavesOut(text);
  for (const { index, form } of ENTITY_FINDER.find(text)) {
    const e = canonicalEntity(form);
    if (e && !denied(text, index) && !(mayLeaveOut && leftOut(text, index))) yield e;
  }
}

/** The entities `text` names, each once, in the order it first names them. */
export function entitiesInOrder(text: string): string[] {
  return [...new Set(entityMentions(text))];
}

/** The entities `text` names only as actors: "Chinese firm to build 1.2 GW solar complex in Uzbekistan" → China. */
export function actorsNamedIn(text: string): Set<string> {
  return new Set(new NameIndex(text).counts().filter((c) => c.actor).map((c) => c.name));
}
