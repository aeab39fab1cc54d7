/**
 * The report's one stylesheet, inline: the system's own fonts (no web font to fetch), light on
 * screen, and for print A4 pages with each section on a new page, table rows kept whole, table
 * headings repeated, and no background colour at all.
 */
export const reportStyles = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 10.5pt; line-height: 1.45; color: #1b1f24; background: #fff;
}
code { font-family: ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", Menlo, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
h1 { font-size: 2rem; margin: 0.3rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.5rem; border-bottom: 2px solid #2b5797; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin-top: 1.8rem; }
h4 { font-size: 1.05rem; margin-top: 1.4rem; }
h5, h6 { font-size: 1rem; margin-top: 1.2rem; }
h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; color: #4a5563; margin: 0; }
.description { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; }
th, td { border: 1px solid #b8c0cc; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eef2f7; }
thead { display: table-header-group; }
tr, li { break-inside: avoid; page-break-inside: avoid; }
.steps td:first-child, .findings td:first-child { white-space: nowrap; }
.failures { table-layout: fixed; }
.failures th:nth-child(1) { width: 27%; }
.failures th:nth-child(2) { width: 17%; }
.failures th:nth-child(6) { width: 15%; }
.failures td:nth-child(6) { font-size: 0.85em; }
.counts td:last-child { text-align: right; font-weight: 600; }
.verdict.over, .verdict.stops, .severity.error h3 { color: #a4262c; }
.verdict.within, .verdict.survives { color: #1e6b35; }
.verdict.notEstimated { color: #4a5563; }
.diagram { margin: 0; }
.diagram svg { display: block; max-width: 100%; height: auto; }
.sources, small { color: #4a5563; }
nav ol { columns: 2; }
a { color: #2b5797; }
@page { size: A4; margin: 16mm 14mm; }
/* The diagram is wider than tall: its page is turned, so the picture prints twice as large. */
@page diagram { size: A4 landscape; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  *, *::before, *::after { background: transparent !important; box-shadow: none !important; }
  th { font-weight: 700; }
  section.part { break-before: page; page-break-before: always; }
  section.part#cover { break-before: auto; page-break-before: auto; }
  nav { display: none; }
  section.part#diagram { page: diagram; }
  .diagram svg { max-height: 145mm; width: auto; margin: 0 auto; }
  a { color: inherit; text-decoration: none; }
}
`;
