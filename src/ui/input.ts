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

export interface KeySource {
  /** Parses raw input that was read before the source started (typed while the UI loaded). */
  feed(chunk: Buffer | string): void;
  /**
   * Sends a cursor position request (via `ask`) and resolves with the terminal's answer, 0-based,
   * or null after `timeoutMs`. The answer is taken out of the input, never seen as a key.
   */
  requestCursorPosition(ask: () => void, timeoutMs: number): Promise<{ row: number; column: number } | null>;
  stop(): void;
}

/** A cursor position report: ESC [ row ; column R (1-based). */
const CURSOR_REPORT = /\x1b\[(\d+);(\d+)R/;

export function startKeySource(stdin: InputStream, consume: (event: InputEvent) => void): KeySource {
  const parser = createKeyParser({ escTimeoutMs: 50 });
  let timer: NodeJS.Timeout | null = null;
  let awaitingReport: ((position: { row: number; column: number } | null) => void) | null = null;
  const emit = (events: KeyEvent[]): void => {
    for (const event of events) consume(event);
  };
  const feed = (chunk: Buffer | string): void => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    let text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const report = awaitingReport ? CURSOR_REPORT.exec(text) : null;
    if (report && awaitingReport) {
      text = text.slice(0, report.index) + text.slice(report.index + report[0].length);
      awaitingReport({ row: Number(report[1]) - 1, column: Number(report[2]) - 1 });
    }
    emit(parser.push(text));
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
    requestCursorPosition(ask, timeoutMs) {
      awaitingReport?.(null);
      return new Promise((resolve) => {
        const giveUp = setTimeout(() => finish(null), timeoutMs);
        const finish = (position: { row: number; column: number } | null): void => {
          clearTimeout(giveUp);
          if (awaitingReport === finish) awaitingReport = null;
          resolve(position);
        };
        awaitingReport = finish;
        ask();
      });
    },
    stop() {
      awaitingReport?.(null);
      if (timer) clearTimeout(timer);
      stdin.off('data', feed);
    },
  };
}
