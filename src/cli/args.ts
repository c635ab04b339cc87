/** Command-line parsing shared by the CLIs: node:util parseArgs, usage on error or --help. */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parse `process.argv` with `options` (plus `--help`). Returns the values, or an exit code after
 * printing usage: 0 for --help, 2 for a bad argument.
 */
export function parseCli<O extends Options>(tool: string, usage: string, options: O): { values: ReturnType<typeof parseArgs<{ options: O }>>["values"] } | { exit: number } {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } }, strict: true });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(usage);
      return { exit: 0 };
    }
    return { values: values as ReturnType<typeof parseArgs<{ options: O }>>["values"] };
  } catch (e) {
    process.stderr.write(`${tool}: ${(e as Error).message}\n${usage}`);
    return { exit: 2 };
  }
}
