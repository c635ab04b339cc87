/**
 * Text measurement for chart layout from the font the charts are drawn in (DejaVu Sans):
 * advance widths read from the TrueType file's cmap and hmtx tables. Without this, vega
 * guesses widths from character counts and axis labels get cut short or overlap.
 */
import { existsSync, readFileSync } from "node:fs";

export const FONT_FILES = {
  regular: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
  bold: ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
};

export interface FontWidths {
  unitsPerEm: number;
  advance: Map<number, number>;
  /** Advance of glyph 0, used for characters the font lacks. */
  missing: number;
}

/** Read advance widths per code point from a TrueType font (cmap format 4, hmtx). */
export function readFontWidths(bytes: Uint8Array): FontWidths {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = v.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
    tables.set(tag, v.getUint32(at + 8));
  }
  const head = tables.get("head")!;
  const hhea = tables.get("hhea")!;
  const hmtx = tables.get("hmtx")!;
  const cmap = tables.get("cmap")!;
  const unitsPerEm = v.getUint16(head + 18);
  const metrics = v.getUint16(hhea + 34);
  const glyphAdvance = (g: number) => v.getUint16(hmtx + 4 * Math.min(g, metrics - 1));
  let sub = -1;
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = v.getUint16(rec);
    const encoding = v.getUint16(rec + 2);
    const offset = cmap + v.getUint32(rec + 4);
    if (v.getUint16(offset) === 4 && (platform === 3 && encoding === 1 || platform === 0)) sub = offset;
  }
  const advance = new Map<number, number>();
  if (sub >= 0) {
    const segX2 = v.getUint16(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = v.getUint16(ends + 2 * s);
      const start = v.getUint16(starts + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const rangeAt = ranges + 2 * s;
      const range = v.getUint16(rangeAt);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let g: number;
        if (range === 0) g = (c + delta) & 0xffff;
        else {
          const gi = v.getUint16(rangeAt + range + 2 * (c - start));
          g = gi === 0 ? 0 : (gi + delta) & 0xffff;
        }
        if (g !== 0) advance.set(c, glyphAdvance(g));
      }
    }
  }
  return { unitsPerEm, advance, missing: glyphAdvance(0) };
}

function load(paths: string[]): FontWidths | null {
  const path = paths.find((p) => existsSync(p));
  return path ? readFontWidths(readFileSync(path)) : null;
}

let fonts: { regular: FontWidths; bold: FontWidths } | null | undefined;

/** Width in pixels of `text` at `size`, as DejaVu Sans draws it; wide (CJK) characters take one em. */
export function textWidth(text: string, size: number, bold = false): number | null {
  if (fonts === undefined) {
    const regular = load(FONT_FILES.regular);
    fonts = regular ? { regular, bold: load(FONT_FILES.bold) ?? regular } : null;
  }
  if (!fonts) return null;
  const f = bold ? fonts.bold : fonts.regular;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const a = f.advance.get(cp);
    if (a !== undefined) units += a;
    else units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || cp > 0x1ffff ? f.unitsPerEm : f.missing;
  }
  return (units / f.unitsPerEm) * size;
}

/** Make vega lay out chart text with real font widths (once per process). */
export function useFontMetrics(vega: object): boolean {
  if (textWidth("x", 10) === null) return false;
  // vega exports textMetrics at run time; its type declarations do not list it.
  const metrics = (vega as unknown as { textMetrics: unknown }).textMetrics as { width: (item: { fontSize?: number; fontWeight?: string | number }, text: string) => number };
  metrics.width = (item, text) => {
    const weight = item.fontWeight;
    return textWidth(String(text ?? ""), item.fontSize ?? 11, weight === "bold" || (typeof weight === "number" && weight >= 600)) ?? 0;
  };
  return true;
}
