// `npm run report` (the built CLI, as the user runs it after the build) against its floor: launching the
// same browser and printing a one-line page. Each is run three times; the median is reported.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchReport(root, work) {
  const { printOneLine } = await import(join(root, "dist", "report", "pdf.js"));
  const report = [];
  const floor = [];
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    execFileSync(process.execPath, [join(root, "dist", "cli", "report.js"), "--out", join(work, `report-${i}`, "briefing.pdf")], { stdio: "ignore" });
    report.push((performance.now() - t0) / 1000);
    t0 = performance.now();
    await printOneLine(join(work, `floor-${i}.pdf`));
    floor.push((performance.now() - t0) / 1000);
  }
  return { report: median(report), floor: median(floor) };
}
