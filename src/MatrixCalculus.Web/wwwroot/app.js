// The playground page: it sends what is typed to matcalc's own API (POST /api/view, /api/check,
// /api/codegen on this server) and shows the answers; every result comes from the library, the
// page computes nothing. The state lives in the address (?expr=&wrt=&let=&order=) so that a link
// reproduces the view.
'use strict';

const $ = (id) => document.getElementById(id);

// From the course notes and the examples/ tables: one click each.
const EXAMPLES = [
  { expr: "x'Ax", wrt: 'x' },
  { expr: "x'Ax", wrt: 'x', let: 'A: n x n symmetric' },
  { expr: '\\frac{1}{N}\\|Xw - y\\|^2', wrt: 'w' },
  { expr: '(1/N)||Xw - y||^2', wrt: 'w', order: 2 },
  { expr: 'log det X', wrt: 'X', let: 'X: n x n spd' },
  { expr: 'tr(AXB)', wrt: 'X' },
  { expr: '-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))', wrt: 'w', let: 'b: scalar' },
  { expr: 'logsumexp(t) - y\'t', wrt: 't' },
  { expr: '||XW - Y||_F^2', wrt: 'W' },
];

const DEFAULT_STATE = { expr: "x'Ax", wrt: 'x', let: '', order: '1' };
const DEBOUNCE_MS = 250;

const LANGUAGES = {
  numpy: { name: 'NumPy', extension: 'py' },
  pytorch: { name: 'PyTorch', extension: 'py' },
  csharp: { name: 'C#', extension: 'cs' },
};

let language = 'numpy';
let timer = 0;
let pending = null; // the AbortController of the request in flight
let generation = 0; // answers to an older state are dropped
let shown = null; // the /api/view answer on screen

// ---- state and address ----

function readState() {
  const params = new URLSearchParams(location.search);
  if (![...params.keys()].some((key) => key in DEFAULT_STATE)) return { ...DEFAULT_STATE };
  return {
    expr: params.get('expr') ?? '',
    wrt: params.get('wrt') ?? '',
    let: params.get('let') ?? '',
    order: params.get('order') === '2' ? '2' : '1',
  };
}

function currentState() {
  return { expr: $('expr').value, wrt: $('wrt').value.trim(), let: $('let').value, order: $('order').value };
}

function fill(state) {
  $('expr').value = state.expr;
  $('wrt').value = state.wrt;
  $('let').value = state.let ?? '';
  $('order').value = String(state.order ?? '1');
}

function address(state) {
  const params = new URLSearchParams();
  params.set('expr', state.expr);
  params.set('wrt', state.wrt);
  if (state.let) params.set('let', state.let);
  if (state.order !== '1') params.set('order', state.order);
  return `${location.pathname}?${params}`;
}

function request(state) {
  const body = { expression: state.expr, wrt: state.wrt, order: Number(state.order) };
  if (state.let.trim()) body.let = state.let;
  return body;
}

// ---- talking to the server ----

async function post(path, body, signal) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

async function update() {
  clearTimeout(timer);
  const state = currentState();
  history.replaceState(null, '', address(state));
  $('cli-line').textContent = commandLine(state);
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  const mine = ++generation;
  clearErrors();
  if (!state.expr.trim()) {
    showHint('Type an expression above, or pick an example.');
    return;
  }
  $('busy').hidden = false;
  try {
    if (!state.wrt) {
      await listSymbols(state, controller.signal, mine);
      if (mine === generation) showHint('Choose the variable to differentiate with respect to.');
      return;
    }
    const { status, json } = await post('/api/view', request(state), controller.signal);
    if (mine !== generation) return;
    if (status === 200) {
      render(json);
      refreshCode();
    } else {
      showError(json, status);
      if (json && (json.code === 'MC1101')) await listSymbols(state, controller.signal, mine);
    }
  } catch (e) {
    if (e.name !== 'AbortError') showError({ error: `the server did not answer: ${e.message}` }, 0);
  } finally {
    if (mine === generation) $('busy').hidden = true;
  }
}

// The expression's symbols as buttons, to pick the variable with one click.
async function listSymbols(state, signal, mine) {
  const body = { expression: state.expr };
  if (state.let.trim()) body.let = state.let;
  const { status, json } = await post('/api/parse', body, signal);
  if (mine !== generation) return;
  if (status === 200) showSymbols(json.symbols);
  else showError(json, status);
}

// ---- rendering ----

function tex(element, latex) {
  if (window.katex) {
    window.katex.render(latex, element, { displayMode: element.classList.contains('display'), throwOnError: false });
  } else {
    element.textContent = latex;
  }
}

// Each derivative in the order of the answer: a variable's object, then its mixed blocks
// (/api/view's "labels" come in the same order).
function derivatives(diff) {
  return (Array.isArray(diff) ? diff : [diff]).flatMap((d) => [d, ...(d.mixed ?? [])]);
}

function aligned(rows) {
  return rows.length === 1 ? rows[0].replace('&=', '=') : `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
}

function render(view) {
  shown = view;
  const { parse, labels } = view;
  const items = derivatives(view.diff);
  const tops = Array.isArray(view.diff) ? view.diff : [view.diff];
  shown.latex = aligned(items.map((d, i) => `${labels[i].label} &= ${d.latex}`));
  shown.plain = items.map((d, i) => (items.length === 1 ? d.result : `${labels[i].text} = ${d.result}`)).join('\n');
  $('view').hidden = false;
  $('view').classList.remove('stale');
  tex($('result'), shown.latex);
  tex($('f'), `f = ${parse.latex}`);
  // df once per variable: with several, the part in each variable's differential.
  tex($('df'), aligned(tops.map((d) => {
    const i = items.indexOf(d);
    const name = tops.length === 1 ? '\\mathrm{d}f' : `\\mathrm{d}f\\big|_{\\mathrm{d}${latexName(d.wrt)}}`;
    return `${name} &= ${labels[i].differential}`;
  })));
  $('plain').textContent = items.map((d, i) => `${labels[i].text} = ${d.result}`).join('\n');
  renderSteps(items, labels);
  renderShapes(parse, items, labels);
  const notes = tops[0].notes ?? [];
  $('notes').hidden = notes.length === 0;
  $('notes').textContent = notes.map((note) => `Read as: ${note}`).join('\n');
  showSymbols(parse.symbols);
  $('check-result').replaceChildren();
}

// A variable's name in LaTeX: W_2 as W_{2}; a Greek letter is left to KaTeX's Unicode support.
function latexName(name) {
  const [base, subscript] = name.split('_');
  return subscript ? `${base}_{${subscript}}` : base;
}

function renderSteps(items, labels) {
  const list = $('steps-list');
  list.replaceChildren();
  let count = 0;
  items.forEach((d, k) => {
    if (items.length > 1) {
      const heading = document.createElement('li');
      heading.className = 'steps-heading';
      heading.textContent = labels[k].text;
      list.append(heading);
    }
    (d.steps ?? []).forEach((step, i) => {
      const item = document.createElement('li');
      const math = document.createElement('span');
      math.className = 'math';
      tex(math, i === 0 ? step.latex : `= ${step.latex}`);
      item.append(math);
      if (step.rule) {
        const rule = document.createElement('span');
        rule.className = 'rule';
        rule.textContent = step.rule;
        item.append(rule);
      }
      list.append(item);
      count++;
    });
  });
  $('steps-count').textContent = `(${count} steps)`;
}

function shapeText(shape) {
  if (shape.length === 0) return 'scalar';
  if (shape.length === 1) return `${shape[0]} (vector)`;
  return `${shape[0]} × ${shape[1]}`;
}

function renderShapes(parse, items, labels) {
  const body = $('shapes-body');
  body.replaceChildren();
  for (const symbol of parse.symbols) {
    const row = document.createElement('tr');
    for (const cell of [symbol.name, shapeText(symbol.shape), symbol.attributes.join(', ') || '—']) {
      const td = document.createElement('td');
      td.textContent = cell;
      row.append(td);
    }
    body.append(row);
  }
  $('kind').textContent = `f is ${shapeText(parse.shape)}; ` + items.map((d, i) =>
    `${labels[i].text} is the ${d.kind}, ${shapeText(d.shape)}` +
    (d.direction ? `, a linear map of the direction ${d.direction}` : '')).join('; ') + '.';
  const conventions = [...new Set(items.map((d) => d.convention).filter(Boolean))];
  $('convention').hidden = conventions.length === 0;
  $('convention').textContent = conventions.map((c) => `Convention: ${c}.`).join(' ');
}

function showSymbols(symbols) {
  const box = $('symbols');
  box.replaceChildren();
  if (!symbols || symbols.length === 0) return;
  const label = document.createElement('span');
  label.className = 'hint';
  label.textContent = 'variables: ';
  box.append(label);
  for (const symbol of symbols) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.textContent = symbol.name;
    button.setAttribute('aria-pressed', String(symbol.name === $('wrt').value.trim()));
    button.addEventListener('click', () => {
      $('wrt').value = symbol.name;
      update();
    });
    box.append(button);
  }
}

function clearErrors() {
  for (const id of ['expr-error', 'let-error', 'request-error']) {
    $(id).hidden = true;
    $(id).replaceChildren();
  }
}

function showHint(message) {
  $('busy').hidden = true;
  if (shown) $('view').classList.add('stale');
  const box = $('request-error');
  box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: message }));
  box.hidden = false;
}

// The message, and under it the line of the input with the caret under the spot, as the command
// line prints it (the server's "rendered"), beside the field the error is about.
function showError(error, status) {
  if (shown) $('view').classList.add('stale');
  const where = error?.source === 'expression' ? 'expr-error' : error?.source === 'declarations' ? 'let-error' : 'request-error';
  const box = $(where);
  const lines = (error?.rendered ?? `error: ${error?.error ?? `HTTP ${status}`}`).split('\n');
  const message = document.createElement('p');
  message.className = 'message';
  message.textContent = lines[0];
  box.replaceChildren(message);
  if (lines.length > 1) {
    const caret = document.createElement('pre');
    caret.className = 'caret';
    caret.textContent = lines.slice(1).join('\n');
    box.append(caret);
  }
  box.hidden = false;
}

// ---- the numeric check ----

async function check() {
  const state = currentState();
  const out = $('check-result');
  out.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'checking…' }));
  const { status, json } = await post('/api/check', request(state));
  out.replaceChildren();
  if (status !== 200) {
    const p = document.createElement('p');
    p.className = 'message';
    p.textContent = json?.rendered ?? json?.error ?? `HTTP ${status}`;
    out.append(p);
    return;
  }
  for (const report of Array.isArray(json) ? json : [json]) {
    const badge = document.createElement('p');
    badge.className = report.passed ? 'badge pass' : 'badge fail';
    const numbers = `max relative error ${report.maxRelativeError}, tolerance ${report.tolerance}`;
    badge.textContent = report.passed
      ? `✓ agrees with central finite differences (${numbers})`
      : `✗ disagrees with central finite differences (${numbers})`;
    const details = document.createElement('pre');
    details.textContent = report.text;
    out.append(badge, details);
  }
}

// ---- generated code ----

let code = null; // { language, code, filename } on screen

async function refreshCode() {
  const state = currentState();
  const mine = generation;
  const { status, json } = await post('/api/codegen', { ...request(state), language });
  if (mine !== generation) return;
  const note = $('code-note');
  if (status === 200) {
    code = json;
    $('code-text').textContent = json.code;
    note.hidden = true;
  } else {
    code = null;
    $('code-text').textContent = '';
    note.hidden = false;
    note.textContent = status === 404
      ? 'Code generation lands with issue 11 (matcalc codegen); this server does not have it yet.'
      : (json?.rendered ?? json?.error ?? `HTTP ${status}`);
  }
  $('copy-code').disabled = $('download-code').disabled = code === null;
  $('code-text').parentElement.hidden = code === null;
}

function selectTab(tab) {
  for (const other of document.querySelectorAll('[role=tab]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
  }
  $('code-panel').setAttribute('aria-labelledby', tab.id);
  language = tab.dataset.lang;
  refreshCode();
}

function download() {
  if (!code) return;
  const blob = new Blob([code.code], { type: 'text/plain;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = code.filename ?? `matcalc.${LANGUAGES[language].extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// ---- copying ----

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text });
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  $('copied').textContent = `${what} copied`;
  setTimeout(() => { $('copied').textContent = ''; }, 1500);
}

// The command that prints the same derivative, quoted for a POSIX shell.
function commandLine(state) {
  const quote = (s) => (/^[A-Za-z0-9_,.]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);
  let line = `matcalc diff ${quote(state.expr)} --wrt ${quote(state.wrt)}`;
  if (state.order !== '1') line += ` --order ${state.order}`;
  if (state.let.trim()) line += ` --let ${quote(state.let)}`;
  return line;
}

// ---- wiring ----

function showExamples() {
  const list = $('examples');
  for (const example of EXAMPLES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'example';
    const note = document.createElement('span');
    note.className = 'hint';
    note.textContent = [`wrt ${example.wrt}`, example.let, example.order === 2 ? 'Hessian' : null].filter(Boolean).join('; ');
    button.append(example.expr, note);
    button.addEventListener('click', () => {
      fill({ expr: example.expr, wrt: example.wrt, let: example.let ?? '', order: String(example.order ?? 1) });
      update();
      $('expr').focus();
    });
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }
}

function wire() {
  for (const id of ['expr', 'wrt', 'let']) $(id).addEventListener('input', schedule);
  $('order').addEventListener('change', update);
  $('copy-latex').addEventListener('click', () => shown && copy(shown.latex, 'LaTeX'));
  $('copy-plain').addEventListener('click', () => shown && copy(shown.plain, 'Plain form'));
  $('copy-link').addEventListener('click', () => copy(location.href, 'Link'));
  $('check-button').addEventListener('click', check);
  $('copy-code').addEventListener('click', () => code && copy(code.code, 'Code'));
  $('download-code').addEventListener('click', download);
  const tabs = [...document.querySelectorAll('[role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab));
    // Arrow keys move between tabs, as in every tab list (WAI-ARIA Authoring Practices).
    tab.addEventListener('keydown', (event) => {
      const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -tabs.indexOf(tab), End: tabs.length - 1 - tabs.indexOf(tab) };
      if (!(event.key in moves)) return;
      event.preventDefault();
      const next = tabs[(tabs.indexOf(tab) + moves[event.key] + tabs.length) % tabs.length];
      next.focus();
      selectTab(next);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
}

fill(readState());
showExamples();
wire();
update();
