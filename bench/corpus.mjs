// Build a benchmark corpus of at least `bytes` from the bundled seeds (many article files, as a user's folder would hold).
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEEDS = fileURLToPath(new URL("../seeds", import.meta.url));

export function buildCorpus(dir, bytes) {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
  let total = 0;
  for (let copy = 0; total < bytes; copy++) {
    for (const f of seeds) {
      copyFileSync(join(SEEDS, f), join(dir, `${String(copy).padStart(5, "0")}_${f}`));
      total += statSync(join(SEEDS, f)).size;
    }
  }
  return total;
}
