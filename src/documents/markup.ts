/**
 * Markdown's emphasis around words and figures ("up **17%**", "_$1.4 billion_") is no part of them: the marks are read
 * as spaces, so the text keeps its length and every offset still points into the file.
 */

/** "**17%**", "__17%__": a strong pair on one line. Group 1: the mark; group 2: what it holds. */
const STRONG = /(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1/g;
/** "*17%*", "_17%_": a single pair, not inside a word ("snake_case", "5*3*2"). */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/** Whether a text may hold emphasis marks at all (a cheap test before the patterns run). */
export const mayHaveEmphasis = (text: string): boolean => text.includes("*") || text.includes("_");

/** The text with its emphasis marks turned into spaces (same length). */
export function maskEmphasis(text: string): string {
  if (!mayHaveEmphasis(text)) return text;
  return text
    .replace(STRONG, (_m, mark: string, inner: string) => " ".repeat(mark.length) + inner + " ".repeat(mark.length))
    .replace(EMPHASIS, (_m, _mark: string, inner: string) => ` ${inner} `);
}

/** A line that is one emphasised span ("**This week in numbers**", "*… · 20 November 2026*"): how long its opening mark is, else 0. */
export function wholeLineMark(line: string): number {
  if (!mayHaveEmphasis(line)) return 0;
  for (const re of [STRONG, EMPHASIS]) {
    re.lastIndex = 0;
    const m = re.exec(line);
    if (m && m.index === 0 && m[0].length === line.length) return m[1]!.length;
  }
  return 0;
}
