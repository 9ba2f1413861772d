/**
 * The one stylesheet of the report and the web pages: inlined in the report file, served
 * from `/assets/retold.css` by the server (whose CSP forbids inline styles). No `style`
 * attributes are used anywhere, so both contexts render the same.
 */
export const STYLESHEET = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dce4; --paper: #fff; --bg: #f5f6f8;
  --said: #7a3fb0; --pub: #1f6fb2; --exact: #2e7d32; --altered: #b26a00; --absent: #9aa1ad;
  --ins: #d8f5dc; --del: #fbdcdc; --mark: #fff1a8; --target: #ffb347; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
a { color: var(--pub); }
.topbar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding: .6rem 1.25rem; background: var(--ink); color: #fff; }
.topbar a { color: #fff; text-decoration: none; font-weight: 600; }
.topbar form { margin-left: auto; display: flex; gap: .4rem; }
input, select, button { font: inherit; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
button { background: var(--pub); color: #fff; border-color: var(--pub); cursor: pointer; }
h1, h2, h3 { line-height: 1.25; }
.story, .article, .dossier-header, section.timeline, section.speakers, section.quotes, section.copies, section.coverage, section.messages, .search-results, .story-list li {
  background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
.story { padding: 0; border: 0; background: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.empty, .undated, .meta, .occ-title, .count, .kind { color: var(--muted); }
.outlet { font-weight: 600; }
.badge { font-size: .75rem; padding: 0 .4rem; border-radius: 999px; color: #fff; }
.badge.said { background: var(--said); } .badge.published { background: var(--pub); }
.timeline-axis { width: 100%; height: auto; }
.timeline-axis .axis { stroke: var(--ink); stroke-width: 2; }
.timeline-axis .stem { stroke: var(--line); }
.timeline-axis .said { fill: var(--said); } .timeline-axis .published { fill: var(--pub); }
.timeline-axis text { font-size: 12px; fill: var(--muted); } .timeline-axis text.tick, .timeline-axis text.count { text-anchor: middle; }
.timeline-axis line.tick { stroke: var(--ink); } .timeline-axis .said, .timeline-axis .published { fill-opacity: .85; }
.timeline-list { padding-left: 1.25rem; }
.timeline-list time { font-variant-numeric: tabular-nums; }
.speaker-list { list-style: none; padding: 0; } .speaker-entry { margin: .4rem 0; }
.speaker { font-weight: 600; }
.quote-card { border-left: 4px solid var(--said); padding: .25rem 0 .25rem .9rem; margin: 1.25rem 0; }
.quote-card:target { background: #f3ecfa; }
.card-head { margin: 0; color: var(--muted); }
.canonical { margin: .4rem 0; font-size: 1.15rem; font-family: Georgia, serif; }
.canonical.reported { font-family: inherit; font-size: 1rem; } .canonical.reported .note { color: var(--muted); }
.occurrences { list-style: none; padding: 0; margin: 0; }
.occurrence { border-top: 1px dashed var(--line); padding: .4rem 0; }
.occ-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.drift { font-size: .8rem; padding: 0 .45rem; border-radius: 999px; background: var(--altered); color: #fff; }
.drift-exact .drift, .drift.drift-exact { background: var(--exact); } .drift-reported .drift, .drift.drift-reported { background: var(--muted); }
.flag { font-size: .8rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid currentColor; }
.flag.misattributed { color: #b00020; } .flag.recycled { color: #8a5a00; } .flag.negation { color: #b00020; }
q.diff { display: block; font-family: Georgia, serif; quotes: none; }
ins { background: var(--ins); text-decoration: none; } del { background: var(--del); }
.coverage-matrix { border-collapse: collapse; width: 100%; font-size: .9rem; }
.coverage-matrix th, .coverage-matrix td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.table-wrap { overflow-x: auto; }
.cov.exact { background: #e4f4e5; } .cov.altered { background: #fdf0dc; } .cov.absent { color: var(--absent); }
.copy-list li { margin: .3rem 0; } meter { width: 6rem; }
.article-text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.05rem; }
mark.quote, mark.occurrence { background: var(--mark); scroll-margin-top: 30vh; }
mark.quote-range { background: none; scroll-margin-top: 30vh; }
mark:target, mark:target mark { background: var(--target); outline: 3px solid var(--target); }
.speaker, .cue { text-decoration: underline dotted; } .cue { color: var(--muted); }
time.date { border-bottom: 2px solid var(--said); } .occasion { border-bottom: 2px solid var(--pub); }
.story-list { list-style: none; padding: 0; }
.story-list h2 { margin: 0 0 .25rem; font-size: 1.2rem; }
.story-list p { margin: .15rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.hit { margin: .6rem 0; } .hit b { background: var(--mark); } .hit.quote > a { font-family: Georgia, serif; }
.toc { columns: 2; }
.notice { background: #fff7e0; border: 1px solid #f0d48a; border-radius: 6px; padding: .5rem .75rem; }
.error-page { text-align: center; padding: 3rem 1rem; }
`;
