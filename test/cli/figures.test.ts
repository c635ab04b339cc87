import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { seedText } from "../helpers.js";

const CLI = join(import.meta.dirname ?? ".", "..", "..", "dist", "cli", "figures.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

describe("figures CLI (built)", () => {
  it("prints one JSON object per mention with its source", () => {
    const out = execFileSync(process.execPath, [CLI, "--format", "jsonl"], { encoding: "utf8" });
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    const f = lines.find((l) => l.text === "13.7 million tons")!;
    for (const key of ["doc", "start", "end", "text", "value", "unit", "kind", "qualifier", "period", "entities", "sentence", "factId"]) expect(f).toHaveProperty(key);
    expect(seedText(f.doc).slice(f.start, f.end)).toBe("13.7 million tons");
    expect(f).toMatchObject({ value: 13.7e6, unit: "t", kind: "freight", period: "2023-H1" });
  });

  it("writes CSV and a table", () => {
    expect(run("--format", "csv").stdout.split("\r\n")[0]).toMatch(/^id,factId,doc,start,end,text,value/);
    const table = run("--format", "table").stdout;
    expect(table).toMatch(/\n000 +13\.7 million tons\s+13,700,000\s+t\s+freight/);
  });

  it("names each article in the table so that the names tell them apart", () => {
    const dir = tempDir("cli-names");
    writeFileSync(join(dir, "a.txt"), "Trade reached $5 billion in 2023.\n");
    writeFileSync(join(dir, "tj_alu.txt"), "Aluminium exports reached 31,500 tonnes in 2024.\n");
    const rows = run("--seeds", dir, "--format", "table").stdout.split("\n").slice(2, 4);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(["a", "tj_alu"]);
  });

  it("exits non-zero only when nothing could be read, naming each problem", () => {
    const missing = run("--seeds", "/no/such/dir");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("/no/such/dir: folder not found");
    const dir = tempDir("cli");
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, "good.txt"), "Kazakhstan exported 2 million tons of wheat to China in 2022.");
    const mixed = run("--seeds", dir, "--format", "jsonl");
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toMatch(/bad\.txt: binary file/);
    expect(mixed.stdout.trim().split("\n")).toHaveLength(1);
    const onlyBad = tempDir("cli");
    writeFileSync(join(onlyBad, "bad.txt"), Buffer.from([0xc3, 0x28]));
    expect(run("--seeds", onlyBad).status).toBe(1);
  });

  it("rejects an unknown format with usage", () => {
    const r = run("--format", "xml");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown --format "xml"/);
  });
});
