/** Compile a Vega-Lite spec with vega-lite and render it to SVG with vega (no browser, no network). */
import { compile, type TopLevelSpec } from "vega-lite";
import { View, parse, loader } from "vega";
import { useFontMetrics } from "./measure.js";

/** A loader that refuses every URL: chart data is always inline. */
const noNetwork = loader();
noNetwork.load = async (uri: string) => {
  throw new Error(`chart tried to load ${uri}; charts use inline data only`);
};

let measured = false;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  if (!measured) measured = useFontMetrics() || true;
  const compiled = compile(spec).spec;
  const view = new View(parse(compiled), { renderer: "none", loader: noNetwork });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
