/**
 * The chart engines, vega and vega-lite, as one module. `npm run build` replaces its compiled
 * form with a single-file bundle of both (scripts/bundle.mjs): loading one file takes about
 * a third of the time of resolving and loading their hundred-odd modules one by one, and the report
 * waits for it. Without the bundle (a plain `tsc` build) this module re-exports the packages.
 */
export * as vega from "vega";
export * as vegaLite from "vega-lite";
