// Time each notebook's headless execution with the tslab kernel, run as `npm run notebooks -- --execute` runs it.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

export async function benchNotebooks(root, work) {
  const dir = join(root, "notebooks");
  const results = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort()) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(root, "scripts", "notebooks.mjs"), "--execute", "--output-dir", work, join(dir, name)], { stdio: "ignore" });
    results.push({ name, seconds: (performance.now() - t0) / 1000 });
  }
  return results;
}
