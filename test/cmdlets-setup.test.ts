// The setup cmdlets where the conformance corpus cannot hold the answer because it depends on the machine
// (Get-PSDrive's disk space, Get-TimeZone's local zone) or because spo differs from pwsh on Linux on
// purpose (Set-ExecutionPolicy, the Cert: drive). Layouts are pwsh 7.6.10's, measured with Out-String -Width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sep } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { runSpo } from './helpers/spo-process.js';

async function run(script: string, width: number, location = '/tmp'): Promise<TestHost> {
  const host = new TestHost({ width });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  shell.session.location = location;
  await shell.run(script);
  return host;
}

/**
 * The Used and Free cells of a drive's row, checked against the volume (used: total less available, free:
 * available, in GB): within 0.05 GB, since other processes write to the disk while the test runs.
 */
function space(output: string, drive: string, folder: string): { used: string; free: string } {
  const m = new RegExp(`^${drive.replace('/', '\\/')} +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) `, 'm').exec(output);
  assert.ok(m, `a row for ${drive} with its space:\n${output}`);
  const s = statfsSync(folder);
  assert.ok(Math.abs(Number(m[1]) - ((s.blocks - s.bavail) * s.bsize) / 2 ** 30) < 0.05, `used ${m[1]}`);
  assert.ok(Math.abs(Number(m[2]) - (s.bavail * s.bsize) / 2 ** 30) < 0.05, `free ${m[2]}`);
  return { used: m[1]!, free: m[2]! };
}

const row = (cells: string) => cells.replace(/[ ]+$/, '');
const trimmed = (text: string) => text.split('\n').map(row).join('\n');

test('Get-PSDrive lists the drives in pwsh\'s table, with the space of the file system drives', async () => {
  const tempRoot = tmpdir() + sep;
  const fs = (name: string, s: { used: string; free: string }, rootText: string, location = '') =>
    `${name.padEnd(10)} ${s.used.padStart(13)} ${s.free.padStart(13)} ${'FileSystem'.padEnd(13)} ${rootText.padEnd(35)}${location ? ` ${location.padStart(30)}` : ''}`;
  const other = (name: string, provider: string, rootText = '') => `${name.padEnd(10)} ${''.padStart(13)} ${''.padStart(13)} ${provider.padEnd(13)} ${rootText}`;
  // Width 120: 119 columns, CurrentLocation takes the 30 left after Root's 35 and right-aligns.
  const wide = await run('Get-PSDrive', 120);
  const root = space(wide.output, '/', '/');
  const temp = space(wide.output, 'Temp', tmpdir());
  assert.equal(
    trimmed(wide.output),
    [
      '',
      `${'Name'.padEnd(10)} ${'Used (GB)'.padStart(13)} ${'Free (GB)'.padStart(13)} ${'Provider'.padEnd(13)} ${'Root'.padEnd(35)} ${'CurrentLocation'.padStart(30)}`,
      `${'----'.padEnd(10)} ${'---------'.padStart(13)} ${'---------'.padStart(13)} ${'--------'.padEnd(13)} ${'----'.padEnd(35)} ${'---------------'.padStart(30)}`,
      fs('/', root, '/', 'tmp'),
      other('Alias', 'Alias'),
      other('Cert', 'Certificate', '\\'),
      other('Env', 'Environment'),
      other('Function', 'Function'),
      fs('Temp', temp, tempRoot),
      other('Variable', 'Variable'),
      '',
      '',
    ]
      .map(row)
      .join('\n'),
  );
  // Width 80 (a redirected console): Root is cut to the 26 columns left and CurrentLocation has no room.
  const narrow = await run('Get-PSDrive / ', 80);
  const now = space(narrow.output, '/', '/');
  assert.equal(trimmed(narrow.output), ['', 'Name           Used (GB)     Free (GB) Provider      Root', '----           ---------     --------- --------      ----', row(`/          ${now.used.padStart(13)} ${now.free.padStart(13)} FileSystem    /`), '', ''].join('\n'));
});

test('a right-aligned column too narrow for its value keeps the value\'s end, as pwsh does', async () => {
  // 91 columns leave CurrentLocation two: pwsh shows `…p` for `tmp`, and wraps the header.
  const host = await run('Get-PSDrive /', 92);
  const lines = host.output.split('\n');
  assert.equal(lines[1], 'Name           Used (GB)     Free (GB) Provider      Root                                Cu');
  assert.equal(lines[2]!.trimStart(), 'rr');
  assert.ok(lines.some((l) => l.endsWith(' …p')), host.output);
});

test('Get-PSDrive gives the Cert: drive spo adds, with the Certificate provider', async () => {
  const host = await run("Get-PSDrive Cert | Format-List Name, Root, Provider; Get-PSDrive -PSProvider Certificate | ForEach-Object Name", 80);
  assert.equal(host.output, '\nName     : Cert\nRoot     : \\\nProvider : Microsoft.PowerShell.Security\\Certificate\n\nCert\n');
});

test('Get-TimeZone without parameters is the zone TZ names, whatever the machine\'s', async () => {
  const berlin = await runSpo(['-NoProfile', '-NonInteractive', '-c', 'Get-TimeZone; (Get-TimeZone).Id'], { env: { TZ: 'Europe/Berlin', NO_COLOR: '1' } });
  assert.equal(berlin.stderr, '');
  // As pwsh 7.6.10 prints it with TZ=Europe/Berlin.
  assert.equal(
    berlin.stdout,
    [
      '',
      'Id                         : Europe/Berlin',
      'HasIanaId                  : True',
      'DisplayName                : (UTC+01:00) Central European Time (Berlin)',
      'StandardName               : Central European Standard Time',
      'DaylightName               : Central European Summer Time',
      'BaseUtcOffset              : 01:00:00',
      'SupportsDaylightSavingTime : True',
      '',
      'Europe/Berlin',
      '',
    ].join('\n'),
  );
  const tokyo = await runSpo(['-NoProfile', '-NonInteractive', '-c', '(Get-TimeZone).DisplayName; gtz | ForEach-Object BaseUtcOffset | ForEach-Object TotalHours'], { env: { TZ: 'Asia/Tokyo' } });
  assert.equal(tokyo.stdout, '(UTC+09:00) Japan Standard Time (Tokyo)\n9\n');
});

test('the SharePoint module\'s install line runs without an error and changes nothing', async () => {
  const r = await runSpo(['-NoProfile', '-NonInteractive', '-c', "$ErrorActionPreference = 'Stop'; Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser; \"after: $?\"; Get-ExecutionPolicy -Scope CurrentUser"]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'after: True\nUnrestricted\n');
  assert.equal(r.code, 0);
});

test('Get-Command lists the new commands and their aliases with their modules', async () => {
  const host = await run(
    "'Clear-Content', 'Get-ExecutionPolicy', 'Get-PSDrive', 'Get-TimeZone', 'Set-ExecutionPolicy' | ForEach-Object { $c = Get-Command $_; '{0} {1} {2}' -f $c.CommandType, $c.Name, $c.Source }; (Get-Alias clc, gdr, gtz).Definition",
    120,
  );
  assert.equal(
    host.output,
    [
      'Cmdlet Clear-Content Microsoft.PowerShell.Management',
      'Cmdlet Get-ExecutionPolicy Microsoft.PowerShell.Security',
      'Cmdlet Get-PSDrive Microsoft.PowerShell.Management',
      'Cmdlet Get-TimeZone Microsoft.PowerShell.Management',
      'Cmdlet Set-ExecutionPolicy Microsoft.PowerShell.Security',
      'Clear-Content',
      'Get-PSDrive',
      'Get-TimeZone',
      '',
    ].join('\n'),
  );
});

test('tab completion offers the new commands and the execution policy names', async () => {
  const { completeInput } = await import('../src/engine/completion.js');
  const table = builtinCommandTable();
  const ctx = {
    commands: { resolve: (name: string) => table.resolve(name)?.definition, names: () => table.all().map((d) => d.name) },
    variables: () => [],
  };
  const texts = (line: string) => completeInput(line, line.length, ctx).matches.map((m) => m.completionText);
  assert.deepEqual(texts('Get-PSDr'), ['Get-PSDrive']);
  assert.deepEqual(texts('Clear-Con'), ['Clear-Content']);
  assert.deepEqual(texts('Set-ExecutionPolicy -ExecutionPolicy Remote'), ['RemoteSigned']);
  assert.deepEqual(texts('Set-ExecutionPolicy RemoteSigned -Scope Curr'), ['CurrentUser']);
});
