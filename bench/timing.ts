// Timing helpers shared by the benchmarks.
import { readFileSync } from 'node:fs';

/** Wall-clock and CPU milliseconds of one call (CPU time tells a busy machine from a slow parser). */
export function time(fn: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU ms of the reaped children so far (Linux /proc; 10 ms ticks, so only means over many runs say much). */
export function childrenCpu(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}
