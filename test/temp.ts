/** Temporary folders for tests: each is removed once the tests of the file that made it have run. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named `silkfigures-<name>-…`. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `silkfigures-${name}-`));
  made.push(dir);
  return dir;
}
