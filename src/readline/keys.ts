// Raw terminal input → key events.
//
// Ink 6's `useInput` merges whole chunks, reports Backspace as Delete and knows nothing of
// bracketed paste (shared/reference/terminal-ui.md §0), so the console reads raw stdin itself and
// feeds every chunk through this parser. It never merges a control key into a text run, keeps an
// escape sequence that was split across reads until it completes (or until the escape timeout says
// it was a lone Esc), and turns a bracketed paste — however many chunks it spans — into one event.

/** Named keys; printable keys pressed with Ctrl/Alt are named by their character ('a', '_', '.'). */
export type SpecialKeyName =
  | 'enter'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'insert'
  | 'escape'
  | 'space'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'f1'
  | 'f2'
  | 'f3'
  | 'f4'
  | 'f5'
  | 'f6'
  | 'f7'
  | 'f8'
  | 'f9'
  | 'f10'
  | 'f11'
  | 'f12';

// `string & {}` keeps editor completion for the special names while allowing characters.
export type KeyName = SpecialKeyName | (string & {});

export type KeyEvent =
  | { kind: 'key'; name: KeyName; ctrl: boolean; alt: boolean; shift: boolean; sequence: string }
  /** A run of printable characters, already split from any control key around it. */
  | { kind: 'text'; text: string }
  /** A bracketed-paste body, CRLF and CR normalised to \n. */
  | { kind: 'paste'; text: string };

export interface KeyParserOptions {
  /** How long a lone ESC waits for the rest of a sequence (PSReadLine 100 ms, gemini-cli 50 ms). */
  escTimeoutMs?: number;
  /** Clock for the escape timeout; injectable for tests. */
  now?: () => number;
}

export interface KeyParser {
  /** Parses one chunk of raw input. Incomplete escape sequences are kept for the next chunk. */
  push(chunk: string): KeyEvent[];
  /** Called when the escape timeout fires: a pending ESC becomes the Escape key. */
  flush(): KeyEvent[];
  /** True while an escape sequence is incomplete (the caller should arm a timer for `escTimeoutMs`). */
  pendingEscape(): boolean;
  /** True while inside a bracketed paste that has not ended yet. */
  inPaste(): boolean;
  readonly escTimeoutMs: number;
}

const ESC = '\x1b';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

const key = (
  name: KeyName,
  sequence: string,
  mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {},
): KeyEvent => ({
  kind: 'key',
  name,
  ctrl: mods.ctrl ?? false,
  alt: mods.alt ?? false,
  shift: mods.shift ?? false,
  sequence,
});

/** `ESC [ <n> ~` codes (xterm, rxvt, putty, Linux console). */
const TILDE_CODES: Record<number, KeyName> = {
  1: 'home',
  2: 'insert',
  3: 'delete',
  4: 'end',
  5: 'pageup',
  6: 'pagedown',
  7: 'home',
  8: 'end',
  11: 'f1',
  12: 'f2',
  13: 'f3',
  14: 'f4',
  15: 'f5',
  17: 'f6',
  18: 'f7',
  19: 'f8',
  20: 'f9',
  21: 'f10',
  23: 'f11',
  24: 'f12',
};

/** Final letters shared by CSI (`ESC [ 1 ; 5 A`) and SS3 (`ESC O A`). */
const LETTER_CODES: Record<string, KeyName> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  E: 'home', // keypad 5 / "begin" — harmless as Home
  P: 'f1',
  Q: 'f2',
  R: 'f3',
  S: 'f4',
};

/** rxvt sends lower-case finals for Ctrl (SS3) or Shift (CSI) arrows. */
const RXVT_LOWER: Record<string, KeyName> = { a: 'up', b: 'down', c: 'right', d: 'left' };

/** xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4 | meta 8). */
function modifiers(param: number | undefined): { ctrl: boolean; alt: boolean; shift: boolean } {
  const bits = param && param > 1 ? param - 1 : 0;
  return { shift: (bits & 1) !== 0, alt: (bits & 2) !== 0 || (bits & 8) !== 0, ctrl: (bits & 4) !== 0 };
}

/** A key given by its code point (CSI-u and modifyOtherKeys forms). */
function keyFromCodePoint(code: number, sequence: string, mods: { ctrl: boolean; alt: boolean; shift: boolean }): KeyEvent {
  switch (code) {
    case 13:
      return key('enter', sequence, mods);
    case 9:
      return key('tab', sequence, mods);
    case 127:
    case 8:
      return key('backspace', sequence, mods);
    case 27:
      return key('escape', sequence, mods);
    case 32:
      return key('space', sequence, mods);
    default: {
      const ch = String.fromCodePoint(code);
      const lower = ch.toLowerCase();
      return key(lower, sequence, { ...mods, shift: mods.shift || (ch !== lower) });
    }
  }
}

/** A single control or printable character pressed on its own (no ESC prefix). */
function keyFromChar(ch: string, alt: boolean, sequence: string): KeyEvent | null {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return key('enter', sequence, { alt });
  if (ch === '\t') return key('tab', sequence, { alt });
  if (code === 0x7f || code === 0x08) return key('backspace', sequence, { alt });
  if (code === 0) return key('space', sequence, { ctrl: true, alt });
  if (code === 0x1b) return key('escape', sequence, { alt });
  if (code >= 1 && code <= 26) return key(String.fromCharCode(code + 96), sequence, { ctrl: true, alt });
  if (code >= 0x1c && code <= 0x1f) return key('\\]^_'[code - 0x1c]!, sequence, { ctrl: true, alt });
  if (!alt) return null; // printable without a modifier is text
  if (ch === ' ') return key('space', sequence, { alt });
  const lower = ch.toLowerCase();
  return key(lower, sequence, { alt, shift: ch !== lower });
}

type ParseStep = { events: KeyEvent[]; consumed: number } | 'incomplete';

/**
 * Introducers of control strings (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`).
 * Terminals send them as replies (OSC 52 and 10/11 colour answers, DECRQSS, XTGETTCAP, kitty
 * graphics); a reply injected or arriving late must vanish whole, never leave `52;?` in the line.
 */
const STRING_INTRODUCERS = ']PX^_';

/** The end of a control string that starts at `i`: after BEL or ST (`ESC \`, or C1 0x9c), or -1. */
function controlStringEnd(data: string, i: number): number {
  for (let j = i + 2; j < data.length; j++) {
    const c = data.charCodeAt(j);
    if (c === 0x07 || c === 0x9c) return j + 1;
    if (c === 0x1b) {
      if (j + 1 >= data.length) return -1;
      if (data[j + 1] === '\\') return j + 2;
    }
  }
  return -1;
}

/** Parses an escape sequence starting at `i` (data[i] === ESC). `asKey`: an unfinished control
 *  string timed out, so its introducer was a key (Alt+] …) after all. */
function parseEscape(data: string, i: number, asKey = false): ParseStep {
  if (i + 1 >= data.length) return 'incomplete';
  const next = data[i + 1]!;
  if (next === '[') return parseCsi(data, i);
  if (!asKey && STRING_INTRODUCERS.includes(next)) {
    const end = controlStringEnd(data, i);
    return end < 0 ? 'incomplete' : { events: [], consumed: end - i };
  }
  if (next === 'O') {
    if (i + 2 >= data.length) return 'incomplete';
    const final = data[i + 2]!;
    const seq = data.slice(i, i + 3);
    if (final === 'M') return { events: [key('enter', seq)], consumed: 3 };
    if (LETTER_CODES[final]) return { events: [key(LETTER_CODES[final]!, seq)], consumed: 3 };
    if (RXVT_LOWER[final]) return { events: [key(RXVT_LOWER[final]!, seq, { ctrl: true })], consumed: 3 };
    // Not an SS3 we know: treat as Alt+O followed by whatever comes next.
    return { events: [key('o', data.slice(i, i + 2), { alt: true, shift: true })], consumed: 2 };
  }
  if (next === ESC) {
    // ESC ESC [ A (rxvt Alt+arrow): the inner sequence with Alt set.
    if (i + 2 >= data.length) return 'incomplete';
    const third = data[i + 2];
    if (third === '[' || third === 'O') {
      const inner = parseEscape(data, i + 1);
      if (inner === 'incomplete') return inner;
      const events = inner.events.map((e) => (e.kind === 'key' ? { ...e, alt: true, sequence: ESC + e.sequence } : e));
      return { events, consumed: inner.consumed + 1 };
    }
    return { events: [key('escape', ESC)], consumed: 1 };
  }
  // Meta prefix: ESC + one character = Alt + that key.
  const cp = data.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  const ev = keyFromChar(ch, true, ESC + ch);
  return { events: ev ? [ev] : [], consumed: 1 + ch.length };
}

function parseCsi(data: string, i: number): ParseStep {
  // ESC [ [ A .. E: Linux console F1–F5.
  if (data[i + 2] === '[') {
    if (i + 3 >= data.length) return 'incomplete';
    const f = 'ABCDE'.indexOf(data[i + 3]!);
    const seq = data.slice(i, i + 4);
    return { events: f >= 0 ? [key(`f${f + 1}`, seq)] : [], consumed: 4 };
  }
  let j = i + 2;
  // Parameter bytes 0x30–0x3f, intermediate bytes 0x20–0x2f (except rxvt's `$`, a final here).
  while (j < data.length) {
    const c = data.charCodeAt(j);
    if (c >= 0x30 && c <= 0x3f) j++;
    else if (c >= 0x20 && c <= 0x2f && data[j] !== '$') j++;
    else break;
  }
  if (j >= data.length) return 'incomplete';
  const privateMarker = '?>='.includes(data[i + 2]!);
  if (privateMarker || (data[j] === '$' && data.slice(i + 2, j).includes(';'))) {
    // A reply, never a key (DA `ESC[?1;2c`, DECRPM `ESC[?2004;1$y` and `ESC[4;1$y`, kitty's
    // `ESC[?1u`): skip to the final byte, intermediates (`$` here) included, and drop it.
    while (j < data.length && data.charCodeAt(j) >= 0x20 && data.charCodeAt(j) <= 0x3f) j++;
    if (j >= data.length) return 'incomplete';
    const isFinal = data.charCodeAt(j) >= 0x40 && data.charCodeAt(j) <= 0x7e;
    return { events: [], consumed: j + (isFinal ? 1 : 0) - i };
  }
  const final = data[j]!;
  const seq = data.slice(i, j + 1);
  const consumed = j + 1 - i;
  const paramText = data.slice(i + 2, j);
  if (paramText.startsWith('<') || final === 'M' && paramText === '') {
    // Mouse reports (SGR `ESC[<…M`, X10 `ESC[M` + 3 bytes): not keys.
    const extra = final === 'M' && paramText === '' ? 3 : 0;
    if (i + consumed + extra > data.length) return 'incomplete';
    return { events: [], consumed: consumed + extra };
  }
  const params = paramText.split(';').map((p) => (p === '' ? undefined : Number.parseInt(p, 10)));
  const [p1, p2, p3] = params;
  if (final === '~') {
    if (p1 === 27 && p3 !== undefined) return { events: [keyFromCodePoint(p3, seq, modifiers(p2))], consumed };
    const name = p1 !== undefined ? TILDE_CODES[p1] : undefined;
    return { events: name ? [key(name, seq, modifiers(p2))] : [], consumed };
  }
  if (final === '$' || final === '^' || final === '@') {
    // rxvt: `$` = Shift, `^` = Ctrl, `@` = Ctrl+Shift on the `~` codes.
    const name = p1 !== undefined ? TILDE_CODES[p1] : undefined;
    const mods = { shift: final !== '^', ctrl: final !== '$' };
    return { events: name ? [key(name, seq, mods)] : [], consumed };
  }
  if (final === 'u' && p1 !== undefined) return { events: [keyFromCodePoint(p1, seq, modifiers(p2))], consumed };
  if (final === 'Z') return { events: [key('tab', seq, { shift: true })], consumed };
  if (final === 'I' || final === 'O') return { events: [], consumed }; // focus in/out reports
  // A cursor position report (`ESC[12;5R`) that came late or unasked; F3 with modifiers is `ESC[1;…R`.
  if (final === 'R' && p1 !== undefined && p1 > 1 && p2 !== undefined) return { events: [], consumed };
  if (LETTER_CODES[final]) {
    // `ESC[1;5C` and the older `ESC[5C` both carry the modifier in the last parameter.
    const mod = params.length >= 2 ? p2 : p1 !== 1 ? p1 : undefined;
    return { events: [key(LETTER_CODES[final]!, seq, modifiers(mod))], consumed };
  }
  if (RXVT_LOWER[final]) return { events: [key(RXVT_LOWER[final]!, seq, { shift: true })], consumed };
  return { events: [], consumed }; // an unknown but complete sequence is dropped, never typed
}

function normalisePaste(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function createKeyParser(options: KeyParserOptions = {}): KeyParser {
  const escTimeoutMs = options.escTimeoutMs ?? 50;
  const now = options.now ?? Date.now;
  let pending = '';
  /** When the pending incomplete escape sequence began (for the injected clock). */
  let pendingSince = 0;
  let paste: string | null = null;

  function parse(data: string, out: KeyEvent[], introducerAsKey = false): void {
    let i = 0;
    let text = '';
    const endText = () => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (i < data.length) {
      if (paste !== null) {
        const end = data.indexOf(PASTE_END, i);
        if (end < 0) {
          // Keep a possible partial end marker for the next chunk.
          let keep = 0;
          for (let k = Math.min(PASTE_END.length - 1, data.length - i); k > 0; k--) {
            if (PASTE_END.startsWith(data.slice(data.length - k))) {
              keep = k;
              break;
            }
          }
          paste += data.slice(i, data.length - keep);
          pending = data.slice(data.length - keep);
          return;
        }
        paste += data.slice(i, end);
        out.push({ kind: 'paste', text: normalisePaste(paste) });
        paste = null;
        i = end + PASTE_END.length;
        continue;
      }
      const ch = data[i]!;
      const code = ch.charCodeAt(0);
      if (ch === ESC) {
        if (data.startsWith(PASTE_START, i)) {
          endText();
          paste = '';
          i += PASTE_START.length;
          continue;
        }
        const step = parseEscape(data, i, introducerAsKey && i === 0);
        if (step === 'incomplete') {
          endText();
          pending = data.slice(i);
          pendingSince = now();
          return;
        }
        endText();
        out.push(...step.events);
        i += step.consumed;
        continue;
      }
      if (code >= 0x80 && code <= 0x9f) {
        // An 8-bit C1 control (CSI 0x9b, OSC 0x9d, DCS 0x90 …) is its 7-bit ESC form; never text.
        endText();
        data = data.slice(0, i) + ESC + String.fromCharCode(code - 0x40) + data.slice(i + 1);
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        endText();
        // CR LF typed or pasted without brackets is one Enter.
        const width = ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
        out.push(keyFromChar(ch, false, data.slice(i, i + width))!);
        i += width;
        continue;
      }
      text += ch;
      i++;
    }
    endText();
  }

  function flushPending(out: KeyEvent[]): void {
    if (!pending || paste !== null) return;
    const data = pending;
    pending = '';
    // A control string that never ended began with a key after all (Alt+], Alt+P …).
    if (data.length > 1 && STRING_INTRODUCERS.includes(data[1]!)) {
      parse(data, out, true);
      return;
    }
    // The sequence never completed: the ESC was the Escape key; the rest is ordinary input.
    out.push(key('escape', ESC));
    parse(data.slice(1), out);
  }

  return {
    escTimeoutMs,
    push(chunk: string): KeyEvent[] {
      const out: KeyEvent[] = [];
      if (pending && paste === null && now() - pendingSince >= escTimeoutMs) flushPending(out);
      const data = pending + chunk;
      pending = '';
      parse(data, out);
      return out;
    },
    flush(): KeyEvent[] {
      const out: KeyEvent[] = [];
      flushPending(out);
      return out;
    },
    pendingEscape(): boolean {
      return pending !== '' && paste === null;
    },
    inPaste(): boolean {
      return paste !== null;
    },
  };
}

/** The chord text of a key event, as bindings.ts writes it: 'ctrl+shift+left', 'alt+b', 'tab'. */
export function chordOf(event: Extract<KeyEvent, { kind: 'key' }>): string {
  const parts: string[] = [];
  if (event.ctrl) parts.push('ctrl');
  if (event.alt) parts.push('alt');
  if (event.shift) parts.push('shift');
  parts.push(event.name);
  return parts.join('+');
}
