/**
 * Print an HTML file to PDF with Puppeteer driving the system's Chromium. The page may load
 * only files inside its own folder; every other request is blocked, and scripts are off.
 */
import { existsSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer, { type Browser } from "puppeteer-core";
import { escapeHtml } from "./escape.js";

export const KNOWN_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

export const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

export class BrowserNotFound extends Error {}

/** The browser to drive: PUPPETEER_EXECUTABLE_PATH, else a known system path. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFound(`PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, which does not exist`);
  }
  const found = KNOWN_BROWSERS.find((p) => existsSync(p));
  if (found) return found;
  throw new BrowserNotFound(
    `no Chromium found (looked at ${KNOWN_BROWSERS.join(", ")}). Install it with "sudo apt-get install chromium" (or run "npm run setup" as root), or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome binary.`,
  );
}

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

/**
 * Launch the browser and warm its font cache with the briefing's fonts. The report starts this
 * first, so Chromium starts while the corpus is read and the charts are drawn.
 */
export async function launchBrowser(timeoutMs = 30_000, executablePath = findBrowser()): Promise<Browser> {
  const browser = await withTimeout("launching Chromium", timeoutMs, puppeteer.launch({ executablePath, headless: true, args: LAUNCH_ARGS, protocolTimeout: Math.max(timeoutMs, 60_000) }));
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setContent(`<p style="font-family:'DejaVu Sans'">Warm <b>up</b></p><p style="font-family:'Noto Sans CJK SC'">分享 Кыргызстан</p>`);
    await page.close();
  } catch {
    // Warming is an optimisation only.
  }
  return browser;
}

export interface PrintOptions {
  /** An already launched browser (from `launchBrowser`); it is closed after printing. */
  browser?: Promise<Browser>;
  /** Running header text. */
  title: string;
  launchTimeoutMs?: number;
  printTimeoutMs?: number;
  executablePath?: string;
}

export interface PrintResult {
  /** URLs the page tried to load outside its folder, all blocked. */
  blocked: string[];
}

/** Print `htmlFile` to `pdfFile` (written by the browser; callers rename it into place). */
export async function printPdf(htmlFile: string, pdfFile: string, options: PrintOptions): Promise<PrintResult> {
  const root = dirname(resolve(htmlFile)) + sep;
  const blocked: string[] = [];
  const browser: Browser = await (options.browser ?? launchBrowser(options.launchTimeoutMs ?? 30_000, options.executablePath ?? findBrowser()));
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      const url = req.url();
      let allowed = false;
      if (url.startsWith("file:")) {
        try {
          allowed = resolve(fileURLToPath(url)).startsWith(root);
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
    await withTimeout("loading the briefing", options.printTimeoutMs ?? 60_000, page.goto(pathToFileURL(resolve(htmlFile)).href, { waitUntil: "load" }));
    const header = `<div style="font-size:7pt;color:#666;width:100%;padding:0 16mm;font-family:'DejaVu Sans',sans-serif">${escapeHtml(options.title)}</div>`;
    const footer = `<div style="font-size:7pt;color:#666;width:100%;padding:0 16mm;text-align:right;font-family:'DejaVu Sans',sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
    await withTimeout(
      "printing the PDF",
      options.printTimeoutMs ?? 60_000,
      page.pdf({
        path: pdfFile,
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: "22mm", bottom: "20mm", left: "16mm", right: "16mm" },
        outline: true,
        tagged: true,
        preferCSSPageSize: false,
        timeout: options.printTimeoutMs ?? 60_000,
      }),
    );
  } finally {
    await browser.close().catch(() => undefined);
  }
  return { blocked };
}

/** The floor the report is measured against: launch the same browser and print a one-line page. */
export async function printOneLine(pdfFile: string): Promise<void> {
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent("<p>One line.</p>");
    await page.pdf({ path: pdfFile, format: "A4" });
  } finally {
    await browser.close();
  }
}
