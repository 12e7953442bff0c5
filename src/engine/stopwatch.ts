// System.Diagnostics.Stopwatch: how admin scripts time a long loop over sites
// (`$sw = [Diagnostics.Stopwatch]::StartNew(); ...; $sw.Elapsed.TotalSeconds`). Its properties are
// read from the clock each time (as .NET's getters are), so a display shows the time at that moment.
// Ticks are .NET's on Linux and macOS: Frequency is 1,000,000,000 (nanoseconds), Elapsed's ticks are
// 100 ns. Measured against pwsh 7.6.10.

import { noOverload } from './member-error.js';
import { typed } from './numeric.js';
import { TimeSpanValue } from './timespan.js';
import { PSObject } from './values.js';

export const STOPWATCH = 'System.Diagnostics.Stopwatch';

const now = () => process.hrtime.bigint();
const int64 = (n: bigint) => typed(Number(n), 'System.Int64', n);

export class StopwatchValue extends PSObject {
  /** The clock when the watch last started; undefined while it is stopped. */
  #startedAt: bigint | undefined;
  /** Nanoseconds of the intervals before the current one. */
  #before = 0n;

  constructor() {
    super(STOPWATCH, { IsRunning: false, Elapsed: null, ElapsedMilliseconds: null, ElapsedTicks: null });
    this.#refresh();
  }

  /** Stopwatch.Start (a running watch goes on). */
  start(): void {
    this.#startedAt ??= now();
  }

  get elapsedNanoseconds(): bigint {
    return this.#before + (this.#startedAt === undefined ? 0n : now() - this.#startedAt);
  }

  #refresh(): void {
    const ns = this.elapsedNanoseconds;
    this.properties.set('IsRunning', this.#startedAt !== undefined);
    this.properties.set('Elapsed', TimeSpanValue.fromBig(ns / 100n));
    this.properties.set('ElapsedMilliseconds', int64(ns / 1_000_000n));
    this.properties.set('ElapsedTicks', int64(ns));
  }

  override get(name: string): unknown {
    this.#refresh();
    return super.get(name);
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = ['Start', 'Stop', 'Reset', 'Restart', 'ToString'].find((m) => m.toLowerCase() === name.toLowerCase());
    if (method === undefined) return undefined;
    if (args.length > 0) throw noOverload(method, args.length);
    if (method === 'ToString') return { value: this.toString() };
    if (method === 'Start') this.start();
    if (method === 'Stop' && this.#startedAt !== undefined) {
      this.#before = this.elapsedNanoseconds;
      this.#startedAt = undefined;
    }
    if (method === 'Reset' || method === 'Restart') {
      this.#before = 0n;
      this.#startedAt = method === 'Restart' ? now() : undefined;
    }
    return { value: undefined };
  }

  /** .NET 8's Stopwatch.ToString: the elapsed time as a TimeSpan's text. */
  override toString(): string {
    return TimeSpanValue.fromBig(this.elapsedNanoseconds / 100n).toString();
  }
}

/** Stopwatch.GetElapsedTime(start[, end]): the span between two GetTimestamp() values (end: now). */
export function elapsedBetween(start: bigint, end: bigint = now()): TimeSpanValue {
  return TimeSpanValue.fromBig((end - start) / 100n);
}

/** Stopwatch.StartNew(). */
export function startNewStopwatch(): StopwatchValue {
  const watch = new StopwatchValue();
  watch.start();
  return watch;
}

/** Stopwatch.GetTimestamp(): the clock in Frequency's units. */
export const timestamp = (): unknown => int64(now());

/** Stopwatch.Frequency: nanoseconds, as .NET's clock on Linux and macOS counts. */
export const frequency = (): unknown => int64(1_000_000_000n);
