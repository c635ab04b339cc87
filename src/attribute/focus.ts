/**
 * A paragraph's focus: the countries a figure is most likely about when its own words name
 * too few (a trade figure needs two partners, others one).
 */
import { NameIndex, countriesOfPlaces, type NameCount } from "./entities.js";
import { nested } from "../lexicon/places.js";

/** The document title's entities in the order it names them, and those it names only as actors ("Chinese firm"). */
export interface TitleNames {
  names: readonly string[];
  actors: ReadonlySet<string>;
  /**
   * The countries of a link the title names ("China–Kyrgyzstan–Uzbekistan railway"): a figure whose
   * paragraph names no other place up to it is of them all.
   */
  link: readonly string[];
  /** The countries of the places the title names ("BYD's Jizzakh plant ramps up …": Uzbekistan): where a plant is. */
  placed?: readonly string[];
}

export class ParagraphFocus {
  private readonly ranked = new Map<string, readonly string[]>();
  private names: NameIndex | null = null;
  private counted: NameCount[] | null = null;
  private ends: { at: number; name: string }[] | null = null;

  /**
   * @param text the paragraph, after `lead` characters read with it (a list's opening, a table's header)
   * @param placeHeading the entities of the section's heading when it only names places ("Kazakhstan")
   * @param title the document title's entities
   * @param lead how many characters of `text` come before the paragraph
   * @param before the places the paragraph before was about, for a paragraph that names none
   */
  constructor(
    private readonly text: string,
    readonly placeHeading: readonly string[],
    private readonly title: () => TitleNames,
    private readonly lead = 0,
    private readonly before: readonly string[] = [],
  ) {}

  /**
   * In order: the section heading's places; the entities named up to `upTo` (the end of the figure's
   * sentence, an offset into the paragraph), most named first (ties: named in the title first, then
   * named first); the countries of the places named up to `upTo` ("a solar park in the Samarkand
   * region"); the places the paragraph before was about, for one that names none (`before`, in the title's order);
   * the title's entities (for a figure of one place, before those of the paragraph before, unless these lie within them);
   * last, the entities and places' countries first named after `upTo`.
   * A place named only later in the paragraph is most often another party ("Exports to China came to $1.6 billion.
   * Russia ranked second …").
   *
   * `locate`: the figure is one place's (a plant's capacity, its output), so the entities named only as
   * actors ("financed by Chinese commercial lenders", "Chinese firm to build …") come after the title's
   * others: where the plant is, not who builds or funds it.
   */
  candidates(upTo = Infinity, locate = false): readonly string[] {
    const cut = Math.min(this.text.length, this.lead + upTo);
    const key = `${cut}:${locate}`;
    const cached = this.ranked.get(key);
    if (cached) return cached;
    const title = this.title();
    const names = (this.names ??= new NameIndex(this.text));
    const counted = (this.counted ??= this.rank(names, title.names));
    const early = counted.filter((c) => c.first < cut);
    const late = counted.filter((c) => c.first >= cut).map((c) => c.name);
    const earlyPlaces = countriesOfPlaces(names.within(0, cut).places);
    const latePlaces = countriesOfPlaces(names.within(cut, this.text.length).places);
    const titleRank = (e: string) => (title.names.includes(e) ? title.names.indexOf(e) : title.names.length);
    const before = [...this.before].sort((a, b) => titleRank(a) - titleRank(b));
    // A figure of one place takes the title's first, unless the paragraph before was about a place within it
    // (Kazakhstan, under "Chinese carmakers tighten grip on Central Asian roads").
    const titlePlaces = title.names.filter((e) => !title.actors.has(e));
    const within = before.filter((b) => titlePlaces.some((t) => t !== b && nested(b, t)));
    const ranked = locate
      ? [
          ...this.placeHeading,
          ...early.filter((c) => !c.actor).map((c) => c.name),
          ...earlyPlaces,
          ...within,
          ...(title.placed ?? []),
          ...titlePlaces,
          ...before,
          ...early.filter((c) => c.actor).map((c) => c.name),
          ...title.names.filter((e) => title.actors.has(e)),
          ...late,
          ...latePlaces,
        ]
      : [...this.placeHeading, ...early.map((c) => c.name), ...earlyPlaces, ...before, ...title.names, ...late, ...latePlaces];
    this.ranked.set(key, ranked);
    return ranked;
  }

  /** The countries the paragraph names as a flow's other end ("trade with Kazakhstan"), at offsets into the paragraph. */
  counterparts(): readonly { at: number; name: string }[] {
    if (this.ends) return this.ends;
    const names = (this.names ??= new NameIndex(this.text));
    return (this.ends = names.counterparts().filter((h) => h.at >= this.lead).map((h) => ({ at: h.at - this.lead, name: h.name })));
  }

  /** The entities the paragraph names before `upTo`, and the countries of the places it names. */
  private namedBefore(upTo: number): string[] {
    const names = (this.names ??= new NameIndex(this.text));
    const within = names.within(0, Math.min(this.text.length, this.lead + upTo));
    return [...within.entities, ...countriesOfPlaces(within.places)];
  }

  /** The paragraph's entities, most named first; ties: named in the title first, then named first (the counts list ties in that order, and the sort is stable). */
  private rank(names: NameIndex, title: readonly string[]): NameCount[] {
    const titleRank = (e: string) => {
      const at = title.indexOf(e);
      return at === -1 ? title.length : at;
    };
    return names.counts().sort((a, b) => b.count - a.count || titleRank(a.name) - titleRank(b.name));
  }

  /**
   * Add `first` (the places of what the figure refers back to), then the candidates up to `upTo`, until
   * `entities` has `want` members; never one in `exclude`, nor one nested with a member (a region and its country).
   */
  fill(entities: Set<string>, want: number, exclude: ReadonlySet<string> = new Set(), first: readonly string[] = [], upTo = Infinity): void {
    if (entities.size >= want) return;
    const link = this.title().link;
    if (entities.size === 0 && first.length === 0 && link.length > 1 && [...this.placeHeading, ...this.namedBefore(upTo)].every((e) => link.some((l) => l === e || nested(e, l)))) {
      for (const c of link) if (!exclude.has(c)) entities.add(c);
      if (entities.size > 0) return;
    }
    for (const c of [...first, ...this.candidates(upTo, want === 1)]) {
      if (entities.size >= want) break;
      if (!exclude.has(c) && ![...entities].some((e) => nested(e, c))) entities.add(c);
    }
  }
}
