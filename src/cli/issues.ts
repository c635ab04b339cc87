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
