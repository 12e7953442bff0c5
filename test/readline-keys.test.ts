import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chordOf, createKeyParser, type KeyEvent } from '../src/readline/keys.js';
import { resolveBinding } from '../src/readline/bindings.js';

/** A compact description of events: 'text:abc', 'paste:a\nb', or the chord ('ctrl+left'). */
function describe(events: KeyEvent[]): string[] {
  return events.map((e) => (e.kind === 'key' ? chordOf(e) : `${e.kind}:${e.text}`));
}

function parse(...chunks: string[]): string[] {
  const p = createKeyParser({ now: () => 0 });
  return describe([...chunks.flatMap((c) => p.push(c)), ...p.flush()]);
}

const SINGLE: Array<[string, string[]]> = [
  ['Get-PnP\t', ['text:Get-PnP', 'tab']],
  ['ab\rcd\r', ['text:ab', 'enter', 'text:cd', 'enter']],
  ['a\r\nb', ['text:a', 'enter', 'text:b']],
  ['\x7f', ['backspace']],
  ['\x08', ['backspace']],
  ['\x1b[3~', ['delete']],
  ['\x1b[3;5~', ['ctrl+delete']],
  ['\x1b[A\x1b[B\x1b[C\x1b[D', ['up', 'down', 'right', 'left']],
  ['\x1bOA\x1bOB\x1bOC\x1bOD', ['up', 'down', 'right', 'left']],
  ['\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~', ['home', 'end', 'home', 'end', 'home', 'end', 'home', 'end']],
  ['\x1b[5~\x1b[6~\x1b[2~', ['pageup', 'pagedown', 'insert']],
  ['\x1bOP\x1bOQ\x1bOR\x1bOS', ['f1', 'f2', 'f3', 'f4']],
  ['\x1b[15~\x1b[17~\x1b[18~\x1b[19~\x1b[20~\x1b[21~\x1b[23~\x1b[24~', ['f5', 'f6', 'f7', 'f8', 'f9', 'f10', 'f11', 'f12']],
  ['\x1b[[A\x1b[[E', ['f1', 'f5']],
  ['\x1b[19;2~', ['shift+f8']],
  ['\x1b[1;5C\x1b[1;5D\x1b[5C\x1bOd', ['ctrl+right', 'ctrl+left', 'ctrl+right', 'ctrl+left']],
  ['\x1b[1;3D\x1b[1;2A', ['alt+left', 'shift+up']],
  ['\x1b[Z', ['shift+tab']],
  ['\x1b[13;2u\x1b[13;5u\x1b[27;2;13~\x1b[27;5;13~', ['shift+enter', 'ctrl+enter', 'shift+enter', 'ctrl+enter']],
  ['\x1b[97;5u\x1b[9;2u\x1b[127;5u', ['ctrl+a', 'shift+tab', 'ctrl+backspace']],
  ['\x00', ['ctrl+space']],
  ['\x01\x05\x12\x1a\x03\x04\x0c', ['ctrl+a', 'ctrl+e', 'ctrl+r', 'ctrl+z', 'ctrl+c', 'ctrl+d', 'ctrl+l']],
  ['\x1f\x1d', ['ctrl+_', 'ctrl+]']],
  ['\x1bb\x1bf\x1bd\x1b\x7f\x1b.\x1bB', ['alt+b', 'alt+f', 'alt+d', 'alt+backspace', 'alt+.', 'alt+shift+b']],
  ['\x1b\r', ['alt+enter']],
  ['\x1b\x1b[A', ['alt+up']],
  ['\x1b[I\x1b[Ox', ['text:x']],
  ['\x1b[<0;10;5M', []],
  ['\x1b[3$\x1b[3^', ['shift+delete', 'ctrl+delete']],
  ['héllo 😀 wörld', ['text:héllo 😀 wörld']],
  ['\x1b[200~a\r\nb\rc\x1b[201~', ['paste:a\nb\nc']],
  ['x\x1b[200~line1\nline2\n\x1b[201~y', ['text:x', 'paste:line1\nline2\n', 'text:y']],
  ['\x1b[200~\x1b[A\t\x7f\x1b[201~', ['paste:\x1b[A\t\x7f']],
];

test('key parser: one chunk', () => {
  for (const [input, expected] of SINGLE) assert.deepEqual(parse(input), expected, JSON.stringify(input));
});

test('key parser: sequences split across chunks are joined', () => {
  assert.deepEqual(parse('\x1b', '[A'), ['up']);
  assert.deepEqual(parse('\x1b[', '1;5', 'C'), ['ctrl+right']);
  assert.deepEqual(parse('\x1bO', 'P'), ['f1']);
  assert.deepEqual(parse('ab\x1b', '[3~cd'), ['text:ab', 'delete', 'text:cd']);
  assert.deepEqual(parse('\x1b[20', '0~hello ', 'world\r\n', 'more\x1b[2', '01~'), ['paste:hello world\nmore']);
  assert.deepEqual(parse('\x1b[200~abc\x1b', '[201~'), ['paste:abc']);
  assert.deepEqual(parse('\x1b[200~abc\x1b[20', '1~z'), ['paste:abc', 'text:z']);
  // Every split point of a mixed sequence gives the same events.
  const whole = 'Get\x1b[1;5Dx\x1b[200~p\r\nq\x1b[201~\x7f\x1b[3~\t';
  const expected = parse(whole);
  // Text typed across two reads arrives as two text events; joined, they are the same text.
  const joinText = (events: string[]) =>
    events.reduce<string[]>((out, e) => {
      const last = out[out.length - 1];
      if (last?.startsWith('text:') && e.startsWith('text:')) out[out.length - 1] = last + e.slice(5);
      else out.push(e);
      return out;
    }, []);
  for (let i = 1; i < whole.length; i++) {
    assert.deepEqual(joinText(parse(whole.slice(0, i), whole.slice(i))), expected, `split at ${i}`);
  }
});

test('key parser: a lone ESC waits for the timeout', () => {
  let clock = 0;
  const p = createKeyParser({ escTimeoutMs: 50, now: () => clock });
  assert.deepEqual(p.push('\x1b'), []);
  assert.equal(p.pendingEscape(), true);
  clock = 10;
  assert.deepEqual(describe(p.push('[A')), ['up'], 'an arrow split 10 ms apart is still an arrow');
  assert.equal(p.pendingEscape(), false);
  assert.deepEqual(p.push('\x1b'), []);
  clock = 200;
  assert.deepEqual(describe(p.push('b')), ['escape', 'text:b'], 'after the timeout ESC is Escape, not Alt');
  assert.deepEqual(p.push('\x1b'), []);
  assert.deepEqual(describe(p.flush()), ['escape']);
  assert.equal(p.pendingEscape(), false);
  assert.deepEqual(p.flush(), []);
  assert.equal(p.escTimeoutMs, 50);
});

test('key parser: a timed-out partial sequence is Escape then its text', () => {
  const p = createKeyParser();
  p.push('\x1b[1;');
  assert.deepEqual(describe(p.flush()), ['escape', 'text:[1;']);
});

test('key parser: a paste is never cut by the escape timeout', () => {
  const p = createKeyParser();
  assert.deepEqual(p.push('\x1b[200~abc'), []);
  assert.equal(p.inPaste(), true);
  assert.equal(p.pendingEscape(), false);
  assert.deepEqual(p.flush(), []);
  assert.deepEqual(describe(p.push('def\x1b[201~')), ['paste:abcdef']);
  assert.equal(p.inPaste(), false);
});

test('key parser: terminal replies and injected control strings vanish whole, in one chunk or split (issue 13 item 10)', () => {
  const replies: Array<[string, string]> = [
    ['\x1b]52;?\x07', 'OSC 52 query (BEL)'],
    ['\x1b]52;c;aGVsbG8=\x07', 'OSC 52 clipboard (BEL)'],
    ['\x1b]11;rgb:0000/0000/0000\x1b\\', 'OSC 11 colour reply (ST)'],
    ['\x1b]0;title\x1b\\', 'OSC 0 title'],
    ['\x1bP1$r0m\x1b\\', 'DCS DECRQSS reply'],
    ['\x1bP1+r544e=787465726d\x1b\\', 'DCS XTGETTCAP reply'],
    ['\x1bP>|xterm(390)\x1b\\', 'DCS XTVERSION reply'],
    ['\x1b_Gi=1;OK\x1b\\', 'APC kitty graphics reply'],
    ['\x1b^pm\x1b\\', 'PM'],
    ['\x1bXsos\x1b\\', 'SOS'],
    ['\x1b[?1;2c', 'DA1 reply'],
    ['\x1b[>0;276;0c', 'DA2 reply'],
    ['\x1b[?2004;1$y', 'DECRPM private mode reply'],
    ['\x1b[4;2$y', 'DECRPM ANSI mode reply'],
    ['\x1b[?1u', 'kitty keyboard flags reply'],
    ['\x1b[24;80R', 'cursor position report'],
    ['\x1b[0n', 'DSR ok'],
    ['\x1b[8;40;120t', 'window size report'],
    ['\x9d52;?\x07', 'OSC 52 with the 8-bit introducer'],
    ['\x9b?1;2c', 'DA1 with the 8-bit CSI'],
    ['\x90' + '1$r0m\x9c', 'DCS with 8-bit introducer and ST'],
  ];
  for (const [reply, what] of replies) {
    assert.deepEqual(parse('ab' + reply + 'cd'), ['text:ab', 'text:cd'], what);
    // Split at every point: the reply never leaks a fragment.
    const whole = 'ab' + reply + 'cd';
    for (let k = 1; k < whole.length; k++) {
      const events = parse(whole.slice(0, k), whole.slice(k));
      const typed = events.filter((e) => e.startsWith('text:')).map((e) => e.slice(5)).join('');
      assert.equal(typed, 'abcd', `${what} split at ${k}: ${JSON.stringify(events)}`);
      assert.deepEqual(events.filter((e) => !e.startsWith('text:')), [], `${what} split at ${k}`);
    }
  }
});

test('key parser: keys that share an introducer with a reply still work', () => {
  // F3 with modifiers (`ESC[1;5R`) is not a cursor position report; rxvt's Shift+Delete is `ESC[3$`.
  assert.deepEqual(parse('\x1b[1;5R\x1b[3$x'), ['ctrl+f3', 'shift+delete', 'text:x']);
  // Alt+] and Alt+Shift+P pressed on their own: the control string never ends, so after the escape
  // timeout they are the keys they were.
  const p = createKeyParser();
  assert.deepEqual(p.push('\x1b]'), []);
  assert.deepEqual(describe(p.flush()), ['alt+]']);
  assert.deepEqual(describe(p.push('\x1bP')), []);
  assert.deepEqual(describe(p.flush()), ['alt+shift+p']);
});

test('bindings: Windows mode by default semantics, Emacs mode differences', () => {
  const p = createKeyParser();
  const cmd = (seq: string, mode: 'Windows' | 'Emacs' = 'Windows') => {
    const [event] = p.push(seq);
    return event ? resolveBinding(event, mode) : undefined;
  };
  assert.equal(cmd('\t'), 'TabCompleteNext');
  assert.equal(cmd('\x1b[Z'), 'TabCompletePrevious');
  assert.equal(cmd('\t', 'Emacs'), 'Complete');
  assert.equal(cmd('\r'), 'AcceptLine');
  assert.equal(cmd('\x1b[13;2u'), 'AddLine');
  assert.equal(cmd('\x7f'), 'BackwardDeleteChar');
  assert.equal(cmd('\x1b[3~'), 'DeleteChar');
  assert.equal(cmd('\x1b[1;5D'), 'BackwardWord');
  assert.equal(cmd('\x1b[1;5C'), 'NextWord');
  assert.equal(cmd('\x1b[1;5C', 'Emacs'), 'ForwardWord');
  assert.equal(cmd('\x00'), 'MenuComplete');
  assert.equal(cmd('\x03'), 'CancelLine');
  assert.equal(cmd('\x04'), 'DeleteCharOrExit');
  assert.equal(cmd('\x12'), 'ReverseSearchHistory');
  assert.equal(cmd('\x1a'), 'Undo');
  assert.equal(cmd('\x1f', 'Emacs'), 'Undo');
  assert.equal(cmd('\x17'), 'BackwardKillWord');
  assert.equal(cmd('\x17', 'Emacs'), 'UnixWordRubout');
  assert.equal(cmd('\x01'), 'BeginningOfLine');
  assert.equal(cmd('\x05', 'Emacs'), 'EndOfLine');
  assert.equal(cmd('\x15'), 'BackwardKillLine');
  assert.equal(cmd('\x0b'), 'KillLine');
  assert.equal(cmd('\x0c'), 'ClearScreen');
  assert.equal(cmd('\x1bb', 'Emacs'), 'BackwardWord');
  assert.equal(cmd('\x1b<', 'Emacs'), 'BeginningOfHistory');
  assert.equal(cmd('\x1b[19~'), 'HistorySearchBackward');
  p.push('\x1b');
  assert.equal(resolveBinding(p.flush()[0]!, 'Windows'), 'RevertLine');
  assert.equal(resolveBinding({ kind: 'text', text: 'a' }, 'Windows'), null);
  assert.equal(cmd('\x1bOP'), null);
});
