/** Turn a file's bytes into text, or say precisely why not. */

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; problem: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decode UTF-8 (a byte-order mark is kept as U+FEFF so offsets count it).
 * Refuses binary files (a NUL byte) and text that is not UTF-8.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `binary file (NUL byte at offset ${nul}); expected UTF-8 text` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, problem: `not valid UTF-8 (bad byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at}); save the file as UTF-8` };
  }
  return { ok: true, text, bom: text.charCodeAt(0) === 0xfeff };
}

/** An HTML character reference: "&nbsp;", "&ndash;", "&#8211;". */
const HTML_ENTITY = /&(?:[a-z]{2,8}\d?|#\d{2,6}|#x[0-9a-f]{2,5});/gi;

/**
 * The HTML character references a text holds (the first three kinds found): a page's source saved as text, in which
 * "US$&nbsp;12.4&nbsp;billion" or "January&ndash;October" is not what it says.
 */
export function htmlEntities(text: string): string[] {
  if (!text.includes("&")) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(HTML_ENTITY)) {
    found.add(m[0].toLowerCase());
    if (found.size === 3) break;
  }
  return [...found];
}
