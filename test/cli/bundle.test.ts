/** The commands as `npm run build` leaves them: one file each, which still finds the bundled seeds and its helpers. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultSeedsDir } from "../../src/corpus.js";

const dist = (path: string) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));

describe("the bundled commands", () => {
  it("import none of the project's modules but the chart engines, loaded on first use", () => {
    for (const command of ["cli/report.js", "cli/figures.js"]) {
      const code = readFileSync(dist(command), "utf8");
      const relative = [...code.matchAll(/(?:from\s+|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
      expect(relative.filter((r) => r !== "../charts/engines.js"), command).toEqual([]);
    }
  });

  it("read the bundled seeds by default, from dist/cli/ as from src/", () => {
    const out = execFileSync(process.execPath, [dist("cli/figures.js"), "--format", "jsonl"], { encoding: "utf8" });
    const docs = new Set(out.trim().split("\n").map((l) => (JSON.parse(l) as { doc: string }).doc));
    expect([...docs].sort()).toEqual(["000_568bb0cfe192dbb6.txt", "001_0caba28971292b82.txt", "002_cf4a9472b7ee1f11.txt", "003_4b8bc35e4223c506.txt", "004_e87096323aaccf94.txt"]);
    expect(defaultSeedsDir()).toBe(fileURLToPath(new URL("../../seeds", import.meta.url)));
  });
});
