// The stdout Ink draws on: the real terminal, plus the repair of resizes that Ink cannot do alone
// (see frame-tracker.ts). When the window narrows, the old frame is erased here, by where the
// terminal's reflow has put it, and Ink's own erase of the same frame — computed for the old
// width, so it would miss rows or eat transcript — is dropped; Ink then draws the new frame.
//
// Where terminals disagree (the cursor's row was itself wider than the new width), the terminal is
// asked where its cursor is (a cursor position report) before anything is erased; meanwhile Ink's
// frames are held back and transcript lines queued, so nothing is drawn at a guessed position.

import { EventEmitter } from 'node:events';
import { eraseSequence, FrameTracker } from './frame-tracker.js';

type WriteCallback = (error?: Error | null) => void;

/** Asks the terminal for its cursor; 0-based, null when it does not answer in time. */
export type CursorProbe = () => Promise<{ row: number; column: number } | null>;

export class ResizeSafeOutput extends EventEmitter {
  readonly #out: NodeJS.WriteStream;
  readonly #frame = new FrameTracker();
  #columns: number;
  #rows: number;
  /** The width Ink last heard of (it clears its frame only when told of a narrower one). */
  #inkColumns: number;
  /** An Ink redraw is scheduled. */
  #inkPending = false;
  /** The frame erased by the last resize (put back if Ink, seeing no change, draws nothing). */
  #erased: string | null = null;
  /** True while Ink handles a resize whose old frame this object has already erased. */
  #dropErase = false;
  /** Set while a cursor report is awaited: transcript text to write once the frame is erased. */
  #held: string[] | null = null;
  /** Transcript text about to be written by Ink (told by markTranscript). */
  #transcript: string | null = null;
  #probe: CursorProbe | null = null;
  #parked = false;
  /** Rows the cursor was moved up from where Ink left it (parking). */
  #parkedUp = 0;

  constructor(out: NodeJS.WriteStream) {
    super();
    this.#out = out;
    this.#columns = out.columns || 80;
    this.#rows = out.rows || 24;
    this.#inkColumns = this.#columns;
    out.on('resize', this.#onResize);
  }

  get isTTY(): boolean {
    return Boolean(this.#out.isTTY);
  }
  get columns(): number {
    return this.#out.columns;
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

  /**
   * While nothing can be typed, the hidden cursor waits at the top of the frame instead of below
   * it: when the window narrows, terminals keep the cursor's row where it is and push what is above
   * it into the scrollback, where no erase can reach. Ink never knows: before each of its writes
   * the cursor is put back where Ink left it.
   */
  setCursorParked(parked: boolean): void {
    this.#parked = parked;
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
    if (this.#held && !isTranscript) return this.#skip(done); // a frame drawn for the old geometry
    if (this.#held) {
      this.#held.push(text);
      return this.#skip(done);
    }
    // Only Ink's erase of the old frame is dropped; a cursor move in the same turn must still happen.
    if (this.#dropErase && isOnlyControl(text) && (text === '' || text.includes('\x1b[2K'))) return this.#skip(done);
    if (this.#dropErase && !isTranscript && !isOnlyControl(text)) {
      // The first frame after the erase (drawn when the store heard of the new size, before Ink's
      // own clear): it starts where the erase left the cursor, without Ink's way back to the old
      // frame's rows. From here on Ink's erases are of frames drawn for the new size: kept.
      this.#dropErase = false;
      const leading = /^(?:\x1b\[[0-9;?]*[A-Za-ln-z])+/.exec(text)?.[0] ?? '';
      if (leading) return this.write(leading.replace(/\x1b\[(?!\?25l)[0-9;?]*[A-Za-ln-z]/g, '') + text.slice(leading.length), done);
    }
    // Mode switches (synchronized output around a frame) do not move the cursor: pass them as they are.
    if (/^(?:\x1b\[\?\d+[hl])+$/.test(text)) return done ? this.#out.write(chunk, done) : this.#out.write(chunk);
    const back = this.#parkedUp > 0 ? `\x1b[${this.#parkedUp}B` : '';
    this.#parkedUp = 0;
    this.#frame.observe(text);
    let park = '';
    if (this.#parked && this.#frame.cursorBelowFrame && text !== '') {
      // The frame ends with a line break: its first row is as many rows up as it has lines.
      this.#parkedUp = this.#frame.lines!.length;
      this.#frame.setCursor({ x: 0, y: 0 });
      park = `\x1b[${this.#parkedUp}A\r`;
    }
    const out = back || park ? back + text + park : chunk;
    return done ? this.#out.write(out, done) : this.#out.write(out);
  }

  /** Stops following the real terminal's resizes. */
  dispose(): void {
    this.#out.off('resize', this.#onResize);
  }

  #skip(done: WriteCallback | undefined): boolean {
    if (done) process.nextTick(done);
    return true;
  }

  readonly #onResize = (): void => {
    const columns = this.#out.columns || 80;
    const rows = this.#out.rows || 24;
    const narrower = columns < this.#columns;
    // A parked cursor is on the frame's first row: erasing from it is always safe, and needed when
    // the window gets shorter (the terminal takes the rows below the cursor, and Ink's way back to
    // the bottom of its frame would stop at the screen's edge and erase upwards into the transcript).
    const parkedChange = this.#parked && (narrower || columns !== this.#columns || rows !== this.#rows);
    this.#columns = columns;
    this.#rows = rows;
    if (this.#held) return; // a probe is under way; it re-reads the width when it ends
    const plan = narrower || parkedChange ? this.#frame.planErase(columns) : null;
    if (!plan) return this.#handOver('');
    if (plan.wrappedCursorRows === 0 || !this.#probe) {
      return this.#handOver(eraseSequence(plan.rowsAbove + plan.wrappedCursorRows));
    }
    this.#held = [];
    void this.#probe().then((position) => {
      // The report tells the two behaviours apart by the column; no answer: assume the common one.
      const wrapped = !position || position.column === plan.columnIfWrapped;
      const held = this.#held ?? [];
      this.#held = null;
      let erase = eraseSequence(plan.rowsAbove + (wrapped ? plan.wrappedCursorRows : 0));
      for (const text of held) erase += text;
      // The width may have changed again meanwhile; Ink reads it afresh.
      this.#columns = this.#out.columns || 80;
      this.#rows = this.#out.rows || 24;
      this.#handOver(erase);
    });
  };

  /**
   * Writes `erase` (and what was held), tells the console the new size ('size'), then, a turn
   * later, lets Ink redraw ('resize'); Ink's own erase of the erased frame is dropped. The turn in
   * between lets React draw the live region for the new size (a resize burst draws a small one)
   * before Ink redraws: Ink alone would first lay out the old tree at the new width.
   */
  #handOver(erase: string): void {
    if (erase) {
      this.#out.write(erase);
      this.#erased = this.#frame.lines ? this.#frame.lines.join('\n') + '\n' : null;
      this.#frame.reset();
      this.#parkedUp = 0; // Ink draws afresh from where the erase left the cursor
      this.#dropErase = true;
    }
    this.emit('size');
    if (this.#inkPending) return;
    this.#inkPending = true;
    setImmediate(() => {
      this.#inkPending = false;
      const width = this.#out.columns || 80;
      const restore = width < this.#inkColumns ? null : this.#erased;
      this.#inkColumns = width;
      try {
        this.emit('resize');
      } finally {
        // Ink clears and redraws only when the window narrowed; otherwise, if its frame was the
        // same for the new size, it wrote nothing, and the erased frame is put back.
        const nothingDrawn = this.#dropErase;
        this.#dropErase = false;
        this.#erased = null;
        if (nothingDrawn && restore) this.write(restore);
      }
    });
  }
}

function isOnlyControl(text: string): boolean {
  return /^(?:\x1b\[[0-9;?]*[A-Za-ln-z])*$/.test(text);
}
