/** Which browser prints the briefing, and how it is started. No Puppeteer here: this loads in no time. */
import { existsSync } from "node:fs";

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
    `no Chromium found (looked at ${KNOWN_BROWSERS.join(", ")}). Install it with "sudo apt-get install chromium" (or run "npm run setup" as root), or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome binary; "npm run report -- --no-pdf" writes everything but the PDF without one.`,
  );
}
