import { DataFrame } from "danfojs-node";
import { describe, expect, it } from "vitest";
import { chartBundle, htmlTable } from "../../src/notebook/display.js";

describe("notebook display helpers", () => {
  it("renders a DataFrame as an escaped HTML table with grouped numbers", () => {
    const df = new DataFrame([{ text: "<b>13.7 million tons</b>", value: 13_700_000 }, { text: "a & b", value: 0.0019 }]);
    const html = htmlTable(df, { caption: "Freight" });
    expect(html).toMatch(/^<table/);
    expect(html).toContain("&lt;b&gt;13.7 million tons&lt;/b&gt;");
    expect(html).toContain('<td style="text-align:right">13,700,000</td>');
    expect(html).toContain("a &amp; b");
    expect(html).toContain("Freight (2 rows)");
    expect(htmlTable(df, { maxRows: 1 })).toContain("(first 1 of 2 rows)");
  });

  it("turns a Vega-Lite spec into an SVG and Vega-Lite bundle", async () => {
    const bundle = await chartBundle({ data: { values: [{ a: "x", b: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } });
    expect(bundle["image/svg+xml"]).toMatch(/^<svg/);
    expect(bundle["application/vnd.vegalite.v5+json"]).toMatchObject({ mark: "bar" });
  });
});
