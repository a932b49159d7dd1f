// The page's only stylesheet, inlined (the CSP allows inline styles and nothing external). Mobile first: one
// column on a phone; tables become labelled cards below 720px; the timeline scrolls sideways when narrow.
export const STYLES = `
:root{--ink:#0f172a;--muted:#5b6b80;--line:#e2e8f0;--bg:#f5f7fa;--card:#fff;--accent:#1d4ed8;
--ok:#166534;--ok-bg:#dcfce7;--wait:#92400e;--wait-bg:#fef3c7;--bad:#b91c1c;--bad-bg:#fee2e2;--op:#6d28d9;--op-bg:#ede9fe}
*{box-sizing:border-box}
html{scroll-behavior:smooth;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px 48px}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(15,23,42,.96);overflow-x:auto;white-space:nowrap}
nav.toc .wrap{padding:0 16px;display:flex;gap:4px;align-items:center}
nav.toc a{color:#e2e8f0;text-decoration:none;font-size:14px;padding:10px 10px;display:inline-block}
nav.toc a:hover,nav.toc a:focus{color:#fff;background:rgba(255,255,255,.08)}
nav.toc .brand{font-weight:700;color:#fff;margin-right:8px;padding-left:0}
section,.hero{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:20px;margin-top:20px}
h1{font-size:clamp(22px,3.2vw,32px);line-height:1.2;margin:4px 0 8px}
h2{font-size:21px;margin:0 0 12px}
h3{font-size:17px;margin:18px 0 8px}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);margin:0;font-weight:600}
.aka{color:var(--muted);margin:0 0 14px}.aka span{font-style:italic}
.muted{color:var(--muted)}.nowrap{white-space:nowrap}
.lede{color:var(--muted);margin-top:-4px}
.count{display:inline-block;vertical-align:3px;margin-left:4px;font-size:13px;background:var(--ink);color:#fff;border-radius:999px;padding:1px 9px;font-weight:600}
.status{display:flex;gap:16px;align-items:center;flex-wrap:wrap;border-radius:10px;padding:14px 16px;margin:10px 0 14px}
.status p{margin:2px 0}
.status-badge{font-size:20px;font-weight:800;padding:6px 14px;border-radius:8px;background:#fff;white-space:nowrap}
.status-text{flex:1 1 320px}
.tone-ok{background:var(--ok-bg)}.tone-ok .status-badge{color:var(--ok)}
.tone-pending{background:var(--wait-bg)}.tone-pending .status-badge{color:var(--wait)}
.tone-ended{background:var(--bad-bg)}.tone-ended .status-badge{color:var(--bad)}
.tone-unknown{background:#e2e8f0}.tone-unknown .status-badge{color:var(--muted)}
.progress{list-style:none;padding:0;margin:0 0 14px;display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:10px}
.progress li{border:1px solid var(--line);border-left:6px solid var(--lane);border-radius:8px;padding:8px 12px;display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.progress .party{font-weight:700;width:100%}.progress .step{font-weight:600}
.alert{display:block;background:var(--bad-bg);color:var(--bad);border-radius:8px;padding:10px 14px;text-decoration:none;margin:0 0 14px}
.alert.ok{background:var(--ok-bg);color:var(--ok)}
.alert:hover{text-decoration:underline}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:10px 20px;margin:0}
.fact dt{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600}
.fact dd{margin:2px 0 0}
sup.cites{font-size:11px;line-height:0;margin-left:1px;white-space:nowrap}
a.cite{display:inline-block;min-width:1.5em;text-align:center;padding:0 3px;margin-left:2px;border-radius:4px;background:#e0e7ff;color:#1e3a8a;text-decoration:none;font-weight:600;line-height:1.5}
a.cite:hover,a.cite:focus{background:var(--accent);color:#fff}
.timeline-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:10px;background:#fff}
svg.timeline{display:block;width:100%;min-width:760px;height:auto;font-family:inherit}
.lane-bg{fill:#fff}.lane-bg.odd{fill:#f8fafc}
.lane-line{stroke:var(--lane);stroke-opacity:.35;stroke-width:2}
.lane-name{fill:var(--lane);font-weight:700;font-size:13px}
.grid{stroke:#cbd5e1;stroke-dasharray:2 4}
.axis{stroke:#64748b;stroke-width:1.5}.tick{stroke:#64748b}
.tick-label{font-size:12px;fill:#475569}
.marker{fill:var(--lane);stroke:#fff;stroke-width:2.5}
.marker.approx{fill:#fff;stroke:var(--lane);stroke-width:3}
a:hover .marker,a:focus .marker{stroke:var(--ink)}
.disputed-marker{fill:none;stroke:var(--bad);stroke-width:2.5;stroke-dasharray:4 3}
.leader{stroke:#94a3b8;stroke-width:1}
.tl-step{font-size:12.5px;font-weight:700;fill:var(--ink)}
.tl-date{font-size:11px;fill:#475569}
.tl-label.disputed .tl-step{fill:var(--bad)}
.legend{font-size:13px;color:var(--muted);display:flex;gap:6px 16px;flex-wrap:wrap;align-items:center}
.legend>span{white-space:nowrap}
.scroll-hint{display:none;font-weight:600;width:100%}
.key{display:inline-block;width:12px;height:12px;border-radius:50%;vertical-align:-1px}
.key.solid{background:#1d4ed8}.key.hollow{border:3px solid #1d4ed8}.key.disputed{border:2px dashed var(--bad);width:16px;height:16px;vertical-align:-3px}
.marker.projected{fill:#fff;stroke:var(--lane);stroke-width:2.5;stroke-dasharray:3 3}
.tl-label.projected .tl-step,.tl-label.projected .tl-date{font-style:italic}
.key.projected{border:2px dashed #1d4ed8}
.standing{display:inline-block;font-size:12px;font-weight:600;border-radius:999px;padding:0 8px;margin:1px 0;white-space:nowrap;border:1px solid transparent;cursor:help}
.standing::before{content:"";display:inline-block;width:7px;height:7px;border-radius:50%;background:currentColor;margin-right:5px;vertical-align:1px}
.st-confirmed{background:var(--ok-bg);color:var(--ok)}
.st-reported{background:#e0e7ff;color:#1e3a8a}
.st-disputed{background:var(--bad-bg);color:var(--bad)}
.st-unknown{background:#f1f5f9;color:var(--muted);border:1px dashed #cbd5e1}
.src-type{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.03em;border-radius:4px;padding:0 6px;margin:0 4px;background:#e2e8f0;color:#334155;white-space:nowrap;cursor:help;vertical-align:1px}
.src-state-media{background:#fee2e2;color:#991b1b}.src-government{background:#ede9fe;color:#5b21b6}.src-wire{background:#e0f2fe;color:#075985}
.src-press{background:#f1f5f9;color:#334155}.src-research{background:#dcfce7;color:#166534}
.support{font-size:12px;color:var(--muted);white-space:nowrap}
.rule{display:block;font-size:13px;color:var(--muted);font-style:italic}
.tag-projected{background:#e0e7ff;color:#1e3a8a}.tag-repeat{text-transform:none}
.ob-standing{margin-top:4px}
.undated{background:#f8fafc;border-left:4px solid #94a3b8;padding:8px 12px;border-radius:6px}
table.stack{width:100%;border-collapse:collapse;margin:12px 0;font-size:15px}
table.stack th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--line);padding:6px 8px}
table.stack td{border-bottom:1px solid var(--line);padding:8px;vertical-align:top}
.art-no{display:inline-block;min-width:2em;text-align:center;font-weight:800;background:var(--ink);color:#fff;border-radius:6px;padding:0 6px}
.chip{display:inline-block;font-size:12px;background:#f1f5f9;border:1px solid var(--line);border-radius:999px;padding:0 8px;margin:1px 0;white-space:nowrap}
ul.plain{padding-left:18px}.disputed-item strong{color:var(--bad)}
.obligations{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}
.obligation{border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:5px solid #cbd5e1}
.obligation p{margin:2px 0}.obligation .muted{font-size:14px}
.ob-head{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.ob-name{font-weight:700}.gloss{font-size:13px;color:var(--muted)}
.ob-value{font-weight:800;font-size:13px;border-radius:6px;padding:1px 8px;background:#e2e8f0;color:var(--muted)}
.val-true{border-top-color:var(--ok)}.val-true .ob-value{background:var(--ok-bg);color:var(--ok)}
.val-false{border-top-color:#64748b}.val-false .ob-value{background:#e2e8f0;color:var(--ink)}
.conditions{margin:6px 0;padding-left:18px;font-size:14px}
.ob-cites{font-size:13px;color:var(--muted)}
.conflict{border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:14px 0}
.conflict h3{margin:2px 0 6px}
.slot{margin:0;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600}
.resolution{margin:0 0 12px;background:#f1f5f9;border-radius:8px;padding:8px 12px}
.resolution.open{background:var(--wait-bg)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.side{border-radius:10px;padding:10px 12px;border:2px solid var(--line)}
.side-ok{border-color:#86efac;background:#f0fdf4}.side-wrong{border-color:#fca5a5;background:#fef2f2}.side-open{border-color:#fcd34d}
.side-head{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline;margin:0 0 6px}
.side-head .value{font-size:20px;font-weight:800;width:100%}
.verdict{font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.04em}
.side-ok .verdict{color:var(--ok)}.side-wrong .verdict{color:var(--bad)}
.quotes{list-style:none;padding:0;margin:0}
.quotes li{padding:8px 0;border-top:1px solid rgba(15,23,42,.08)}
.src-head{margin:0;display:flex;gap:8px;flex-wrap:wrap;align-items:baseline}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #cbd5e1;color:#1e293b;font-size:15px}
.jump{font-size:13px;font-weight:600;text-decoration:none}
.jump:hover{text-decoration:underline}
.outlets{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.outlet{border:1px solid var(--line);border-radius:10px;padding:4px 14px 10px}
.outlet ul{padding-left:0;list-style:none;margin:0}.outlet li{padding:8px 0;border-top:1px solid var(--line)}
.in-doc{font-size:13px;margin:4px 0 0}
.tag{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:1px 6px;background:#e2e8f0;color:var(--muted)}
.tag-wrong{background:var(--bad-bg);color:var(--bad)}.tag-unsupported{background:var(--wait-bg);color:var(--wait)}.tag-warn{background:var(--wait-bg);color:var(--wait);text-transform:none}
.opinion-group h3{margin-bottom:4px}
blockquote.opinion{border-left-color:var(--op);background:var(--op-bg);border-radius:0 8px 8px 0;padding:8px 12px}
blockquote.opinion footer{font-size:13px;color:var(--muted)}
blockquote.opinion .jump{display:block;margin-top:2px}
.source{border:1px solid var(--line);border-radius:10px;padding:12px 16px;margin:14px 0;scroll-margin-top:48px}
.source h3{margin:0 0 4px}.doc-id{margin:0;font-size:12px;font-weight:700;color:var(--muted)}
.doc-meta{margin:0 0 6px;font-size:14px;color:var(--muted)}
.doc-meta code{font-size:12.5px;word-break:break-all}
details summary{cursor:pointer;font-size:14px;color:var(--muted);font-weight:600;padding:4px 0}
.doc-body{white-space:pre-wrap;overflow-wrap:anywhere;font-size:15.5px;line-height:1.65;max-width:72ch}
mark{background:#fef08a;color:inherit;border-radius:3px;padding:0 1px;scroll-margin-top:64px}
mark.hl-wrong{background:#fecaca;box-shadow:inset 0 -2px 0 var(--bad)}
mark.hl-opinion{background:var(--op-bg);box-shadow:inset 0 -2px 0 var(--op)}
mark:target,.anchor:target+mark{outline:3px solid var(--accent);outline-offset:2px;background:#fde047}
.removed ul{font-size:13px;color:var(--muted)}
footer.page{color:var(--muted);font-size:13px;margin-top:20px}
@media (max-width:720px){
  .wrap{padding:0 10px 32px}
  section,.hero{padding:14px;border-radius:10px;margin-top:12px}
  .status-badge{font-size:18px}
  table.stack thead{display:none}
  table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
  table.stack tr{border:1px solid var(--line);border-radius:8px;margin:0 0 10px;padding:6px 10px}
  table.stack td{border:0;padding:3px 0;display:flex;gap:10px}
  table.stack td::before{content:attr(data-label);flex:0 0 88px;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;padding-top:2px}
  table.stack td:empty{display:none}
  .scroll-hint{display:inline}
}
@media print{nav.toc{display:none}section,.hero{break-inside:avoid-page;border:0}details:not([open])>*:not(summary){display:block}}
`;
