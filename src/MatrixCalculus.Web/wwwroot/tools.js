// The tools under the result: the numeric check, the generated code, copying.

import { $, currentState, page, post, request } from './state.js';

const LANGUAGES = {
  numpy: { name: 'NumPy', extension: 'py' },
  pytorch: { name: 'PyTorch', extension: 'py' },
  csharp: { name: 'C#', extension: 'cs' },
};

let language = 'numpy';
let code = null; // { language, code, filename } on screen

// ---- the numeric check ----

export async function check() {
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

export async function refreshCode() {
  const state = currentState();
  const mine = page.generation;
  const { status, json } = await post('/api/codegen', { ...request(state), language });
  if (mine !== page.generation) return;
  const note = $('code-note');
  if (status === 200) {
    code = json;
    $('code-text').textContent = json.code;
    note.hidden = true;
  } else {
    code = null;
    $('code-text').textContent = '';
    note.hidden = false;
    note.textContent = json?.rendered ?? json?.error ?? `HTTP ${status}`;
  }
  $('copy-code').disabled = $('download-code').disabled = code === null;
  $('code-text').parentElement.hidden = code === null;
}

export function selectTab(tab) {
  for (const other of document.querySelectorAll('[role=tab]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
  }
  $('code-panel').setAttribute('aria-labelledby', tab.id);
  language = tab.dataset.lang;
  refreshCode();
}

export function copyCode() {
  if (code) copy(code.code, 'Code');
}

export function download() {
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

export async function copy(text, what) {
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

