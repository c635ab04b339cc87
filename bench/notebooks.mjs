// Time each notebook's headless execution with the tslab kernel (jupyter-nbconvert), as a user would run it.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

export async function benchNotebooks(root, work) {
  const dir = join(root, "notebooks");
  const env = { ...process.env, JUPYTER_PATH: join(root, ".jupyter", "share", "jupyter") };
  const results = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort()) {
    const t0 = performance.now();
    execFileSync("jupyter-nbconvert", ["--to", "notebook", "--execute", "--output-dir", work, "--ExecutePreprocessor.kernel_name=tslab", join(dir, name)], { env, stdio: "ignore" });
    results.push({ name, seconds: (performance.now() - t0) / 1000 });
  }
  return results;
}
