// The preview's HTML: a spreadsheet-like page (cells, rule colours, dropdowns, frozen panes,
// charts drawn by ECharts, typing in cells, a user switcher) with the sidebar beside it, and the
// shim that gives the sidebar a google.script.run which posts to the preview server.
import { escapeHtml } from '../../src/core/report/html';
import type { PreviewUser } from './preview-users';

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
  return /<head[^>]*>/i.test(sidebarHtml)
    ? sidebarHtml.replace(/<head[^>]*>/i, (head) => `${head}${tag}`)
    : tag + sidebarHtml;
}

/**
 * Draws the sheet area from /api/sheets, on load, after every sidebar call or edit, and when the
 * state's version moves (polled every 2 s). A cell is selected by a click and edited by a double
 * click, Enter, F2 or typing; a dropdown cell offers its choices; a checkbox toggles on click.
 */
const PAGE_SCRIPT = `(function () {
  var version = -1, scrolled = null, charts = [], current = null, selected = null, editing = null, viewer = document.body.dataset.role === 'viewer';
  var grid = document.getElementById('grid'), tabs = document.getElementById('sheet-tabs');
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; }
  function column(n) { var s = ''; while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) }).then(function (r) { return r.json(); });
  }
  // Sheets' "There was a problem" dialog for a refused edit.
  function problem(message) {
    var dialog = document.getElementById('problem');
    dialog.querySelector('.message').textContent = message;
    dialog.hidden = false;
    dialog.querySelector('button').focus();
  }
  document.getElementById('problem').querySelector('button').onclick = function () { document.getElementById('problem').hidden = true; grid.focus(); };
  // Like Sheets: the page shows the active sheet (a script's activate() switches it, a tab click
  // activates it on the server), and hidden sheets get no tab.
  function activate(name) { post('/api/activate', { name: name }).then(refresh); }
  function commit(row, col, value) {
    post('/api/edit', { sheet: current.name, row: row, column: col, value: value }).then(function (answer) {
      if (!answer.ok) problem(answer.error);
      refresh();
    });
  }
  function select(td) {
    if (selected) selected.classList.remove('current');
    selected = td;
    if (td) { td.classList.add('current'); }
  }
  function startEdit(td, initial) {
    if (viewer || !td || editing) return;
    var r = Number(td.dataset.row), c = Number(td.dataset.col), cell = current.cells[r - 1][c - 1];
    var input;
    if (cell.choices) {
      input = el('select', 'editor');
      [''].concat(cell.choices).forEach(function (choice) { var o = el('option', null, choice); o.value = choice; input.appendChild(o); });
      input.value = cell.choices.indexOf(cell.text) >= 0 ? cell.text : '';
      input.onchange = function () { finish(true); };
    } else {
      input = el('input', 'editor');
      input.value = initial != null ? initial : (cell.formula || cell.text);
    }
    editing = { td: td, input: input, row: r, col: c, before: cell.formula || cell.text };
    td.appendChild(input);
    input.focus();
    input.onkeydown = function (event) {
      // The grid's own keys (Enter opens an editor) must not see the key that closed this one.
      event.stopPropagation();
      if (event.key === 'Enter') { event.preventDefault(); finish(true); }
      if (event.key === 'Escape') { event.preventDefault(); finish(false); }
    };
    input.onblur = function () { finish(true); };
  }
  function finish(keep) {
    if (!editing) return;
    var e = editing; editing = null;
    var value = e.input.value;
    e.input.remove();
    grid.focus();
    if (keep && value !== e.before) commit(e.row, e.col, value);
  }
  grid.addEventListener('click', function (event) {
    var td = event.target.closest && event.target.closest('td[data-row]');
    if (!td || editing) return;
    select(td);
    var cell = current.cells[Number(td.dataset.row) - 1][Number(td.dataset.col) - 1];
    if (cell.checkbox !== null && !viewer && event.target.classList.contains('box')) commit(Number(td.dataset.row), Number(td.dataset.col), !cell.checkbox);
  });
  grid.addEventListener('dblclick', function (event) {
    var td = event.target.closest && event.target.closest('td[data-row]');
    if (td) { select(td); startEdit(td); }
  });
  grid.addEventListener('keydown', function (event) {
    if (editing || !selected || event.defaultPrevented || event.target !== grid) return;
    if (event.key === 'Enter' || event.key === 'F2') { event.preventDefault(); startEdit(selected); }
    else if (event.key === 'Delete' || event.key === 'Backspace') { event.preventDefault(); if (!viewer) commit(Number(selected.dataset.row), Number(selected.dataset.col), ''); }
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) { event.preventDefault(); startEdit(selected, event.key); }
  });
  function draw(data) {
    if (editing) return;
    var visible = data.sheets.filter(function (s) { return !s.hidden; });
    var sheet = visible.filter(function (s) { return s.active; })[0] || visible[0];
    var keep = selected && current && sheet && current.name === sheet.name ? [selected.dataset.row, selected.dataset.col] : null;
    current = sheet;
    tabs.textContent = '';
    visible.forEach(function (s) {
      var tab = el('button', 'sheet-tab' + (sheet && s.name === sheet.name ? ' active' : ''), s.name);
      tab.type = 'button';
      tab.onclick = function () { activate(s.name); };
      tabs.appendChild(tab);
    });
    charts.forEach(function (chart) { chart.dispose(); });
    charts = [];
    grid.textContent = '';
    selected = null;
    if (!sheet) return;
    var sel = sheet.selectedRows, selectedRow = null;
    var hiddenCols = {}, hiddenRows = {}, covered = {}, spans = {};
    sheet.hiddenColumns.forEach(function (c) { hiddenCols[c] = true; });
    sheet.hiddenRows.forEach(function (r) { hiddenRows[r] = true; });
    sheet.merges.forEach(function (m) {
      spans[m[0] + ':' + m[1]] = m;
      for (var r = m[0]; r < m[0] + m[2]; r++) for (var c = m[1]; c < m[1] + m[3]; c++) if (r !== m[0] || c !== m[1]) covered[r + ':' + c] = true;
    });
    // Left offsets of the frozen columns, for sticky positioning.
    var lefts = [], left = 46;
    for (var fc = 1; fc <= sheet.frozenColumns; fc++) { lefts[fc] = left; if (!hiddenCols[fc]) left += sheet.widths[fc - 1] || 100; }
    var table = el('table', 'grid'), head = el('tr', 'header'), colgroup = el('colgroup'), total = 46;
    colgroup.appendChild(el('col')).style.width = '46px';
    head.appendChild(el('th', 'corner'));
    for (var c = 1; c <= sheet.numColumns; c++) {
      if (hiddenCols[c]) continue;
      var width = sheet.widths[c - 1] || 100;
      total += width;
      colgroup.appendChild(el('col')).style.width = width + 'px';
      var th = head.appendChild(el('th', c <= sheet.frozenColumns ? 'frozen-col' : null, column(c)));
      if (c <= sheet.frozenColumns) th.style.left = lefts[c] + 'px';
    }
    table.style.width = total + 'px';
    table.appendChild(colgroup);
    table.appendChild(head);
    var anchors = {};
    sheet.cells.forEach(function (row, r) {
      var rowNumber = r + 1;
      if (hiddenRows[rowNumber]) return;
      var selectedHere = sel && rowNumber >= sel[0] && rowNumber <= sel[1];
      var tr = el('tr', (r < sheet.frozenRows ? 'frozen' : '') + (r + 1 === sheet.frozenRows ? ' frozen-last' : '') + (selectedHere ? ' selected' : ''));
      if (sheet.heights[rowNumber]) tr.style.height = sheet.heights[rowNumber] + 'px';
      if (selectedHere && !selectedRow) selectedRow = tr;
      tr.appendChild(el('th', null, String(rowNumber)));
      row.forEach(function (cell, c) {
        var colNumber = c + 1;
        if (hiddenCols[colNumber] || covered[rowNumber + ':' + colNumber]) return;
        // Like Sheets: wrap grows the row, clip cuts at the column edge, overflow spills into an empty neighbour.
        var next = row[c + 1];
        var spills = cell.wrap === 'overflow' && cell.text !== '' && cell.align !== 'right' && (!next || next.text === '');
        var cls = [cell.wrap === 'wrap' ? 'wrap' : spills ? 'spill' : 'clip'];
        if (cell.choices) cls.push('dropdown');
        if (cell.checkbox !== null) cls.push(cell.checkbox ? 'checkbox checked' : 'checkbox');
        if (cell.invalid) cls.push('invalid');
        if (colNumber <= sheet.frozenColumns) cls.push('frozen-col');
        var td = el('td', cls.join(' '));
        td.dataset.row = rowNumber; td.dataset.col = colNumber;
        var span = spans[rowNumber + ':' + colNumber];
        if (span) { td.rowSpan = span[2]; td.colSpan = span[3]; }
        var inner = td.appendChild(el('div', 'cell', cell.checkbox !== null ? null : cell.text));
        if (cell.checkbox !== null) inner.appendChild(el('span', 'box'));
        if (cell.background && cell.background !== '#ffffff') td.style.background = cell.background;
        else if (colNumber <= sheet.frozenColumns || r < sheet.frozenRows) td.style.background = '#ffffff';
        if (cell.color && cell.color !== '#000000') td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.strikethrough) td.style.textDecoration = 'line-through';
        if (cell.align) td.style.textAlign = cell.align;
        if (colNumber <= sheet.frozenColumns) td.style.left = lefts[colNumber] + 'px';
        td.style.verticalAlign = cell.valign || 'bottom';
        td.title = cell.help ? cell.text + '\\n' + cell.help : cell.text;
        anchors[rowNumber + ':' + colNumber] = td;
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    grid.appendChild(table);
    // Charts float over the grid from their anchor cell, drawn by ECharts.
    sheet.charts.forEach(function (spec) {
      var anchor = anchors[spec.anchorRow + ':' + spec.anchorColumn];
      if (!anchor || !window.echarts) return;
      var box = el('div', 'chart');
      box.style.left = (anchor.offsetLeft + spec.offsetX) + 'px';
      box.style.top = (anchor.offsetTop + spec.offsetY) + 'px';
      box.style.width = spec.width + 'px';
      box.style.height = spec.height + 'px';
      grid.appendChild(box);
      var chart = window.echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(spec.option);
      charts.push(chart);
    });
    if (keep && anchors[keep[0] + ':' + keep[1]]) select(anchors[keep[0] + ':' + keep[1]]);
    // Scroll a new selection (an overdue item clicked in the sidebar) into view once.
    var key = sel ? sheet.name + ':' + sel.join('-') : null;
    if (selectedRow && key !== scrolled) selectedRow.scrollIntoView({ block: 'center' });
    scrolled = key;
    document.body.dataset.drawn = String(data.version);
  }
  function refresh() {
    return fetch('/api/sheets').then(function (r) { return r.json(); }).then(function (data) { version = data.version; draw(data); });
  }
  function poll() {
    fetch('/api/version').then(function (r) { return r.json(); }).then(function (v) { if (v.version !== version) refresh(); }, function () {});
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin) return;
    var type = event.data && event.data.type;
    if (type === 'plan-tracker:changed') refresh();
    if (type === 'plan-tracker:close') document.getElementById('sidebar').hidden = true;
  });
  // The top bar: who is at the keyboard, their language, start over.
  document.getElementById('user').onchange = function (event) { post('/api/user', { email: event.target.value }).then(function () { location.reload(); }); };
  Array.prototype.forEach.call(document.querySelectorAll('[data-locale]'), function (button) {
    button.onclick = function () { post('/api/user', { locale: button.dataset.locale }).then(function () { location.reload(); }); };
  });
  document.getElementById('reset').onclick = function () { post('/reset').then(function () { location.reload(); }); };
  refresh();
  setInterval(poll, 2000);
})();`;

const PAGE_STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 13px Arial, sans-serif; color: #202124; }
.topbar { align-items: center; border-bottom: 1px solid #dadce0; display: flex; gap: 12px; padding: 8px 16px; }
.topbar .name { font-size: 18px; }
.topbar .note { color: #5f6368; flex: 1; }
.topbar button.link { background: none; border: 0; color: #1a73e8; cursor: pointer; font: inherit; padding: 0; text-decoration: underline; }
.topbar button.link[aria-pressed="true"] { color: #202124; font-weight: bold; text-decoration: none; }
.topbar a { color: #1a73e8; }
.topbar select { font: inherit; }
.workspace { display: flex; flex: 1; min-height: 0; }
.sheet { display: flex; flex: 1; flex-direction: column; min-width: 0; }
#grid { flex: 1; outline: none; overflow: auto; position: relative; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
.grid th { background: #f8f9fa; border: solid #e2e3e3; border-width: 0 1px 1px 0; color: #5f6368; font-weight: normal; height: 21px; padding: 0 4px; }
.grid tr.header th { position: sticky; top: 0; z-index: 3; }
.grid tr th:first-child { left: 0; min-width: 46px; position: sticky; z-index: 2; }
.grid tr.header th:first-child, .grid tr.header th.frozen-col { z-index: 4; }
.grid th.frozen-col { position: sticky; }
.grid td { background: #fff; border: solid #e2e3e3; border-width: 0 1px 1px 0; height: 21px; line-height: 17px; overflow: hidden; padding: 1px 3px; position: relative; vertical-align: bottom; white-space: nowrap; }
.grid td .cell { overflow: hidden; }
.grid td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.grid td.spill { overflow: visible; }
.grid td.spill .cell { overflow: visible; position: relative; z-index: 1; }
.grid td.frozen-col { position: sticky; z-index: 1; }
.grid td.frozen-col.spill .cell { overflow: hidden; }
.grid td.current { box-shadow: inset 0 0 0 2px #1a73e8; }
.grid td.dropdown { padding-right: 16px; }
.grid td.dropdown::after { color: #5f6368; content: '\\25BE'; font-size: 11px; position: absolute; right: 4px; bottom: 2px; }
.grid td.checkbox { text-align: center; }
.grid td.checkbox .box { border: 2px solid #5f6368; border-radius: 2px; cursor: pointer; display: inline-block; height: 14px; vertical-align: middle; width: 14px; }
.grid td.checkbox.checked .box { background: #1a73e8; border-color: #1a73e8; box-shadow: inset 0 0 0 2px #fff; }
.grid td.invalid::before { border-left: 6px solid transparent; border-top: 6px solid #ea4335; content: ''; position: absolute; right: 0; top: 0; }
.grid td .editor { border: 2px solid #1a73e8; font: inherit; height: 100%; left: 0; min-width: 100%; padding: 0 2px; position: absolute; top: 0; z-index: 5; }
.grid tr.selected td { box-shadow: inset 0 2px #1a73e8, inset 0 -2px #1a73e8; }
.grid tr.frozen td { position: sticky; top: 21px; z-index: 2; }
.grid tr.frozen td.frozen-col, .grid tr.frozen td.spill { z-index: 3; }
.grid tr.frozen-last td, .grid tr.frozen-last th { border-bottom: 3px solid #bdc1c6; }
.grid td.frozen-col:last-of-type { border-right-width: 1px; }
.chart { background: #fff; border: 1px solid #dadce0; position: absolute; z-index: 2; }
#sheet-tabs { background: #f8f9fa; border-top: 1px solid #dadce0; display: flex; gap: 2px; padding: 0 8px; }
.sheet-tab { background: none; border: 0; color: #5f6368; font: inherit; padding: 8px 16px; }
.sheet-tab.active { background: #fff; border-bottom: 3px solid #1a73e8; color: #1a73e8; }
#sidebar { border-left: 1px solid #dadce0; display: flex; flex-direction: column; width: 301px; }
#sidebar[hidden] { display: none; }
#sidebar .chrome { align-items: center; display: flex; font-size: 16px; justify-content: space-between; padding: 12px; }
#sidebar .chrome a { color: #5f6368; text-decoration: none; }
#sidebar iframe { border: 0; flex: 1; width: 300px; }
#sidebar .viewer-note { color: #5f6368; padding: 12px; }
#problem { background: rgba(0, 0, 0, 0.3); inset: 0; position: fixed; z-index: 10; }
#problem[hidden] { display: none; }
#problem .box { background: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3); left: 50%; padding: 24px; position: absolute; top: 30%; transform: translateX(-50%); width: 420px; }
#problem h2 { font-size: 18px; font-weight: normal; margin: 0 0 12px; }
#problem .actions { margin-top: 20px; text-align: right; }
#problem button { background: #1a73e8; border: 0; border-radius: 4px; color: #fff; font: inherit; padding: 8px 24px; }
`;

/** The preview page: top bar, sheet area (filled by script), the sidebar iframe (editors only). */
export function previewPage(options: {
  sidebarTitle: string;
  spreadsheetName: string;
  user: PreviewUser;
  users: readonly PreviewUser[];
  locale: string;
}): string {
  const viewer = options.user.role === 'viewer';
  const userOptions = options.users
    .map(
      (u) =>
        `<option value="${escapeHtml(u.email)}"${u.email === options.user.email ? ' selected' : ''}>${escapeHtml(u.label)} — ${escapeHtml(u.email)}</option>`,
    )
    .join('');
  const known = options.users.some((u) => u.email === options.user.email)
    ? ''
    : `<option selected>${escapeHtml(options.user.email)}</option>`;
  const language = (code: string, title: string) =>
    `<button type="button" class="link" data-locale="${code}" title="${title}" aria-pressed="${options.locale.startsWith(code)}">${code}</button>`;
  const sidebar = viewer
    ? `<aside id="sidebar"><div class="chrome"><span id="sidebar-title">${escapeHtml(options.sidebarTitle)}</span></div>
<p class="viewer-note">View-only users cannot type in cells or use add-ons (Extensions is greyed out in Sheets). Switch to an editor in the top bar.</p></aside>`
    : `<aside id="sidebar"><div class="chrome"><span id="sidebar-title">${escapeHtml(options.sidebarTitle)}</span>
<a href="#" onclick="document.getElementById('sidebar').hidden = true; return false" title="Close">&#x2715;</a></div>
<iframe id="sidebar-frame" src="/sidebar" title="${escapeHtml(options.sidebarTitle)}"></iframe></aside>`;
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${escapeHtml(options.spreadsheetName)} - preview</title><style>${PAGE_STYLE}</style>
<script src="/vendor/echarts.min.js"></script></head>
<body data-role="${options.user.role}">
<div class="topbar"><span class="name">${escapeHtml(options.spreadsheetName)}</span>
<span class="note">Plan Tracker local preview: the real dist/Code.js on the Apps Script emulator</span>
<label>User <select id="user" title="Who is at the keyboard">${known}${userOptions}</select></label>
${language('vi', 'Vietnamese user')} ${language('en', 'English user')}
<a href="/" title="Open the sidebar again">sidebar</a> <button type="button" class="link" id="reset">reset</button></div>
<div class="workspace">
<div class="sheet"><div id="grid" tabindex="0"></div><div id="sheet-tabs"></div></div>
${sidebar}
</div>
<div id="problem" hidden role="alertdialog" aria-labelledby="problem-title"><div class="box"><h2 id="problem-title">There was a problem</h2><p class="message"></p>
<div class="actions"><button type="button">OK</button></div></div></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}
