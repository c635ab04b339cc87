/**
 * Tables written as text, one row a line and cells between bars (or tabs, as a spreadsheet pastes
 * them, or runs of spaces, as text copied from a PDF keeps its columns, or a comma and a space, as a CSV file's lines):
 *
 *     Country | Trade, $ bn | Change, %
 *     Kazakhstan | 41.0 | +32.0
 *
 * The header says what each column holds (its unit and scale, whether it is a change, which way
 * goods flow); each number in a row becomes a figure of its column, and a change qualifies the
 * row's level. A column headed "Year" holds the rows' periods, not figures. A header whose cells are
 * periods ("Indicator | 2023 | 2024") dates its columns, and each row's label gives the unit
 * ("Freight by rail, mln t | 6.2 | 7.9").
 */
import { CURRENCY_WORDS, ISO_CODES } from "../lexicon/currencies.js";
import { DIGITS_SOURCE, parseDigits, scaled } from "./numbers.js";
import { newRawFigure, type RawFigure } from "./raw.js";
import { scanSentence } from "./scan.js";

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
  /** A column of the rows' periods ("Year", "Period"): its cells are no figures. */
  time: boolean;
  /** The header cell is a period ("2023", "H1 2024"): the column's figures are of it, in the unit its row's label names. */
  period: boolean;
  /** The way goods flow, when the header says ("Exports, $ bn"). */
  flow: "export" | "import" | null;
  /** The header marks its period's figures as forecasts ("2026F"). */
  forecast: boolean;
}

/** Two spaces or more between words: the columns of a table copied from a PDF ("Kazakhstan     41.0     43.8"). */
const SPACED = /\S {2,}\S/;
/**
 * Values pasted from a CSV file, a comma and a space between them: "Month, Exports to China, Imports from China", then
 * "January, 12.4, 1,310.2". Three cells or more, each of a few words, and no sentence's end.
 */
const isCsvLine = (line: string): boolean => {
  if (!line.includes(", ") || /[.!?;:]$/.test(line)) return false;
  const cells = line.split(", ").map((c) => c.trim());
  if (cells.length < 3 || !cells.every((c) => c.length > 0 && c.length <= 40 && c.split(/\s+/).length <= 4)) return false;
  // A header of words, or a row of a label and numbers: not "Financing: China 51%, Kyrgyzstan 24.5%, Uzbekistan 24.5%".
  return cells.every((c) => !/\d/.test(c)) || cells.slice(1).every((c) => CSV_NUMBER.test(c));
};
const CSV_NUMBER = /^[+\-−]?\d[\d.,]*%?$/;
/** What stands between cells: a bar, else a tab, else a run of two spaces or more, else a comma and a space in a line of values. */
const separatorOf = (line: string): "|" | "\t" | "  " | ", " | null =>
  line.includes("|") ? "|" : line.includes("\t") ? "\t" : line.includes("  ") && SPACED.test(line) ? "  " : isCsvLine(line) ? ", " : null;
/** Whether a line is split into cells (by bars, tabs or runs of spaces). */
export const hasCells = (line: string): boolean => separatorOf(line) !== null;

/** Cells of a line with at least one bar, tab or run of spaces; a leading and a trailing bar ("| a | b |") frame no cell. */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  const sep = separatorOf(line);
  if (sep === null) return cells;
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: from + lead, end: from + lead + text.length });
  };
  if (sep === "  " || sep === ", ") {
    let from = 0;
    for (const m of line.matchAll(sep === "  " ? / {2,}/g : /, /g)) {
      push(from, m.index!);
      from = m.index! + m[0].length;
    }
    push(from, line.length);
    return cells.filter((c) => c.text !== "");
  }
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== sep) continue;
    push(from, i);
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
  [/\b(?:thousand|thous|thou|thsd|ths)\b|'000/i, 1e3],
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
/** A header naming the column of the rows' periods. */
const TIME_HEADER = /^(?:years?|periods?|months?|quarters?|dates?)$/i;
/**
 * A header cell that is a period: a year ("2023"), a split year ("2023/24"), a half, quarter or
 * months of a year ("H1 2024", "Q3 2023", "9M 2024", "Jan-Jun 2024").
 */
const PERIOD_CELL = /^(?:(?:H[12]|[12]H|Q[1-4]|[1-4]Q|\d{1,2}M|\p{Lu}\p{Ll}{2,8}\.?\s*[-–]\s*\p{Lu}\p{Ll}{2,8}\.?)\s+)?(?:1[89]|20)\d\d(?:\s*\/\s*(?:\d\d|\d{4}))?(?:[FEP]|\s*\((?:f|e|p|forecast|est\.?|estimate|prelim\.?)\))?$/iu;
/**
 * A period cell's mark that its figures are forecasts ("2026F", "2027 (forecast)"), as research notes write them;
 * "E" (estimate) and "P" (preliminary) mark outcomes still to be confirmed.
 */
const FORECAST_MARK = /(?<=\d)(?:F|\s*\((?:f|forecast)\))$/i;
const PERIOD_MARK = /(?<=\d)(?:[FEP]|\s*\([^)]*\))$/i;
/** A period cell's words without its mark: "2026F" → "2026". */
export const periodWords = (label: string): string => label.replace(PERIOD_MARK, "");
/** A footnote's mark after a header: "2024*" (preliminary), "Trade, $ bn¹". */
const FOOTNOTE_MARK = /\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u;
export const isPeriodCell = (text: string): boolean => PERIOD_CELL.test(text.replace(FOOTNOTE_MARK, ""));
const EXPORTS = /\bexports?\b/i;
const IMPORTS = /\bimports?\b/i;

/** What a header cell says its column holds. */
export function columnOf(cell: string): TableColumn {
  const label = cell.replace(FOOTNOTE_MARK, "");
  const scale = SCALE_WORDS.find(([re]) => re.test(label))?.[1];
  const change = CHANGE_WORDS.test(label);
  const ex = EXPORTS.test(label);
  const im = IMPORTS.test(label);
  const flow = ex && !im ? "export" : im && !ex ? "import" : null;
  const period = isPeriodCell(label) || periodWithUnit(label);
  const column = { label, change, time: TIME_HEADER.test(label), period, flow, forecast: period && FORECAST_MARK.test(label) } as const;
  if (PERCENT.test(label)) return { ...column, unit: "percent", factor: 1 };
  const currency = currencyIn(label);
  if (currency) return { ...column, unit: currency, factor: scale ?? MONEY_SCALE_LETTERS.find(([re]) => re.test(label))?.[1] ?? 1 };
  const measure = MEASURE_WORDS.find(([re]) => re.test(label))?.[1];
  return { ...column, unit: measure ?? "count", factor: scale ?? 1 };
}

/** A unit in brackets at a header's end: "Q3 2026 (TEU)", "2025 ($ bn)". Group 1: what the brackets hold. */
const BRACKETED_END = /\s*\(([^()]{1,20})\)$/;
/** Whether a header is a period with its column's unit, or what it counts, in brackets after it: "Q3 2026 (TEU)". */
function periodWithUnit(label: string): boolean {
  const m = BRACKETED_END.exec(label);
  if (!m || !isPeriodCell(label.slice(0, m.index))) return false;
  const inner = m[1]!;
  // Or what its figures count: "H1 2026 (trucks)".
  return currencyIn(inner) !== null || PERCENT.test(inner) || MEASURE_WORDS.some(([re]) => re.test(inner)) || /^\p{L}[\p{L} -]*[^s\W]s$/u.test(inner.trim());
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

/** A cell that is a number: signed, or in brackets as accounts write a negative one ("(11.9)"). Groups: the sign, the digits, bracketed digits. */
const NUMBER_CELL = new RegExp(`^(?:([+\\-−]?)(${DIGITS_SOURCE})|\\((${DIGITS_SOURCE})\\))\\s*%?$`);

/** The longest header cell: a column's name, not a sentence. */
const HEADER_CELL_MAX = 60;
/** Header cells: words, and no number of their own but periods ("Indicator | 2023 | 2024"). */
const headerCells = (cells: readonly Cell[]) =>
  cells.length >= 2 && cells.some((c) => /\p{L}/u.test(c.text) && !isPeriodCell(c.text)) &&
  cells.every((c) => c.text.length <= HEADER_CELL_MAX && (!NUMBER_CELL.test(c.text) || isPeriodCell(c.text)));
/** A header: cells with words and no number of their own. */
export const isHeaderLine = (line: string): boolean => hasCells(line) && headerCells(splitCells(line));

/**
 * The columns of a table whose header is `line`, when `next` (the line after it, past a ruling) is a
 * row of as many cells; null when `line` opens no table.
 */
export function tableColumns(line: string, next: string): TableColumn[] | null {
  const sep = separatorOf(line);
  if (sep === null || separatorOf(next) !== sep) return null;
  const header = splitCells(line);
  const row = splitCells(next);
  if (!headerCells(header) || headerCells(row) || row.length !== header.length) return null;
  return header.map((c) => columnOf(c.text));
}

/** Whether a header's words name a unit or a scale. */
export const hasUnit = (c: TableColumn): boolean => c.unit !== "count" || c.factor !== 1;

/** A note that gives a table's unit: "Values in US$ billion.", "Figures in million tonnes; F = forecast". Group 1: the unit. */
const UNIT_NOTE = /^(?:(?:all\s+)?(?:values?|figures?|data|amounts?|numbers?)\s+(?:are\s+)?)?in\s+([^.;:]{2,40})(?:[.;:]|$)/i;
/** The unit a note under a table gives, if it gives one. */
export function unitNote(line: string): TableColumn | null {
  const note = UNIT_NOTE.exec(line);
  const column = note ? columnOf(note[1]!) : null;
  return column && hasUnit(column) ? column : null;
}

/** What a row's label says it measures, without the unit it names: "Freight by rail, mln t" → "Freight by rail". */
export function labelSubject(label: string): string {
  const comma = label.lastIndexOf(",");
  if (comma <= 0) return label;
  const tail = columnOf(label.slice(comma + 1));
  return tail.unit !== "count" || tail.factor !== 1 ? label.slice(0, comma).trim() : label;
}

/** A row's figures and, for each, the column it stands in. */
export interface TableRow {
  /** The first cell: what the row measures or whom it is about. */
  label: string;
  figures: RawFigure[];
  columns: TableColumn[];
}

/**
 * A row of a table with these columns: its label (first cell) and its figures; null when `line` is no
 * such row. `caption`: what the table's caption says of its unit ("China's trade with Central Asia, USD
 * billion"), for rows under period headers whose label names none.
 */
export function readRow(line: string, columns: readonly TableColumn[], caption: TableColumn | null = null): TableRow | null {
  if (!hasCells(line)) return null;
  const cells = splitCells(line);
  if (cells.length !== columns.length || headerCells(cells)) return null;
  const label = cells[0]!.text;
  // Under periods, a row's label names its unit ("Freight by rail, mln t | 6.2 | 7.9"), else the caption does ("Kazakhstan | 41.0 | 43.8").
  const own = columns.some((c) => c.period) ? columnOf(label) : null;
  const named = own && !hasUnit(own) && caption && hasUnit(caption) ? caption : own;
  // A period header that names its own unit ("Q3 2026 (TEU)") keeps it.
  // A column that names no unit of its own takes the caption's: "Exports to China" under "… by month, 2026 (USD million)".
  const read = cellFigures(
    cells,
    columns.map((c) =>
      c.period && named && !hasUnit(c)
        ? { ...named, label: c.label, period: true, time: false, forecast: c.forecast }
        : !c.period && !c.time && !c.change && !hasUnit(c) && caption && hasUnit(caption)
          ? { ...c, unit: caption.unit, factor: caption.factor }
          : c,
    ),
  );
  return { label, figures: read.map((r) => r.figure), columns: read.map((r) => r.column) };
}

/**
 * The figures of a row: one for each cell that holds only a number, in its column's unit; a change
 * qualifies the row's first level, or under periods its latest. Offsets are into the row.
 */
export function rowFigures(row: string, columns: readonly TableColumn[]): RawFigure[] {
  return cellFigures(splitCells(row), columns).map((r) => r.figure);
}

/** Emphasis around a cell's text, as Markdown writes it: "**43.8**". Group 2: the text. */
const EMPHASIS = /^(\*{1,2}|_{1,2})(.+)\1$/;

/** A cell that writes its own unit ("$43.8 bn", "1.2 mln t"): its one figure, with offsets into the cell's line. */
function ownUnitFigure(text: string, start: number): RawFigure | null {
  const scan = scanSentence(text);
  const fig = scan.figures.length === 1 ? scan.figures[0]! : null;
  if (!fig || fig.start !== 0 || fig.end < text.length - 1) return null;
  return { ...fig, start: fig.start + start, end: fig.end + start, qualifiesIndex: null, conversionOfIndex: null, comparedIndex: null };
}

/** A period header's order: its last year, then its words ("Q2 2026" before "Q3 2026", both after "Q3 2025"). */
const periodKey = (label: string): string => `${label.match(/(?:1[89]|20)\d\d/g)?.at(-1) ?? "0000"}|${label}`;

function cellFigures(cells: readonly Cell[], columns: readonly TableColumn[]): { figure: RawFigure; column: TableColumn }[] {
  const out: RawFigure[] = [];
  const from: TableColumn[] = [];
  let level: number | null = null;
  let levelKey: string | null = null;
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!column || column.time) return;
    const em = EMPHASIS.exec(cell.text);
    const text = em ? em[2]! : cell.text;
    const start = em ? cell.start + em[1]!.length : cell.start;
    const m = NUMBER_CELL.exec(text);
    if (!m) {
      const own = i > 0 && !column.change ? ownUnitFigure(text, start) : null;
      if (own && own.kindHint === null) {
        level ??= out.length;
        out.push(own);
        from.push(column);
      }
      return;
    }
    // A cell written with "%" is a percent whatever its header says ("Change | +24.2%").
    const percent = text.endsWith("%");
    const digits = m[2] ?? m[3]!;
    const negative = m[1] === "-" || m[1] === "−" || m[3] !== undefined;
    const fig = newRawFigure(start, start + text.length, percent ? parseDigits(digits) : scaled(parseDigits(digits), column.factor), percent ? "percent" : column.unit);
    if (column.change) {
      fig.kindHint = "growth";
      fig.sign = negative ? -1 : 1;
      fig.verbSign = fig.sign;
      fig.qualifiesIndex = level;
    } else {
      if (negative) fig.sign = -1;
      // Under periods, a change is to the latest: "2023 | 2024 | Change, %", and "Q3 2026 (TEU) | Q3 2025 (TEU) | Change".
      if (column.period) {
        const key = periodKey(column.label);
        if (level === null || levelKey === null || key > levelKey) {
          level = out.length;
          levelKey = key;
        }
      } else level ??= out.length;
    }
    out.push(fig);
    from.push(column);
  });
  return out.map((figure, i) => ({ figure, column: from[i]! }));
}

/** A unit a list's opening gives at its end, in brackets or after a comma: "(stock, $ billion):", ", US$ bn:". */
const OPENING_UNIT = /(?:\(([^()]{1,30})\)|,\s*([^,()]{1,20}))\s*:?\s*$/;
/** The unit and scale a list's opening gives its lines, if it gives one. */
export function openingUnit(opening: string): TableColumn | null {
  const m = OPENING_UNIT.exec(opening);
  if (!m) return null;
  const column = columnOf(m[1] ?? m[2]!);
  return hasUnit(column) ? column : null;
}
