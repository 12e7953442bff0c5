// Per-keystroke cost of the readline core on a 200-character line: the key parser, the editor
// reducer and syntax highlighting (what the console does for every key before Ink renders).
// Run: node scripts/build.mjs && node dist/bench/readline-keystroke.js

import { createKeyParser } from '../src/readline/keys.js';
import { createEditorState, editorReducer, type EditorContext } from '../src/readline/editor.js';
import { highlight } from '../src/readline/highlight.js';
import { completeInput } from '../src/engine/completion.js';
import { connectSpoService } from '../src/cmdlets/connect-sposervice.js';
import { isIncompleteInput } from '../src/language/parser.js';

const ctx: EditorContext = {
  mode: 'Windows',
  isIncomplete: isIncompleteInput,
  history: Array.from({ length: 4096 }, (_, i) => `Write-Output ${i}`),
  complete: (text, cursor) =>
    completeInput(text, cursor, {
      commands: { resolve: () => connectSpoService.definition, names: () => ['Connect-SPOService'] },
      variables: () => ['cred'],
    }),
};

let line = "Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred -ClientTag 'bench' -Region ITAR -Verbose -ErrorAction Stop -ErrorVariable err # ";
while (line.length < 200) line += 'x';
line = line.slice(0, 200);

const parser = createKeyParser();
let state = createEditorState(line);
// Keys that edit in the middle of the line, move, and type: a realistic mix.
const keys = ['a', '\x7f', '\x1b[D', '\x1b[1;5D', 'b', '\x1b[3~', '\x1b[C', '\x1b[H', '\x1b[F', 'c', '\x7f'];

function keystroke(seq: string): void {
  for (const event of parser.push(seq)) state = editorReducer(state, { type: 'key', event }, ctx);
  highlight(state.text);
}

for (let i = 0; i < 2000; i++) keystroke(keys[i % keys.length]!); // warm-up
const n = 20000;
const t0 = process.hrtime.bigint();
for (let i = 0; i < n; i++) keystroke(keys[i % keys.length]!);
const perKey = Number(process.hrtime.bigint() - t0) / n / 1e3;

let reducerOnly = 0;
{
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    for (const event of parser.push(keys[i % keys.length]!)) state = editorReducer(state, { type: 'key', event }, ctx);
  }
  reducerOnly = Number(process.hrtime.bigint() - t) / n / 1e3;
}
let tab = 0;
{
  const s0 = createEditorState('Connect-SPOService -Region ');
  const t = process.hrtime.bigint();
  for (let i = 0; i < 2000; i++) editorReducer(s0, { type: 'command', command: 'TabCompleteNext' }, ctx);
  tab = Number(process.hrtime.bigint() - t) / 2000 / 1e3;
}
console.log(`line length: ${state.text.length} chars`);
console.log(`keystroke (parse + reducer + highlight): ${perKey.toFixed(1)} µs`);
console.log(`keystroke (parse + reducer only):        ${reducerOnly.toFixed(1)} µs`);
console.log(`first Tab (completeInput + reducer):     ${tab.toFixed(1)} µs`);
