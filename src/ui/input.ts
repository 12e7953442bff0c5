// Raw terminal input → console store.
//
// Ink's own input hook is not used for editing (it merges chunks, confuses Backspace and Delete and
// has no paste support); instead every stdin chunk goes through the readline key parser and each
// decoded event is handed to one consumer, in order. A timer finishes a lone Esc.

import { createKeyParser, type KeyEvent } from '../readline/keys.js';

export type InputEvent = KeyEvent;

/** The subset of a stdin stream the key source needs (process.stdin or a test double). */
export interface InputStream {
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
}

export const BRACKETED_PASTE_ON = '\x1b[?2004h';
export const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export interface KeySource {
  /** Parses raw input that was read before the source started (typed while the UI loaded). */
  feed(chunk: Buffer | string): void;
  stop(): void;
}

export function startKeySource(stdin: InputStream, consume: (event: InputEvent) => void): KeySource {
  const parser = createKeyParser({ escTimeoutMs: 50 });
  let timer: NodeJS.Timeout | null = null;
  const emit = (events: KeyEvent[]): void => {
    for (const event of events) consume(event);
  };
  const feed = (chunk: Buffer | string): void => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    emit(parser.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
    if (parser.pendingEscape()) {
      timer = setTimeout(() => {
        timer = null;
        emit(parser.flush());
      }, parser.escTimeoutMs);
    }
  };
  stdin.on('data', feed);
  return {
    feed,
    stop() {
      if (timer) clearTimeout(timer);
      stdin.off('data', feed);
    },
  };
}
