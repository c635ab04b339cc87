import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { BrowserNotFound, findBrowser } from "../../src/report/pdf.js";

/** Whether a process is still running (a zombie waiting to be reaped is not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const CLI = fileURLToPath(new URL("../../dist/cli/report.js", import.meta.url));

describe("finding the browser", () => {
  it("uses PUPPETEER_EXECUTABLE_PATH, and says so when it is wrong", () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath })).toBe(process.execPath);
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/no/chromium" })).toThrow(BrowserNotFound);
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/no/chromium" })).toThrow(/\/no\/chromium, which does not exist/);
  });

  it("fails the report with a clear message and leaves no PDF, whole or half", () => {
    const out = tempDir("nobrowser");
    const r = spawnSync(process.execPath, [CLI, "--out", join(out, "briefing.pdf")], { encoding: "utf8", env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: "/no/chromium" } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/report: failed: PUPPETEER_EXECUTABLE_PATH is set to \/no\/chromium/);
    expect(existsSync(join(out, "briefing.pdf"))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("npm run report, as a user runs it", () => {
  it("prints the PDF from its printing thread and says how long each stage took", () => {
    const out = tempDir("cli-report");
    const r = spawnSync(process.execPath, [CLI, "--out", join(out, "briefing.pdf")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const stage of ["read and extract", "charts", "consistency checks", "html", "pdf"]) expect(r.stdout).toMatch(new RegExp(`report: ${stage} +\\d+\\.\\d\\d s`));
    const info = execFileSync("pdfinfo", [join(out, "briefing.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(execFileSync("pdftotext", [join(out, "briefing.pdf"), "-"], { encoding: "utf8" })).toContain("13.7 million t");
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("goes on to the end when what reads its output stops reading (| head -1)", async () => {
    const out = tempDir("cli-report-pipe");
    const child = spawn(process.execPath, [CLI, "--no-pdf", "--out", join(out, "briefing.pdf")], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader goes away before the first line is written.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
    for (const f of ["briefing.html", "figures.csv", "facts.csv"]) expect(existsSync(join(out, f))).toBe(true);
  }, 40_000);

  it("stops, closing its browser, when nothing can be read, and says why", () => {
    const out = tempDir("cli-report");
    const missing = join(out, "no-such-folder");
    const r = spawnSync(process.execPath, [CLI, "--seeds", missing, "--out", join(out, "briefing.pdf")], { encoding: "utf8", timeout: 30_000 });
    expect(r.signal).toBeNull(); // it ended by itself: the printing thread and its browser did not keep it alive
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`report: failed: no document could be read from ${missing} (${missing}: folder not found)`);
    expect(readdirSync(out)).toEqual([]);
  }, 40_000);

  it("closes its browser when interrupted (the browser's thread cannot see signals)", async () => {
    const dir = tempDir("cli-interrupt");
    // A stand-in for Chromium that notes its process id, then becomes the real browser.
    const wrapper = join(dir, "chromium");
    writeFileSync(wrapper, `#!/bin/sh\necho $$ > "${join(dir, "pid")}"\nexec "${findBrowser()}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const child = spawn(process.execPath, [CLI, "--out", join(dir, "out", "briefing.pdf")], { env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: wrapper }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    while (!existsSync(join(dir, "pid"))) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(join(dir, "pid"), "utf8"));
    expect(running(pid)).toBe(true);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toContain("report: stopped by SIGINT");
    for (let i = 0; i < 50 && running(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(running(pid)).toBe(false);
    expect(existsSync(join(dir, "out", "briefing.pdf"))).toBe(false);
  }, 40_000);
});
