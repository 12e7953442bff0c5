// $Host.UI in a real terminal (a pseudo-terminal): ReadKey takes one key press without Enter, in the
// console and under `spo -f`; PromptForChoice asks in the console; WindowTitle sets the terminal's
// title with OSC 0, with the control characters of the title left out. Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';
import { runSpo } from './helpers/spo-process.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');

function sandboxHome(): { home: string; env: Record<string, string | undefined> } {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-hostui-'));
  return { home, env: { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: join(home, 'data', 'spo') } };
}

test('console: ReadKey answers on one key, PromptForChoice takes a hot key, WindowTitle writes a clean OSC 0', async () => {
  const { home, env } = sandboxHome();
  const spo = spawnPty(process.execPath, [spoBin], { env, cwd: repoRoot, cols: 100, rows: 30 });
  try {
    await spo.waitFor((t) => /^spo>\s*$/m.test(t) && /Not connected/.test(t), 15_000, 'the prompt');
    spo.paste('Write-Host "Press any key to continue..." -NoNewline; $k = $Host.UI.RawUI.ReadKey("NoEcho,IncludeKeyDown"); "got [$($k.Character)] $($k.VirtualKeyCode)"\n');
    await spo.waitFor((t) => /Press any key to continue\.\.\.\s*$/m.test(t), 10_000, 'the pause');
    spo.write('q');
    await spo.waitFor((t) => /^got \[q\] 81$/m.test(t), 10_000, 'the key, without Enter');

    spo.paste('$r = $Host.UI.PromptForChoice("Delete site", "Are you sure?", @("&Yes", "&No"), 1); "r=$r"\n');
    await spo.waitFor((t) => /\[Y\] Yes {2}\[N\] No {2}\[\?\] Help \(default is "N"\): ?$/m.test(t), 10_000, 'the choice line');
    await spo.type('y');
    spo.write('\r');
    const text = await spo.waitFor((t) => /^r=0$/m.test(t), 10_000, 'the choice');
    assert.match(text, /\nDelete site\nAre you sure\?\n\[Y\] Yes {2}\[N\] No {2}\[\?\] Help \(default is "N"\): y\nr=0/);

    spo.paste('$Host.UI.RawUI.WindowTitle = "SPO `a`e]0;evil admin"; "title=$($Host.UI.RawUI.WindowTitle.Length)"\n');
    await spo.waitFor((t) => /^title=19$/m.test(t), 10_000, 'the title set');
    assert.ok(spo.raw.includes('\x1b]0;SPO ]0;evil admin\x07'), 'the title reaches the terminal without its control characters');
    assert.ok(!spo.raw.includes('\x1b]0;evil'), 'no second sequence is started by the title');
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

test('spo -f in a terminal: ReadKey reads one key press in raw mode', async () => {
  const { home, env } = sandboxHome();
  const script = join(home, 'pause.ps1');
  writeFileSync(script, 'Write-Host "Press any key to exit" -NoNewline\n$k = $Host.UI.RawUI.ReadKey("NoEcho,IncludeKeyDown")\n""\n"key=$($k.Character) code=$($k.VirtualKeyCode)"\n');
  const spo = spawnPty(process.execPath, [spoBin, '-f', script], { env, cwd: repoRoot, cols: 100, rows: 30 });
  try {
    await spo.waitFor((t) => /Press any key to exit/.test(t), 15_000, 'the pause');
    spo.write('7');
    await spo.waitFor((t) => /^key=7 code=55$/m.test(t), 10_000, 'the key');
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

// Green is SGR 92, as Write-Host -ForegroundColor Green writes it (console-colors.ts).
test('RawUI.ForegroundColor colours plain output and host text from then on; warnings keep their colour; NO_COLOR wins', async () => {
  const script = '"before"; $Host.UI.RawUI.ForegroundColor = "Green"; "text"; Write-Host hi; Write-Warning w';
  const coloured = await runSpo(['-c', script], { env: { FORCE_COLOR: '1', TERM: 'xterm' } });
  assert.equal(coloured.stdout, 'before\n\x1b[92mtext\x1b[0m\n\x1b[92mhi\x1b[0m\n\x1b[33;1mWARNING: w\x1b[0m\n');
  const plain = await runSpo(['-c', script], { env: { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'xterm' } });
  assert.equal(plain.stdout, 'before\ntext\nhi\nWARNING: w\n');
});
