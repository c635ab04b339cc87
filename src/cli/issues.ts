/** Print input issues on stderr, one line each, naming the file. */
import type { InputIssue } from "../types.js";

export function reportIssues(tool: string, issues: readonly InputIssue[]): void {
  for (const i of issues) process.stderr.write(`${tool}: ${i.severity}: ${i.file}: ${i.message}\n`);
}

/** A closed pipe (`| head`) ends the program quietly instead of with a stack trace. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/**
 * For a command whose stdout only says how it is going (the report): if stdout closes (`| head -1`), the work goes
 * on without it. Returns the writer to use for those lines.
 */
export function progressWriter(): (line: string) => void {
  let open = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    open = false;
  });
  return (line) => {
    if (open) process.stdout.write(line);
  };
}
