"""The report's inline assets: its CSS and the small script that sorts and filters tables.

Both are constants written into every report, so a page stays one self-contained file
(no network, no external assets). The script reads and moves table rows only; it never
builds markup from text (cells are compared by ``textContent`` and ``data-sort``).
"""

from __future__ import annotations

__all__ = ["PAGE_CSS", "REPORT_CSS", "TABLE_SCRIPT"]

REPORT_CSS = """
.nkc{--nkc-fg:#1d2330;--nkc-muted:#5b6474;--nkc-line:#d9dde5;--nkc-zebra:#f6f7f9;
 --nkc-mark:#ffe97a;--nkc-hedged:#ffc98f;--nkc-badge:#3d4f7c;
 color:var(--nkc-fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",
 "Helvetica Neue",Arial,sans-serif;font-size:15px;line-height:1.55}
.nkc *{box-sizing:border-box}
.nkc .nkc-doc{margin:0 0 2.2em 0;container-type:inline-size}
@container (min-width:1000px){
 .nkc .nkc-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.6fr);gap:0 2em;
  align-items:start}
 .nkc .nkc-body .nkc-side{position:sticky;top:.5em;max-height:calc(100vh - 1em);overflow:auto}
}
.nkc .nkc-doc-id{font-size:1.25em;margin:0 0 .2em 0;font-family:ui-monospace,SFMono-Regular,
 Menlo,Consolas,monospace;overflow-wrap:anywhere}
.nkc .nkc-meta{color:var(--nkc-muted);font-size:.9em;margin:0 0 .8em 0}
.nkc .nkc-legend mark{padding:0 .3em}
.nkc .nkc-text{max-width:80ch;border-left:3px solid var(--nkc-line);padding:.1em 0 .1em 1em;
 margin:0 0 1.2em 0}
.nkc .nkc-text.nkc-scroll{max-height:30em;overflow:auto}
.nkc .nkc-text p{margin:0 0 .7em 0;overflow-wrap:break-word}
.nkc .nkc-sidx{display:inline-block;min-width:2.6em;color:var(--nkc-muted);font-size:.8em;
 font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.nkc mark{background:var(--nkc-mark);color:#111;padding:.05em .15em;border-radius:3px;
 box-decoration-break:clone;-webkit-box-decoration-break:clone}
.nkc mark.nkc-hedged{background:var(--nkc-hedged);border-bottom:2px dashed #b25d00}
.nkc mark[title]{cursor:help}
.nkc .nkc-badge{display:inline-block;min-width:1.5em;margin-left:.15em;padding:0 .35em;
 border-radius:.75em;background:var(--nkc-badge);color:#fff;font-size:.68em;font-weight:600;
 line-height:1.5;text-align:center;vertical-align:.35em;text-decoration:none}
.nkc table.nkc-table{border-collapse:collapse;width:100%;font-size:.82em;line-height:1.35}
.nkc .nkc-table th,.nkc .nkc-table td{border-bottom:1px solid var(--nkc-line);
 padding:.3em .35em;text-align:left;vertical-align:top;overflow-wrap:break-word}
.nkc .nkc-table thead th{background:#e9ecf2;color:var(--nkc-fg);font-weight:600;
 white-space:nowrap}
.nkc .nkc-table tbody tr:nth-child(even){background:var(--nkc-zebra)}
.nkc .nkc-table td.nkc-num{text-align:right;font-variant-numeric:tabular-nums}
.nkc .nkc-table td.nkc-fig{font-weight:600;min-width:6em}
.nkc .nkc-table .nkc-cue{color:var(--nkc-muted);font-style:italic}
.nkc .nkc-table thead tr.nkc-sorts th{cursor:pointer;user-select:none}
.nkc .nkc-table thead th[aria-sort=ascending]::after{content:" \\25B2";font-size:.75em}
.nkc .nkc-table thead th[aria-sort=descending]::after{content:" \\25BC";font-size:.75em}
.nkc .nkc-table thead tr.nkc-filters th{background:#f3f5f8;padding:.15em .2em}
.nkc .nkc-table input.nkc-filter{width:100%;min-width:2.5em;font:inherit;font-size:.9em;
 padding:.05em .2em;border:1px solid var(--nkc-line);border-radius:3px}
.nkc .nkc-table td.nkc-date{white-space:nowrap}
.nkc .nkc-table a{color:inherit;text-decoration:none}
.nkc .nkc-table tr.nkc-unlocated td{color:#9a1c1c}
.nkc .nkc-none{color:var(--nkc-muted)}
.nkc .nkc-note{color:var(--nkc-muted);font-style:italic}
""".strip()

PAGE_CSS = """
html{background:#fff}
body{margin:0;padding:1.5em 1.5em 3em 1.5em}
body.nkc{max-width:1500px;margin:0 auto}
.nkc h1{font-size:1.6em;margin:0 0 .2em 0}
.nkc .nkc-toc{margin:0 0 2em 0;padding:.6em 1em;background:var(--nkc-zebra);
 border:1px solid var(--nkc-line);border-radius:6px}
.nkc .nkc-toc table{border-collapse:collapse;margin:.3em 0 0 0;font-size:.9em}
.nkc .nkc-toc th,.nkc .nkc-toc td{padding:.1em .8em .1em 0;text-align:left}
.nkc .nkc-toc td.nkc-num{text-align:right;font-variant-numeric:tabular-nums}
.nkc .nkc-toc a{color:var(--nkc-badge)}
.nkc .nkc-doc{padding-top:1.2em;border-top:2px solid var(--nkc-line)}
.nkc footer{color:var(--nkc-muted);font-size:.8em;margin-top:3em}
@media print{.nkc .nkc-text.nkc-scroll{max-height:none;overflow:visible}}
""".strip()

# Click a column's header to sort by it (again to reverse); type in the box under a
# header to keep the rows whose cell contains that text (case-insensitive, every box
# must match). Numbers sort as numbers by their ``data-sort``; empty cells sort last.
TABLE_SCRIPT = """
(function(){
"use strict";
var NUM=/^-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?$/i;
function key(cell){var k=cell.getAttribute("data-sort");
 return k!==null?k:cell.textContent.replace(/\\s+/g," ").trim();}
function empty(k){return k===""||k==="\\u2014";}
function compare(a,b){if(empty(a)||empty(b)){return empty(a)-empty(b);}
 if(NUM.test(a)&&NUM.test(b)){return parseFloat(a)-parseFloat(b);}
 return a.localeCompare(b,undefined,{numeric:true,sensitivity:"base"});}
function setup(table){table.setAttribute("data-nkc-ready","1");
 var body=table.tBodies[0],heads=table.querySelectorAll("tr.nkc-sorts th"),
  boxes=table.querySelectorAll("input.nkc-filter");
 Array.prototype.forEach.call(heads,function(th,col){th.setAttribute("tabindex","0");
  function sort(){var up=th.getAttribute("aria-sort")!=="ascending";
   Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
   th.setAttribute("aria-sort",up?"ascending":"descending");
   var rows=Array.prototype.slice.call(body.rows);
   rows.sort(function(r,s){var c=compare(key(r.cells[col]),key(s.cells[col]));
    return up?c:-c;});
   rows.forEach(function(r){body.appendChild(r);});}
  th.addEventListener("click",sort);
  th.addEventListener("keydown",function(e){if(e.key==="Enter"){sort();}});});
 function filter(){var wanted=Array.prototype.map.call(boxes,function(b){
   return b.value.trim().toLowerCase();});
  Array.prototype.forEach.call(body.rows,function(r){var show=wanted.every(function(w,col){
    return w===""||r.cells[col].textContent.toLowerCase().indexOf(w)>=0;});
   r.style.display=show?"":"none";});}
 Array.prototype.forEach.call(boxes,function(b){b.addEventListener("input",filter);});}
Array.prototype.forEach.call(
 document.querySelectorAll("table.nkc-table:not([data-nkc-ready])"),setup);
})();
""".strip()
