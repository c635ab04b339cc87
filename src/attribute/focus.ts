/**
 * A paragraph's focus: the countries a figure is most likely about when its own words name
 * too few (a trade figure needs two partners, others one).
 */
import { NameIndex, countriesOfPlaces } from "./entities.js";
import { nested } from "../lexicon/places.js";

export class ParagraphFocus {
  private ranked: string[] | null = null;

  /**
   * @param text the paragraph
   * @param placeHeading the entities of the section's heading when it only names places ("Kazakhstan")
   * @param title the document title's entities in the order it names them
   */
  constructor(
    private readonly text: string,
    readonly placeHeading: readonly string[],
    private readonly title: () => readonly string[],
  ) {}

  /**
   * In order: the section heading's places; the paragraph's entities, most named first (ties: named
   * in the title first, then named first in the paragraph); the countries of the places it names
   * ("a solar park in the Samarkand region"); the title's entities.
   */
  candidates(): readonly string[] {
    if (this.ranked) return this.ranked;
    const title = this.title();
    const titleRank = (e: string) => {
      const at = title.indexOf(e);
      return at === -1 ? title.length : at;
    };
    const names = new NameIndex(this.text);
    // The counts list ties in the order they are first named, and the sort is stable.
    const counted = names.counts().sort((a, b) => b[1] - a[1] || titleRank(a[0]) - titleRank(b[0]));
    const places = countriesOfPlaces(names.within(0, this.text.length).places);
    this.ranked = [...this.placeHeading, ...counted.map(([e]) => e), ...places, ...title];
    return this.ranked;
  }

  /**
   * Add `first` (the places of what the figure refers back to), then the candidates, until `entities`
   * has `want` members; never one in `exclude`, nor one nested with a member (a region and its country).
   */
  fill(entities: Set<string>, want: number, exclude: ReadonlySet<string> = new Set(), first: readonly string[] = []): void {
    if (entities.size >= want) return;
    for (const c of [...first, ...this.candidates()]) {
      if (entities.size >= want) break;
      if (!exclude.has(c) && ![...entities].some((e) => nested(e, c))) entities.add(c);
    }
  }
}
