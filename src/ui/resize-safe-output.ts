// The stdout Ink draws on: the real terminal, plus the repair of resizes that Ink cannot do alone
// (see frame-tracker.ts).
//
// A resize is not acted on at once: while the window keeps changing (a resize burst, a window edge
// dragged about) nothing is drawn or erased, and the terminal alone re-wraps what is on screen.
// tmux, VTE and most terminals re-wrap losslessly: rows pushed into the scrollback by a narrow or
// short size come back when the window grows again. What makes them stay there for good is a
// program erasing and redrawing its frame meanwhile: the part in the scrollback is then a stale
// copy no erase can reach. So Ink's frames are held back (the newest kept) and transcript lines
// queued until the size has been unchanged for a moment; then the old frame is erased, by where the
// terminal's reflow has put it, and Ink's own erase of the same frame — computed for the old
// geometry, so it would miss rows or eat transcript — is dropped; Ink then draws the new frame.
//
// Where terminals disagree (the cursor's row was itself wider than the new width), the terminal is
// asked where its cursor is (a cursor position report) before anything is erased.

import { EventEmitter } from 'node:events';
import { eraseSequence, FrameTracker } from './frame-tracker.js';

type WriteCallback = (error?: Error | null) => void;

/** Asks the terminal for its cursor; 0-based, null when it does not answer in time. */
export type CursorProbe = () => Promise<{ row: number; column: number } | null>;

export interface ResizeSafeOutputOptions {
  /** How long the size must stay unchanged before a resize burst is over (ms). */
  settleMs?: number;
  /**
   * Calls `listener` each time the process goes on after being stopped (SIGSTOP, Ctrl+Z then
   * `fg`, a debugger); returns what stops listening. By default SIGCONT, where the platform has it.
   */
  onContinued?: (listener: () => void) => () => void;
}

interface Size {
  columns: number;
  rows: number;
}

/** The longest a burst's end is waited for (ms). */
const MAX_SETTLE_MS = 1000;
/** A burst's timer that fires later than this (ms) fired in a process that was not listening. */
const STALL_MS = 100;
/** How many times one burst's end is put off because its timer fired late (a process kept busy). */
const MAX_STALL_REARMS = 2;
const NO_AUTOWRAP = '\x1b[?7l';
const AUTOWRAP = '\x1b[?7h';

/** Ink's cursor moves and erases at the start of a chunk (kept: hiding the cursor). */
const LEADING_MOVES = /^(?:\x1b\[[0-9;?]*[A-Za-ln-z])+/;

export class ResizeSafeOutput extends EventEmitter {
  readonly #out: NodeJS.WriteStream;
  readonly #frame = new FrameTracker();
  readonly #settleMs: number;
  /** The size the frame on screen was drawn for, and what Ink is told (until a burst is over). */
  #columns: number;
  #rows: number;
  /** The size last reported by a resize event. */
  #seen: Size;
  /** The width Ink last heard of (it clears its frame only when told of a narrower one). */
  #inkColumns: number;
  /** An Ink redraw is scheduled. */
  #inkPending = false;
  /** Ink's last frame that reached the terminal, as Ink wrote it. */
  #lastFrame: string | null = null;
  /**
   * Ink's writes held back since then: its newest frame (undefined: none, the last one stands;
   * null: Ink erased its frame) and the cursor moves after it.
   */
  #dropped: { frame: string | null | undefined; moves: string[] } = { frame: undefined, moves: [] };
  /** What to put back if Ink, seeing no change, draws nothing after the erase. */
  #restore: string | null = null;
  /** True while Ink handles a resize whose old frame this object has already erased. */
  #dropErase = false;
  /** Set while a resize burst or a cursor report is awaited: transcript text to write afterwards. */
  #held: string[] | null = null;
  /** The timer that ends a resize burst. */
  #settleTimer: NodeJS.Timeout | null = null;
  /** The end of the burst, once its timer has fired: decided after the event loop has polled (#settleTimerFired). */
  #settleCheck: NodeJS.Immediate | null = null;
  /** When the last resize of the burst was heard, and the longest wait between two of them (ms). */
  #lastResizeAt = 0;
  #longestGap = 0;
  /** When the burst's timer is due, and how often this burst's end was put off after a stall. */
  #settleDue = 0;
  #stallRearms = 0;
  /** When the process last went on after a stop, or a stall was last noticed (-Infinity: never). */
  #wokeAt = Number.NEGATIVE_INFINITY;
  #stopListeningForContinue: () => void;
  /** Transcript text about to be written by Ink (told by markTranscript). */
  #transcript: string | null = null;
  #probe: CursorProbe | null = null;

  constructor(out: NodeJS.WriteStream, options: ResizeSafeOutputOptions = {}) {
    super();
    this.#out = out;
    this.#settleMs = options.settleMs ?? 400;
    this.#columns = out.columns || 80;
    this.#rows = out.rows || 24;
    this.#seen = { columns: this.#columns, rows: this.#rows };
    this.#inkColumns = this.#columns;
    out.on('resize', this.#onResize);
    this.#stopListeningForContinue = (options.onContinued ?? onSigcont)(this.#onContinued);
  }

  get isTTY(): boolean {
    return Boolean(this.#out.isTTY);
  }
  /** The width of the frame being drawn: during a resize burst, still the width before it. */
  get columns(): number {
    return this.#columns;
  }
  /**
   * What Ink is told of the window's height: never reached. Ink clears the whole terminal, its
   * scrollback included (the transcript, the banner), before each frame once a frame was as tall as
   * the window. The console keeps its live region shorter than the window (App.tsx); a frame that is
   * taller for a moment (a window that has just shrunk) must not cost the user the transcript.
   */
  get rows(): number {
    return Number.MAX_SAFE_INTEGER;
  }
  get writable(): boolean {
    return this.#out.writable;
  }
  get destroyed(): boolean {
    return this.#out.destroyed;
  }
  get writableEnded(): boolean {
    return this.#out.writableEnded;
  }
  get writableLength(): number {
    return this.#out.writableLength;
  }
  hasColors(...args: Parameters<NodeJS.WriteStream['hasColors']>): boolean {
    return typeof this.#out.hasColors === 'function' ? this.#out.hasColors(...args) : this.isTTY;
  }
  getColorDepth(env?: object): number {
    return typeof this.#out.getColorDepth === 'function' ? this.#out.getColorDepth(env) : 1;
  }

  /** How to ask the terminal where its cursor is (the key source reads the answer). */
  setCursorProbe(probe: CursorProbe): void {
    this.#probe = probe;
  }

  /** The next write is transcript text (not a frame): it must never be dropped. */
  markTranscript(text: string): void {
    this.#transcript = text;
  }

  write(chunk: string | Uint8Array, encodingOrCallback?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const isTranscript = this.#transcript !== null && text === this.#transcript;
    if (isTranscript) this.#transcript = null;
    if (this.#held) {
      if (isTranscript) this.#held.push(text);
      else this.#hold(text); // a frame drawn for a size the window no longer has
      return this.#skip(done);
    }
    // Only Ink's erase of the old frame is dropped; a cursor move in the same turn must still happen.
    if (this.#dropErase && isOnlyControl(text) && (text === '' || text.includes('\x1b[2K'))) return this.#skip(done);
    if (this.#dropErase && !isTranscript && !isOnlyControl(text)) {
      // The first frame after the erase (drawn when the store heard of the new size, before Ink's
      // own clear): it starts where the erase left the cursor, without Ink's way back to the old
      // frame's rows. From here on Ink's erases are of frames drawn for the new size: kept.
      this.#dropErase = false;
      const leading = LEADING_MOVES.exec(text)?.[0] ?? '';
      if (leading) return this.write(withoutMoves(text), done);
    }
    // Mode switches (synchronized output around a frame) do not move the cursor: pass them as they are.
    if (/^(?:\x1b\[\?\d+[hl])+$/.test(text)) return done ? this.#out.write(chunk, done) : this.#out.write(chunk);
    this.#frame.observe(text);
    if (!isTranscript) this.#followInk(text);
    if (isTranscript || isOnlyControl(text)) return done ? this.#out.write(chunk, done) : this.#out.write(chunk);
    // A frame is drawn with autowrap off: if the window narrowed after it was laid out (a resize on
    // its way), its rows are cut at the edge instead of wrapping into the row below, and stay one
    // row each for the terminal's re-wrap, as the erase plan counts them. (Wrapped, tmux would join
    // them into one line with the next row and re-wrap them together.)
    const framed = NO_AUTOWRAP + text + AUTOWRAP;
    return done ? this.#out.write(framed, done) : this.#out.write(framed);
  }

  /**
   * The process is about to stop for job control (SIGTSTP): the live region is erased, so that
   * the shell's lines ("[1]+ Stopped", then `fg`) go where it was and no stale copy stays above
   * them. The transcript stays.
   */
  suspend(): void {
    const plan = this.#held ? null : this.#frame.planErase(this.#columns);
    if (plan) this.#out.write(eraseSequence(plan.rowsAbove + plan.cursorPlaces[0]!.rows));
    this.#frame.reset();
  }

  /**
   * Back from a stop: the live region is drawn again where the cursor is now (the shell has
   * written below where it was). During a resize burst, its end draws it.
   */
  resume(): void {
    if (this.#held) return;
    this.#frame.reset();
    this.#handOver('');
  }

  /** Stops following the real terminal's resizes. */
  dispose(): void {
    this.#out.off('resize', this.#onResize);
    this.#stopListeningForContinue();
    if (this.#settleTimer) clearTimeout(this.#settleTimer);
    if (this.#settleCheck) clearImmediate(this.#settleCheck);
    this.#settleTimer = null;
    this.#settleCheck = null;
  }

  #skip(done: WriteCallback | undefined): boolean {
    if (done) process.nextTick(done);
    return true;
  }

  /** Keeps Ink's newest frame (and the cursor moves after it) while nothing may be drawn. */
  #hold(text: string): void {
    if (/^(?:\x1b\[\?\d+[hl])*$/.test(text)) return; // synchronized-output markers: no frame
    if (!isOnlyControl(text)) this.#dropped = { frame: text, moves: [] };
    else if (text.includes('\x1b[2K')) this.#dropped = { frame: null, moves: [] }; // Ink erased its frame
    else this.#dropped.moves.push(text);
  }

  /** Follows Ink's frame on screen as Ink wrote it: a frame, the cursor moves after it, or a clear. */
  #followInk(text: string): void {
    if (!isOnlyControl(text)) this.#lastFrame = text;
    else if (text.includes('\x1b[2K')) this.#lastFrame = null;
    else if (this.#lastFrame !== null) this.#lastFrame += text;
  }

  /** Ink's frame as Ink believes it is on screen, or null when it believes there is none. */
  #inkFrame(): string | null {
    const { frame, moves } = this.#dropped;
    const last = frame === undefined ? this.#lastFrame : frame;
    return last === null ? null : last + moves.join('');
  }

  readonly #onResize = (): void => {
    const size = { columns: this.#out.columns || 80, rows: this.#out.rows || 24 };
    this.#seen = size;
    if (!this.#held && size.columns === this.#columns && size.rows === this.#rows) return;
    // A burst starts (or goes on): from now on nothing is drawn until it is over.
    const now = performance.now();
    const starting = !this.#held;
    this.#longestGap = starting ? 0 : Math.max(this.#longestGap, now - this.#lastResizeAt);
    this.#lastResizeAt = now;
    if (starting) this.#stallRearms = 0;
    this.#held ??= [];
    this.#settleLater();
  };

  #settleLater(): void {
    if (this.#settleTimer) clearTimeout(this.#settleTimer);
    if (this.#settleCheck) clearImmediate(this.#settleCheck);
    this.#settleCheck = null;
    // Twice the longest wait between two resizes of this burst: tmux passes a burst on in batches,
    // one every 250 ms (measured: 200 resizes 5 ms apart reach the program as 7, 248–255 ms
    // apart), so a quiet moment shorter than that is only the wait for the next batch.
    // Soon after a stop or a stall, the longest wait: see #onContinued.
    const now = performance.now();
    const afterStall = now - this.#wokeAt < MAX_SETTLE_MS;
    const wait = afterStall ? MAX_SETTLE_MS : Math.min(MAX_SETTLE_MS, Math.max(this.#settleMs, 2 * this.#longestGap));
    this.#settleDue = now + wait;
    this.#settleTimer = setTimeout(this.#settleTimerFired, wait);
    this.#settleTimer.unref?.();
  }

  /**
   * The quiet period is over as far as timers know; the burst is over once the event loop has also
   * polled. A process that was stopped (SIGSTOP, a debugger) or busy while the window changed runs
   * its overdue timers before it polls (Node 20 and 24 alike): the resize signals of that time are
   * still queued, and the size last heard of, which is also what Node's getWindowSize() returns
   * (it does not ask the terminal), is stale. An erase planned for that size, written into a window
   * that has since narrowed, went up too few rows and left the top of the frame, which tmux's
   * re-wrap had pushed into its scrollback, there for good (the stalled-burst test in
   * pty-tmux.test.ts, about 1 run in 10 on Node 24). The check phase comes after the poll: by then
   * a queued resize has been heard and has started the wait again.
   */
  readonly #settleTimerFired = (): void => {
    this.#settleTimer = null;
    // Fired well after it was due: the process was stopped or kept busy during the quiet period,
    // so it did not hear what the window did meanwhile (and tmux tells the program of a size up
    // to 250 ms after it has re-wrapped its screen for it). The quiet period starts again, now
    // that the process listens.
    const now = performance.now();
    if (now - this.#settleDue > STALL_MS && this.#stallRearms < MAX_STALL_REARMS) {
      this.#stallRearms++;
      this.#wokeAt = now;
      return this.#settleLater();
    }
    this.#settleCheck = setImmediate(this.#settle);
  };

  /**
   * The process goes on after a stop. What it hears of the window now is a size it had at some
   * point while the process was stopped, and the window may still be changing: the process
   * cannot tell a burst's start from its middle. A burst heard within a second of waking waits
   * the longest quiet period (MAX_SETTLE_MS) instead of the shortest, which a pause of the
   * burst soon after waking would end: a frame drawn then, for a small window, leaves rows
   * that tmux has pushed into its scrollback there for good.
   */
  readonly #onContinued = (): void => {
    this.#wokeAt = performance.now();
    if (this.#settleTimer || this.#settleCheck) this.#settleLater();
  };

  /** The size has not changed for a while: erase the old frame where the terminal has put it. */
  readonly #settle = (): void => {
    this.#settleCheck = null;
    const size = this.#seen;
    const changed = size.columns !== this.#columns || size.rows !== this.#rows;
    this.#columns = size.columns;
    this.#rows = size.rows;
    const missed = this.#dropped.frame !== undefined || this.#dropped.moves.length > 0 || (this.#held?.length ?? 0) > 0;
    const plan = changed || missed ? this.#frame.planErase(size.columns) : null;
    if (!plan) return this.#handOver('');
    const [assumed, ...others] = plan.cursorPlaces;
    if (!others.some((place) => place.rows !== assumed!.rows) || !this.#probe) {
      return this.#handOver(eraseSequence(plan.rowsAbove + assumed!.rows));
    }
    void this.#probe().then((position) => {
      // The window changed again while the answer was on its way (the answer may describe either
      // size): the next settle erases.
      if (this.#settleTimer || this.#settleCheck) return;
      // The report's column tells the terminals' behaviours apart; no answer: the common one.
      const place = (position && plan.cursorPlaces.find((p) => p.column === position.column)) || assumed!;
      this.#handOver(eraseSequence(plan.rowsAbove + place.rows));
    });
  };

  /**
   * Writes `erase` and what was held, tells the console the new size ('size'), then, a turn
   * later, lets Ink redraw ('resize'); Ink's own erase of the erased frame is dropped. The turn in
   * between lets React draw the live region for the new size before Ink redraws: Ink alone would
   * first lay out the old tree at the new width.
   */
  #handOver(erase: string): void {
    const held = this.#held ?? [];
    this.#held = null;
    const inkFrame = this.#inkFrame();
    const onScreen = this.#frame.lines !== null;
    this.#dropped = { frame: undefined, moves: [] };
    if (erase || held.length) this.#out.write(erase + held.join(''));
    if (erase || (!onScreen && inkFrame !== null)) {
      // Ink believes its frame is on screen, and it is not (erased now, or at the end of the last
      // burst before Ink could redraw): Ink's erase of it is dropped and its next frame starts here.
      // Its newest frame is kept to put back if it draws nothing.
      this.#restore = inkFrame;
      this.#lastFrame = null;
      this.#frame.reset();
      this.#dropErase = true;
    }
    this.emit('size');
    if (this.#inkPending) return;
    this.#inkPending = true;
    setImmediate(() => {
      this.#inkPending = false;
      const width = this.#columns;
      const restore = width < this.#inkColumns ? null : this.#restore;
      this.#inkColumns = width;
      try {
        this.emit('resize');
      } finally {
        // Ink clears and redraws only when the window narrowed; otherwise, if its frame was the
        // same for the new size, it wrote nothing, and its frame is put back.
        const nothingDrawn = this.#dropErase;
        this.#restore = null;
        if (nothingDrawn && restore) this.write(restore);
        this.#dropErase = false;
        // The repair for this size is on its way to the terminal (a diagnostics trace and the
        // resize tests wait for it; Ink's later frames are ordinary redraws).
        if (!this.#held) this.emit('repaired', { columns: this.#columns, rows: this.#rows });
      }
    });
  }
}

/** A frame as Ink wrote it, without its way back to its old rows and the erase of them. */
function withoutMoves(text: string): string {
  const leading = LEADING_MOVES.exec(text)?.[0] ?? '';
  return leading.replace(/\x1b\[(?!\?25l)[0-9;?]*[A-Za-ln-z]/g, '') + text.slice(leading.length);
}

function isOnlyControl(text: string): boolean {
  return /^(?:\x1b\[[0-9;?]*[A-Za-ln-z])*$/.test(text);
}

/** Listens for SIGCONT (not a signal on Windows, where a console process is never stopped). */
function onSigcont(listener: () => void): () => void {
  if (process.platform === 'win32') return () => {};
  process.on('SIGCONT', listener);
  return () => process.off('SIGCONT', listener);
}
