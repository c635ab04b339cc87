/** Every chart of the briefing, from the facts frame, in reading order. */
import type { Chart, FactsInput } from "./chart.js";
import { freightChart } from "./freight.js";
import { trainsChart } from "./trains.js";
import { commodityGrowthChart } from "./growth.js";
import { centralAsiaTradeChart, kazakhstanChinaTradeChart } from "./trade.js";
import { dealsChart } from "./deals.js";

export type { Chart, ChartTable, FactsInput } from "./chart.js";
export { preloadChartEngines, renderSvg } from "./render.js";
export { freightChart, freightPoints } from "./freight.js";
export { trainsChart } from "./trains.js";
export { commodityGrowthChart } from "./growth.js";
export { centralAsiaTradeChart, kazakhstanChinaTradeChart, tradeBetween } from "./trade.js";
export { dealsChart } from "./deals.js";

export interface BriefingCharts {
  freight: Chart | null;
  trains: Chart | null;
  growth: Chart | null;
  kazakhstanChina: Chart | null;
  centralAsia: Chart | null;
  deals: Chart | null;
}

export function briefingCharts(facts: FactsInput): BriefingCharts {
  return {
    freight: freightChart(facts),
    trains: trainsChart(facts),
    growth: commodityGrowthChart(facts),
    kazakhstanChina: kazakhstanChinaTradeChart(facts),
    centralAsia: centralAsiaTradeChart(facts),
    deals: dealsChart(facts),
  };
}
