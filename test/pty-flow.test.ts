// Busy loops in the real console (node-pty + headless xterm) and in `spo -c`: Ctrl+C stops
// `while ($true) {}` and gives the prompt back, the next command works, and SIGTERM/SIGHUP end a
// busy process with 143/129 (issue 13 item 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty, type PtySession } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');

async function withConsole(body: (spo: PtySession) => Promise<void>): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'spo-flow-'));
  const spo = spawnPty(process.execPath, [spoBin], {
    env: { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), SPO_DATA_DIR: join(home, 'data') },
    cwd: repoRoot,
  });
  try {
    await spo.waitFor((t) => /^spo>\s*$/m.test(t) && /Not connected/.test(t), 15_000, 'the prompt');
    await body(spo);
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
}

const runningLoop = async (spo: PtySession, loop: string, sign: RegExp): Promise<void> => {
  await spo.type(loop);
  spo.write('\r');
  await spo.waitFor((t) => sign.test(t), 5000, 'the loop to start');
  // Let it spin a while: the console must still see keys while the evaluator is busy.
  await new Promise((r) => setTimeout(r, 300));
};

for (const [loop, sign] of [
  ['while ($true) {}', /^spo> while \(\$true\) \{\}$/m],
  ['while ($true) { Write-Host tick }', /^tick$/m],
] as const) {
  test(`Ctrl+C stops ${loop} in the console; the next command runs`, async () => {
    await withConsole(async (spo) => {
      await runningLoop(spo, loop, sign);
      spo.write('\x03');
      await spo.waitFor((t) => /^spo>\s*$/m.test(t.split('\n').slice(-3).join('\n')), 5000, 'the prompt after Ctrl+C');
      await spo.type('"after " + (1 + 1)');
      spo.write('\r');
      await spo.waitFor((t) => /^after 2$/m.test(t), 5000, 'the next command to run');
    });
  });
}

for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  test(`${signal} ends the console during a busy loop with ${code}`, async () => {
    await withConsole(async (spo) => {
      await runningLoop(spo, 'while ($true) {}', /^spo> while \(\$true\) \{\}$/m);
      process.kill(spo.pid, signal);
      assert.equal(await spo.exited(5000), code);
    });
  });

  test(`${signal} ends a busy \`spo -c\` with ${code}`, async () => {
    const child = spawn(process.execPath, [spoBin, '-c', '"started"; while ($true) { $i++ }'], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((r) => child.stdout.once('data', r));
    child.kill(signal);
    const status = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(s ? 128 + (s === 'SIGTERM' ? 15 : 1) : (c ?? -1))));
    assert.equal(status, code);
  });
}

/** Runs `spo -c script`, sends SIGINT once the script's first output arrives, and returns its exit code and stdout. */
async function interruptSpoC(script: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [spoBin, '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((r) => child.stdout.once('data', r));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, out };
}

test('Ctrl+C (SIGINT) stops a busy `spo -c` loop, which fails with 1', async () => {
  const { code, out } = await interruptSpoC('"started"; while ($true) {}; "not reached"');
  assert.equal(code, 1);
  assert.equal(out, 'started\n');
});

test('Ctrl+C runs the finally blocks of the stopped script, as pwsh 7.6.10 does: host output shows, the first pipeline output ends the block', async () => {
  await withConsole(async (spo) => {
    const script =
      'try { try { while ($true) {} } finally { Write-Host "inner finally" } } catch { Write-Host "not caught" } finally { Write-Host "outer finally"; "dropped"; Write-Host "not reached" }; "after"';
    await runningLoop(spo, script, /^spo> try \{/m);
    spo.write('\x03');
    const text = await spo.waitFor((t) => /^spo>\s*$/m.test(t.split('\n').slice(-3).join('\n')), 5000, 'the prompt after Ctrl+C');
    const shown = text.split('\n').filter((l) => l && !l.startsWith('spo>') && !/Not connected/.test(l) && !/^PowerShell|^Type /.test(l));
    assert.ok(shown.includes('inner finally') && shown.includes('outer finally'), text);
    assert.ok(shown.indexOf('inner finally') < shown.indexOf('outer finally'));
    for (const absent of ['not caught', 'dropped', 'not reached', 'after']) assert.ok(!shown.includes(absent), `${absent}:\n${text}`);
  });
});

test('Ctrl+C (SIGINT) in `spo -c` runs the finally block before the script fails with 1', async () => {
  // "started" is written inside the try: a SIGINT that lands as soon as it shows is then always inside the block.
  const { code, out } = await interruptSpoC('try { "started"; while ($true) {} } finally { Write-Host cleaned }; "not reached"');
  assert.equal(code, 1);
  assert.equal(out, 'started\ncleaned\n');
});
