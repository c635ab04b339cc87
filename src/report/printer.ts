/**
 * Who prints the briefing. `startPrinter` runs the browser from a worker thread of its own:
 * Puppeteer drives Chromium's launch through many small steps on its event loop, and on the
 * main thread those steps would wait while figures are extracted and charts drawn. In its own
 * thread the browser is launched, and a guarded page opened, while the main thread works.
 * (`inThreadPrinter` in `pdf.ts` drives the browser from the calling thread.)
 * This module does not load Puppeteer, so starting the printer costs the main thread nothing.
 */
import { Worker } from "node:worker_threads";
import { BrowserNotFound, findBrowser } from "./browser.js";

export interface PrintResult {
  /** URLs the page tried to load outside its folder, all blocked. */
  blocked: string[];
}

export interface Printer {
  /** Print `htmlFile` to `pdfFile`; the browser is closed afterwards, whatever happens. */
  print(htmlFile: string, pdfFile: string, printTimeoutMs?: number): Promise<PrintResult>;
  /** Close the browser without printing (after a failure elsewhere). */
  close(): Promise<void>;
}

/** What the printing thread is started with. */
export interface PrinterStart {
  executablePath: string;
  launchTimeoutMs: number;
}
/** What it is asked to do (one job, then it ends). */
export type PrinterJob = { type: "print"; htmlFile: string; pdfFile: string; printTimeoutMs?: number } | { type: "close" };
/** What it answers. */
export type PrinterReply = { type: "printed"; blocked: string[] } | { type: "closed" } | { type: "failed"; message: string; browserNotFound: boolean };

/**
 * Find the browser (throwing `BrowserNotFound` at once if there is none), launch it from a worker
 * thread, and return the printer that will use it.
 */
export function startPrinter(launchTimeoutMs: number, executablePath = findBrowser()): Printer {
  const start: PrinterStart = { executablePath, launchTimeoutMs };
  const worker = new Worker(new URL("./printer-worker.js", import.meta.url), { workerData: start });
  // The thread may fail or stop before it is asked anything; remember why, and tell the asker.
  let stopped: Error | null = null;
  let reply: ((r: PrinterReply) => void) | null = null;
  let fail: ((e: Error) => void) | null = null;
  const stop = (e: Error) => {
    stopped ??= e;
    fail?.(stopped);
  };
  worker.on("error", (e) => stop(new Error(`the printing thread failed: ${e.message}`)));
  worker.on("exit", (code) => stop(new Error(`the printing thread stopped before answering (exit code ${code})`)));
  worker.on("message", (r: PrinterReply) => reply?.(r));
  let used = false;
  const ask = (job: PrinterJob): Promise<PrinterReply> => {
    if (used) return Promise.reject(new Error("this printer has already printed or closed"));
    used = true;
    if (stopped) return Promise.reject(stopped);
    return new Promise<PrinterReply>((resolve, reject) => {
      fail = reject;
      reply = (r) => (r.type === "failed" ? reject(r.browserNotFound ? new BrowserNotFound(r.message) : new Error(r.message)) : resolve(r));
      worker.postMessage(job);
    });
  };
  return {
    print: async (htmlFile, pdfFile, printTimeoutMs) => {
      const reply = await ask({ type: "print", htmlFile, pdfFile, printTimeoutMs });
      return { blocked: reply.type === "printed" ? reply.blocked : [] };
    },
    close: async () => {
      await ask({ type: "close" }).catch(() => undefined);
    },
  };
}
