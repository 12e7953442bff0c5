// The everyday cmdlets (files, CSV, JSON, dates, variables, progress, transcripts) and the errors
// for commands the shell does not have: console text through the Shell with the test host, and
// `spo -c` as a process. Expected texts were taken from pwsh 7.6.10 (en-US where a culture shows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { runSpo } from './helpers/spo-process.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spo-everyday-'));
}

async function shellIn(dir: string, answers: Array<string | null> = []) {
  const host = new TestHost({ answers });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  shell.session.location = dir;
  return { host, shell, run: (s: string) => shell.run(s) };
}

test('Set-Content, Add-Content and Get-Content work relative to the location, UTF-8 without BOM', async () => {
  const dir = tempDir();
  try {
    const { host, run } = await shellIn(dir);
    await run("Set-Content a.txt -Value 'x','y'; Add-Content a.txt z -NoNewline; Add-Content a.txt w; Add-Content a.txt 'é'");
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'x\ny\nzw\né\n');
    assert.notEqual(readFileSync(join(dir, 'a.txt'))[0], 0xef);
    await run('Get-Content a.txt; Get-Content a.txt -TotalCount 1; Get-Content a.txt -Tail 1; (Get-Content a.txt -Raw).Length');
    assert.equal(host.output, 'x\ny\nzw\né\nx\né\n9\n');
    await run("Set-Content b.txt x -Encoding utf8BOM; (Get-Content b.txt -Raw).Length");
    assert.deepEqual([...readFileSync(join(dir, 'b.txt'))], [0xef, 0xbb, 0xbf, 0x78, 0x0a]);
    assert.ok(host.output.endsWith('\n2\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Get-Content of a missing file gives PowerShell\'s PathNotFound error with the full path', async () => {
  const dir = tempDir();
  try {
    const { host, run } = await shellIn(dir);
    await run("$ErrorView = 'NormalView'; Get-Content nope.txt; Get-Content -LiteralPath nope.txt");
    const full = join(dir, 'nope.txt');
    assert.ok(host.errors.startsWith(`Get-Content : Cannot find path '${full}' because it does not exist.\nAt line:1 char:28\n`));
    assert.ok(host.errors.includes(`+ CategoryInfo          : ObjectNotFound: (${full}:String) [Get-Content], ItemNotFoundException\n+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand\n`));
    assert.ok(host.errors.includes("Get-Content : Cannot find path 'nope.txt' because it does not exist.\n"));
    assert.ok(host.errors.includes('+ CategoryInfo          : ObjectNotFound: (nope.txt:String) [Get-Content], ItemNotFoundException\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Test-Path, Set-Location/Get-Location, Join-Path and Split-Path', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'f.csv'), '');
    const { host, run } = await shellIn(dir);
    await run("Test-Path sub; Test-Path sub -PathType Leaf; Test-Path sub/f.csv -PathType Leaf; Test-Path 'sub/*.csv'; Test-Path nope; Test-Path ''");
    assert.equal(host.output, 'True\nFalse\nTrue\nTrue\nFalse\nFalse\n');
    host.writes.length = 0;
    await run('cd sub; (Get-Location).Path; pwd');
    assert.equal(host.output, `${join(dir, 'sub')}\n\nPath\n----\n${join(dir, 'sub')}\n\n`);
    host.writes.length = 0;
    await run("Set-Location nope");
    assert.equal(host.errors, `Set-Location: Cannot find path '${join(dir, 'sub', 'nope')}' because it does not exist.\n`);
    host.writes.length = 0;
    await run('Join-Path a b c d; Join-Path -Path a,b -ChildPath c; Split-Path /a/b/c.txt; Split-Path /a/b/c.txt -Leaf; Split-Path /a/b/c.txt -LeafBase; Split-Path /a/b/c.txt -Extension; Split-Path a/b -IsAbsolute; \"[$(Split-Path /a)]\"; Split-Path /a/b -NoQualifier; Split-Path a/b -Qualifier');
    assert.equal(host.output, 'a/b/c/d\na/c\nb/c\n/a/b\nc.txt\nc\n.txt\nFalse\n[]\n/a/b\n');
    assert.equal(host.errors, "Split-Path: Cannot parse path because path 'a/b' does not have a qualifier specified.\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Get-Item reads the Env:, Variable:, Function: and Alias: drives beside files; the cmdlets that do not read them (Resolve-Path) refuse each such path (docs/language.md deviation); Test-Path answers', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), 'a');
    const { host, run } = await shellIn(dir);
    await run("(Get-Item Env:HOME, ./a.txt).Name; Test-Path Variable:PWD; $?; $e = Resolve-Path Environment::HOME 2>&1; $e.FullyQualifiedErrorId; \"$($e.CategoryInfo)\"");
    assert.equal(host.output, 'HOME\na.txt\nTrue\nTrue\nProviderNotSupported,Microsoft.PowerShell.Commands.ResolvePathCommand\nNotImplemented: (Environment:String) [Resolve-Path], PSNotSupportedException\n');
    assert.equal(host.errors, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Set-Location Temp: goes to the temp folder, named from the drive; so does Resolve-Path', async () => {
  const dir = tempDir();
  try {
    const { host, run } = await shellIn(dir);
    await run("Set-Location Temp:; (Get-Location).Path; $PWD.ProviderPath; (Resolve-Path Temp:).Path; (Resolve-Path Temp:).ProviderPath");
    assert.equal(host.output, `Temp:/\n${tmpdir()}/\nTemp:/\n${tmpdir()}/\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ConvertTo-Csv and Export-Csv use pwsh 7 defaults; Import-Csv and ConvertFrom-Csv read them back', async () => {
  const dir = tempDir();
  try {
    const { host, run } = await shellIn(dir);
    await run("$o = (New-Object PSObject -Property @{Name='a'}), (New-Object PSObject -Property @{Name='b,\"c\"'})");
    await run('$o | ConvertTo-Csv; $o | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ";"');
    assert.equal(host.output, '"Name"\n"a"\n"b,""c"""\nName\na\n"b,""c"""\n');
    host.writes.length = 0;
    await run('$o | Export-Csv out.csv -NoTypeInformation; $o | Export-Csv out.csv -Append');
    assert.equal(readFileSync(join(dir, 'out.csv'), 'utf8'), '"Name"\n"a"\n"b,""c"""\n"a"\n"b,""c"""\n');
    await run('(Import-Csv out.csv).Count; (Import-Csv out.csv)[1].Name; ("x,y", "1,2" | ConvertFrom-Csv).y');
    assert.equal(host.output, '4\nb,"c"\n2\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ConvertTo-Json indents by two, warns on depth; ConvertFrom-Json builds objects in order', async () => {
  const { host, run } = await shellIn(tmpdir());
  await run("@{a=@{b=@{c=1}}} | ConvertTo-Json -Depth 1");
  assert.equal(host.output, '{\n  "a": {\n    "b": "System.Collections.Hashtable"\n  }\n}\n');
  assert.equal(host.text('warning'), 'WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 1.\n');
  host.writes.length = 0;
  await run("'he said \"hi\"\t' | ConvertTo-Json; 1,2 | ConvertTo-Json -Compress; 1 | ConvertTo-Json -AsArray -Compress");
  assert.equal(host.output, '"he said \\"hi\\"\\t"\n[1,2]\n[1]\n');
  host.writes.length = 0;
  await run(`$j = '{"2":"two","1":"one","list":[1,{"x":true}]}' | ConvertFrom-Json; $j.list[1].x; ($j | ConvertTo-Json -Compress)`);
  assert.equal(host.output, 'True\n{"2":"two","1":"one","list":[1,{"x":true}]}\n');
  host.writes.length = 0;
  await run("'{bad' | ConvertFrom-Json");
  assert.equal(host.errors, "ConvertFrom-Json: Conversion from JSON failed with error: Unexpected end while parsing unquoted property name. Path '', line 1, position 4.\n");
});

test('Get-Date shows en-US dates and formats .NET and Unix format strings', async () => {
  const { host, run } = await shellIn(tmpdir());
  await run('$d = Get-Date -Year 2026 -Month 12 -Day 5 -Hour 8 -Minute 0 -Second 0 -Millisecond 0; $d');
  assert.equal(host.output, '\nSaturday, December 5, 2026 8:00:00 AM\n\n');
  host.writes.length = 0;
  await run("$d.ToString(); \"$d\"; Get-Date $d -Format 'yyyy-MM-dd HH:mm:ss'; Get-Date $d -Format s; Get-Date $d -Format g; Get-Date $d -UFormat '%Y-%m-%d %A %j %p %I'; $d.AddDays(30).Month; $d.DayOfWeek");
  assert.equal(host.output, '12/5/2026 8:00:00 AM\n12/05/2026 08:00:00\n2026-12-05 08:00:00\n2026-12-05T08:00:00\n12/5/2026 8:00 AM\n2026-12-05 Saturday 339 AM 08\n1\nSaturday\n');
  host.writes.length = 0;
  await run('Get-Date -Date nope');
  assert.match(host.errors, /^Get-Date: Cannot bind parameter 'Date'\. Cannot convert value "nope" to type "System\.DateTime"\./);
});

test('Start-Sleep waits, and Ctrl+C (the abort signal) ends it at once', async () => {
  const { shell } = await shellIn(tmpdir());
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 50);
  await shell.run('Start-Sleep -Seconds 30', { signal: controller.signal });
  assert.ok(Date.now() - started < 5000, 'stopped early');
  const r = await shell.run('Start-Sleep -Milliseconds 20; "after"');
  assert.equal(r.success, true);
});

test('New-/Set-/Clear-/Remove-Variable with pwsh\'s errors', async () => {
  const { host, run } = await shellIn(tmpdir());
  await run('New-Variable x 1; New-Variable x 2');
  assert.equal(host.errors, "New-Variable: A variable with name 'x' already exists.\n");
  host.writes.length = 0;
  await run('New-Variable y 3 -Option ReadOnly; Set-Variable y 5; Set-Variable y 6 -Force; $y; Remove-Variable y');
  assert.equal(host.errors, 'Set-Variable: Cannot overwrite variable y because it is read-only or constant.\nRemove-Variable: Cannot remove variable y because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.\n');
  assert.equal(host.output, '6\n');
  host.writes.length = 0;
  await run('Remove-Variable y -Force; Remove-Variable y; Clear-Variable x; "[$x]"; Set-Variable w 1 -Scope Bogus');
  assert.equal(host.output, '[]\n');
  assert.match(host.errors, /^Remove-Variable: Cannot find a variable with the name 'y'\.\nSet-Variable: Cannot process argument because the value of parameter "Scope" is not valid\./);
});

test('Write-Progress reaches the host, never the output; $ProgressPreference silences it', async () => {
  const { host, run } = await shellIn(tmpdir());
  await run("Write-Progress -Activity Sites -Status 'site 1' -PercentComplete 50; Write-Progress -Activity Sites -Completed");
  assert.equal(host.output, '');
  assert.deepEqual(host.progressRecords.map((r) => [r.activity, r.status, r.percentComplete, r.completed]), [
    ['Sites', 'site 1', 50, false],
    ['Sites', 'Processing', -1, true],
  ]);
  await run("$ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity x");
  assert.equal(host.progressRecords.length, 2);
});

test('a transcript records output with pwsh\'s header and footer, never a secret typed at a prompt', async () => {
  const dir = tempDir();
  try {
    const { host, run } = await shellIn(dir, ['admin@contoso.com', 'Sup3rSecret!']);
    await run('Start-Transcript -Path t.txt');
    await run("Write-Output hello; Write-Warning careful; $c = Get-Credential; 'done'");
    await run('Stop-Transcript; Stop-Transcript');
    const text = readFileSync(join(dir, 't.txt'), 'utf8');
    assert.match(text, /^\*{22}\nPowerShell transcript start\nStart time: \d{14}\nUsername: /);
    assert.ok(text.includes(`\n*{22}\nTranscript started, output file is t.txt\nhello\nWARNING: careful\n`.replace('*{22}', '*'.repeat(22))));
    assert.ok(text.includes('User: admin@contoso.com\n'));
    assert.ok(!text.includes('Sup3rSecret!'), 'the password is not in the transcript');
    assert.match(text, /done\n\*{22}\nPowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
    assert.ok(host.output.includes(`Transcript stopped, output file is ${join(dir, 't.txt')}\n`));
    assert.ok(host.errors.endsWith('Stop-Transcript: An error occurred stopping transcription: The host is not currently transcribing.\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SharePoint cmdlets not built yet say so; other modules keep "not recognized" and name requested modules', async () => {
  const { host, shell, run } = await shellIn(tmpdir());
  await run('Get-SPOSite; Connect-ExchangeOnline');
  assert.equal(
    host.errors,
    'Get-SPOSite: Get-SPOSite is a cmdlet of the Microsoft.Online.SharePoint.PowerShell module that is not available in this version of spo-shell.\n' +
      "Connect-ExchangeOnline: The term 'Connect-ExchangeOnline' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
  );
  host.writes.length = 0;
  await run('$error[1].FullyQualifiedErrorId; $error[1].Exception.GetType().FullName; (Get-Command -Name *-SPOSite*).Count');
  assert.equal(host.output, 'CommandNotAvailableInSpoShell\nSystem.Management.Automation.CommandNotFoundException\n0\n');
  host.writes.length = 0;
  await run('Install-Module ExchangeOnlineManagement -ErrorAction SilentlyContinue; Connect-ExchangeOnline');
  assert.ok(host.errors.endsWith("try again.\nIt may come from the module 'ExchangeOnlineManagement', which the script asked for but spo-shell does not have.\n"));
});

test('spo -c: files relative to cd, CSV round trip, progress absent from stdout', async () => {
  const dir = tempDir();
  try {
    const script =
      "cd '" + dir + "'; Write-Progress -Activity a -PercentComplete 10; @{Url='https://x'} | Export-Csv s.csv; (Import-Csv s.csv).Url; Get-Content s.csv; Get-SPOTenant";
    const r = await runSpo(['-c', script]);
    assert.equal(r.stdout, 'https://x\n"Url"\n"https://x"\n');
    assert.match(r.stderr, /Get-SPOTenant is a cmdlet of the Microsoft\.Online\.SharePoint\.PowerShell module that is not available in this version of spo-shell\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Remove-Item removes a link to a folder as a link: no prompt for children, the target kept (pwsh 7.6.10; the corpus cannot make links)', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'target'));
    writeFileSync(join(dir, 'target', 'keep.txt'), 'x');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    mkdirSync(join(dir, 'holder'));
    symlinkSync(join(dir, 'target'), join(dir, 'holder', 'inner'));
    const { host, run } = await shellIn(dir);
    await run('Remove-Item ./link; Remove-Item ./holder -Recurse; "done"');
    assert.equal(host.output, 'done\n');
    assert.equal(host.errors, '');
    assert.throws(() => lstatSync(join(dir, 'link')));
    assert.ok(!existsSync(join(dir, 'holder')));
    assert.equal(readFileSync(join(dir, 'target', 'keep.txt'), 'utf8'), 'x');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
