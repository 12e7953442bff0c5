// The one working directory corpus cases run in, as spo and as pwsh: expected outputs name its path (error
// positions in `-f case.ps1`), so it cannot be a fresh temporary directory per run. Several checkouts of this
// project on one machine (developers' worktrees) may run the corpus at the same time, so a run takes a
// cross-process lock before it empties the directory, and holds it until its process has ended.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const caseDir = join(tmpdir(), 'spo-conformance-case');
const lockDir = `${caseDir}.lock`;

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    if (!pid) return true; // being written right now
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // No pid file yet counts as alive (the owner is between mkdir and write); ESRCH means the owner is gone.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

async function lock(): Promise<void> {
  for (let waited = 0; ; waited += 10) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock left by a process that died (killed test run) is taken over; so is one held past five minutes
      // (a recording holds it while its pwsh batches run, about a minute per area).
      if (!ownerAlive() || waited > 300_000) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(10);
    }
  }
}

/** Runs `fn` with the case directory emptied and to itself; `files` are written into it first. */
export async function inCaseDir<T>(files: Record<string, string>, fn: (dir: string) => Promise<T>): Promise<T> {
  await lock();
  try {
    mkdirSync(caseDir, { recursive: true });
    for (const entry of readdirSync(caseDir)) rmSync(join(caseDir, entry), { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(caseDir, name), text);
    return await fn(caseDir);
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
