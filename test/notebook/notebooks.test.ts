/** Every notebook runs headless with the tslab kernel, shows charts and tables, and reproduces its stored outputs. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOTEBOOKS = join(ROOT, "notebooks");
const JUPYTER_PATH = join(ROOT, ".jupyter", "share", "jupyter");
const ANALYSIS = ["freight.ipynb", "trade.ipynb", "deals.ipynb"];

interface Output { output_type: string; data?: Record<string, unknown>; ename?: string; evalue?: string; text?: string[] }
interface Notebook { cells: { cell_type: string; outputs?: Output[] }[] }

/** Run a notebook as `npm run notebooks -- --execute` does, into a temporary folder. */
function execute(name: string): Notebook {
  const out = tempDir("nb");
  execFileSync(process.execPath, [join(ROOT, "scripts", "notebooks.mjs"), "--execute", "--output-dir", out, join(NOTEBOOKS, name)], { stdio: ["ignore", "ignore", "pipe"] });
  return JSON.parse(readFileSync(join(out, name), "utf8")) as Notebook;
}

const outputs = (nb: Notebook) => nb.cells.flatMap((c) => c.outputs ?? []);

describe("notebooks", () => {
  it("has the tslab kernel registered by npm run setup", () => {
    expect(existsSync(join(JUPYTER_PATH, "kernels", "tslab", "kernel.json")), "run `npm run setup` to register the kernel").toBe(true);
  });

  const names = readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort();
  it("ships the four notebooks", () => {
    expect(names).toEqual(["deals.ipynb", "freight.ipynb", "source-audit.ipynb", "trade.ipynb"]);
  });

  for (const name of names) {
    it(`${name} runs without errors and reproduces its stored outputs`, () => {
      const nb = execute(name);
      const errors = outputs(nb).filter((o) => o.output_type === "error" || (o.output_type === "stream" && (o as { name?: string }).name === "stderr"));
      expect(errors.map((o) => `${o.ename ?? ""} ${o.evalue ?? o.text?.join("") ?? ""}`)).toEqual([]);
      const html = outputs(nb).filter((o) => o.data?.["text/html"]);
      expect(html.length).toBeGreaterThanOrEqual(1);
      expect(String(html[0]!.data!["text/html"])).toMatch(/^<table/);
      if (ANALYSIS.includes(name)) {
        const svg = outputs(nb).filter((o) => o.data?.["image/svg+xml"]);
        expect(svg.length).toBeGreaterThanOrEqual(1);
        expect(String(svg[0]!.data!["image/svg+xml"])).toMatch(/<svg[^>]*>/);
        expect(svg[0]!.data!["application/vnd.vegalite.v5+json"]).toBeTruthy();
      }
      const stored = JSON.parse(readFileSync(join(NOTEBOOKS, name), "utf8")) as Notebook;
      expect(outputs(nb)).toEqual(outputs(stored));
    }, 120_000);
  }
});
