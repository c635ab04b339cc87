/** Countries, regions and places named in a span of text. */
import { ENTITY_PATTERN, PLACE_PATTERN, PLACES, canonicalEntity, canonicalPlace } from "../lexicon/places.js";
import type { Span } from "./clauses.js";

export interface Named {
  entities: string[];
  places: string[];
}

/** Entities in `text`, leaving out any `exclude` spans (offsets into `text`), e.g. the reporting source. */
export function namedIn(text: string, exclude: readonly Span[] = []): Named {
  const entities = new Set<string>();
  const places = new Set<string>();
  const keep = (i: number) => !exclude.some((s) => i >= s.start && i < s.end);
  for (const m of text.matchAll(ENTITY_PATTERN)) {
    if (!keep(m.index!)) continue;
    const e = canonicalEntity(m[0]);
    if (e) entities.add(e);
  }
  for (const m of text.matchAll(PLACE_PATTERN)) {
    if (!keep(m.index!)) continue;
    places.add(canonicalPlace(m[0]));
  }
  return { entities: [...entities].sort(), places: [...places].sort() };
}

/** Countries a place belongs to ("Khorgos" → China and Kazakhstan). */
export function countriesOfPlaces(places: readonly string[]): string[] {
  return places.flatMap((p) => PLACES[p] ?? PLACES[p.replace("'", "’")] ?? []);
}

/** Count entity mentions in `text`, most frequent first (ties by name), for a paragraph's focus. */
export function entityCounts(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ENTITY_PATTERN)) {
    const e = canonicalEntity(m[0]);
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
