/**
 * A paragraph's focus: the countries a figure is most likely about when its own words name
 * too few (a trade figure needs two partners, others one).
 */
import { NameIndex, countriesOfPlaces } from "./entities.js";
import { nested } from "../lexicon/places.js";

export class ParagraphFocus {
  private readonly ranked = new Map<number, readonly string[]>();
  private names: NameIndex | null = null;
  private counted: { name: string; count: number; first: number }[] | null = null;

  /**
   * @param text the paragraph, after `lead` characters read with it (a list's opening, a table's header)
   * @param placeHeading the entities of the section's heading when it only names places ("Kazakhstan")
   * @param title the document title's entities in the order it names them
   */
  constructor(
    private readonly text: string,
    readonly placeHeading: readonly string[],
    private readonly title: () => readonly string[],
    private readonly lead = 0,
  ) {}

  /**
   * In order: the section heading's places; the entities named up to `upTo` (the end of the figure's
   * sentence, an offset into the paragraph), most named first (ties: named in the title first, then
   * named first); the countries of the places named up to `upTo` ("a solar park in the Samarkand
   * region"); the title's entities; last, the entities and places' countries first named after `upTo`.
   * A place named only later in the paragraph is most often another party ("Exports to China came to $1.6 billion.
   * Russia ranked second …").
   */
  candidates(upTo = Infinity): readonly string[] {
    const cut = Math.min(this.text.length, this.lead + upTo);
    const cached = this.ranked.get(cut);
    if (cached) return cached;
    const title = this.title();
    const names = (this.names ??= new NameIndex(this.text));
    const counted = (this.counted ??= this.rank(names, title));
    const early = counted.filter((c) => c.first < cut).map((c) => c.name);
    const late = counted.filter((c) => c.first >= cut).map((c) => c.name);
    const earlyPlaces = countriesOfPlaces(names.within(0, cut).places);
    const latePlaces = countriesOfPlaces(names.within(cut, this.text.length).places);
    const ranked = [...this.placeHeading, ...early, ...earlyPlaces, ...title, ...late, ...latePlaces];
    this.ranked.set(cut, ranked);
    return ranked;
  }

  /** The paragraph's entities, most named first; ties: named in the title first, then named first (the counts list ties in that order, and the sort is stable). */
  private rank(names: NameIndex, title: readonly string[]): { name: string; count: number; first: number }[] {
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
    for (const c of [...first, ...this.candidates(upTo)]) {
      if (entities.size >= want) break;
      if (!exclude.has(c) && ![...entities].some((e) => nested(e, c))) entities.add(c);
    }
  }
}
