/**
 * The printing thread started by `startPrinter`: launches the browser and opens a guarded page at
 * once, prints when asked, and closes the browser after printing or when asked to (at any time).
 */
import { parentPort, workerData } from "node:worker_threads";
import { launchBrowser, openGuardedPage, printGuardedPage } from "./pdf.js";
import type { PrinterJob, PrinterReply, PrinterStart } from "./printer.js";

const port = parentPort!;
const start = workerData as PrinterStart;
const browser = launchBrowser(start.launchTimeoutMs, start.executablePath);
const page = browser.then(openGuardedPage);
page.catch(() => undefined);

let closing: Promise<void> | null = null;
/** Close the browser once it is up (or its launch has failed); every caller gets the same promise. */
function close(): Promise<void> {
  closing ??= browser.then((b) => b.close()).catch(() => undefined);
  return closing;
}

port.on("message", async (job: PrinterJob) => {
  if (job.type === "close") {
    await close();
    port.postMessage({ type: "closed" } satisfies PrinterReply);
    port.close();
    return;
  }
  let reply: PrinterReply;
  try {
    reply = { type: "printed", ...(await printGuardedPage(await page, job.htmlFile, job.pdfFile, job.printTimeoutMs)) };
  } catch (e) {
    reply = { type: "failed", message: (e as Error).message };
  }
  await close();
  port.postMessage(reply);
  port.close();
});
