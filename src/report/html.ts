/** The briefing as one self-contained HTML page: no scripts, no remote resources, all article text escaped. */
import type { DocumentSummary } from "../corpus.js";
import type { Figure, InputIssue } from "../types.js";
import type { FactRow } from "../frames/rows.js";
import type { Chart } from "../charts/chart.js";
import type { Finding } from "./consistency.js";
import { Citations } from "./cite.js";
import { cssString, escapeHtml as e } from "./escape.js";
import { dealsProse, freightProse, keyFigures, noTradeChart, sentenceCase, tradeProse } from "./sections.js";
import { appendixHtml } from "./appendix.js";
import { isBetween, isChinaCentralAsia } from "../charts/trade.js";

export interface RenderedChart {
  chart: Chart;
  svg: string;
  /** File name of the chart's SVG beside the briefing. */
  file: string;
}

export interface BriefingModel {
  title: string;
  documents: DocumentSummary[];
  issues: InputIssue[];
  /** All facts, in appendix order. */
  facts: FactRow[];
  /** Mentions of each fact, for the appendix's quotes. */
  mentions: Map<string, Figure[]>;
  charts: { freight: RenderedChart | null; trains: RenderedChart | null; growth: RenderedChart | null; kazakhstanChina: RenderedChart | null; centralAsia: RenderedChart | null; deals: RenderedChart | null };
  findings: Finding[];
}

/** The running header (the title) and the page numbers, in the page margins. */
function pageCss(title: string): string {
  const box = `font-family: "DejaVu Sans", sans-serif; font-size: 7pt; color: #666;`;
  return `@page { size: A4; margin: 22mm 16mm 20mm 16mm;
  @top-left { content: ${cssString(title)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } }`;
}

const CSS = `
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 9.5pt; line-height: 1.45; color: #1a1a1a; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; line-height: 1.2; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #ccc; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.meta { color: #555; margin: 0 0 10pt; }
.scope { font-size: 8.5pt; color: #333; }
a.ref { font-size: 7pt; vertical-align: super; text-decoration: none; color: #2171b5; margin-left: 1pt; }
.key { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; margin: 8pt 0; break-inside: avoid; }
.key div { border: 1px solid #c6dbef; background: #f3f8fc; padding: 6pt; border-radius: 3pt; }
.key .v { font-size: 14pt; font-weight: bold; display: block; }
.key .l { font-size: 8pt; color: #333; }
figure { margin: 10pt 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 8pt; color: #444; margin-top: 3pt; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 4pt 0 0; break-inside: avoid; page-break-inside: avoid; }
th, td { border-bottom: 1px solid #ddd; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f0f0; }
ul.facts li { margin-bottom: 3pt; }
.advice { background: #fff7e6; border-left: 3pt solid #fd8d3c; padding: 4pt 6pt; break-inside: avoid; }
.finding { margin: 4pt 0; padding: 4pt 6pt; border-left: 3pt solid #999; break-inside: avoid; }
.finding.agrees { border-color: #41ab5d; }
.finding.differs { border-color: #e6550d; background: #fff5eb; }
.verdict { font-weight: bold; text-transform: uppercase; font-size: 7.5pt; letter-spacing: 0.5pt; }
h3.doc { font-size: 9pt; margin: 10pt 0 0; }
.doc-meta { font-size: 8pt; color: #555; margin: 0 0 4pt; }
.source { margin: 0 0 5pt; padding-bottom: 3pt; border-bottom: 1px solid #eee; break-inside: avoid; font-size: 8pt; }
.source q { quotes: "“" "”"; color: #333; overflow-wrap: anywhere; }
.source sup { font-size: 6.5pt; color: #2171b5; }
.source .chars { color: #666; }
.source ul { margin: 2pt 0 0; padding-left: 14pt; }
.source li.again { color: #555; }
mark { background: #fde9a8; }
.furniture li, .issues li { font-size: 8pt; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
`;

function chartBlock(r: RenderedChart | null, c: Citations, missing: string): string {
  if (!r) return `<p class="missing">${e(missing)}</p>`;
  const { chart } = r;
  const rows = chart.table.rows
    .map((row) => `<tr>${row.cells.map((cell, i) => `<td>${e(cell)}${i === row.cells.length - 1 ? c.cite(...row.refs) : ""}</td>`).join("")}</tr>`)
    .join("");
  return `<figure id="chart-${e(chart.id)}" role="img" aria-label="${e(chart.alt)}">
${r.svg}
<figcaption><strong>${e(chart.title)}.</strong> ${e(chart.caption)} ${c.cite(...chart.refs)}</figcaption>
<table aria-label="Data for: ${e(chart.title)}"><thead><tr>${chart.table.columns.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>
</figure>`;
}

function findingsBlock(findings: readonly Finding[], c: Citations): string {
  if (findings.length === 0) return "<p>No figures in the corpus could be checked against each other.</p>";
  const agree = findings.filter((f) => f.verdict === "agrees").length;
  const differ = findings.filter((f) => f.verdict === "differs").length;
  const order: Finding["check"][] = ["parts and total", "implied prior levels", "sources disagree", "exchange rates", "goal and outcome"];
  const body = order
    .map((check) => {
      const list = findings.filter((f) => f.check === check);
      if (list.length === 0) return "";
      return `<h3>${e(sentenceCase(check))}</h3>${list
        .map((f) => `<div class="finding ${f.verdict}"><span class="verdict">${f.verdict === "agrees" ? "Agrees" : f.verdict === "differs" ? "Does not agree" : "Note"}</span> ${e(f.statement)}${c.cite(...f.refs)}</div>`)
        .join("\n")}`;
    })
    .join("\n");
  return `<p>${agree} check${agree === 1 ? "" : "s"} agree; ${differ} do${differ === 1 ? "es" : ""} not. Each check names the facts it rests on.</p>${body}`;
}

function scope(model: BriefingModel): string {
  const docs = model.documents
    .map((d) => {
      const m = d.meta;
      const from = (k: "outlet" | "date" | "title") => (m.provenance[k] === "sidecar" ? " (from sources.json)" : m.provenance[k] === "inferred" ? " (year inferred)" : "");
      return `<tr><td><code>${e(m.doc)}</code></td><td>${e(m.title ?? "untitled")}${from("title")}</td><td>${e(m.outlet ?? "not stated")}${from("outlet")}</td><td>${e(m.date ?? "not stated")}${from("date")}</td><td>${d.figureCount}</td><td>${d.furniture.length}</td></tr>`;
    })
    .join("");
  return `<table class="scope"><thead><tr><th>Document</th><th>Title</th><th>Outlet</th><th>Date</th><th>Figures</th><th>Lines set aside</th></tr></thead><tbody>${docs}</tbody></table>`;
}

export function renderBriefingHtml(model: BriefingModel): string {
  const c = new Citations(model.facts);
  const dates = model.documents.map((d) => d.meta.date).filter((d): d is string => !!d).sort();
  const span = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`) : "undated";
  const key = keyFigures(model.facts)
    .map((k) => `<div><span class="v">${e(k.value)}${c.cite(...k.refs)}</span><span class="l">${e(k.label)}</span></div>`)
    .join("");
  const furniture = model.documents
    .filter((d) => d.furniture.length)
    .map((d) => {
      // Identical lines (a ticker repeated down the page) are listed once with their count.
      const counts = new Map<string, { text: string; reason: string; n: number }>();
      for (const f of d.furniture) {
        const key = `${f.text}\u0000${f.reason}`;
        const seen = counts.get(key);
        if (seen) seen.n++;
        else counts.set(key, { text: f.text, reason: f.reason, n: 1 });
      }
      const items = [...counts.values()].map((f) => `“${e(f.text)}”${f.n > 1 ? ` ×${f.n}` : ""} (${e(f.reason)})`);
      return `<li><code>${e(d.meta.doc)}</code>: ${items.join("; ")}</li>`;
    })
    .join("");
  const issues = model.issues.map((i) => `<li><strong>${e(i.severity)}</strong> <code>${e(i.file)}</code>: ${e(i.message)}</li>`).join("");
  const ch = model.charts;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(model.title)}</title><style>${pageCss(model.title)}${CSS}</style></head>
<body>
<header>
<h1>${e(model.title)}</h1>
<p class="meta">Briefing from ${model.documents.length} article${model.documents.length === 1 ? "" : "s"} ${dates.length ? `dated ${e(span)}` : "(undated)"} · ${model.facts.length} facts from ${model.facts.reduce((n, f) => n + f.mentions, 0)} figure mentions. Every number links to the appendix, where its source sentence is quoted.</p>
</header>
<section id="key-figures"><h2>Key figures</h2><div class="key">${key}</div></section>
<section id="freight"><h2>Freight</h2>
${freightProse(model.facts, c)}
${chartBlock(ch.freight, c, "No half-year Kazakhstan–China freight tonnages were found in the corpus.")}
${chartBlock(ch.trains, c, "No train counts by border crossing were found in the corpus.")}
${chartBlock(ch.growth, c, "No growth rates by commodity were found in the corpus.")}
</section>
<section id="trade"><h2>Trade</h2>
${tradeProse(model.facts, model.findings, c)}
${chartBlock(ch.kazakhstanChina, c, noTradeChart(model.facts, "Kazakhstan–China", isBetween(["China", "Kazakhstan"])))}
${chartBlock(ch.centralAsia, c, noTradeChart(model.facts, "China–Central Asia", isChinaCentralAsia))}
</section>
<section id="deals"><h2>Deals and investment</h2>
${dealsProse(model.facts, c)}
${chartBlock(ch.deals, c, "No deal values were found in the corpus.")}
</section>
<section id="consistency"><h2>Consistency</h2>
${findingsBlock(model.findings, c)}
</section>
<section id="scope"><h2>Scope and sources</h2>
${scope(model)}
${issues ? `<h3>Problems and warnings in the input files</h3><ul class="issues">${issues}</ul>` : ""}
<h3>Text set aside as page furniture</h3>
${furniture ? `<ul class="furniture">${furniture}</ul>` : "<p>None.</p>"}
</section>
<section id="appendix"><h2>Appendix: every fact and its source</h2>
<p>Each sentence that holds a figure is quoted once, by file and character offsets, with every figure in it marked and numbered; under it, what each figure was read as (≈ approximately, ≥ at least, ≤ at most) and where else the same fact is mentioned.</p>
${appendixHtml(model.documents, model.facts, model.mentions, c)}
</section>
</body></html>
`;
}
