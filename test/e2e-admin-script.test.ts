// Issue 11's "tried as a new user would": a 200-line admin script (test/fixtures/admin-script.ps1: comment
// help, [CmdletBinding()] param() with validation, functions with begin/process/end, try/catch/finally,
// foreach/do/switch, hashtables, [pscustomobject], Import-Csv/Export-Csv, Group-Object, Format-Table/List)
// runs up to its first SharePoint cmdlet that is not built yet, both as `spo -f` and pasted into the
// console. Everything before Connect-SPOService is compared with pwsh 7.6.10's own output of the same
// file (test/fixtures/admin-script.pwsh.txt, recorded with LANG unset: see docs/language.md on digits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runSpo, spoBin } from './helpers/spo-process.js';
import { spawnPty } from './helpers/pty.js';

const scriptPath = join(repoRoot, 'test', 'fixtures', 'admin-script.ps1');
const pwshBeforeConnect = readFileSync(join(repoRoot, 'test', 'fixtures', 'admin-script.pwsh.txt'), 'utf8');
const notBuilt = /\| Get-SPOSite is a cmdlet of the Microsoft\.Online\.SharePoint\.PowerShell\n\s+\| module that is not available in this version of spo-shell\./g;
const REPORT = ['"Owner","Sites","TotalMB","TotalGB"', '"alex@contoso.com","2","16060","15.68"', '"lee@contoso.com","1","0","0"', '"megan@contoso.com","2","2560","2.5"', ''].join('\n');

test('the admin script as `spo -f`: pwsh\'s output up to Connect-SPOService, a real sandbox sign-in, then Get-SPOSite is named as not built yet', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'spo-admin-script-'));
  try {
    const r = await runSpo(['--sandbox', '-f', scriptPath], { cwd: folder, env: { NO_COLOR: '1' }, timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith(pwshBeforeConnect), `the output before Connect-SPOService differs from pwsh's:\n${r.stdout.slice(0, 2000)}`);
    const after = r.stdout.slice(pwshBeforeConnect.length);
    assert.doesNotMatch(after, /Connect-SPOService:/, 'the sandbox sign-in succeeds');
    assert.match(after, /^\[INFO \] Connected$/m);
    // Errors go to stderr (pwsh's own run above had 2>&1).
    assert.equal(r.stderr.match(notBuilt)?.length, 3, `one error per owner:\n${r.stderr}`);
    assert.match(r.stderr, /^Get-SPOSite: .*admin-script\.ps1:193\nLine \|\n 193 \|      Get-SPOSite -Limit All \| Where-Object Owner -eq \$site\.Owner\n/);
    assert.doesNotMatch(r.stderr, /Connect-SPOService/);
    assert.match(after, /\[INFO \] Done with 8 log lines\n$/);
    assert.equal(readFileSync(join(folder, 'owner-report.csv'), 'utf8').replace(/\r\n/g, '\n'), REPORT);
    assert.equal(existsSync(join(folder, 'sites-input.csv')), false, 'the finally block removed the input file');
    assert.doesNotMatch(r.stdout + r.stderr, /password/i, 'no secret in the output');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the admin script pasted into the console: it runs to the end and the console stays usable', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-admin-paste-'));
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox'], {
    env: { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: join(home, 'data', 'spo-shell'), SPO_CLIENT_ID: undefined },
    cwd: home,
    cols: 120,
    rows: 50,
  });
  try {
    await spo.waitFor((t) => /Not connected/.test(t) && /^spo \[sandbox\]>\s*$/m.test(t), 20_000, 'the sandbox prompt');
    spo.paste(readFileSync(scriptPath, 'utf8'));
    const text = await spo.waitFor((t) => /\[INFO \] Done with 8 log lines/.test(t), 60_000, 'the end of the pasted script');
    for (const line of ['[WARN ] Row 5 (https://contoso.sharepoint.com/sites/legal) has no usable storage figure', 'megan@contoso.com     2  2560.00 medium', 'small   /sites/marketing, /sites/events', '[WARN ] Expected failure caught: Tenant name \'Not Valid!\' is not valid.', 'Warnings : 2']) {
      assert.ok(text.includes(line), `missing ${JSON.stringify(line)}`);
    }
    assert.match(text, /Get-SPOSite is a cmdlet of the Microsoft\.Online\.SharePoint\.PowerShell/);
    assert.doesNotMatch(text, /ParserError|is not recognized|Missing closing/);
    spo.write("'still here'\r");
    await spo.waitFor((t) => /^still here$/m.test(t), 10_000, 'the next command');
    assert.equal(readFileSync(join(home, 'owner-report.csv'), 'utf8').replace(/\r\n/g, '\n'), REPORT);
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
