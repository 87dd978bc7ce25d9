// The page's state: what is typed, the address that holds it, and the requests made of it.

export const $ = (id) => document.getElementById(id);

export const DEFAULT_STATE = { expr: "x'Ax", wrt: 'x', let: '', order: '1' };

// What the modules share: the /api/view answer on screen, and the number of the latest
// state (an answer to an older one is dropped).
export const page = { shown: null, generation: 0 };

// ---- state and address ----

export function readState() {
  const params = new URLSearchParams(location.search);
  if (![...params.keys()].some((key) => key in DEFAULT_STATE)) return { ...DEFAULT_STATE };
  return {
    expr: params.get('expr') ?? '',
    wrt: params.get('wrt') ?? '',
    let: params.get('let') ?? '',
    order: params.get('order') === '2' ? '2' : '1',
  };
}

export function currentState() {
  return { expr: $('expr').value, wrt: $('wrt').value.trim(), let: $('let').value, order: $('order').value };
}

export function fill(state) {
  $('expr').value = state.expr;
  $('wrt').value = state.wrt;
  $('let').value = state.let ?? '';
  $('order').value = String(state.order ?? '1');
}

export function address(state) {
  const params = new URLSearchParams();
  params.set('expr', state.expr);
  params.set('wrt', state.wrt);
  if (state.let) params.set('let', state.let);
  if (state.order !== '1') params.set('order', state.order);
  return `${location.pathname}?${params}`;
}

export function request(state) {
  const body = { expression: state.expr, wrt: state.wrt, order: Number(state.order) };
  if (state.let.trim()) body.let = state.let;
  return body;
}

// ---- talking to the server ----

export async function post(path, body, signal) {
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

// The command that prints the same derivative, quoted for a POSIX shell.
export function commandLine(state) {
  const quote = (s) => (/^[A-Za-z0-9_,.]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);
  let line = `matcalc diff ${quote(state.expr)} --wrt ${quote(state.wrt)}`;
  if (state.order !== '1') line += ` --order ${state.order}`;
  if (state.let.trim()) line += ` --let ${quote(state.let)}`;
  return line;
}

