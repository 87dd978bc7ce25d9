// Renders a batch of LaTeX strings with KaTeX, as a page showing MatrixCalculus output would.
// stdin: a JSON array of strings. stdout: a JSON array of {ok, error}, one per string, in order
// (error is null when ok). Exit code 0 whenever the batch was read, whatever the verdicts; 2 for
// input that is not a JSON array of strings.
//
// A string passes when
//   1. KaTeX renders it in display mode with throwOnError (a parse error is a failure, not red
//      text in the page) and strict "error" (LaTeX-incompatible input KaTeX would only warn
//      about, such as accented text in math mode or a trailing % comment, is a failure), and
//   2. it is plain ASCII. KaTeX maps raw σ or ⊙ to \sigma and \odot even under strict "error",
//      but LaTeX without unicode-math rejects them, so the printer must write the commands.
"use strict";

const katex = require("katex");

const options = { throwOnError: true, displayMode: true, strict: "error" };

function firstNonAscii(latex) {
  for (let i = 0; i < latex.length; i++) {
    const code = latex.codePointAt(i);
    if (code > 0x7e || (code < 0x20 && code !== 0x0a)) return { index: i, code };
  }
  return null;
}

function verdict(latex) {
  const odd = firstNonAscii(latex);
  if (odd !== null) {
    const hex = odd.code.toString(16).toUpperCase().padStart(4, "0");
    const shown = String.fromCodePoint(odd.code);
    return { ok: false, error: `non-ASCII character U+${hex} '${shown}' at position ${odd.index}: write its LaTeX command` };
  }
  try {
    katex.renderToString(latex, options);
    return { ok: true, error: null };
  } catch (e) {
    return { ok: false, error: e instanceof katex.ParseError ? e.message : `${e.name}: ${e.message}` };
  }
}

function main(input) {
  let batch;
  try {
    batch = JSON.parse(input);
  } catch (e) {
    process.stderr.write(`render.js: stdin is not JSON: ${e.message}\n`);
    process.exit(2);
  }
  if (!Array.isArray(batch) || !batch.every((s) => typeof s === "string")) {
    process.stderr.write("render.js: stdin must be a JSON array of strings\n");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(batch.map(verdict)));
}

const chunks = [];
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => main(chunks.join("")));
