// Document view: page image with field boxes, the editable form, keyboard handling.
// Everything from the server is put in the page as text (textContent / value), never as markup.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('page-data').textContent);
  const S = data.strings;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const $ = (id) => document.getElementById(id);
  const metrics = (window.reviewMetrics = { keys: 0, checks: 0, loadedAt: 0, confirmedAt: 0 });

  let doc = null; // GET /review/api/documents/{id}
  let views = new Map(); // path -> cell view of the last answer (box, page, reasons, doubtful)
  let doubtful = new Set();
  let header = []; // {name, label, text, touched}
  let tables = { lines: [], measurements: [] }; // rows: {origin, cells: {name: {text, touched}}}
  let columns = { lines: [], measurements: [] };
  let pageIndex = 0;
  let zoom = 1;
  let rotation = 0;
  let currentPath = null;
  let busy = false;

  const format = (text, ...args) => text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

  function message(text, kind) {
    const box = $('message');
    box.textContent = text || '';
    box.className = 'message ' + (kind || 'error');
    box.hidden = !text;
  }

  async function call(path, body) {
    const response = await fetch(`/review/api/documents/${encodeURIComponent(data.id)}/${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf },
      body: JSON.stringify(body),
    });
    let json = null;
    try { json = await response.json(); } catch { json = null; }
    return { ok: response.ok, status: response.status, json };
  }

  async function load() {
    const response = await fetch(`/review/api/documents/${encodeURIComponent(data.id)}`, { credentials: 'same-origin' });
    doc = await response.json();
    const form = doc.form;
    header = form.fields.map((c) => ({ name: c.name, label: c.label, text: c.display, touched: false }));
    columns = { lines: form.lineColumns, measurements: form.measurementColumns };
    tables.lines = form.lines.map((row, i) => toRow(row, i));
    tables.measurements = form.measurements.map((row, i) => toRow(row, i));
    absorb(form);
    render();
    showPage(0);
    if (!doc.editable) {
      document.body.classList.add('read-only');
      for (const id of ['confirm-doc', 'reject-doc', 'change-type']) $(id).disabled = true;
    } else {
      setInterval(() => call('claim', {}), 120000);
    }
    metrics.loadedAt = performance.now();
    const first = nextDoubtful(null);
    focusPath(first || (header[0] ? header[0].name : null));
  }

  function toRow(cells, origin) {
    const row = { origin, cells: {} };
    for (const c of cells) row.cells[c.name] = { text: c.display, touched: false };
    return row;
  }

  // Takes the server's view of the form (initial or after a check): boxes, reasons, doubt, problems.
  function absorb(form) {
    views = new Map();
    for (const c of form.fields) views.set(c.path, c);
    for (const row of form.lines) for (const c of row) views.set(c.path, c);
    for (const row of form.measurements) for (const c of row) views.set(c.path, c);
    doubtful = new Set(form.doubtful);
    const problems = $('problems');
    problems.replaceChildren();
    for (const p of form.problems) {
      const item = document.createElement('p');
      item.className = 'problem';
      item.textContent = `${p.text} (${p.message})`;
      if (p.fields.length) item.addEventListener('click', () => focusPath(p.fields[0]));
      problems.append(item);
    }
    for (const [path, error] of Object.entries(form.errors || {})) {
      const v = views.get(path);
      if (v) v.reasons = [error, ...v.reasons];
      doubtful.add(path);
    }
    decorate();
  }

  function submission() {
    const cells = (row) => Object.fromEntries(Object.entries(row.cells).map(([n, c]) => [n, { text: c.text, touched: c.touched }]));
    return {
      version: doc.version,
      fields: Object.fromEntries(header.map((h) => [h.name, { text: h.text, touched: h.touched }])),
      lines: showsTable('lines') ? tables.lines.map((r) => ({ origin: r.origin, cells: cells(r) })) : null,
      measurements: showsTable('measurements') ? tables.measurements.map((r) => ({ origin: r.origin, cells: cells(r) })) : null,
    };
  }

  const showsTable = (name) => tables[name].length > 0 || (name === 'lines' ? doc.documentType === 'order' : doc.documentType === 'quality_record');

  // ---- form ----
  function render() {
    const table = $('header-fields');
    table.replaceChildren();
    for (const h of header) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      const label = document.createElement('label');
      label.textContent = h.label;
      label.htmlFor = 'f-' + h.name;
      th.append(label);
      const td = document.createElement('td');
      td.append(input(h.name, h, 'f-' + h.name));
      tr.append(th, td);
      table.append(tr);
    }
    renderTable('lines');
    renderTable('measurements');
    decorate();
  }

  function renderTable(name) {
    const block = $(name + '-block');
    block.hidden = !showsTable(name);
    const table = $(name);
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const c of columns[name]) {
      const th = document.createElement('th');
      th.textContent = c.label;
      head.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    tables[name].forEach((row, i) => {
      const tr = document.createElement('tr');
      for (const c of columns[name]) {
        row.cells[c.name] = row.cells[c.name] || { text: '', touched: false };
        const td = document.createElement('td');
        const field = input(`${name}[${i}].${c.name}`, row.cells[c.name]);
        field.setAttribute('aria-label', `${c.label} ${i + 1}`);
        field.dataset.column = c.name;
        td.append(field);
        tr.append(td);
      }
      tbody.append(tr);
    });
    table.append(thead, tbody);
  }

  function input(path, state, id) {
    const wrap = document.createElement('div');
    wrap.className = 'cell';
    const el = document.createElement('input');
    el.value = state.text;
    el.dataset.path = path;
    if (id) el.id = id;
    el.readOnly = !doc.editable;
    el.addEventListener('input', () => { state.text = el.value; state.touched = true; });
    el.addEventListener('focus', () => select(path));
    const why = document.createElement('div');
    why.className = 'why';
    wrap.append(el, why);
    return wrap;
  }

  const inputs = () => Array.from(document.querySelectorAll('#review-form input[data-path]'));
  const inputOf = (path) => inputs().find((el) => el.dataset.path === path);

  // Marks doubtful inputs with their reasons in words, and shows what was read when it differs.
  function decorate() {
    for (const el of inputs()) {
      const path = el.dataset.path;
      const v = views.get(path);
      const isDoubtful = doubtful.has(path);
      el.classList.toggle('doubtful', isDoubtful);
      el.classList.toggle('reviewed', !!stateOf(path)?.touched);
      el.setAttribute('aria-invalid', isDoubtful ? 'true' : 'false');
      const why = el.parentElement.querySelector('.why');
      const parts = [];
      if (isDoubtful && v && v.reasons.length) parts.push(v.reasons.join(' / '));
      if (isDoubtful && v && v.text && v.text !== el.value) parts.push(`${S.ocrText}: ${v.text}`);
      why.textContent = parts.join(' · ');
    }
    drawBoxes();
  }

  function stateOf(path) {
    const m = /^(lines|measurements)\[(\d+)\]\.(\w+)$/.exec(path);
    if (!m) return header.find((h) => h.name === path);
    const row = tables[m[1]][Number(m[2])];
    return row ? row.cells[m[3]] : null;
  }

  function nextDoubtful(after) {
    const order = inputs().map((el) => el.dataset.path);
    const start = after === null ? -1 : order.indexOf(after);
    for (let k = 1; k <= order.length; k++) {
      const path = order[(start + k) % order.length];
      if (doubtful.has(path) && !stateOf(path)?.touched) return path;
    }
    return null;
  }

  function focusPath(path) {
    const el = path && inputOf(path);
    if (el) {
      el.focus();
      el.select();
    }
  }

  function select(path) {
    currentPath = path;
    const v = views.get(path);
    if (v && v.page && doc.pages.length) {
      const index = doc.pages.findIndex((p) => p.number === v.page);
      if (index >= 0 && index !== pageIndex) showPage(index);
    }
    drawBoxes();
    const box = document.querySelector('#boxes .selected');
    if (box) box.scrollIntoView({ block: 'center', inline: 'center' });
  }

  // ---- checks and actions ----
  async function check() {
    metrics.checks++;
    const answer = await call('check', submission());
    if (answer.ok) absorb(answer.json);
    else message(answer.json && answer.json.message ? answer.json.message : S.network);
    return answer;
  }

  async function confirmField(el) {
    if (busy || !doc.editable) return;
    const state = stateOf(el.dataset.path);
    state.touched = true;
    busy = true;
    try {
      const answer = await check();
      const v = views.get(el.dataset.path);
      if (answer.ok && v && !(answer.json.errors || {})[el.dataset.path]) {
        state.text = v.display;
        el.value = v.display;
        decorate();
      }
    } finally {
      busy = false;
    }
    const next = nextDoubtful(el.dataset.path);
    if (next) focusPath(next);
    else {
      message(format(S.doubtfulLeft, 0), 'ok');
      $('confirm-doc').focus();
    }
  }

  async function confirmDocument() {
    if (busy || !doc.editable) return;
    busy = true;
    try {
      const answer = await call('confirm', submission());
      if (answer.ok) {
        metrics.confirmedAt = performance.now();
        message(S.confirmed, 'ok');
        document.body.dataset.confirmed = 'true';
        setTimeout(() => { location.href = '/review/next'; }, 300);
        return;
      }
      if (answer.json && answer.json.form) absorb(answer.json.form);
      message(answer.json ? answer.json.message : S.network);
      const next = nextDoubtful(null);
      if (next) focusPath(next);
    } catch {
      message(S.network);
    } finally {
      busy = false;
    }
  }

  function openDialog(id, onOk) {
    if (!doc.editable) return;
    const dialog = $(id);
    dialog.returnValue = '';
    dialog.showModal();
    dialog.addEventListener('close', async function closed() {
      dialog.removeEventListener('close', closed);
      if (dialog.returnValue === 'ok') await onOk();
    });
  }

  function reject() {
    openDialog('reject-dialog', async () => {
      const answer = await call('reject', { version: doc.version, reason: $('reject-reason').value, note: $('reject-note').value });
      if (answer.ok) {
        message(S.rejected, 'ok');
        setTimeout(() => { location.href = '/review/next'; }, 300);
      } else message(answer.json ? answer.json.message : S.network);
    });
  }

  function changeType() {
    openDialog('type-dialog', async () => {
      const answer = await call('type', { version: doc.version, documentType: $('type-select').value });
      if (answer.ok) location.reload();
      else message(answer.json ? answer.json.message : S.network);
    });
  }

  function currentRow() {
    const m = /^(lines|measurements)\[(\d+)\]\.(\w+)$/.exec(currentPath || '');
    return m ? { table: m[1], index: Number(m[2]), column: m[3] } : null;
  }

  async function editRows(kind) {
    if (!doc.editable) return;
    let at = currentRow();
    if (!at && kind === 'add') {
      const table = doc.documentType === 'quality_record' ? 'measurements' : 'lines';
      at = { table, index: tables[table].length - 1, column: columns[table][0].name };
    }
    if (!at) return;
    const rows = tables[at.table];
    if (kind === 'add') rows.splice(at.index + 1, 0, { origin: null, cells: {} });
    if (kind === 'split' && rows[at.index]) {
      const copy = { origin: null, cells: {} };
      for (const [n, c] of Object.entries(rows[at.index].cells)) copy.cells[n] = { text: c.text, touched: true };
      rows.splice(at.index + 1, 0, copy);
    }
    if (kind === 'delete') rows.splice(at.index, 1);
    renderTable(at.table);
    await check();
    const index = kind === 'delete' ? Math.min(at.index, rows.length - 1) : at.index + 1;
    focusPath(index >= 0 ? `${at.table}[${index}].${kind === 'add' ? columns[at.table][0].name : at.column}` : null);
  }

  // ---- page image ----
  function showPage(index) {
    if (!doc.pages.length) {
      $('page-label').textContent = S.noImage;
      return;
    }
    pageIndex = Math.max(0, Math.min(index, doc.pages.length - 1));
    const page = doc.pages[pageIndex];
    $('page-label').textContent = format(S.page, pageIndex + 1, doc.pages.length);
    const img = $('page-image');
    if (page.image) img.src = page.image;
    else img.removeAttribute('src');
    layout();
  }

  function layout() {
    const sheet = $('sheet');
    sheet.style.width = `${Math.round(zoom * 100)}%`;
    sheet.style.transform = rotation ? `rotate(${rotation}deg)` : '';
    drawBoxes();
  }

  function drawBoxes() {
    const layer = $('boxes');
    if (!doc || !layer) return;
    layer.replaceChildren();
    const page = doc.pages[pageIndex];
    if (!page) return;
    for (const [path, v] of views) {
      if (v.page !== page.number || !v.box) continue;
      const box = document.createElement('div');
      box.className = 'box';
      if (doubtful.has(path) && !stateOf(path)?.touched) box.classList.add('doubtful');
      if (path === currentPath) box.classList.add('selected');
      box.style.left = `${(100 * v.box[0]) / page.width}%`;
      box.style.top = `${(100 * v.box[1]) / page.height}%`;
      box.style.width = `${(100 * v.box[2]) / page.width}%`;
      box.style.height = `${(100 * v.box[3]) / page.height}%`;
      box.title = v.label;
      box.addEventListener('click', () => focusPath(path));
      layer.append(box);
    }
  }

  // ---- keyboard ----
  document.addEventListener('keydown', (e) => {
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) metrics.keys++;
    if (document.querySelector('dialog[open]')) return;
    const target = e.target;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      confirmDocument();
    } else if (e.key === 'Enter' && target instanceof HTMLInputElement && target.dataset.path) {
      e.preventDefault();
      confirmField(target);
    } else if (e.altKey && !e.ctrlKey) {
      const actions = {
        r: reject, t: changeType, a: () => editRows('add'), d: () => editRows('delete'), s: () => editRows('split'),
        o: () => { rotation = (rotation + 90) % 360; layout(); },
        '=': () => { zoom = Math.min(4, zoom * 1.25); layout(); }, '+': () => { zoom = Math.min(4, zoom * 1.25); layout(); },
        '-': () => { zoom = Math.max(0.5, zoom / 1.25); layout(); },
        PageDown: () => showPage(pageIndex + 1), PageUp: () => showPage(pageIndex - 1),
      };
      const action = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key] || actions[e.code === 'KeyR' ? 'r' : e.code === 'KeyT' ? 't' : ''];
      if (action) {
        e.preventDefault();
        action();
      }
    } else if (e.key === 'Escape') {
      location.href = '/review';
    }
  });

  $('confirm-doc').addEventListener('click', confirmDocument);
  $('reject-doc').addEventListener('click', reject);
  $('change-type').addEventListener('click', changeType);
  $('prev-page').addEventListener('click', () => showPage(pageIndex - 1));
  $('next-page').addEventListener('click', () => showPage(pageIndex + 1));
  $('zoom-in').addEventListener('click', () => { zoom = Math.min(4, zoom * 1.25); layout(); });
  $('zoom-out').addEventListener('click', () => { zoom = Math.max(0.5, zoom / 1.25); layout(); });
  $('rotate').addEventListener('click', () => { rotation = (rotation + 90) % 360; layout(); });
  $('review-form').addEventListener('submit', (e) => e.preventDefault());
  load().catch(() => message(S.network));
})();
