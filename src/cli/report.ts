#!/usr/bin/env node
/** `npm run report -- [--seeds DIR] [--out FILE]`: the PDF briefing, with HTML, SVG and CSV beside it. */
import "./compile-regexps.js";
import { constants } from "node:os";
import { parseCli } from "./args.js";
import { startPrinter, type Printer } from "../report/printer.js";
import { progressWriter, reportIssues } from "./issues.js";

const USAGE = `Usage: npm run report -- [--seeds DIR] [--out FILE] [--no-pdf] [--timeout-ms N]

  --seeds DIR      folder of *.txt articles (default: the bundled seeds/)
  --out FILE       the PDF to write (default: reports/briefing.pdf); briefing.html, the charts
                   as SVG, figures.csv and facts.csv are written beside it
  --no-pdf         write HTML, SVG and CSV only
  --timeout-ms N   time limit for launching Chromium and for printing (default 60000)
`;

async function main(): Promise<number> {
  const parsed = parseCli("report", USAGE, {
    seeds: { type: "string" },
    out: { type: "string" },
    "no-pdf": { type: "boolean" },
    "timeout-ms": { type: "string" },
  });
  if ("exit" in parsed) return parsed.exit;
  const args = parsed.values;
  const timeout = args["timeout-ms"] === undefined ? 60_000 : Number(args["timeout-ms"]);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    process.stderr.write("report: --timeout-ms must be a positive number\n");
    return 2;
  }
  const t0 = performance.now();
  const say = progressWriter();
  let printer: Printer | undefined;
  // Interrupted: close the browser first (its thread cannot see signals), then stop.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      process.stderr.write(`report: stopped by ${signal}\n`);
      void (printer?.close() ?? Promise.resolve()).finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
  try {
    // Chromium starts now, driven from its own thread, while the pipeline below loads and runs.
    printer = args["no-pdf"] ? undefined : startPrinter(timeout);
    const { buildReport } = await import("../report/build.js");
    const result = await buildReport({
      printer,
      seeds: args.seeds,
      out: args.out,
      noPdf: args["no-pdf"],
      launchTimeoutMs: timeout,
      printTimeoutMs: timeout,
      onStage: (name, ms, detail) => say(`report: ${name.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(6)} s${detail ? `  ${detail}` : ""}\n`),
    });
    reportIssues("report", result.corpus.issues);
    for (const url of result.blocked) process.stderr.write(`report: blocked a request outside the report folder: ${url}\n`);
    say(`report: done in ${((performance.now() - t0) / 1000).toFixed(2)} s\n${result.files.map((f) => `  ${f}`).join("\n")}\n`);
    return 0;
  } catch (e) {
    await printer?.close();
    process.stderr.write(`report: failed: ${(e as Error).message}\n`);
    return 1;
  }
}

main().then((code) => (process.exitCode = code));
