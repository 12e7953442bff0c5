// Export-Alias and Import-Alias files on disk, where the conformance corpus cannot look: the bytes pwsh 7.6.10
// writes (UTF-16 with a byte order mark, none when it appends), the header's date line, and a file the user may
// not write or read (run under setpriv without the capabilities that let root past a file's mode, as
// content-force.test.ts does; the expected texts were recorded from pwsh 7.6.10 run the same way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { spoBin } from './helpers/spo-process.js';

const env = { PATH: process.env.PATH ?? '', TERM: 'dumb', NO_COLOR: '1', SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache') };
const DROP = ['--bounding-set=-dac_override,-dac_read_search'];
const canDrop = process.getuid?.() === 0 && spawnSync('setpriv', [...DROP, 'true']).status === 0;

function run(script: string, cwd: string, bound = false): { stdout: string; stderr: string } {
  const r = bound
    ? spawnSync('setpriv', [...DROP, process.execPath, spoBin, '-c', script], { encoding: 'utf8', env, cwd })
    : spawnSync(process.execPath, [spoBin, '-c', script], { encoding: 'utf8', env, cwd });
  return { stdout: r.stdout.split(cwd).join('<here>'), stderr: r.stderr.split(cwd).join('<here>') };
}

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'spo-alias-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const records = '% { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.Exception.Message }';

test('Export-Alias writes UTF-16 with a byte order mark, and appends without one', (t) => {
  const dir = tempDir(t);
  const { stdout, stderr } = run("Set-Alias zz Get-ChildItem -Description 'd'; Export-Alias a.csv -Name zz; Set-Content b.csv x; Export-Alias b.csv -Name zz -Append", dir);
  assert.equal(stderr + stdout, '');
  const bytes = readFileSync(join(dir, 'a.csv'));
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
  const lines = bytes.subarray(2).toString('utf16le').split('\n');
  assert.equal(lines[0], '# Alias File');
  assert.equal(lines[1], `# Exported by : ${userInfo().username}`);
  // The shell culture's (en-US) full date and time: Monday, December 7, 2026 5:47:05 PM.
  assert.match(lines[2]!, /^# Date\/Time : [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M$/);
  assert.equal(lines[3], `# Computer : ${hostname().split('.')[0]}`);
  assert.deepEqual(lines.slice(4), ['"zz","Get-ChildItem","d","None"', '']);
  const appended = readFileSync(join(dir, 'b.csv'));
  assert.equal(appended.subarray(0, 2).toString('latin1'), 'x\n');
  assert.equal(appended.subarray(2).toString('utf16le').split('\n')[0], '# Alias File');
});

test('Import-Alias reads a file Export-Alias wrote, and a UTF-8 one', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'u8.csv'), '"u8","Get-Date","caf\u00e9","ReadOnly"\n');
  const script = "Set-Alias rt Get-Location -Description 'r'; Export-Alias rt.csv -Name rt; Remove-Item alias:rt; Import-Alias rt.csv -PassThru | % { $_.Name, $_.Definition, $_.Description }; Import-Alias u8.csv; (Get-Alias u8).Description; (Get-Alias u8).Options";
  const { stdout, stderr } = run(script, dir);
  assert.equal(stderr, '');
  assert.equal(stdout, 'rt\nGet-Location\nr\ncaf\u00e9\nReadOnly\n');
});

test('a read-only file: Export-Alias stops with access denied; -Force writes it and keeps it read-only', { skip: !canDrop && 'needs root and setpriv' }, (t) => {
  const dir = tempDir(t);
  const script = [
    'Set-Alias zz Get-ChildItem; Set-Content ro.csv x; (Get-Item ro.csv).IsReadOnly = $true',
    "try { Export-Alias ro.csv -Name zz -ErrorAction SilentlyContinue; 'not here' } catch { $_ | " + records + ' }',
    'Get-Content ro.csv',
    'Export-Alias ro.csv -Name zz -Force; $?; (Get-Content ro.csv | Select-Object -Skip 4); (Get-Item ro.csv).IsReadOnly',
  ].join('\n');
  const { stdout, stderr } = run(script, dir, true);
  assert.equal(stderr, '');
  assert.equal(
    stdout,
    [
      'FileOpenFailure,Microsoft.PowerShell.Commands.ExportAliasCommand',
      'OpenError: (:) [Export-Alias], UnauthorizedAccessException',
      'System.UnauthorizedAccessException',
      "Access to the path '<here>/ro.csv' is denied.",
      'x',
      'True',
      '"zz","Get-ChildItem","","None"',
      'True',
      '',
    ].join('\n'),
  );
});

test('a file Import-Alias may not read: FileOpenFailure with .NET message', { skip: !canDrop && 'needs root and setpriv' }, (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'noread.csv'), '"nr","Get-Date","","None"\n');
  chmodSync(join(dir, 'noread.csv'), 0);
  const { stdout, stderr } = run('try { Import-Alias noread.csv } catch { $_ | ' + records + ' }', dir, true);
  assert.equal(stderr, '');
  assert.equal(
    stdout,
    [
      'FileOpenFailure,Microsoft.PowerShell.Commands.ImportAliasCommand',
      'OpenError: (<here>/noread.csv:String) [Import-Alias], UnauthorizedAccessException',
      'System.UnauthorizedAccessException',
      "Access to the path '<here>/noread.csv' is denied.",
      '',
    ].join('\n'),
  );
});
