// The session history (PowerShell's History store behind Get-History, Invoke-History, Add-History and
// Clear-History): one entry per input the front end ran with `addToHistory` (each line the console
// accepted, the -c script, each statement of a script piped to stdin; never a -f file), numbered from 1.
//
// As in pwsh 7.6.10 (History.cs, LocalPipeline.cs), checked with the pwsh oracle:
// - an input's entry is added when it ends (so it never lists itself), with the time it started and
//   ended and how it ended: Completed, Failed (a terminating error or a parse error ended it) or
//   Stopped (Ctrl+C). Add-History adds it at once, as Running, so that its own entries come after it;
//   it is updated when the input ends.
// - Invoke-History replaces the command line of the input that runs it by the line it invokes.
// - the store keeps the last $MaximumHistoryCount entries (read at each use, as pwsh reads it; a value
//   that is not a positive number means the default, 4096). Ids keep counting; Clear-History marks
//   entries cleared and they are skipped from then on.

import { DateTimeValue } from './datetime.js';
import { TypedNumber } from './numeric.js';
import { TimeSpanValue } from './timespan.js';
import { EnumValue, PSObject, type EnumType } from './values.js';

export const HISTORY_INFO = 'Microsoft.PowerShell.Commands.HistoryInfo';

export const PIPELINE_STATE: EnumType = {
  fullName: 'System.Management.Automation.Runspaces.PipelineState',
  names: ['NotStarted', 'Running', 'Stopping', 'Stopped', 'Completed', 'Failed', 'Disconnected'],
};

export type PipelineStateName = 'NotStarted' | 'Running' | 'Stopping' | 'Stopped' | 'Completed' | 'Failed' | 'Disconnected';

/** The hidden property the table view's Duration column shows (its script block in pwsh's format data). */
export const DURATION_TEXT = '\0DurationText';

export const DEFAULT_HISTORY_SIZE = 4096;

/** One entry of the store (mutable: the running input's entry is updated when it ends). */
interface Entry {
  id: number;
  commandLine: string;
  status: PipelineStateName;
  start: DateTimeValue;
  end: DateTimeValue;
  cleared: boolean;
}

/**
 * Microsoft.PowerShell.Commands.HistoryInfo: a copy of an entry as the cmdlets write it (pwsh clones
 * them too: a HistoryInfo kept in a variable does not change when its entry does).
 */
export class HistoryInfo extends PSObject {
  constructor(entry: Readonly<Entry>) {
    super(
      HISTORY_INFO,
      {
        Id: new TypedNumber(entry.id, 'System.Int64'),
        CommandLine: entry.commandLine,
        ExecutionStatus: new EnumValue(PIPELINE_STATE, entry.status),
        StartExecutionTime: entry.start,
        EndExecutionTime: entry.end,
        Duration: new TimeSpanValue(Number(entry.end.ticks - entry.start.ticks)),
      },
      undefined,
      // ToString() is the command line (the type name when it is empty).
      entry.commandLine === '' ? undefined : entry.commandLine,
    );
  }

  override get(name: string): unknown {
    return name === DURATION_TEXT ? durationText(this.properties.get('Duration') as TimeSpanValue) : super.get(name);
  }
}

/**
 * The Duration column of the table view: `s.fff` under a minute, `m:ss.fff` under an hour, `h:mm:ss.fff`
 * under ten hours, then the whole hours and `:mm:ss.fff` (0.174, 1:15.000).
 */
export function durationText(d: TimeSpanValue): string {
  const ticks = Math.abs(d.ticks);
  const ms = Math.floor(ticks / 10_000) % 1000;
  const seconds = Math.floor(ticks / 10_000_000) % 60;
  const minutes = Math.floor(ticks / 600_000_000) % 60;
  const totalHours = ticks / 36_000_000_000;
  const hours = Math.floor(totalHours) % 24;
  const two = (n: number) => String(n).padStart(2, '0');
  const fraction = `.${String(ms).padStart(3, '0')}`;
  if (totalHours >= 10) return `${Math.round(totalHours)}:${two(minutes)}:${two(seconds)}${fraction}`;
  if (totalHours >= 1) return `${hours}:${two(minutes)}:${two(seconds)}${fraction}`;
  if (ticks >= 600_000_000) return `${minutes}:${two(seconds)}${fraction}`;
  return `${seconds}${fraction}`;
}

/** The input being run and recorded: its entry is added when it ends (or earlier, by Add-History). */
interface Running {
  commandLine: string;
  start: DateTimeValue;
  /** The id Add-History gave its entry, once it did. */
  id?: number;
}

export class SessionHistory {
  /** Ring buffer of the last `#capacity` entries: entry `id` sits at (id - 1) % capacity. */
  #buffer: Array<Entry | undefined>;
  #capacity = DEFAULT_HISTORY_SIZE;
  /** Entries ever added: also the id of the last one. */
  #added = 0;
  /** Entries in the buffer that are not cleared. */
  #inBuffer = 0;
  #running: Running | undefined;
  /** Ids Invoke-History is running now (an entry that invokes itself is a loop). */
  readonly #invoking = new Set<number>();

  constructor(
    /** $MaximumHistoryCount as it is now (any value: it is converted here). */
    private readonly maximumCount: () => unknown,
  ) {
    // Filled as entries come (a 4096-slot array made up front cost a -c run its pages).
    this.#buffer = [];
  }

  // ---- the front end's side: each recorded input ----

  /** An input starts running: it is recorded when it ends. */
  begin(commandLine: string): void {
    this.#running = { commandLine, start: now() };
  }

  /** The id the next entry gets ($MyInvocation.HistoryId of the input about to run). */
  get nextId(): number {
    return this.#added + 1;
  }

  /** The recorded input ended: its entry is added (or Add-History's one updated); undefined: it is not recorded. */
  end(status: PipelineStateName | undefined): void {
    const running = this.#running;
    this.#running = undefined;
    if (!running || status === undefined) return;
    if (running.id === undefined) {
      this.#add(running.commandLine, status, running.start, now());
      return;
    }
    const entry = this.#entry(running.id);
    if (entry) {
      entry.status = status;
      entry.end = now();
    }
  }

  /** Add-History: the running input's entry is added now, as Running, before the ones it adds. */
  addRunningEntry(): void {
    const running = this.#running;
    if (!running || running.id !== undefined) return;
    running.id = this.#add(running.commandLine, 'Running', running.start, now());
  }

  /** Invoke-History: the running input is recorded as the command line it invoked. */
  replaceRunningCommandLine(commandLine: string): void {
    if (this.#running) this.#running.commandLine = commandLine;
  }

  // ---- the cmdlets' side ----

  /** Adds an entry (Add-History); returns its id. */
  add(commandLine: string, status: PipelineStateName, start: DateTimeValue, end: DateTimeValue): number {
    return this.#add(commandLine, status, start, end);
  }

  /** The entry of `id` unless it is cleared or no longer kept. */
  get(id: number): HistoryInfo | undefined {
    this.#resize();
    const entry = this.#entry(id);
    return entry && !entry.cleared && entry.id === id ? new HistoryInfo(entry) : undefined;
  }

  /** The capacity (Get-History's default count). */
  get capacity(): number {
    this.#resize();
    return this.#capacity;
  }

  /**
   * `count` entries: the newest ones (newest first) or the oldest ones (oldest first), skipping cleared
   * ones; -1 is all of them.
   */
  entries(count: number, newest: boolean): HistoryInfo[] {
    this.#resize();
    if (count === -1 || count > this.#added || count > this.#inBuffer) count = this.#inBuffer;
    const out: HistoryInfo[] = [];
    if (count === 0 || this.#inBuffer === 0) return out;
    const oldest = this.#oldestId();
    if (newest) {
      for (let id = this.#added; id >= oldest && out.length < count; id--) this.#take(id, out);
    } else {
      for (let id = oldest; id <= this.#added && out.length < count; id++) this.#take(id, out);
    }
    return out;
  }

  /**
   * Entries around `id` (Get-History -Id n -Count c, Clear-History -Id n -Count c): the `count` ids that
   * end at `id` (or, with `newest`, start at it), reaching one further past each cleared entry, oldest
   * first (or, with `newest`, newest first).
   */
  entriesFrom(id: number, count: number, newest: boolean): HistoryInfo[] {
    this.#resize();
    if (count === -1 || count > this.#added || count > this.#inBuffer) count = this.#inBuffer;
    const out: HistoryInfo[] = [];
    if (count === 0 || this.#inBuffer === 0) return out;
    if (!newest) {
      let first = Math.max(1, id - count + 1);
      // pwsh widens the range by one for each cleared entry in it, unless it already starts at 1.
      for (let i = id; i >= first && first > 1; i--) if (this.#entry(i)?.cleared) first--;
      for (let i = first; i <= id; i++) this.#take(i, out);
    } else {
      let last = Math.min(this.#added, id + count - 1);
      for (let i = id; i <= last && last < this.#added; i++) if (this.#entry(i)?.cleared) last++;
      for (let i = last; i >= id; i--) this.#take(i, out);
    }
    return out;
  }

  /**
   * Entries whose command line (trimmed) matches `matches`: `count` of them from the oldest (or the
   * newest), or all with count 0.
   */
  matching(matches: (commandLine: string) => boolean, count: number, newest: boolean): HistoryInfo[] {
    this.#resize();
    if (count > this.#added || count === -1) count = this.#inBuffer;
    const out: HistoryInfo[] = [];
    const oldest = this.#oldestId();
    const ids: number[] = [];
    for (let id = oldest; id <= this.#added; id++) ids.push(id);
    if (newest && count !== 0) ids.reverse();
    for (const id of ids) {
      if (count !== 0 && out.length >= count) break;
      const entry = this.#entry(id);
      if (entry && entry.id === id && !entry.cleared && matches(entry.commandLine.trim())) out.push(new HistoryInfo(entry));
    }
    return out;
  }

  /** Marks an entry cleared (Clear-History). */
  clear(id: number): void {
    const entry = this.#entry(id);
    if (entry && entry.id === id && !entry.cleared) {
      entry.cleared = true;
      this.#inBuffer--;
    }
  }

  /** Invoke-History's loop check: whether `id` is being invoked now; `invoking` marks it (or unmarks it). */
  isInvoking(id: number): boolean {
    return this.#invoking.has(id);
  }
  invoking(id: number, on: boolean): void {
    if (on) this.#invoking.add(id);
    else this.#invoking.delete(id);
  }

  // ---- the ring buffer ----

  #add(commandLine: string, status: PipelineStateName, start: DateTimeValue, end: DateTimeValue): number {
    this.#resize();
    const id = ++this.#added;
    const index = (id - 1) % this.#capacity;
    const replaced = this.#buffer[index];
    this.#buffer[index] = { id, commandLine, status, start, end, cleared: false };
    // A full buffer overwrites its oldest entry (which counted unless it was cleared).
    if (!replaced || replaced.cleared) this.#inBuffer++;
    return id;
  }

  #entry(id: number): Entry | undefined {
    if (id <= 0 || id > this.#added) return undefined;
    const entry = this.#buffer[(id - 1) % this.#capacity];
    return entry?.id === id ? entry : undefined;
  }

  #take(id: number, out: HistoryInfo[]): void {
    const entry = this.#entry(id);
    if (entry && !entry.cleared) out.push(new HistoryInfo(entry));
  }

  /** The smallest id the buffer can still hold. */
  #oldestId(): number {
    return Math.max(1, this.#added - this.#capacity + 1);
  }

  /** $MaximumHistoryCount changed: a buffer of the new size keeps the newest entries that fit. */
  #resize(): void {
    const size = historySize(this.maximumCount());
    if (size === this.#capacity) return;
    const buffer: Array<Entry | undefined> = [];
    let inBuffer = 0;
    for (let id = Math.max(1, this.#added - Math.min(size, this.#capacity) + 1); id <= this.#added; id++) {
      const entry = this.#entry(id);
      if (!entry) continue;
      buffer[(id - 1) % size] = entry;
      if (!entry.cleared) inBuffer++;
    }
    this.#buffer = buffer;
    this.#capacity = size;
    this.#inBuffer = inBuffer;
  }
}

/** The wall clock of the first reading and the monotonic clock then: later readings add the monotonic time since. */
let anchor: { ms: number; ns: bigint } | undefined;

/**
 * DateTime.Now with sub-millisecond ticks, from Date.now() and process.hrtime (DateTimeValue.now() reads
 * `performance`, whose first use loads a module: a cost every `spo -c` would pay to record its script).
 */
function now(): DateTimeValue {
  const ns = process.hrtime.bigint();
  anchor ??= { ms: Date.now(), ns };
  const elapsed = ns - anchor.ns;
  const ms = anchor.ms + Number(elapsed / 1_000_000n);
  return new DateTimeValue(ms, 'Local', Number((elapsed % 1_000_000n) / 100n));
}

/** $MaximumHistoryCount as a size: its value converted to a whole number; anything else (or < 1) is the default. */
function historySize(value: unknown): number {
  let v = value;
  if (Array.isArray(v)) v = v.length === 1 ? v[0] : undefined;
  const n = v instanceof TypedNumber ? v.value : typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_HISTORY_SIZE;
  const rounded = Math.round(n);
  return rounded <= 0 || rounded > 32767 ? DEFAULT_HISTORY_SIZE : rounded;
}
