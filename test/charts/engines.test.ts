import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const built = new URL("../../dist/charts/engines.js", import.meta.url);

describe("the chart engines bundle (npm run build)", () => {
  it("is one file: it imports neither vega nor vega-lite nor their dependencies by name", () => {
    const code = readFileSync(built, "utf8");
    // A bare specifier in an import or export statement, or in a dynamic import, would be resolved at load time.
    expect(code).not.toMatch(/\b(?:from|import)\s*\(?\s*["'](?:vega|d3-)[\w-]*["']/);
  });

  it("exports the two engines: vega's View and parser, vega-lite's compiler", async () => {
    const { vega, vegaLite } = (await import(built.href)) as typeof import("../../src/charts/engines.js");
    expect(typeof vega.View).toBe("function");
    expect(typeof vega.parse).toBe("function");
    expect(typeof vegaLite.compile).toBe("function");
  });
});
