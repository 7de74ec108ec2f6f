// The preview's HTML: a spreadsheet-like page with the sidebar beside it, and the shim that
// gives the sidebar a google.script.run which posts to the preview server.
import { escapeHtml } from '../../src/core/report/html';

/**
 * Runs inside the sidebar iframe before its own script: google.script.run (any function name,
 * withSuccessHandler / withFailureHandler / withUserObject) and google.script.host.
 */
const SHIM = `(function () {
  function notify(type) { try { parent.postMessage({ type: type }, '*'); } catch (e) {} }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (h) { return runner(h, failure, userObject); };
        if (name === 'withFailureHandler') return function (h) { return runner(success, h, userObject); };
        if (name === 'withUserObject') return function (u) { return runner(success, failure, u); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (message) {
            var error = new Error(message); error.name = 'ScriptError';
            if (failure) failure(error, userObject); else console.error(error);
          };
          fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              if (answer.ok) { if (success) success(answer.value, userObject); } else fail(answer.error);
              notify('plan-tracker:changed');
            }, function (error) { fail(String(error && error.message || error)); });
        };
      }
    });
  }
  // Links to a Google Doc the add-on made open the preview's rendering of it (/doc/<id>).
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var match = link && /docs\\.google\\.com\\/document\\/d\\/([^/?#]+)/.exec(link.getAttribute('href'));
    if (!match) return;
    event.preventDefault();
    window.open('/doc/' + encodeURIComponent(match[1]), '_blank');
  }, true);
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () { notify('plan-tracker:close'); }, setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () { notify('plan-tracker:focus'); } } }
  } };
})();`;

/** The sidebar's HTML with the shim placed before any of its own scripts. */
export function withShim(sidebarHtml: string): string {
  const tag = `<script>${SHIM}</script>`;
  return /<head[^>]*>/i.test(sidebarHtml) ? sidebarHtml.replace(/<head[^>]*>/i, (head) => `${head}${tag}`) : tag + sidebarHtml;
}

/** Draws the sheet area from /api/sheets, on load, after every sidebar call, and every 2 s. */
const PAGE_SCRIPT = `(function () {
  var version = -1, scrolled = null;
  var grid = document.getElementById('grid'), tabs = document.getElementById('sheet-tabs');
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; }
  function column(n) { var s = ''; while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
  // Like Sheets: the page shows the active sheet (a script's activate() switches it, a tab click
  // activates it on the server), and hidden sheets get no tab.
  function activate(name) {
    fetch('/api/activate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name }) }).then(refresh);
  }
  function draw(data) {
    var visible = data.sheets.filter(function (s) { return !s.hidden; });
    var sheet = visible.filter(function (s) { return s.active; })[0] || visible[0];
    var current = sheet ? sheet.name : null;
    tabs.textContent = '';
    visible.forEach(function (s) {
      var tab = el('button', 'sheet-tab' + (s.name === current ? ' active' : ''), s.name);
      tab.type = 'button';
      tab.onclick = function () { activate(s.name); };
      tabs.appendChild(tab);
    });
    grid.textContent = '';
    if (!sheet) return;
    var sel = sheet.selectedRows, selectedRow = null;
    var table = el('table', 'grid'), head = el('tr'), colgroup = el('colgroup'), total = 46;
    colgroup.appendChild(el('col')).style.width = '46px';
    head.appendChild(el('th', 'corner'));
    for (var c = 1; c <= sheet.numColumns; c++) {
      var width = sheet.widths[c - 1] || 100;
      total += width;
      colgroup.appendChild(el('col')).style.width = width + 'px';
      head.appendChild(el('th', null, column(c)));
    }
    table.style.width = total + 'px';
    table.appendChild(colgroup);
    table.appendChild(head);
    sheet.cells.forEach(function (row, r) {
      var selected = sel && r + 1 >= sel[0] && r + 1 <= sel[1];
      var tr = el('tr', (r < sheet.frozenRows ? 'frozen' : '') + (selected ? ' selected' : ''));
      if (selected && !selectedRow) selectedRow = tr;
      tr.appendChild(el('th', null, String(r + 1)));
      row.forEach(function (cell, c) {
        // Like Sheets: wrap grows the row, clip cuts at the column edge, overflow spills into an empty neighbour.
        var next = row[c + 1];
        var spills = cell.wrap === 'overflow' && cell.text !== '' && (!next || next.text === '');
        var td = el('td', cell.wrap === 'wrap' ? 'wrap' : spills ? 'spill' : 'clip');
        td.appendChild(el('div', 'cell', cell.text));
        if (cell.background && cell.background !== '#ffffff') td.style.background = cell.background;
        if (cell.color && cell.color !== '#000000') td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.align) td.style.textAlign = cell.align;
        td.style.verticalAlign = cell.valign || 'bottom';
        td.title = cell.text;
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    grid.appendChild(table);
    // Scroll a new selection (an overdue item clicked in the sidebar) into view once.
    var key = sel ? sheet.name + ':' + sel.join('-') : null;
    if (selectedRow && key !== scrolled) selectedRow.scrollIntoView({ block: 'center' });
    scrolled = key;
  }
  function refresh() {
    fetch('/api/sheets').then(function (r) { return r.json(); }).then(function (data) { version = data.version; draw(data); });
  }
  function poll() {
    fetch('/api/version').then(function (r) { return r.json(); }).then(function (v) { if (v.version !== version) refresh(); }, function () {});
  }
  window.addEventListener('message', function (event) {
    var type = event.data && event.data.type;
    if (type === 'plan-tracker:changed') refresh();
    if (type === 'plan-tracker:close') document.getElementById('sidebar').hidden = true;
  });
  refresh();
  setInterval(poll, 2000);
})();`;

const PAGE_STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 13px Arial, sans-serif; color: #202124; }
.topbar { align-items: center; border-bottom: 1px solid #dadce0; display: flex; gap: 16px; padding: 8px 16px; }
.topbar .name { font-size: 18px; }
.topbar .note { color: #5f6368; flex: 1; }
.topbar a { color: #1a73e8; }
.workspace { display: flex; flex: 1; min-height: 0; }
.sheet { display: flex; flex: 1; flex-direction: column; min-width: 0; }
#grid { flex: 1; overflow: auto; }
table.grid { border-collapse: collapse; table-layout: fixed; }
.grid th { background: #f8f9fa; border: 1px solid #e2e3e3; color: #5f6368; font-weight: normal; height: 21px; padding: 0 4px; position: sticky; top: 0; z-index: 1; }
.grid tr th:first-child { left: 0; min-width: 46px; position: sticky; z-index: 2; }
.grid td { border: 1px solid #e2e3e3; height: 21px; line-height: 17px; overflow: hidden; padding: 1px 3px; vertical-align: bottom; white-space: nowrap; }
.grid td .cell { overflow: hidden; }
.grid td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.grid td.spill { overflow: visible; position: relative; }
.grid td.spill .cell { overflow: visible; position: relative; z-index: 1; }
.grid tr.selected td { background: #e8f0fe; box-shadow: inset 0 2px #1a73e8, inset 0 -2px #1a73e8; }
.grid tr.frozen td { border-bottom: 2px solid #bdc1c6; position: sticky; top: 21px; background: #fff; }
#sheet-tabs { background: #f8f9fa; border-top: 1px solid #dadce0; display: flex; gap: 2px; padding: 0 8px; }
.sheet-tab { background: none; border: 0; color: #5f6368; font: inherit; padding: 8px 16px; }
.sheet-tab.active { background: #fff; border-bottom: 3px solid #1a73e8; color: #1a73e8; }
#sidebar { border-left: 1px solid #dadce0; display: flex; flex-direction: column; width: 301px; }
#sidebar[hidden] { display: none; }
#sidebar .chrome { align-items: center; display: flex; font-size: 16px; justify-content: space-between; padding: 12px; }
#sidebar .chrome a { color: #5f6368; text-decoration: none; }
#sidebar iframe { border: 0; flex: 1; width: 300px; }
`;

/** The preview page: menu bar, sheet area (filled by script) and the sidebar iframe. */
export function previewPage(options: { sidebarTitle: string; spreadsheetName: string }): string {
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${escapeHtml(options.spreadsheetName)} - preview</title><style>${PAGE_STYLE}</style></head>
<body>
<div class="topbar"><span class="name">${escapeHtml(options.spreadsheetName)}</span>
<span class="note">Plan Tracker local preview: the real dist/Code.js on the Apps Script emulator</span>
<a href="/?locale=vi" title="Vietnamese user">vi</a> <a href="/?locale=en" title="English user">en</a>
<a href="/" title="Open the sidebar again">sidebar</a> <a href="/reset" id="reset">reset</a></div>
<div class="workspace">
<div class="sheet"><div id="grid"></div><div id="sheet-tabs"></div></div>
<aside id="sidebar"><div class="chrome"><span id="sidebar-title">${escapeHtml(options.sidebarTitle)}</span>
<a href="#" onclick="document.getElementById('sidebar').hidden = true; return false" title="Close">&#x2715;</a></div>
<iframe id="sidebar-frame" src="/sidebar" title="${escapeHtml(options.sidebarTitle)}"></iframe></aside>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}
