// The peer: Microsoft Recognizers-Text (English currency, dimension and percentage recognisers), paragraph by
// paragraph over the same files, for a fixed time budget. Prints bytes read, seconds and entities found.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Recognizers from "@microsoft/recognizers-text-suite";

const { recognizeCurrency, recognizeDimension, recognizePercentage, Culture } = Recognizers;
const [dir, budget] = [process.argv[2], Number(process.argv[3] ?? 20)];
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
recognizeCurrency("warm up $5 million", Culture.English);
const t0 = performance.now();
let bytes = 0;
let found = 0;
const done = [];
outer: for (const f of files) {
  const text = readFileSync(join(dir, f), "utf8");
  for (const para of text.split("\n")) {
    found += recognizeCurrency(para, Culture.English).length;
    found += recognizeDimension(para, Culture.English).length;
    found += recognizePercentage(para, Culture.English).length;
    bytes += para.length + 1;
    if ((performance.now() - t0) / 1000 > budget) break outer;
  }
  done.push(f);
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ bytes, seconds, found, files: done }) + "\n");
