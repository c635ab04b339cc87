// One extraction run over a folder in a fresh process: prints bytes, seconds, figures and peak memory as JSON.
import { streamFigures } from "../dist/corpus.js";

const dir = process.argv[2];
const t0 = performance.now();
let bytes = 0;
let figures = 0;
for await (const item of streamFigures(dir)) {
  if (item.type === "document") {
    bytes += item.summary.length;
    figures += item.figures.length;
  }
}
const seconds = (performance.now() - t0) / 1000;
// Live heap after a full collection: what the process still holds once the corpus has streamed through.
globalThis.gc?.();
const liveHeapMB = process.memoryUsage().heapUsed / 1e6;
process.stdout.write(JSON.stringify({ bytes, seconds, figures, maxRssMB: process.resourceUsage().maxRSS / 1024, liveHeapMB }) + "\n");
