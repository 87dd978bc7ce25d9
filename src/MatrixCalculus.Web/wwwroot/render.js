// Showing the answers: KaTeX for the mathematics, text for the rest, errors beside their field.

import { $, page } from './state.js';

export function tex(element, latex) {
  if (window.katex) {
    window.katex.render(latex, element, { displayMode: element.classList.contains('display'), throwOnError: false });
  } else {
    element.textContent = latex;
  }
}

// Each derivative in the order of the answer: a variable's object, then its mixed blocks
// (/api/view's "labels" come in the same order).
export function derivatives(diff) {
  return (Array.isArray(diff) ? diff : [diff]).flatMap((d) => [d, ...(d.mixed ?? [])]);
}

export function aligned(rows) {
  return rows.length === 1 ? rows[0].replace('&=', '=') : `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
}

export function render(view, onPick) {
  page.shown = view;
  const shown = view;
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
  showSymbols(parse.symbols, onPick);
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
      item.value = i + 1; // each derivative's steps count from 1
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

export function shapeText(shape) {
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

export function showSymbols(symbols, onPick) {
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
    button.addEventListener('click', () => onPick(symbol.name));
    box.append(button);
  }
}

export function clearErrors() {
  for (const id of ['expr-error', 'let-error', 'request-error']) {
    $(id).hidden = true;
    $(id).replaceChildren();
  }
}

export function showHint(message) {
  $('busy').hidden = true;
  if (page.shown) $('view').classList.add('stale');
  const box = $('request-error');
  box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: message }));
  box.hidden = false;
}

// The message, and under it the line of the input with the caret under the spot, as the command
// line prints it (the server's "rendered"), beside the field the error is about.
export function showError(error, status) {
  if (page.shown) $('view').classList.add('stale');
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

