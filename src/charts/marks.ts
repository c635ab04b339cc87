/** The two chart shapes the briefing uses, as plain functions from options to a Vega-Lite spec. */
import type { TopLevelSpec } from "vega-lite";
import { CHART_CONFIG } from "./chart.js";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

export interface GroupedBarsOptions {
  title: string;
  subtitle?: string;
  width: number;
  height: number;
  values: Record<string, unknown>[];
  /** The category along the x axis, and its order. */
  x: { field: string; title: string; sort?: string[] };
  /** The series within each category (side by side, coloured), and its order. */
  series: { field: string; title: string | null; sort?: string[]; colors?: string[] };
  y: { field: string; title: string };
  /** Field holding the text printed above each bar. */
  label: string;
}

/** Bars side by side within each category, labelled above. */
export function groupedBars(o: GroupedBarsOptions): TopLevelSpec {
  return {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: o.subtitle ? { text: o.title, subtitle: o.subtitle } : { text: o.title },
    width: o.width,
    height: o.height,
    data: { values: o.values },
    encoding: {
      x: { field: o.x.field, type: "nominal", title: o.x.title, axis: { labelAngle: 0 }, ...(o.x.sort ? { sort: o.x.sort } : {}) },
      xOffset: { field: o.series.field, type: "nominal", ...(o.series.sort ? { sort: o.series.sort } : {}) },
      y: { field: o.y.field, type: "quantitative", title: o.y.title },
      color: {
        field: o.series.field,
        type: "nominal",
        title: o.series.title,
        ...(o.series.sort ? { sort: o.series.sort } : {}),
        ...(o.series.colors ? { scale: { range: o.series.colors } } : {}),
      },
    },
    layer: [{ mark: { type: "bar" } }, { mark: { type: "text", dy: -6 }, encoding: { text: { field: o.label } } }],
  };
}

export interface HorizontalBarsOptions {
  title: string;
  subtitle?: string;
  width: number;
  values: Record<string, unknown>[];
  /** The category down the y axis; bars are sorted by value, largest first. */
  category: string;
  value: { field: string; title: string };
  /** Colour bars by a field (with a legend), or all in one colour. */
  color?: { field: string; title: string; colors?: string[] };
  label: string;
}

/** One bar per category, longest first, labelled at its end. */
export function horizontalBars(o: HorizontalBarsOptions): TopLevelSpec {
  const order = [...o.values].sort((a, b) => Number(b[o.value.field]) - Number(a[o.value.field])).map((v) => String(v[o.category]));
  return {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: o.subtitle ? { text: o.title, subtitle: o.subtitle } : { text: o.title },
    width: o.width,
    height: { step: 32 },
    data: { values: o.values },
    encoding: {
      y: { field: o.category, type: "nominal", title: null, sort: order },
      x: { field: o.value.field, type: "quantitative", title: o.value.title },
      ...(o.color ? { color: { field: o.color.field, type: "nominal", title: o.color.title, ...(o.color.colors ? { scale: { range: o.color.colors } } : {}) } } : {}),
    },
    layer: [
      { mark: o.color ? { type: "bar" } : { type: "bar", color: "#2171b5" } },
      { mark: { type: "text", align: "left", dx: 4, color: "#222" }, encoding: { text: { field: o.label } } },
    ],
  };
}
