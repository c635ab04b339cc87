/**
 * Compile a Vega-Lite spec with vega-lite and render it to SVG with vega (no browser, no network).
 * vega is loaded on first use (from `engines.ts`): its node build has a top-level await, and loading
 * it lazily keeps this package loadable through require() (as the tslab kernel loads it).
 */
import type { TopLevelSpec } from "vega-lite";
import { useFontMetrics } from "./measure.js";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");
let engines: Promise<{ vega: Vega; vegaLite: VegaLite }> | null = null;

function load(): Promise<{ vega: Vega; vegaLite: VegaLite }> {
  // (Written from the folder above, so that it resolves from a command bundled into dist/cli/ too.)
  engines ??= import("../charts/engines.js").then(({ vega, vegaLite }) => {
    useFontMetrics(vega);
    return { vega, vegaLite };
  });
  return engines;
}

/**
 * Start loading vega and vega-lite now, so that their many modules are read while other work runs
 * (the report calls this before it reads the corpus). A failure surfaces at the first `renderSvg`.
 */
export function preloadChartEngines(): void {
  load().catch(() => undefined);
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, vegaLite } = await load();
  // A loader that refuses every URL: chart data is always inline.
  const noNetwork = vega.loader();
  noNetwork.load = async (uri: string) => {
    throw new Error(`chart tried to load ${uri}; charts use inline data only`);
  };
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none", loader: noNetwork });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
