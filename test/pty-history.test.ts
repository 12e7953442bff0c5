// The session history in the real console (a pseudo-terminal, the built `spo`): lines typed at the
// prompt are recorded (a blank one is not), `h` lists them in Get-History's table, `r 1` echoes and runs
// entry 1 and is recorded as that line, while the line editor's own history (Up) keeps `r 1` as typed.
// A command stopped with Ctrl+C is recorded as Stopped.
// Run `node scripts/build.mjs` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');

/** The built spo in a 100×40 pseudo-terminal, with a home folder of its own (removed by cleanUp). */
function startConsole() {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-history-'));
  const env = { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: join(home, 'data', 'spo-shell') };
  const spo = spawnPty(process.execPath, [spoBin], { env, cwd: repoRoot, cols: 100, rows: 40 });
  return {
    spo,
    /** Types `exit`, which must end spo with exit code 0. */
    async exit(): Promise<void> {
      await spo.type('exit');
      spo.write('\r');
      assert.equal(await spo.exited(), 0);
    },
    /** Stops spo (if it still runs) and only then removes its home folder. */
    async cleanUp(): Promise<void> {
      await spo.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The last prompt line on the screen. */
function lastPrompt(text: string): string {
  const lines = text.split('\n').filter((l) => l.startsWith('spo>'));
  return lines[lines.length - 1] ?? '';
}

test('typed lines are recorded; h lists them, r 1 runs entry 1 again; Up still recalls r 1', async () => {
  const { spo, exit, cleanUp } = startConsole();
  const enter = async (line: string, done: (text: string) => boolean, what: string) => {
    await spo.type(line);
    spo.write('\r');
    return spo.waitFor(done, 10_000, what);
  };
  try {
    await spo.waitFor((t) => lastPrompt(t) === 'spo>' && /Not connected/.test(t), 15_000, 'the prompt');
    await enter("'first'", (t) => /^first$/m.test(t), 'the output of the first line');
    await enter('$n = 2 + 3', (t) => lastPrompt(t) === 'spo>' && /spo> \$n = 2 \+ 3\n/.test(t), 'the assignment');
    spo.write('\r');
    let text = await enter('h', (t) => /\$n = 2 \+ 3\n\nspo>/.test(t), "h's table");
    // Id (4 wide, right) and Duration (12 wide, s.fff) before the command line; the blank line is not an entry.
    assert.match(text, /^spo> h\n\n  Id     Duration CommandLine\n  --     -------- -----------\n   1 {8}\d\.\d{3} 'first'\n   2 {8}\d\.\d{3} \$n = 2 \+ 3\n\nspo>/m);
    await enter('r 1', (t) => /^spo> r 1\n'first'\nfirst\n/m.test(t), 'the echo and output of r 1');
    text = await enter('h -Count 2', (t) => /^spo> h -Count 2\n(?:.*\n){4}.*'first'\n\nspo>/m.test(t), 'the last two entries');
    // `r 1` is entry 4 under the line it ran.
    assert.match(text, /^spo> h -Count 2\n\n  Id     Duration CommandLine\n  --     -------- -----------\n   3 {8}\d\.\d{3} h\n   4 {8}\d\.\d{3} 'first'\n/m);
    // The line editor's history is PSReadLine's: it has the lines as typed.
    spo.write('\x1b[A');
    await spo.waitFor((t) => lastPrompt(t) === 'spo> h -Count 2', 5000, 'Up: h -Count 2');
    spo.write('\x1b[A');
    await spo.waitFor((t) => lastPrompt(t) === 'spo> r 1', 5000, 'Up again: r 1');
    spo.write('\x03');
    await exit();
  } finally {
    await cleanUp();
  }
});

test('a command stopped with Ctrl+C is in the history as Stopped (Get-History | Format-List), as in pwsh', async () => {
  const { spo, exit, cleanUp } = startConsole();
  try {
    await spo.waitFor((t) => lastPrompt(t) === 'spo>' && /Not connected/.test(t), 15_000, 'the prompt');
    await spo.type('Start-Sleep 30');
    spo.write('\r');
    // Running: the line is in the transcript and no prompt is drawn below it.
    await spo.waitFor((t) => lastPrompt(t) === 'spo> Start-Sleep 30' && /spo> Start-Sleep 30\n/.test(t), 10_000, 'Start-Sleep to run');
    await new Promise((resolve) => setTimeout(resolve, 300));
    spo.write('\x03');
    await spo.waitFor((t) => lastPrompt(t) === 'spo>', 10_000, 'a fresh prompt after Ctrl+C');
    await spo.type('Get-History | Format-List');
    spo.write('\r');
    const text = await spo.waitFor((t) => /Duration +: .*\n\nspo>/.test(t), 10_000, 'the history entry');
    // pwsh 7.6.10 (PSReadLine) shows the same: no line between the stopped command and the next prompt,
    // and the entry Stopped, with its times and a duration of well under the 30 seconds asked for.
    assert.match(
      text,
      /^spo> Start-Sleep 30\nspo> Get-History \| Format-List\n\nId                 : 1\nCommandLine        : Start-Sleep 30\nExecutionStatus    : Stopped\nStartExecutionTime : \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\nEndExecutionTime   : \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\nDuration           : 00:00:(0\d|1\d)\.\d{7}\n\nspo>/m,
    );
    await exit();
  } finally {
    await cleanUp();
  }
});
