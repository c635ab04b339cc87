/**
 * Print an HTML file to PDF with Puppeteer driving the system's Chromium. The page may load
 * only files inside its own folder; every other request is blocked, and scripts are off.
 */
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import type { Browser, Page, PuppeteerNode } from "puppeteer-core";
import { LAUNCH_ARGS, findBrowser } from "./browser.js";
import type { PrintResult, Printer } from "./printer.js";

export { BrowserNotFound, KNOWN_BROWSERS, LAUNCH_ARGS, findBrowser } from "./browser.js";
export type { PrintResult } from "./printer.js";

// Puppeteer's CommonJS build: it loads in about two thirds of the time of its ES module build (one
// file resolution each instead of the ESM loader's per-module work), and the printing thread loads it
// on the report's critical path, before Chromium can start.
const puppeteer = (createRequire(import.meta.url)("puppeteer-core") as { default: PuppeteerNode }).default;

async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Launch the browser (headless, with `LAUNCH_ARGS`), within `timeoutMs`. */
export async function launchBrowser(timeoutMs = 30_000, executablePath = findBrowser()): Promise<Browser> {
  return withTimeout("launching Chromium", timeoutMs, puppeteer.launch({ executablePath, headless: true, args: LAUNCH_ARGS, protocolTimeout: Math.max(timeoutMs, 60_000) }));
}

/**
 * A page that runs no scripts and may load only files under `root` (the folder of the HTML it
 * prints; nothing at all before that is known). What it tried to load elsewhere is in `blocked`.
 */
export interface GuardedPage {
  page: Page;
  root: string | null;
  blocked: string[];
}

/** Open a page for printing: scripts off, every request outside the printed file's folder blocked. */
export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  // The tab the browser opened at launch (about:blank) if it is there: opening a new one costs a round of process work.
  const blank = (await browser.pages()).find((p) => p.url() === "about:blank");
  const guarded: GuardedPage = { page: blank ?? (await browser.newPage()), root: null, blocked: [] };
  const { page, blocked } = guarded;
  page.on("request", (req) => {
    const url = req.url();
    let allowed = false;
    if (url.startsWith("file:")) {
      try {
        allowed = guarded.root !== null && resolve(fileURLToPath(url)).startsWith(guarded.root);
      } catch {
        allowed = false;
      }
    } else if (url.startsWith("data:")) allowed = true;
    if (allowed) void req.continue();
    else {
      blocked.push(url);
      void req.abort("blockedbyclient");
    }
  });
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]);
  return guarded;
}

/** Load `htmlFile` and print it to `pdfFile`; the page may load files from `htmlFile`'s folder only. */
export async function printGuardedPage(guarded: GuardedPage, htmlFile: string, pdfFile: string, printTimeoutMs = 60_000): Promise<PrintResult> {
  guarded.root = dirname(resolve(htmlFile)) + sep;
  await withTimeout("loading the briefing", printTimeoutMs, guarded.page.goto(pathToFileURL(resolve(htmlFile)).href, { waitUntil: "load" }));
  await withTimeout(
    "printing the PDF",
    printTimeoutMs,
    guarded.page.pdf({
      path: pdfFile,
      // A4 (exactly: CSS's own A4 comes out a fraction of a point narrow). Margins, the running
      // header and the page numbers come from the page's @page rules (margin boxes), which print
      // faster than header and footer templates.
      format: "A4",
      printBackground: true,
      outline: true,
      tagged: true,
      timeout: printTimeoutMs,
    }),
  );
  return { blocked: [...guarded.blocked] };
}

export interface PrintOptions {
  launchTimeoutMs?: number;
  printTimeoutMs?: number;
  executablePath?: string;
}

/** Launch a browser, print `htmlFile` to `pdfFile` (callers rename it into place), close the browser. */
export async function printPdf(htmlFile: string, pdfFile: string, options: PrintOptions = {}): Promise<PrintResult> {
  const browser = await launchBrowser(options.launchTimeoutMs ?? 30_000, options.executablePath ?? findBrowser());
  try {
    return await printGuardedPage(await openGuardedPage(browser), htmlFile, pdfFile, options.printTimeoutMs);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** A printer that launches a browser from this thread when asked to print (and closes it after). */
export function inThreadPrinter(launchTimeoutMs?: number): Printer {
  return {
    print: (htmlFile, pdfFile, printTimeoutMs) => printPdf(htmlFile, pdfFile, { launchTimeoutMs, printTimeoutMs }),
    close: async () => undefined,
  };
}

/**
 * The floor the report is measured against: launch the same browser and print a one-line page,
 * in the browser's first tab as the report does (opening another would make the floor slower).
 */
export async function printOneLine(pdfFile: string): Promise<void> {
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: LAUNCH_ARGS });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setContent("<p>One line.</p>");
    await page.pdf({ path: pdfFile, format: "A4" });
  } finally {
    await browser.close();
  }
}
