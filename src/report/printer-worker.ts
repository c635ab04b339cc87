/** The printing thread started by `startPrinter`: launches the browser and opens a guarded page at once, then does one job. */
import { parentPort, workerData } from "node:worker_threads";
import { launchBrowser, openGuardedPage, printGuardedPage } from "./pdf.js";
import type { PrinterJob, PrinterReply, PrinterStart } from "./printer.js";

const port = parentPort!;
const start = workerData as PrinterStart;
const browser = launchBrowser(start.launchTimeoutMs, start.executablePath);
const page = browser.then(openGuardedPage);
page.catch(() => undefined);

async function close(): Promise<void> {
  await browser.then((b) => b.close()).catch(() => undefined);
}

port.once("message", async (job: PrinterJob) => {
  let reply: PrinterReply;
  try {
    if (job.type === "print") {
      try {
        reply = { type: "printed", ...(await printGuardedPage(await page, job.htmlFile, job.pdfFile, job.printTimeoutMs)) };
      } finally {
        await close();
      }
    } else {
      await close();
      reply = { type: "closed" };
    }
  } catch (e) {
    reply = { type: "failed", message: (e as Error).message, browserNotFound: false };
  }
  port.postMessage(reply);
  port.close();
});
