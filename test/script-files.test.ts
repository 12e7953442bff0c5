// Script files run as commands, as an administrator splits a job: `. ./config.ps1` loads shared variables and
// functions, then `./connect.ps1 -Name x` runs a step. In the real console (node-pty + headless xterm) and in
// `spo -f`, where each called script's `exit` ends only that script (the corpus area script-files holds the
// outputs pwsh 7.6.10 gives for the same scripts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');

/** A folder with the admin's scripts: config.ps1 (dot-sourced), connect.ps1 (a step with a param block). */
function scriptsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spo-scripts-'));
  writeFileSync(join(dir, 'config.ps1'), ['$TenantUrl = "https://contoso-admin.sharepoint.com"', 'function Get-Tenant { "tenant $TenantUrl" }', ''].join('\n'));
  writeFileSync(
    join(dir, 'connect.ps1'),
    ['param([Parameter(Mandatory)][string]$Name, [switch]$Fail)', '"connecting $Name to $TenantUrl from $(Split-Path -Leaf $PSCommandPath)"', 'if ($Fail) { exit 4 }', '"connected"', ''].join('\n'),
  );
  return dir;
}

test('the console dot-sources a script and runs another; exit in it ends only the script', async () => {
  const dir = scriptsFolder();
  const home = mkdtempSync(join(tmpdir(), 'spo-scripts-home-'));
  const spo = spawnPty(process.execPath, [spoBin], {
    env: { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), SPO_DATA_DIR: join(home, 'data') },
    cwd: dir,
  });
  const run = async (line: string, sign: RegExp, what: string) => {
    await spo.type(line);
    spo.write('\r');
    await spo.waitFor((t) => sign.test(t), 10_000, what);
  };
  try {
    await spo.waitFor((t) => /^spo>\s*$/m.test(t) && /Not connected/.test(t), 15_000, 'the prompt');
    await run('. ./config.ps1; Get-Tenant', /^tenant https:\/\/contoso-admin\.sharepoint\.com$/m, 'the dot-sourced function');
    await run('./connect.ps1 -Name ops', /^connecting ops to https:\/\/contoso-admin\.sharepoint\.com from connect\.ps1\r?\nconnected$/m, 'the script to run');
    await run('& ./connect.ps1 -Name x -Fail; "rc=$LASTEXITCODE ok=$?"', /^rc=4 ok=False$/m, 'exit to end the script only');
    await run('./missing.ps1', /^\.\/missing\.ps1: The term '\.\/missing\.ps1' is not recognized/m, 'the not-recognized error');
    await run('"still here"', /^still here$/m, 'the console to go on');
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
    rmSync(dir, { recursive: true, force: true });
  }
});

test('spo -f: a script calls scripts by $PSScriptRoot; their exit codes reach $LASTEXITCODE', () => {
  const dir = scriptsFolder();
  try {
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(
      join(dir, 'jobs', 'main.ps1'),
      ['. "$PSScriptRoot/../config.ps1"', 'Get-Tenant', '& $PSScriptRoot/../connect.ps1 -Name a -Fail', '"rc=$LASTEXITCODE"', 'Get-Item ./x.txt | ForEach-Object Name', './x.txt', '"done"', ''].join('\n'),
    );
    writeFileSync(join(dir, 'x.txt'), 'not a script\n');
    const r = spawnSync(process.execPath, [spoBin, '-f', join(dir, 'jobs', 'main.ps1')], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.stdout, 'tenant https://contoso-admin.sharepoint.com\nconnecting a to https://contoso-admin.sharepoint.com from connect.ps1\nrc=4\nx.txt\ndone\n');
    // A file that is not a .ps1 is not run: spo-shell runs no native programs (docs/language.md).
    assert.equal(
      r.stderr,
      `./x.txt: ${join(dir, 'jobs', 'main.ps1')}:6\nLine |\n   6 |  ./x.txt\n     |  ~~~~~~~\n` +
        "     | The term './x.txt' is not recognized as a name of a cmdlet, function,\n" +
        '     | script file, or executable program. Check the spelling of the name, or\n' +
        '     | if a path was included, verify that the path is correct and try again.\n',
    );
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
