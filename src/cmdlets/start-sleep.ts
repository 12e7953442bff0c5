// Start-Sleep: waits, and stops at once when the user presses Ctrl+C (the runtime's abort signal).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { toNumber } from '../engine/convert.js';
import { PipelineStoppedSignal } from '../engine/errors.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** Milliseconds of a -Duration value: a number of seconds, a TimeSpan-like object or "hh:mm:ss". */
function durationMs(value: unknown): number {
  if (typeof value === 'number') return value * 1000;
  if (value instanceof TimeSpanValue) return value.ticks / 10_000;
  const total = (value as { TotalMilliseconds?: unknown } | null)?.TotalMilliseconds;
  if (typeof total === 'number') return total;
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?$/.exec(String(value).trim());
  if (!m) return toNumber(value) * 1000;
  const [, d, h, mi, s, frac] = m;
  return ((+(d ?? 0) * 24 + +h!) * 3600 + +mi! * 60 + +(s ?? 0)) * 1000 + (frac ? Number(`0.${frac}`) * 1000 : 0);
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new PipelineStoppedSignal());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PipelineStoppedSignal());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const startSleep = lazyCmdlet('Start-Sleep', (): CmdletDefinition => ({
  name: 'Start-Sleep',
  implementingType: 'Microsoft.PowerShell.Commands.StartSleepCommand',
  module: UTILITY,
  synopsis: 'Suspends the activity in a script or session for the specified period of time.',
  defaultParameterSet: 'Seconds',
  parameters: [
    objectParam('Seconds', 'How many seconds to wait (fractions allowed).', 'System.Double', { sets: { Seconds: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    intParam('Milliseconds', 'How many milliseconds to wait.', { aliases: ['ms'], sets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } }, range: [0, 2147483647] }),
    objectParam('Duration', 'How long to wait, as a TimeSpan (or hh:mm:ss).', 'System.TimeSpan', { aliases: ['ts'], sets: { FromTimeSpan: { mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    let ms: number;
    if (ctx.params.has('Milliseconds')) ms = ctx.params.get<number>('Milliseconds')!;
    else if (ctx.params.has('Duration')) ms = durationMs(ctx.params.get('Duration'));
    else ms = toNumber(ctx.params.get('Seconds')) * 1000;
    await sleep(Math.max(0, Math.min(ms, 2147483647)), ctx.signal);
  },
}));
