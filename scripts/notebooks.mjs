#!/usr/bin/env node
// `npm run notebooks`: Jupyter Notebook on notebooks/ with this project's tslab kernel.
// `npm run notebooks -- --execute [name…]`: run notebooks in place (headless), so their stored outputs are current;
// with `--output-dir DIR` the executed copies go to DIR instead (the tests and the benchmark run them this way).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const jupyterPath = join(root, ".jupyter", "share", "jupyter");
const { values, positionals } = parseArgs({ options: { execute: { type: "boolean" }, "output-dir": { type: "string" } }, allowPositionals: true, strict: false });

if (!existsSync(join(jupyterPath, "kernels", "tslab", "kernel.json"))) {
  process.stderr.write("notebooks: the tslab kernel is not registered; run `npm run setup` first\n");
  process.exit(1);
}
const env = { ...process.env, JUPYTER_PATH: jupyterPath };
if (values.execute) {
  const names = positionals.length ? positionals : readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort();
  for (const name of names) {
    const path = name.includes("/") ? name : join(root, "notebooks", name);
    process.stdout.write(`notebooks: executing ${path}\n`);
    const where = values["output-dir"] ? ["--output-dir", String(values["output-dir"])] : ["--inplace"];
    const r = spawnSync("jupyter-nbconvert", ["--to", "notebook", "--execute", ...where, "--ExecutePreprocessor.kernel_name=tslab", "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.record_timing=False", path], { stdio: "inherit", env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
} else {
  // Extra arguments (--port, --no-browser, …) go to Jupyter; as root it needs --allow-root.
  const extra = process.argv.slice(2).filter((a) => a !== "--execute");
  const asRoot = process.getuid?.() === 0 ? ["--allow-root"] : [];
  const r = spawnSync("jupyter-notebook", ["--notebook-dir", join(root, "notebooks"), ...asRoot, ...extra], { stdio: "inherit", env });
  process.exit(r.status ?? 0);
}
