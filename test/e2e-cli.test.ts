// DESIGN.md "Command line": the ways to give `spo` a script, exit status, the stdout/stderr
// split, prompts answered from piped stdin, -NonInteractive, colour, --version/--help.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runSpo } from './helpers/spo-process.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), 'spo-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function script(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const ESC = '\x1b';
const MISSING_MESSAGE = 'Write-Verbose: Cannot process command because of one or more missing mandatory parameters: Message.\n';
const PROMPT = '\ncmdlet Write-Verbose at command pipeline position 1\nSupply values for the following parameters:\nMessage: ';

test('--version prints the package version', async () => {
  const r = await runSpo(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, new RegExp(version.replace(/\./g, '\\.')));
  assert.equal(r.stderr, '');
});

test('--help names the script options', async () => {
  const r = await runSpo(['--help']);
  assert.equal(r.code, 0);
  for (const opt of ['-c', '-f', '-NonInteractive', '--sandbox', '--version']) assert.ok(r.stdout.includes(opt), `help mentions ${opt}`);
});

for (const flag of ['-c', '-Command', '--command']) {
  test(`${flag} runs a script`, async () => {
    const r = await runSpo([flag, 'Write-Output ok; Write-Output two']);
    assert.deepEqual(r, { stdout: 'ok\ntwo\n', stderr: '', code: 0 });
  });
}

for (const flag of ['-f', '-File', '--file', '']) {
  test(`${flag || 'bare path'} runs a file`, async () => {
    const p = script(`ok${flag}.ps1`, "Write-Output ok\n$x = 'v'\n\"x=$x\"\n");
    const r = await runSpo(flag ? [flag, p] : [p]);
    assert.deepEqual(r, { stdout: 'ok\nx=v\n', stderr: '', code: 0 });
  });
}

test('a script piped to stdin runs when no script is given', async () => {
  const r = await runSpo([], { stdin: "Write-Output a\n$b = 'b'\n$b\n" });
  assert.deepEqual(r, { stdout: 'a\nb\n', stderr: '', code: 0 });
});

test('stdin reads a statement on as its file would: a pipe that ends a line continues over an empty line', async () => {
  // The console ends such input at the empty line (PSReadLine); a script read from stdin is a file's text.
  const r = await runSpo([], { stdin: "'abc' |\n\n  ForEach-Object Length\n$x = 'ab'\n$x.\n  Length\n" });
  assert.deepEqual(r, { stdout: '3\n2\n', stderr: '', code: 0 });
});

test("[Console]'s window size without a terminal follows TERM as .NET's terminfo fallback does (pwsh 7.6.10)", async () => {
  const size = "'{0} {1} {2}' -f [Console]::WindowWidth, [Console]::WindowHeight, [Console]::IsOutputRedirected";
  for (const [term, expected] of [['xterm-256color', '80 24 True'], ['dumb', '80 -1 True'], ['', '0 0 True']] as const) {
    const r = await runSpo(['-c', size], { env: { TERM: term } });
    assert.equal(r.stdout, `${expected}\n`, `TERM=${term}`);
  }
});

test('Issue 13.8: a 40,000-line here-string piped to stdin is read in linear time', async () => {
  // Asking the parser after each line made this take over a minute; linear reading takes about a
  // second, so the 30 s limit leaves a wide margin and still fails the quadratic reader.
  const body = Array.from({ length: 40_000 }, (_, i) => `line ${i} of the here-string`);
  const text = `$x = @'\n${body.join('\n')}\n'@\n$x.Length\n$y = @"\n$($x.Length) "quoted"\n  '@ not a footer\n"@\n$y\n`;
  const r = await runSpo([], { stdin: text, timeoutMs: 30_000 });
  const length = body.join('\n').length;
  assert.deepEqual(r, { stdout: `${length}\n${length} "quoted"\n  '@ not a footer\n`, stderr: '', code: 0 });
});

test('stdin: a prompt after a here-string still reads the next line', async () => {
  const r = await runSpo([], { stdin: "$h = @'\na\n'@\nWrite-Verbose\nanswer\nWrite-Output $h\n" });
  // The answer read from redirected input is echoed after the prompt, as pwsh does.
  assert.equal(r.stdout, `${PROMPT}answer\na\n`);
  assert.equal(r.code, 0);
});

test('exit status: 0 when the last statement succeeded', async () => {
  const r = await runSpo(['-c', 'nosuchcommand-x; Write-Output after']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'after\n');
  assert.match(r.stderr, /^nosuchcommand-x: The term 'nosuchcommand-x' is not recognized/);
});

test('exit status: 1 when the last statement failed', async () => {
  const r = await runSpo(['-c', 'Write-Output a; nosuchcommand-x']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, 'a\n');
});

test('exit status: exit N wins', async () => {
  assert.equal((await runSpo(['-c', 'exit 7'])).code, 7);
  assert.equal((await runSpo(['-c', 'nosuchcommand-x; exit 0'])).code, 0);
  const f = script('exit.ps1', 'Write-Output a\nexit 4\nWrite-Output b\n');
  assert.deepEqual(await runSpo(['-f', f]), { stdout: 'a\n', stderr: '', code: 4 });
});

test('throw: Exception on stderr, exit 1', async () => {
  assert.deepEqual(await runSpo(['-c', "throw 'boom'; Write-Output after"]), { stdout: '', stderr: 'Exception: boom\n', code: 1 });
});

test('a parse error: nothing runs, exit 1', async () => {
  const r = await runSpo(['-c', 'Write-Output a\n1 )']);
  assert.equal(r.stdout, '');
  assert.equal(r.code, 1);
  assert.equal(r.stderr, "ParserError: \nLine |\n   2 |  1 )\n     |    ~\n     | Unexpected token ')' in expression or statement.\n");
});

test('incomplete input (an open quote at the end): pwsh -c prints nothing and exits 1', async () => {
  assert.deepEqual(await runSpo(['-c', "Write-Output a\nWrite-Output 'b"]), { stdout: '', stderr: '', code: 1 });
});

test('§2.1 errors in a script file name the file and line', async () => {
  const p = script('err.ps1', 'Write-Output a\nWrite-Verbose -Foo x\n');
  const r = await runSpo(['-f', p]);
  assert.equal(r.stdout, 'a\n');
  assert.equal(
    r.stderr,
    // Errors from a file are wrapped like parse errors; the view's closing newline is not shown.
    `Write-Verbose: ${p}:2\nLine |\n   2 |  Write-Verbose -Foo x\n     |                ~~~~\n     | A parameter cannot be found that matches parameter name 'Foo'.\n`,
  );
  // DESIGN.md: a script run exits 1 when its last statement failed (pwsh -File would exit 0: a documented deviation).
  assert.equal(r.code, 1);
});

test('spo -f exits 1 when a terminating error ends the script or its last statement failed (DESIGN.md), 0 when the last statement succeeded', async () => {
  const thrown = await runSpo(['-f', script('throw.ps1', "Write-Output a\nthrow 'x'\nWrite-Output b\n")]);
  assert.equal(thrown.stdout, 'a\n');
  assert.equal(thrown.code, 1);
  const stopped = await runSpo(['-f', script('stop.ps1', "Write-Error e -ErrorAction Stop\n'not reached'\n")]);
  assert.equal(stopped.stdout, '');
  assert.equal(stopped.code, 1);
  const failedLast = await runSpo(['-f', script('last.ps1', "Write-Output a\n1/0\n")]);
  assert.equal(failedLast.code, 1);
  const failedEarlier = await runSpo(['-f', script('earlier.ps1', "Get-Item /spo-nope\nWrite-Output a\n")]);
  assert.equal(failedEarlier.stdout, 'a\n');
  assert.equal(failedEarlier.code, 0);
  const exited = await runSpo(['-f', script('exit.ps1', "Get-Item /spo-nope\nexit 3\n")]);
  assert.equal(exited.code, 3);
});

test('§1.6 a mandatory parameter is read from piped stdin', async () => {
  const r = await runSpo(['-c', 'Write-Verbose -Verbose'], { stdin: 'hello\n' });
  assert.ok(r.stdout.startsWith(PROMPT), JSON.stringify(r.stdout));
  assert.ok(r.stdout.endsWith('VERBOSE: hello\n'), JSON.stringify(r.stdout));
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
});

test('§1.6 end of stdin at a prompt: MissingMandatoryParameter', async () => {
  const r = await runSpo(['-c', 'Write-Verbose -Verbose; Write-Output next'], { stdin: '' });
  assert.ok(r.stdout.startsWith(PROMPT), JSON.stringify(r.stdout));
  assert.ok(r.stdout.endsWith('next\n'), 'the next statement still runs');
  assert.equal(r.stderr, MISSING_MESSAGE);
});

test('§1.6 -NonInteractive: MissingMandatoryParameter without waiting', async () => {
  const r = await runSpo(['-NonInteractive', '-c', 'Write-Verbose -Verbose'], { stdin: 'hello\n' });
  assert.equal(r.stderr, MISSING_MESSAGE);
  assert.ok(!r.stdout.includes('VERBOSE: hello'), 'stdin is not read');
  assert.equal(r.code, 1);
});

test('§5.3 Get-Credential from piped stdin never shows the password', async () => {
  const r = await runSpo(['-c', '$c = Get-Credential; $c.UserName; $c.Password'], { stdin: 'admin\nhunter2secret\n' });
  assert.ok(r.stdout.includes('\nPowerShell credential request\nEnter your credentials.\nUser: '), JSON.stringify(r.stdout));
  assert.ok(r.stdout.includes('Password for user admin: '), JSON.stringify(r.stdout));
  assert.ok(r.stdout.endsWith('admin\nSystem.Security.SecureString\n'), JSON.stringify(r.stdout));
  assert.ok(!(r.stdout + r.stderr).includes('hunter2secret'), 'the password never appears');
});

test('§5.3 Get-Credential echoes the user name it read from piped stdin, as pwsh 7.6.10 does, never the password', async () => {
  // pwsh: `User: admin` then `Password for user admin: ` (its own password read from a pipe then fails).
  const r = await runSpo(['-c', '$c = Get-Credential; $c.UserName'], { stdin: 'admin\nhunter2secret\n' });
  assert.equal(r.stdout, '\nPowerShell credential request\nEnter your credentials.\nUser: admin\nPassword for user admin: \n\nadmin\n');
  const m = await runSpo(['-c', 'function f { param([Parameter(Mandatory)][pscredential]$c) $c.UserName }; f'], { stdin: 'bob\nhunter2secret\n' });
  assert.ok(m.stdout.includes('\nc\nUser: bob\nPassword for user bob: \n'), JSON.stringify(m.stdout));
  assert.ok(!(r.stdout + r.stderr + m.stdout + m.stderr).includes('hunter2secret'), 'the password never appears');
});

test('secrets: a SecureString never prints its text', async () => {
  const r = await runSpo(['-c', "$s = ConvertTo-SecureString 'hunter2secret' -AsPlainText; $s; Write-Verbose -Verbose \"$s\""]);
  assert.equal(r.stdout, 'System.Security.SecureString\nVERBOSE: System.Security.SecureString\n');
  assert.equal(r.code, 0);
});

test('no colour when stdout/stderr are not terminals, and with NO_COLOR', async () => {
  for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '0' }] as Array<Record<string, string>>) {
    const r = await runSpo(['-c', 'Write-Warning w; Write-Verbose v -Verbose; nosuchcommand-x; $c = New-Object PSCredential u, (ConvertTo-SecureString p -AsPlainText); $c'], { env });
    assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC), JSON.stringify(r));
    assert.ok(r.stdout.startsWith('WARNING: w\nVERBOSE: v\n'), JSON.stringify(r.stdout));
  }
});

test('Issue 12.5: FORCE_COLOR keeps colour in a pipe (spo -c … | less -R); NO_COLOR still wins; FORCE_COLOR=0 and TERM=dumb mean none', async () => {
  const script = 'Write-Warning w; nosuchcommand-x';
  for (const force of ['1', '', 'true', '3']) {
    const r = await runSpo(['-c', script], { env: { FORCE_COLOR: force, TERM: 'dumb' } });
    assert.ok(r.stdout.startsWith(`${ESC}[33;1mWARNING: w${ESC}[0m`), `FORCE_COLOR=${force}: ${JSON.stringify(r.stdout)}`);
    assert.ok(r.stderr.startsWith(`${ESC}[31;1m`), `FORCE_COLOR=${force}: ${JSON.stringify(r.stderr)}`);
  }
  for (const env of [{ FORCE_COLOR: '1', NO_COLOR: '1' }, { FORCE_COLOR: 'false' }, { TERM: 'dumb' }, { TERM: 'xterm-256color' }] as Array<Record<string, string>>) {
    const r = await runSpo(['-c', script], { env });
    assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC), `${JSON.stringify(env)}: ${JSON.stringify(r)}`);
  }
});

test('--sandbox runs scripts the same way', async () => {
  assert.deepEqual(await runSpo(['--sandbox', '-c', 'Write-Output ok']), { stdout: 'ok\n', stderr: '', code: 0 });
});

test('seed Example 2 from a file prints $cred as PowerShell does', async () => {
  const p = script(
    'example2.ps1',
    '$username = "admin@contoso.sharepoint.com"\n$password = "password"\n$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)\n$cred\n',
  );
  assert.deepEqual(await runSpo(['-f', p]), {
    stdout: '\nUserName                                         Password\n--------                                         --------\nadmin@contoso.sharepoint.com System.Security.SecureString\n\n',
    stderr: '',
    code: 0,
  });
});

test('end of input at a password prompt: Get-Credential writes nothing and goes on; -Credential user is a binding error, the script goes on', async () => {
  const r = await runSpo(['-c', '$c = Get-Credential admin; "gc $? [$c]"; Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com; "after $?"']);
  const prompt = (user: string) => `\nPowerShell credential request\nEnter your credentials.\nPassword for user ${user}: \n`;
  assert.equal(r.stdout, `${prompt('admin')}gc True []\n${prompt('admin@contoso.com')}after False\n`);
  assert.equal(
    r.stderr,
    "Connect-SPOService: Cannot process argument transformation on parameter 'Credential'. No password was entered for user admin@contoso.com: the input ended.\n",
  );
  assert.equal(r.code, 0);
});

test('-NonInteractive: the password prompt is shown, then the NonInteractive error', async () => {
  const r = await runSpo(['-NonInteractive', '-c', 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com']);
  assert.equal(r.stdout, '\nPowerShell credential request\nEnter your credentials.\nPassword for user admin@contoso.com: ');
  assert.equal(
    r.stderr,
    "Connect-SPOService: Cannot process argument transformation on parameter 'Credential'. PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n",
  );
  assert.equal(r.code, 1);
});

// Issue 12.6: pwsh's own switches, as cron lines and scheduled tasks carry them (checked against
// `pwsh -?` of PowerShell 7.6.10: names, shortest prefixes, aliases).
test('pwsh habits: -NoProfile -NoLogo -Command, prefixes (-nop -nol -noni), -ExecutionPolicy Bypass -File', async () => {
  const p = script('task.ps1', 'Write-Output task\n');
  for (const args of [
    ['-NoProfile', '-NoLogo', '-Command', 'Write-Output task'],
    ['-nop', '-nol', '-noni', '-c', 'Write-Output task'],
    ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', p],
    ['-ep', 'RemoteSigned', '-WindowStyle', 'Hidden', '-NonInteractive', '-f', p],
    ['--noprofile', '-Login', '-Interactive', '-NoProfileLoadTime', '-STA', '-InputFormat', 'Text', '-of', 'text', p],
    ['-InputFormat', 'None', '-OutputFormat', 'none', p],
    ['-EncodedCommand', Buffer.from('Write-Output task', 'utf16le').toString('base64')],
  ]) {
    const r = await runSpo(args);
    assert.deepEqual(r, { stdout: 'task\n', stderr: '', code: 0 }, args.join(' '));
  }
});

test('pwsh habits: -Command - and -File - read the script from stdin', async () => {
  for (const flag of ['-Command', '-File']) {
    const r = await runSpo(['-NoProfile', flag, '-'], { stdin: "$a = 'from stdin'\nWrite-Output $a\n" });
    assert.deepEqual(r, { stdout: 'from stdin\n', stderr: '', code: 0 }, flag);
  }
});

test('pwsh habits: -WorkingDirectory changes folder first; a missing one is reported as pwsh does and the script runs', async () => {
  script('here.ps1', 'Write-Output here\n');
  assert.deepEqual(await runSpo(['-wd', dir, '-f', 'here.ps1']), { stdout: 'here\n', stderr: '', code: 0 });
  const missing = join(dir, 'no-such-folder');
  const r = await runSpo(['-WorkingDirectory', missing, '-c', 'Write-Output still']);
  assert.deepEqual(r, { stdout: 'still\n', stderr: `Set-Location: Cannot find path '${missing}' because it does not exist.\n`, code: 0 });
});

test('pwsh habits: what spo cannot honour is refused with exit 64, and ambiguity lists the candidates', async () => {
  const usage = "Run 'spo --help' for usage.\n";
  const cases: Array<[string[], string]> = [
    [['-NoExit', '-c', '1'], 'spo: -NoExit is not supported: spo does not stay open after a script; run `spo` for the console.\n'],
    [['-OutputFormat', 'XML', '-c', '1'], 'spo: -OutputFormat XML is not supported: spo reads and writes text.\n'],
    [['-ExecutionPolicy'], 'spo: Cannot process the execution policy because of a missing policy name. A policy name must follow -ExecutionPolicy.\n'],
    [['-ExecutionPolicy', 'Sometimes', '-c', '1'], "spo: Invalid ExecutionPolicy value 'Sometimes'.\n"],
    [['-Command'], 'spo: Cannot process the command because of a missing parameter. A command must follow -Command.\n'],
    // pwsh 7.6.10's own texts for a missing value (it names -Command after -EncodedCommand too).
    [['-EncodedCommand'], 'spo: Cannot process the command because of a missing parameter. A command must follow -Command.\n'],
    [['-wd'], 'spo: Cannot process the command because -WorkingDirectory requires an argument that is a directory path.\n'],
    [['-InputFormat'], 'spo: Cannot process the command because the -InputFormat parameter requires an argument. Specify a valid format argument for this parameter.\nValid formats are:\nText\nXML\nNone\n'],
    [['-OutputFormat'], 'spo: The command cannot be run because no argument has been supplied for the OutputFormat parameter.\nSpecify one of the following formats for this parameter:\nText\nXML\nNone\n'],
    [['-of', 'json', '-c', '1'], 'spo: Cannot process the command because of an incorrect parameter value. "json" is not a valid format.\nValid formats are:\nText\nXML\nNone\n'],
    [['-no', '-c', '1'], "spo: Invalid argument '-no', did you mean:\n\n  -noexit\n  -nologo\n  -noninteractive\n  -noprofile\n  -noprofileloadtime\n\n"],
    [['-Bogus'], "spo: unknown option '-Bogus'.\n"],
  ];
  for (const [args, stderr] of cases) {
    assert.deepEqual(await runSpo(args), { stdout: '', stderr: stderr + usage, code: 64 }, args.join(' '));
  }
});

test('Issue 12.4: tables pad by display columns (wide characters count two), as PowerShell 7.6.10 prints them', async () => {
  // Recorded from pwsh 7.6.10: `@{'日本語'='テスト'}` with PlainText rendering.
  const r = await runSpo(['-c', "@{'日本語'='テスト'}"]);
  assert.deepEqual(r, { stdout: '\nName                           Value\n----                           -----\n日本語                         テスト\n\n', stderr: '', code: 0 });
});

test('spo -c: an Inquire prompt (-Debug on Write-Verbose) at the end of stdin fails that command as pwsh 7.6.10 does, and the script goes on', async () => {
  const r = await runSpo(['-c', "Write-Verbose v -Debug; 'next'; $Error[0].FullyQualifiedErrorId"], { stdin: '', env: { NO_COLOR: '1' } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^VERBOSE: v$/m);
  assert.match(r.stdout, /Continue with this operation\?/);
  // At the end of input nothing follows the choice prompt: 'next' comes right after its colon, as in pwsh.
  assert.match(r.stdout, /^\(default is "Y"\):next\nSystem\.NullReferenceException,Microsoft\.PowerShell\.Commands\.WriteVerboseCommand\n$/m);
  assert.equal(r.stderr, 'Write-Verbose: Object reference not set to an instance of an object.\n');
});
