// Set-Content, Add-Content and Clear-Content on a read-only file, without and with -Force, as pwsh 7.6.10
// does them on Linux for a user the file's mode binds. The corpus runs as root, whom no mode stops, so
// these run spo under setpriv without the capabilities that let root past a file's mode (skipped where
// that cannot be done). The expected texts were recorded from pwsh 7.6.10 run the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spoBin } from './helpers/spo-process.js';

const env = { PATH: process.env.PATH ?? '', TERM: 'dumb', NO_COLOR: '1', SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache') };
const DROP = ['--bounding-set=-dac_override,-dac_read_search'];
const canDrop = process.getuid?.() === 0 && spawnSync('setpriv', [...DROP, 'true']).status === 0;

function runBound(script: string, cwd: string): { stdout: string; stderr: string } {
  const r = spawnSync('setpriv', [...DROP, process.execPath, spoBin, '-c', script], { encoding: 'utf8', env, cwd });
  return { stdout: r.stdout.split(cwd).join('<here>'), stderr: r.stderr.split(cwd).join('<here>') };
}

const records = "% { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.Exception.Message }";

test('a read-only file: Set-Content ends the statement, Add- and Clear-Content write errors; -Force writes and keeps it read-only', { skip: !canDrop && 'needs root and setpriv' }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-content-force-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const script = [
    'Set-Content ro 1; (Get-Item ro).IsReadOnly = $true',
    "try { Set-Content ro 2 -ErrorAction SilentlyContinue; 'not here' } catch { $_ | " + records + " }",
    'Get-Content ro',
    'Set-Content ro 3 -Force; $?; Get-Content ro; (Get-Item ro).IsReadOnly',
    'Add-Content ro 4 -ErrorVariable ev -ErrorAction SilentlyContinue; $?',
    '$ev | ' + records,
    'Add-Content ro 5 -Force; $?; (Get-Content ro) -join ","; (Get-Item ro).IsReadOnly',
    'Clear-Content ro -ErrorVariable ev -ErrorAction SilentlyContinue; $?',
    '$ev | ' + records,
    'Clear-Content ro -Force; $?; (Get-Content ro) -join ","; (Get-Item ro).UnixMode',
  ].join('\n');
  const { stdout, stderr } = runBound(script, dir);
  assert.equal(stderr, '');
  assert.equal(
    stdout,
    [
      'System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.SetContentCommand',
      'NotSpecified: (:) [Set-Content], UnauthorizedAccessException',
      'System.UnauthorizedAccessException',
      "Access to the path '<here>/ro' is denied.",
      '1',
      'True',
      '3',
      'True',
      'False',
      'GetContentWriterUnauthorizedAccessError,Microsoft.PowerShell.Commands.AddContentCommand',
      'PermissionDenied: (<here>/ro:String) [Add-Content], UnauthorizedAccessException',
      'System.UnauthorizedAccessException',
      "Access to the path '<here>/ro' is denied.",
      'True',
      '3,5',
      'True',
      'False',
      'ClearContentUnauthorizedAccessError,Microsoft.PowerShell.Commands.ClearContentCommand',
      'PermissionDenied: (<here>/ro:String) [Clear-Content], UnauthorizedAccessException',
      'System.UnauthorizedAccessException',
      "Access to the path '<here>/ro' is denied.",
      'True',
      '',
      '-r--r--r--',
      '',
    ].join('\n'),
  );
});
