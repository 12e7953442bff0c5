import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createEditorState,
  cursorRowCol,
  editorReducer,
  type EditorContext,
  type EditorState,
} from '../src/readline/editor.js';
import type { EditCommand } from '../src/readline/commands.js';
import { createKeyParser } from '../src/readline/keys.js';
import { completeInput } from '../src/engine/completion.js';
import { connectSpoService } from '../src/cmdlets/connect-sposervice.js';
import { isIncompleteInput } from '../src/language/parser.js';

function context(overrides: Partial<EditorContext> = {}): EditorContext {
  return {
    mode: 'Windows',
    isIncomplete: isIncompleteInput,
    history: [],
    complete: (text, cursor) =>
      completeInput(text, cursor, {
        commands: {
          resolve: (n) => (n.toLowerCase() === 'connect-sposervice' ? connectSpoService.definition : undefined),
          names: () => ['Connect-SPOService', 'Disconnect-SPOService'],
        },
        variables: () => ['cred', 'credential'],
      }),
    ...overrides,
  };
}

type Step = EditCommand | { text: string };

/** Runs commands/typed text from a state; `|` in `start` marks the cursor. */
function run(start: string, steps: Step[], ctx = context()): EditorState {
  const cursor = start.indexOf('|');
  let s = createEditorState(start.replace('|', ''), cursor < 0 ? start.length : cursor);
  for (const step of steps) {
    s = editorReducer(s, typeof step === 'string' ? { type: 'command', command: step } : { type: 'insert', text: step.text }, ctx);
  }
  return s;
}

/** The state's text with `|` at the cursor. */
const show = (s: EditorState) => s.text.slice(0, s.cursor) + '|' + s.text.slice(s.cursor);

const CASES: Array<[string, Step[], string]> = [
  ['|', [{ text: 'Get' }, { text: '-Help' }], 'Get-Help|'],
  ['ac|', [{ text: 'b' }], 'acb|'],
  ['a|c', [{ text: 'b' }], 'ab|c'],
  ['abc|', ['BackwardChar', 'BackwardChar'], 'a|bc'],
  ['|abc', ['BackwardChar'], '|abc'],
  ['a|bc', ['ForwardChar'], 'ab|c'],
  ['abc|', ['ForwardChar'], 'abc|'],
  ['abc|', ['BeginningOfLine'], '|abc'],
  ['|abc', ['EndOfLine'], 'abc|'],
  ['abc|', ['BackwardDeleteChar'], 'ab|'],
  ['|abc', ['BackwardDeleteChar'], '|abc'],
  ['a|bc', ['DeleteChar'], 'a|c'],
  ['abc|', ['DeleteChar'], 'abc|'],
  ['x😀|', ['BackwardDeleteChar'], 'x|'],
  ['x|😀y', ['ForwardChar'], 'x😀|y'],
  // PowerShell word rules: `-` and other delimiters separate words.
  ['Connect-SPOService -Url x|', ['BackwardWord'], 'Connect-SPOService -Url |x'],
  ['Connect-SPOService -Url x|', ['BackwardWord', 'BackwardWord'], 'Connect-SPOService -|Url x'],
  ['Connect-SPOService -Url x|', ['BackwardWord', 'BackwardWord', 'BackwardWord'], 'Connect-|SPOService -Url x'],
  ['|Connect-SPOService -Url x', ['NextWord'], 'Connect-|SPOService -Url x'],
  ['|Connect-SPOService -Url x', ['NextWord', 'NextWord'], 'Connect-SPOService -|Url x'],
  ['|Connect-SPOService -Url x', ['ForwardWord'], 'Connect|-SPOService -Url x'],
  ['Connect|-SPOService', ['ForwardWord'], 'Connect-SPOService|'],
  ['Get-Help Connect|', ['BackwardKillWord'], 'Get-Help |'],
  ['Get-Help Connect-SPO|', ['BackwardKillWord'], 'Get-Help Connect-|'],
  ['Get-Help Connect-SPO|', ['UnixWordRubout'], 'Get-Help |'],
  ['Get-Help |Connect-SPO', ['KillWord'], 'Get-Help |-SPO'],
  ['Get-Help |Connect', ['BackwardKillLine'], '|Connect'],
  ['Get-Help |Connect', ['KillLine'], 'Get-Help |'],
  ['Get-Help |Connect', ['KillLine', 'BeginningOfLine', 'Yank'], 'Connect|Get-Help '],
  ['ab|', ['SwapCharacters'], 'ba|'],
  ['a|bc', ['SwapCharacters'], 'ba|c'],
  ['Get-Help x|', ['RevertLine'], '|'],
  // Undo/redo: every edit is one step, each typed character included (PSReadLine's EditItemInsertChar).
  ['|', [{ text: 'a' }, { text: 'b' }, { text: 'c' }, 'Undo'], 'ab|'],
  ['|', [{ text: 'a' }, { text: 'b' }, { text: 'c' }, 'Undo', 'Undo', 'Undo'], '|'],
  ['ab|', [{ text: 'c' }, 'BackwardDeleteChar', 'BackwardDeleteChar', 'Undo'], 'ab|'],
  ['ab|', [{ text: 'c' }, 'BackwardDeleteChar', 'BackwardDeleteChar', 'Undo', 'Undo'], 'abc|'],
  ['ab|', [{ text: 'c' }, 'BackwardDeleteChar', 'Undo', 'Undo', 'Redo'], 'abc|'],
  ['Get-Help x|', ['RevertLine', 'Undo'], 'Get-Help x|'],
  // Multi-line buffers.
  ['a|', ['AddLine', { text: 'b' }], 'a\nb|'],
  ['one\ntw|o', ['BeginningOfLine'], 'one\n|two'],
  ['one\n|two', ['EndOfLine'], 'one\ntwo|'],
  ['one\ntw|o', ['PreviousHistory'], 'on|e\ntwo'],
  ['on|e\ntwo', ['NextHistory'], 'one\ntw|o'],
  ['one\ntwo|', ['BackwardKillLine'], 'one\n|'],
];

test('editor commands', () => {
  for (const [start, steps, expected] of CASES) {
    assert.equal(show(run(start, steps)), expected, `${JSON.stringify(start)} ${JSON.stringify(steps)}`);
  }
});

test('bell outcomes at the edges, cleared by the next action', () => {
  const s = run('|', ['BackwardChar']);
  assert.deepEqual(s.outcome, { kind: 'bell' });
  assert.equal(run('|', ['BackwardChar', 'EndOfLine']).outcome, null);
});

test('Enter: complete input is accepted and the prompt is fresh; incomplete continues with a new line', () => {
  const ctx = context();
  let s = run('Get-Help Connect-SPOService|', ['AcceptLine'], ctx);
  assert.deepEqual(s.outcome, { kind: 'accept', text: 'Get-Help Connect-SPOService' });
  assert.equal(s.text, '');
  s = run("Write-Output 'a|", [], ctx);
  s = editorReducer(s, { type: 'command', command: 'EndOfLine' }, ctx);
  s = editorReducer(s, { type: 'command', command: 'AcceptLine' }, ctx);
  assert.equal(s.outcome, null);
  assert.equal(show(s), "Write-Output 'a\n|");
  assert.deepEqual(cursorRowCol(s.text, s.cursor), { row: 1, col: 0 });
  s = editorReducer(s, { type: 'insert', text: "b'" }, ctx);
  s = editorReducer(s, { type: 'command', command: 'AcceptLine' }, ctx);
  assert.deepEqual(s.outcome, { kind: 'accept', text: "Write-Output 'a\nb'" });
  const pipe = editorReducer(createEditorState('Get-Help |'), { type: 'command', command: 'AcceptLine' }, ctx);
  assert.equal(pipe.text, 'Get-Help |\n');
  assert.equal(pipe.outcome, null);
});

test('Ctrl+C cancels with the discarded text; Ctrl+D exits only on an empty line; Ctrl+L clears', () => {
  const c = run('Connect-SPO|', ['CancelLine']);
  assert.deepEqual(c.outcome, { kind: 'cancel', text: 'Connect-SPO' });
  assert.equal(c.text, '');
  assert.deepEqual(run('|', ['DeleteCharOrExit']).outcome, { kind: 'exit' });
  assert.equal(show(run('a|b', ['DeleteCharOrExit'])), 'a|');
  assert.equal(run('a|b', ['DeleteCharOrExit']).outcome, null);
  const l = run('abc|', ['ClearScreen']);
  assert.deepEqual(l.outcome, { kind: 'clearScreen' });
  assert.equal(show(l), 'abc|');
});

const HISTORY = ['Get-Help', 'Connect-SPOService -Url https://contoso-admin.sharepoint.com', 'Disconnect-SPOService'];

test('history Up/Down restores the unsent draft', () => {
  const ctx = context({ history: HISTORY });
  let s = run('draft|', ['PreviousHistory'], ctx);
  assert.equal(show(s), 'Disconnect-SPOService|');
  s = editorReducer(s, { type: 'command', command: 'PreviousHistory' }, ctx);
  s = editorReducer(s, { type: 'command', command: 'PreviousHistory' }, ctx);
  assert.equal(s.text, 'Get-Help');
  s = editorReducer(s, { type: 'command', command: 'PreviousHistory' }, ctx);
  assert.equal(s.text, 'Get-Help');
  assert.deepEqual(s.outcome, { kind: 'bell' });
  for (let i = 0; i < 3; i++) s = editorReducer(s, { type: 'command', command: 'NextHistory' }, ctx);
  assert.equal(show(s), 'draft|');
  assert.equal(s.historyIndex, null);
  assert.equal(run('|', ['PreviousHistory'], context()).outcome?.kind, 'bell');
  assert.equal(run('x|', ['PreviousHistory', 'EndOfHistory'], ctx).text, 'x');
  assert.equal(run('x|', ['BeginningOfHistory'], ctx).text, 'Get-Help');
});

test('F8 searches history by the prefix before the cursor', () => {
  const ctx = context({ history: [...HISTORY, 'Connect-SPOService -Region ITAR'] });
  let s = run('Con|', ['HistorySearchBackward'], ctx);
  assert.equal(s.text, 'Connect-SPOService -Region ITAR');
  s = editorReducer(s, { type: 'command', command: 'HistorySearchBackward' }, ctx);
  assert.equal(s.text, 'Connect-SPOService -Url https://contoso-admin.sharepoint.com');
  s = editorReducer(s, { type: 'command', command: 'HistorySearchBackward' }, ctx);
  assert.equal(s.outcome?.kind, 'bell');
  s = editorReducer(s, { type: 'command', command: 'HistorySearchForward' }, ctx);
  assert.equal(s.text, 'Connect-SPOService -Region ITAR');
});

test('Ctrl+R: bck-i-search, failed-bck-i-search, repeat, accept, abort', () => {
  const ctx = context({ history: HISTORY });
  let s = run('typed|', ['ReverseSearchHistory'], ctx);
  assert.equal(s.statusLine, 'bck-i-search: ');
  s = editorReducer(s, { type: 'insert', text: 'spo' }, ctx);
  assert.equal(s.statusLine, 'bck-i-search: spo');
  assert.equal(show(s), 'Disconnect-|SPOService');
  s = editorReducer(s, { type: 'command', command: 'ReverseSearchHistory' }, ctx);
  assert.equal(s.text, HISTORY[1]);
  s = editorReducer(s, { type: 'insert', text: 'zz' }, ctx);
  assert.equal(s.statusLine, 'failed-bck-i-search: spozz');
  assert.equal(s.text, HISTORY[1]);
  s = editorReducer(s, { type: 'command', command: 'BackwardDeleteChar' }, ctx);
  s = editorReducer(s, { type: 'command', command: 'BackwardDeleteChar' }, ctx);
  assert.equal(s.statusLine, 'bck-i-search: spo');
  const accepted = editorReducer(s, { type: 'command', command: 'AcceptLine' }, ctx);
  assert.deepEqual(accepted.outcome, { kind: 'accept', text: 'Disconnect-SPOService' });
  assert.equal(accepted.statusLine, null);
  const aborted = editorReducer(s, { type: 'command', command: 'Abort' }, ctx);
  assert.equal(show(aborted), 'typed|');
  assert.equal(aborted.statusLine, null);
  // Escape (Windows mode) ends the search on the line found, as PSReadLine does (pwsh 7.6.10 in tmux).
  const escaped = editorReducer(s, { type: 'command', command: 'RevertLine' }, ctx);
  assert.equal(escaped.text, 'Disconnect-SPOService');
  assert.equal(escaped.search, null);
  assert.equal(escaped.statusLine, null);
  // Another key ends the search on the found line and applies.
  const moved = editorReducer(s, { type: 'command', command: 'EndOfLine' }, ctx);
  assert.equal(show(moved), 'Disconnect-SPOService|');
  assert.equal(moved.search, null);
  const fwd = run('|', ['ForwardSearchHistory'], ctx);
  assert.equal(fwd.statusLine, 'fwd-i-search: ');
});

test('Tab cycles through completions; Shift+Tab goes back; any other key ends the cycle', () => {
  const ctx = context();
  const line = 'Connect-SPOService -Region |';
  const tabs = (n: number, cmd: EditCommand = 'TabCompleteNext') => run(line, Array(n).fill(cmd), ctx).text.slice(27);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((n) => tabs(n)), ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR', 'China']);
  assert.deepEqual([1, 2].map((n) => tabs(n, 'TabCompletePrevious')), ['ITAR', 'Germany']);
  assert.equal(run(line, ['TabCompleteNext', 'TabCompleteNext', 'TabCompletePrevious'], ctx).text.slice(27), 'China');
  // Typing ends the cycle: the next Tab completes the new word.
  const s = run('connect-spo|', ['TabCompleteNext', { text: ' -Reg' }, 'TabCompleteNext'], ctx);
  assert.equal(show(s), 'Connect-SPOService -Region|');
  assert.equal(s.completion?.result.matches.length, 1);
  assert.equal(run('zzz|', ['TabCompleteNext'], ctx).outcome?.kind, 'bell');
  assert.equal(show(run(line, ['TabCompleteNext', 'TabCompleteNext', 'Undo'], ctx)), line);
});

test('Emacs Complete: common prefix, then the list', () => {
  const ctx = context({ mode: 'Emacs' });
  assert.equal(show(run('connect-s|', ['Complete'], ctx)), 'Connect-SPOService|');
  const s = run('Connect-SPOService -ClientT|', ['Complete'], ctx);
  assert.equal(show(s), 'Connect-SPOService -ClientTag|');
  const two = run('Connect-SPOService -Region |', ['Complete'], ctx);
  assert.deepEqual(two.list, ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR']);
  assert.equal(two.text, 'Connect-SPOService -Region ');
  const prefix = run('$c|', ['Complete'], ctx);
  assert.equal(show(prefix), '$cred|');
  assert.equal(prefix.outcome?.kind, 'bell');
  assert.deepEqual(run('$c|', ['Complete', 'Complete'], ctx).list, ['cred', 'credential']);
  assert.deepEqual(run('$c|', ['PossibleCompletions'], ctx).list, ['cred', 'credential']);
});

test('Ctrl+Space menu: live selection, arrows, Enter keeps, Esc restores', () => {
  const ctx = context({ width: 20 }); // 2 columns × 3 rows: China France / Default Germany / Delos ITAR
  const line = 'Connect-SPOService -Region |';
  let s = run(line, ['MenuComplete'], ctx);
  assert.ok(s.menu);
  assert.equal(s.text.slice(27), 'China');
  s = editorReducer(s, { type: 'command', command: 'ForwardChar' }, ctx);
  assert.equal(s.text.slice(27), 'France');
  s = editorReducer(s, { type: 'command', command: 'NextHistory' }, ctx);
  assert.equal(s.text.slice(27), 'Germany');
  s = editorReducer(s, { type: 'command', command: 'BackwardChar' }, ctx);
  assert.equal(s.text.slice(27), 'Default');
  const kept = editorReducer(s, { type: 'command', command: 'AcceptLine' }, ctx);
  assert.equal(kept.menu, null);
  assert.equal(kept.outcome, null, 'Enter in the menu does not run the line');
  assert.equal(show(kept), 'Connect-SPOService -Region Default|');
  const restored = editorReducer(s, { type: 'command', command: 'RevertLine' }, ctx);
  assert.equal(show(restored), line);
  const typed = editorReducer(s, { type: 'insert', text: ' ' }, ctx);
  assert.equal(show(typed), 'Connect-SPOService -Region Default |');
  assert.equal(show(run('connect-spo|', ['MenuComplete'], ctx)), 'Connect-SPOService|');
});

test('100 or more matches: "Display all N possibilities? (y or n)" first; y shows them, anything else dismisses', () => {
  const many = Array.from({ length: 120 }, (_, i) => `v${String(i).padStart(3, '0')}`);
  const ctx = context({
    complete: (text, cursor) => completeInput(text, cursor, { commands: { resolve: () => undefined, names: () => [] }, variables: () => many }),
  });
  const asked = run('$v|', ['MenuComplete'], ctx);
  assert.equal(asked.statusLine, 'Display all 120 possibilities? (y or n) ');
  assert.equal(asked.menu, null);
  assert.equal(show(asked), '$v|', 'nothing is inserted before the answer');
  const yes = editorReducer(asked, { type: 'insert', text: 'y' }, ctx);
  assert.equal(yes.statusLine, null);
  assert.equal(yes.menu?.result.matches.length, 120);
  assert.equal(show(yes), '$v000|');
  const no = editorReducer(asked, { type: 'insert', text: 'n' }, ctx);
  assert.deepEqual([no.statusLine, no.menu, show(no)], [null, null, '$v|']);
  const esc = editorReducer(asked, { type: 'command', command: 'RevertLine' }, ctx);
  assert.deepEqual([esc.statusLine, show(esc)], [null, '$v|'], 'the key that dismisses does nothing else');
  const emacs = { ...ctx, mode: 'Emacs' as const };
  const listed = run('$v0|', ['PossibleCompletions', { text: 'Y' }], emacs);
  assert.equal(listed.list?.length, 100);
  assert.equal(run('$v1|', ['PossibleCompletions'], emacs).list?.length, 20, 'fewer than 100 are listed at once');
});

test('characters that arrive in one chunk are still one undo step each', () => {
  const ctx = context();
  let s = editorReducer(createEditorState(), { type: 'key', event: { kind: 'text', text: 'abc' } }, ctx);
  assert.equal(show(s), 'abc|');
  s = editorReducer(s, { type: 'command', command: 'Undo' }, ctx);
  assert.equal(show(s), 'ab|');
});

test('key events go through the bindings of the edit mode', () => {
  const parser = createKeyParser();
  const ctx = context({ history: HISTORY });
  let s = createEditorState();
  for (const event of parser.push('Get-Hel\x7fp x\x1b[D\x1b[1;5D\x01\x1b[3~G')) s = editorReducer(s, { type: 'key', event }, ctx);
  assert.equal(show(s), 'G|et-Hep x');
  for (const event of parser.push('\x1b[A')) s = editorReducer(s, { type: 'key', event }, ctx);
  assert.equal(s.text, 'Disconnect-SPOService');
  for (const event of parser.push('\x1b[200~a\nb\x1b[201~')) s = editorReducer(s, { type: 'key', event }, ctx);
  assert.equal(s.text, 'Disconnect-SPOServicea\nb');
  for (const event of parser.push('\x1bOP')) s = editorReducer(s, { type: 'key', event }, ctx);
  assert.equal(s.text, 'Disconnect-SPOServicea\nb', 'an unbound key changes nothing');
});

test('Up and Down go through a recalled multi-line entry to the next one; in a typed one they move between its lines (PSReadLine)', () => {
  const ctx = context({ history: ['1+1', 'function f {\n  "in f"\n}', 'f'] });
  // Recalled: each Up recalls the entry before, multi-line or not.
  assert.equal(run('|', ['PreviousHistory', 'PreviousHistory', 'PreviousHistory'], ctx).text, '1+1');
  assert.equal(run('|', ['PreviousHistory', 'PreviousHistory', 'PreviousHistory', 'NextHistory'], ctx).text, 'function f {\n  "in f"\n}');
  // Moved in (or edited), the recalled entry is the user's input again: Up moves to its line above.
  const moved = run('|', ['PreviousHistory', 'PreviousHistory', 'BackwardChar', 'PreviousHistory'], ctx);
  assert.equal(moved.text, 'function f {\n  "in f"\n}');
  assert.equal(cursorRowCol(moved.text, moved.cursor).row, 1);
  // Typed: Up moves between its lines first.
  const typed = run('a\nb|', ['PreviousHistory'], ctx);
  assert.equal(typed.text, 'a\nb');
  assert.equal(typed.cursor, 1);
});

test('Tab on a folder adds the directory separator, inside a closing quote, as PSReadLine does', () => {
  const folders = (text: string): EditorContext['complete'] => () => ({
    replacementIndex: 4,
    replacementLength: text.length - 4,
    matches: [
      { completionText: './alpha', listItemText: 'alpha', toolTip: 'alpha', resultType: 'ProviderContainer' },
      { completionText: "'./My Folder'", listItemText: 'My Folder', toolTip: 'My Folder', resultType: 'ProviderContainer' },
      { completionText: './alfile.txt', listItemText: 'alfile.txt', toolTip: 'alfile.txt', resultType: 'ProviderItem' },
    ],
  });
  const ctx = context({ complete: folders('dir ./a') });
  const sep = process.platform === 'win32' ? '\\' : '/';
  const first = run('dir ./a|', ['TabCompleteNext'], ctx);
  assert.equal(first.text, `dir ./alpha${sep}`);
  assert.equal(first.cursor, first.text.length);
  const quoted = run('dir ./a|', ['TabCompleteNext', 'TabCompleteNext'], ctx);
  assert.equal(quoted.text, `dir './My Folder${sep}'`);
  assert.equal(quoted.cursor, quoted.text.length - 1);
  assert.equal(run('dir ./a|', ['TabCompleteNext', 'TabCompleteNext', 'TabCompleteNext'], ctx).text, 'dir ./alfile.txt');
});

test('Alt+. yanks the last argument of the previous history line, again of the one before; Ctrl+Enter inserts a line above (PSReadLine)', () => {
  const ctx = context({ history: ['Get-Date -Format yyyy', 'Write-Output "a b"'] });
  assert.equal(run('echo |', ['YankLastArg'], ctx).text, 'echo "a b"');
  const again = run('echo |', ['YankLastArg', 'YankLastArg'], ctx);
  assert.equal(again.text, 'echo yyyy');
  assert.equal(again.cursor, again.text.length);
  assert.equal(run('echo |', ['YankLastArg', 'YankLastArg', 'YankLastArg'], ctx).outcome?.kind, 'bell');
  const above = run('one\ntw|o', ['InsertLineAbove'], ctx);
  assert.equal(above.text, 'one\n\ntwo');
  assert.equal(above.cursor, 4);
});

test('Enter asks the script-file rule while more input waits (a paste), the typed-input rule otherwise', () => {
  const rules = { isIncomplete: () => false, awaitsMoreLines: () => true };
  assert.equal(run('param($a,|', ['AcceptLine'], context({ ...rules, nextLine: '' })).text, 'param($a,\n');
  assert.equal(run('param($a,|', ['AcceptLine'], context(rules)).outcome?.kind, 'accept');
});
