// Build step after `tsc`: replace dist/charts/engines.js (which re-exports vega and vega-lite) with a
// single-file bundle of both, so that the report loads one file instead of resolving a hundred-odd
// modules (see src/charts/engines.ts). Written to a temporary file, then renamed into place.
import { renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const target = fileURLToPath(new URL("../dist/charts/engines.js", import.meta.url));
const tmp = `${target}.${process.pid}.tmp`;
try {
  await build({
    entryPoints: [target],
    outfile: tmp,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  renameSync(tmp, target);
} catch (e) {
  rmSync(tmp, { force: true });
  process.stderr.write(`build: could not bundle the chart engines into ${target}: ${e.message}\n`);
  process.exit(1);
}
