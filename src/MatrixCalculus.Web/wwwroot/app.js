// The playground page: it sends what is typed to matcalc's own API (POST /api/view, /api/check,
// /api/codegen on this server) and shows the answers; every result comes from the library, the
// page computes nothing. The state lives in the address (?expr=&wrt=&let=&order=) so that a link
// reproduces the view.

import { $, DEFAULT_STATE, address, commandLine, currentState, fill, page, post, readState, request } from './state.js';
import { clearErrors, render, showError, showHint, showSymbols } from './render.js';
import { check, copy, copyCode, download, refreshCode, selectTab } from './tools.js';

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

const DEBOUNCE_MS = 250;

let timer = 0;
let pending = null; // the AbortController of the request in flight

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
  const mine = ++page.generation;
  clearErrors();
  if (!state.expr.trim()) {
    showHint('Type an expression above, or pick an example.');
    return;
  }
  $('busy').hidden = false;
  try {
    if (!state.wrt) {
      await listSymbols(state, controller.signal, mine);
      if (mine === page.generation) showHint('Choose the variable to differentiate with respect to.');
      return;
    }
    const { status, json } = await post('/api/view', request(state), controller.signal);
    if (mine !== page.generation) return;
    if (status === 200) {
      render(json, pickVariable);
      refreshCode();
    } else {
      showError(json, status);
      if (json && (json.code === 'MC1101')) await listSymbols(state, controller.signal, mine);
    }
  } catch (e) {
    if (e.name !== 'AbortError') showError({ error: `the server did not answer: ${e.message}` }, 0);
  } finally {
    if (mine === page.generation) $('busy').hidden = true;
  }
}

// The expression's symbols as buttons, to pick the variable with one click.
async function listSymbols(state, signal, mine) {
  const body = { expression: state.expr };
  if (state.let.trim()) body.let = state.let;
  const { status, json } = await post('/api/parse', body, signal);
  if (mine !== page.generation) return;
  if (status === 200) showSymbols(json.symbols, pickVariable);
  else showError(json, status);
}

function pickVariable(name) {
  $('wrt').value = name;
  update();
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
  $('copy-latex').addEventListener('click', () => page.shown && copy(page.shown.latex, 'LaTeX'));
  $('copy-plain').addEventListener('click', () => page.shown && copy(page.shown.plain, 'Plain form'));
  $('copy-link').addEventListener('click', () => copy(location.href, 'Link'));
  $('check-button').addEventListener('click', check);
  $('copy-code').addEventListener('click', copyCode);
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
