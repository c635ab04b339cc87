// Build step after `tsc`, two bundles made with esbuild, each written to a temporary file, then renamed into place:
// - dist/charts/engines.js (which re-exports vega and vega-lite) becomes one file of both, so that the report loads one
//   file instead of resolving a hundred-odd modules (see src/charts/engines.ts);
// - each command (dist/cli/report.js, dist/cli/figures.js) becomes one file of its own modules, so that it starts without
//   resolving some eighty of them (the packages it uses, the chart engines and the printing thread stay outside).
// The library's modules (dist/index.js and the rest) stay as tsc wrote them.
import { renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

/** Keep the chart engines out of a command's bundle: they are their own bundle, loaded on first use. */
const enginesOutside = {
  name: "engines-outside",
  setup(b) {
    b.onResolve({ filter: /\/charts\/engines\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function bundleInPlace(path, options, what) {
  const target = dist(path);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await build({ entryPoints: [target], outfile: tmp, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "warning", ...options });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    process.stderr.write(`build: could not bundle ${what} into ${target}: ${e.message}\n`);
    process.exit(1);
  }
}

await bundleInPlace("charts/engines.js", {}, "the chart engines");
for (const command of ["cli/report.js", "cli/figures.js"]) {
  await bundleInPlace(command, { packages: "external", plugins: [enginesOutside] }, `the command ${command}`);
}
