/** Stream the articles of a folder, one at a time, with a clear issue for every file that cannot be read. */
import { readdir, readFile, stat } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ArticleDocument, InputIssue } from "../types.js";
import { decodeText, htmlEntities } from "./decode.js";
import { layoutDocument, type SidecarEntry } from "./layout.js";

export interface ReadOptions {
  /** Files larger than this are refused with a message (default 10 MB). */
  maxFileBytes?: number;
  /** Sidecar file name inside the folder (default `sources.json`); false to ignore it. */
  sidecar?: string | false;
}

export type CorpusItem =
  | { type: "document"; document: ArticleDocument }
  | { type: "issue"; issue: InputIssue };

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Read `sources.json`-style metadata: `{ "<file>.txt": { "outlet": …, "date": … } }`. */
async function readSidecar(dir: string, name: string): Promise<{ entries: Record<string, SidecarEntry>; issue?: InputIssue }> {
  const path = join(dir, name);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    return { entries: {} };
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("expected an object keyed by file name");
    return { entries: parsed as Record<string, SidecarEntry> };
  } catch (e) {
    return { entries: {}, issue: { file: path, severity: "warning", message: `sidecar ignored: ${(e as Error).message}` } };
  }
}

/**
 * Yield each `*.txt` file of `dir` in name order as a laid-out document, or an
 * issue naming the file and the problem. Only one file's text is held at a time.
 */
export async function* readCorpus(dir: string, options: ReadOptions = {}): AsyncGenerator<CorpusItem> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      yield { type: "issue", issue: { file: dir, severity: "error", message: "not a folder; pass a folder of *.txt articles" } };
      return;
    }
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(".txt")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "folder not found" : `cannot read folder (${code ?? (e as Error).message})`;
    yield { type: "issue", issue: { file: dir, severity: "error", message } };
    return;
  }
  if (names.length === 0) {
    yield { type: "issue", issue: { file: dir, severity: "error", message: "no *.txt files in this folder" } };
    return;
  }
  const sidecarName = options.sidecar === false ? null : (options.sidecar ?? "sources.json");
  const sidecar = sidecarName ? await readSidecar(dir, sidecarName) : { entries: {} };
  if (sidecar.issue) yield { type: "issue", issue: sidecar.issue };

  for (const name of names) {
    const path = join(dir, name);
    try {
      // Synchronous reads: one small file at a time is faster this way than through the promise API.
      const info = statSync(path);
      if (!info.isFile()) {
        yield { type: "issue", issue: { file: path, severity: "error", message: "not a regular file; skipped" } };
        continue;
      }
      if (info.size > maxBytes) {
        yield { type: "issue", issue: { file: path, severity: "error", message: `file too large: ${mb(info.size)} (limit ${mb(maxBytes)}); skipped — split it into articles or raise the limit` } };
        continue;
      }
      const bytes = readFileSync(path);
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        yield { type: "issue", issue: { file: path, severity: "error", message: `${decoded.problem}; skipped` } };
        continue;
      }
      if (decoded.text.replace(/^\uFEFF/, "").trim().length === 0) {
        yield { type: "issue", issue: { file: path, severity: "warning", message: bytes.length === 0 ? "empty file: no text to read" : "file holds only white space: no text to read" } };
      }
      // Entities are left as they are (offsets count them): the user is told what may be missed, and how to mend it.
      const entities = htmlEntities(decoded.text);
      if (entities.length > 0) {
        yield { type: "issue", issue: { file: path, severity: "warning", message: `holds HTML character references (${entities.join(", ")}): figures and dates written with them may be missed; save the article's text rather than its HTML source` } };
      }
      yield { type: "document", document: layoutDocument(name, decoded.text, sidecar.entries[name]) };
    } catch (e) {
      yield { type: "issue", issue: { file: path, severity: "error", message: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); skipped` } };
    }
  }
}
