/** Human-readable quantities: "13.7 million t", "$3.7 billion", "KZT 321 billion", "+26%", "12-fold". */

import { grouped } from "./number.js";
import { ISO_CODES } from "../lexicon/currencies.js";
import { MONTH_NAMES } from "../lexicon/dates.js";

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

function trim(n: number, digits = 3): string {
  return grouped(Number(n.toPrecision(digits)), 6);
}

/** 13700000 → "13.7 million"; 7762 → "7,762"; 0.0019 → "0.0019". */
export function scaled(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) if (abs >= size) return `${trim(value / size)} ${word}`;
  return abs >= 1 ? Math.round(value * 100) / 100 === Math.round(value) ? grouped(Math.round(value)) : trim(value, 4) : trim(value, 3);
}

const UNIT_WORDS: Record<string, string> = { t: "t", km: "km", MW: "MW", kWh: "kWh", TEU: "TEU", bcm: "bcm", ha: "ha", bbl: "barrels", "km/h": "km/h" };

/** A value with its unit, as a reader writes it. */
export function quantity(value: number, unit: string, valueHigh: number | null = null): string {
  const v = valueHigh !== null ? `${scaled(value)}–${scaled(valueHigh)}` : scaled(value);
  if (unit === "USD") return `$${v}`;
  if (unit === "percent") return `${trim(value, 4)}%`;
  if (unit === "pp") return `${trim(value, 4)} pp`;
  if (unit === "fold") return `${trim(value, 4)}-fold`;
  if (unit === "rate") return trim(value, 4);
  if (unit === "count") return v;
  if (ISO_CODES.has(unit)) return `${unit} ${v}`;
  return `${v} ${UNIT_WORDS[unit] ?? unit}`;
}

/** A change with its sign: "+26%", "−4.5%", "+3 pp", "12-fold", and in an amount "+$1.4 billion", "−300,000 t". */
export function change(value: number, unit: string): string {
  if (unit === "fold") return `${trim(value, 4)}-fold`;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  if (unit === "percent") return `${sign}${trim(Math.abs(value), 4)}%`;
  if (unit === "pp") return `${sign}${trim(Math.abs(value), 4)} pp`;
  return `${sign}${quantity(Math.abs(value), unit)}`;
}

/** "≈", "≥", "≤" or "" for a qualifier. */
export function qualifierMark(q: string): string {
  return q === "approx" ? "≈" : q === "min" ? "≥" : q === "max" ? "≤" : "";
}

/** Entities as a frame row holds them ("China; Kazakhstan") as a reader writes them: "China–Kazakhstan". */
export function entitiesLabel(entities: string): string {
  return entities.split("; ").filter(Boolean).join("–");
}

/** A period as a reader writes it: "2023-H1" → "H1 2023", "2023-01/2023-04" → "Jan–Apr 2023". */
export function periodLabel(period: string | null): string {
  if (!period) return "period not stated";
  const months = MONTH_NAMES.map((m) => m.slice(0, 3));
  let m = /^(\d{4})-(H[12]|Q[1-4])$/.exec(period);
  if (m) return `${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (m) return m[1] === m[3] ? `${months[Number(m[2]) - 1]}–${months[Number(m[4]) - 1]} ${m[1]}` : `${months[Number(m[2]) - 1]} ${m[1]}–${months[Number(m[4]) - 1]} ${m[3]}`;
  m = /^(\d{4})\/(\d{4})$/.exec(period);
  if (m) return `${m[1]}–${m[2]}`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m) return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m) {
    const day = (y: string, mo: string, d: string, year: boolean) => `${Number(d)} ${months[Number(mo) - 1]}${year ? ` ${y}` : ""}`;
    return `${day(m[1]!, m[2]!, m[3]!, m[1] !== m[4])}–${day(m[4]!, m[5]!, m[6]!, true)}`;
  }
  return period;
}
