/**
 * Tables written as text, one row a line and cells between bars:
 *
 *     Country | Trade, $ bn | Change, %
 *     Kazakhstan | 41.0 | +32.0
 *
 * The header says what each column holds (its unit and scale, and whether it is a change); each
 * number in a row becomes a figure of its column, and a change qualifies the row's level.
 */
import { CURRENCY_WORDS, ISO_CODES } from "../lexicon/currencies.js";
import { DIGITS_SOURCE, parseDigits, scaled } from "./numbers.js";
import { newRawFigure, type RawFigure } from "./raw.js";

export interface Cell {
  text: string;
  /** Offsets of the trimmed cell text in its line. */
  start: number;
  end: number;
}

export interface TableColumn {
  /** The header's words. */
  label: string;
  unit: string;
  factor: number;
  /** A column of changes ("Change, %", "y/y, %"). */
  change: boolean;
}

/** Cells of a line with at least one bar; a leading and a trailing bar ("| a | b |") frame no cell. */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== "|") continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: from + lead, end: from + lead + text.length });
    from = i + 1;
  }
  if (cells.length > 0 && cells[0]!.text === "" && line.trimStart().startsWith("|")) cells.shift();
  if (cells.length > 0 && cells.at(-1)!.text === "" && line.trimEnd().endsWith("|")) cells.pop();
  return cells;
}

/** A ruling between header and rows: "|---|:---:|". */
export const isRuling = (line: string): boolean => /^[\s|:+-]+$/.test(line) && line.includes("-");

const SCALE_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:trillion|trln|trn)\b/i, 1e12],
  [/\b(?:billion|bln|bn)\b/i, 1e9],
  [/\b(?:million|mln|mn)\b/i, 1e6],
  [/\b(?:thousand|thsd|ths)\b|'000/i, 1e3],
];
/** Scales of one letter count only beside a currency ("$ m", "USD b"): "Depth, m" is metres. */
const MONEY_SCALE_LETTERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:\b|\$)b\b/i, 1e9],
  [/(?:\b|\$)m\b/i, 1e6],
  [/(?:\b|\$)k\b/i, 1e3],
];
const MEASURE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:tonnes?|tons?|t)\b/i, "t"],
  [/\bTEUs?\b/i, "TEU"],
  [/\bbcm\b|cubic\s+met(?:er|re)s?/i, "bcm"],
  [/\bkm\b|kilomet(?:er|re)s?/i, "km"],
  [/\bMW\b|megawatts?/i, "MW"],
  [/\bkWh\b/i, "kWh"],
];
const CHANGE_WORDS = /\b(?:change|growth|increase|y\/y|yoy|year-on-year|on\s+a\s+year)\b|[+±]/i;
const PERCENT = /%|\bper\s?cent\b|\bpercent\b/i;

/** What a header cell says its column holds. */
export function columnOf(label: string): TableColumn {
  const scale = SCALE_WORDS.find(([re]) => re.test(label))?.[1];
  if (PERCENT.test(label)) return { label, unit: "percent", factor: 1, change: CHANGE_WORDS.test(label) };
  const currency = currencyIn(label);
  if (currency) return { label, unit: currency, factor: scale ?? MONEY_SCALE_LETTERS.find(([re]) => re.test(label))?.[1] ?? 1, change: CHANGE_WORDS.test(label) };
  const measure = MEASURE_WORDS.find(([re]) => re.test(label))?.[1];
  return { label, unit: measure ?? "count", factor: scale ?? 1, change: CHANGE_WORDS.test(label) };
}

const SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₸": "KZT", "₽": "RUB" };

/** The currency a header names: a symbol ("$ bn"), an ISO code ("USD mln") or a name ("bn tenge"). */
function currencyIn(label: string): string | null {
  const symbol = /[$€£¥₸₽]/u.exec(label);
  if (symbol) return SYMBOLS[symbol[0]]!;
  for (const w of label.split(/[^\p{L}.]+/u)) {
    if (ISO_CODES.has(w)) return w;
    // Not "Sum" or "Won" as a header's word.
    const code = /^(?:sum|won)$/i.test(w) ? undefined : CURRENCY_WORDS[w.toLowerCase()];
    if (code) return code;
  }
  return null;
}

const NUMBER_CELL = new RegExp(`^([+\\-−]?)(${DIGITS_SOURCE})\\s*%?$`);

/** The longest header cell: a column's name, not a sentence. */
const HEADER_CELL_MAX = 60;
/** Header cells: words, and no number of their own. */
const headerCells = (cells: readonly Cell[]) => cells.length >= 2 && cells.some((c) => /\p{L}/u.test(c.text)) && cells.every((c) => c.text.length <= HEADER_CELL_MAX && !NUMBER_CELL.test(c.text));
/** A header: cells with words and no number of their own. */
export const isHeaderLine = (line: string): boolean => line.includes("|") && headerCells(splitCells(line));

/**
 * The columns of a table whose header is `line`, when `next` (the line after it, past a ruling) is a
 * row of as many cells; null when `line` opens no table.
 */
export function tableColumns(line: string, next: string): TableColumn[] | null {
  if (!line.includes("|") || !next.includes("|")) return null;
  const header = splitCells(line);
  const row = splitCells(next);
  if (!headerCells(header) || headerCells(row) || row.length !== header.length) return null;
  return header.map((c) => columnOf(c.text));
}

/** A row of a table with these columns: its label (first cell) and its figures; null when `line` is no such row. */
export function readRow(line: string, columns: readonly TableColumn[]): { label: string; figures: RawFigure[] } | null {
  if (!line.includes("|")) return null;
  const cells = splitCells(line);
  if (cells.length !== columns.length || headerCells(cells)) return null;
  return { label: cells[0]!.text, figures: cellFigures(cells, columns) };
}

/**
 * The figures of a row: one for each cell that holds only a number, in its column's unit; a change
 * qualifies the row's first level. Offsets are into the row.
 */
export function rowFigures(row: string, columns: readonly TableColumn[]): RawFigure[] {
  return cellFigures(splitCells(row), columns);
}

function cellFigures(cells: readonly Cell[], columns: readonly TableColumn[]): RawFigure[] {
  const out: RawFigure[] = [];
  let level: number | null = null;
  cells.forEach((cell, i) => {
    const column = columns[i];
    const m = NUMBER_CELL.exec(cell.text);
    if (!column || !m) return;
    const fig = newRawFigure(cell.start, cell.end, scaled(parseDigits(m[2]!), column.factor), column.unit);
    if (column.change) {
      fig.kindHint = "growth";
      fig.sign = m[1] === "-" || m[1] === "−" ? -1 : 1;
      fig.verbSign = fig.sign;
      fig.qualifiesIndex = level;
    } else {
      if (m[1] === "-" || m[1] === "−") fig.sign = -1;
      level ??= out.length;
    }
    out.push(fig);
  });
  return out;
}
