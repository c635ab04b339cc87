// `npm run report` (the built CLI, as the user runs it after the build) against its floor: a command that
// launches the same browser and prints a one-line page. Both are whole commands in fresh processes,
// run five times each, alternating; the medians are reported.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(args) {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { stdio: "ignore" });
  return (performance.now() - t0) / 1000;
}

export async function benchReport(root, work) {
  const report = [];
  const floor = [];
  for (let i = 0; i < 5; i++) {
    report.push(timed([join(root, "dist", "cli", "report.js"), "--out", join(work, `report-${i}`, "briefing.pdf")]));
    floor.push(timed([join(root, "bench", "floor-once.mjs"), join(work, `floor-${i}.pdf`)]));
  }
  return { report: median(report), floor: median(floor) };
}
