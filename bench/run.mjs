// `npm run bench`: figures side by side with their baselines, measured in the same run.
//   1. Extraction throughput on a >= 10 MB corpus built from the seeds, one core.
//   2. The same text through Microsoft Recognizers-Text (the peer), and the ratio.
//   3. Peak memory at two corpus sizes (documents are streamed, so it should stay flat).
//   4. `npm run report` against its floor: launching the same browser and printing a one-line page.
//   5. Each notebook's execution time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCorpus } from "./corpus.mjs";

const { values: args } = parseArgs({ options: { only: { type: "string" }, "peer-seconds": { type: "string" } } });
const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..");
const work = mkdtempSync(join(tmpdir(), "silkfigures-bench-"));
const node = (script, ...rest) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", join(here, script), ...rest], { encoding: "utf8", maxBuffer: 1 << 26 }));
const mb = (b) => b / 1e6;
const rows = [];
const verdicts = [];

try {
  if (!args.only || args.only === "extract") {
    const small = join(work, "corpus-10mb");
    const large = join(work, "corpus-40mb");
    buildCorpus(small, 10.5e6);
    buildCorpus(large, 40.5e6);
    const ours = node("extract-once.mjs", small);
    const oursLarge = node("extract-once.mjs", large);
    const peerSeconds = Number(args["peer-seconds"] ?? 20);
    const peer = node("peer-once.mjs", small, String(peerSeconds));
    // Our extractor on exactly the files the peer got through, for a same-text comparison.
    const same = join(work, "peer-sample");
    mkdirSync(same);
    for (const f of peer.files) copyFileSync(join(small, f), join(same, f));
    const oursSame = peer.files.length ? node("extract-once.mjs", same) : null;
    const ourRate = mb(ours.bytes) / ours.seconds;
    const peerRate = mb(peer.bytes) / peer.seconds;
    rows.push(["extraction, silkfigures", `${mb(ours.bytes).toFixed(1)} MB`, `${ours.seconds.toFixed(2)} s`, `${ourRate.toFixed(2)} MB/s`, `${ours.figures} figures`]);
    if (oursSame) rows.push(["  same files as the peer", `${mb(oursSame.bytes).toFixed(2)} MB`, `${oursSame.seconds.toFixed(3)} s`, `${(mb(oursSame.bytes) / oursSame.seconds).toFixed(2)} MB/s`, `${oursSame.figures} figures`]);
    rows.push(["extraction, Recognizers-Text (peer)", `${mb(peer.bytes).toFixed(2)} MB`, `${peer.seconds.toFixed(2)} s`, `${peerRate.toFixed(4)} MB/s`, `${peer.found} entities`]);
    rows.push(["  ratio silkfigures / peer", "", "", `${(ourRate / peerRate).toFixed(0)}x`, ""]);
    rows.push(["peak memory, 10 MB corpus", `${mb(ours.bytes).toFixed(1)} MB`, "", `${ours.maxRssMB.toFixed(0)} MB RSS`, `live heap after GC ${ours.liveHeapMB.toFixed(1)} MB`]);
    rows.push(["peak memory, 40 MB corpus", `${mb(oursLarge.bytes).toFixed(1)} MB`, `${oursLarge.seconds.toFixed(2)} s`, `${oursLarge.maxRssMB.toFixed(0)} MB RSS`, `live heap after GC ${oursLarge.liveHeapMB.toFixed(1)} MB; ${(mb(oursLarge.bytes) / oursLarge.seconds).toFixed(2)} MB/s`]);
    verdicts.push([">= 20 MB/s on one core", ourRate >= 20, `${ourRate.toFixed(2)} MB/s`]);
    verdicts.push([">= 100x the peer", ourRate / peerRate >= 100, `${(ourRate / peerRate).toFixed(0)}x`]);
    // Flat: the live heap after the corpus has streamed through does not grow with it, and peak RSS
    // (which also counts garbage the collector has not yet returned) grows far less than the corpus.
    const growth = oursLarge.maxRssMB / ours.maxRssMB;
    const live = oursLarge.liveHeapMB / ours.liveHeapMB;
    verdicts.push(["memory flat as the corpus grows 4x", live <= 1.1 && growth <= 1.5, `live heap x${live.toFixed(2)}, peak RSS x${growth.toFixed(2)}`]);
  }
  if (!args.only || args.only === "report") {
    const { benchReport } = await import("./report.mjs");
    const r = await benchReport(root, work);
    rows.push(["npm run report (whole command)", "", `${r.report.toFixed(2)} s`, "", ""]);
    rows.push(["  floor: launch browser + print one line", "", `${r.floor.toFixed(2)} s`, "", ""]);
    rows.push(["  ratio report / floor", "", "", `${(r.report / r.floor).toFixed(2)}x`, ""]);
    verdicts.push(["report <= 2x its floor", r.report / r.floor <= 2, `${(r.report / r.floor).toFixed(2)}x`]);
  }
  if (!args.only || args.only === "notebooks") {
    const { benchNotebooks } = await import("./notebooks.mjs");
    for (const nb of await benchNotebooks(root, work)) {
      rows.push([`notebook ${nb.name}`, "", `${nb.seconds.toFixed(2)} s`, "", ""]);
      verdicts.push([`${nb.name} < 10 s`, nb.seconds < 10, `${nb.seconds.toFixed(2)} s`]);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log("\nbenchmark".padEnd(widths[0] + 1), "size".padStart(widths[1]), "time".padStart(widths[2]), "rate / memory".padStart(widths[3]), " note");
for (const r of rows) console.log(r[0].padEnd(widths[0]), r[1].padStart(widths[1]), r[2].padStart(widths[2]), r[3].padStart(widths[3]), "", r[4]);
console.log("\ntargets");
for (const [name, ok, value] of verdicts) console.log(`  ${ok ? "met   " : "MISSED"}  ${name}: ${value}`);
