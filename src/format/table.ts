/** A plain-text table for the terminal. */
import { grouped } from "./number.js";

export function toTable(rows: readonly Record<string, unknown>[], columns: readonly string[], maxWidth = 40): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : typeof v === "number" ? formatNumber(v) : String(v);
    const flat = s.replace(/\s+/g, " ");
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line([...columns]), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

/** 13700000 → "13,700,000"; 0.0019 → "0.0019". */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  if (Number.isInteger(v)) return grouped(v);
  return grouped(Number(v.toPrecision(10)), 6);
}
