/**
 * Who prints the briefing. `startPrinter` runs the browser from a worker thread of its own:
 * Puppeteer drives Chromium's launch through many small steps on its event loop, and on the
 * main thread those steps would wait while figures are extracted and charts drawn. In its own
 * thread the browser is launched, and a guarded page opened, while the main thread works.
 * (`inThreadPrinter` in `pdf.ts` drives the browser from the calling thread.)
 * This module does not load Puppeteer, so starting the printer costs the main thread nothing.
 */
import { Worker } from "node:worker_threads";
import { findBrowser } from "./browser.js";

export interface PrintResult {
  /** URLs the page tried to load outside its folder, all blocked. */
  blocked: string[];
}

export interface Printer {
  /** Print `htmlFile` to `pdfFile`; the browser is closed afterwards, whatever happens. Once only. */
  print(htmlFile: string, pdfFile: string, printTimeoutMs?: number): Promise<PrintResult>;
  /**
   * Close the browser, at any time: before printing (after a failure elsewhere), during a print
   * (which then fails) or after. Resolves once the browser is gone.
   */
  close(): Promise<void>;
}

/** What the printing thread is started with. */
export interface PrinterStart {
  executablePath: string;
  launchTimeoutMs: number;
}
/** What it is asked to do: print once, and close (at any time; it then ends). */
export type PrinterJob = { type: "print"; htmlFile: string; pdfFile: string; printTimeoutMs?: number } | { type: "close" };
/** What it answers. */
export type PrinterReply = { type: "printed"; blocked: string[] } | { type: "closed" } | { type: "failed"; message: string };

/**
 * Find the browser (throwing `BrowserNotFound` at once if there is none), launch it from a worker
 * thread, and return the printer that will use it.
 */
export function startPrinter(launchTimeoutMs: number, executablePath = findBrowser()): Printer {
  const start: PrinterStart = { executablePath, launchTimeoutMs };
  // (Written from the folder above, so that it resolves from a command bundled into dist/cli/ too.)
  const worker = new Worker(new URL("../report/printer-worker.js", import.meta.url), { workerData: start });
  let stopped: Error | null = null;
  let printing: { resolve: (r: PrintResult) => void; reject: (e: Error) => void } | null = null;
  const closing: (() => void)[] = [];
  const settle = (e: Error) => {
    stopped ??= e;
    printing?.reject(stopped);
    printing = null;
    for (const done of closing.splice(0)) done();
  };
  worker.on("error", (e) => settle(new Error(`the printing thread failed: ${e.message}`)));
  worker.on("exit", (code) => settle(new Error(`the printing thread stopped before answering (exit code ${code})`)));
  worker.on("message", (r: PrinterReply) => {
    if (r.type === "closed") for (const done of closing.splice(0)) done();
    else if (r.type === "printed") printing?.resolve({ blocked: r.blocked });
    else printing?.reject(new Error(r.message));
    if (r.type !== "closed") printing = null;
  });
  let printed = false;
  return {
    print: (htmlFile, pdfFile, printTimeoutMs) => {
      if (printed) return Promise.reject(new Error("this printer has already printed"));
      printed = true;
      if (stopped) return Promise.reject(stopped);
      return new Promise<PrintResult>((resolve, reject) => {
        printing = { resolve, reject };
        worker.postMessage({ type: "print", htmlFile, pdfFile, printTimeoutMs } satisfies PrinterJob);
      });
    },
    close: () => {
      if (stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        closing.push(resolve);
        worker.postMessage({ type: "close" } satisfies PrinterJob);
      });
    },
  };
}
