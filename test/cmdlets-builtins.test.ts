// The built-in cmdlets through the engine: exact console text for output, streams and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { importUnprotected } from '../src/cmdlets/secure-string-export.js';
import { SecureString } from '../src/engine/values.js';
import { hostText } from '../src/cmdlets/write-host.js';
import { wildcardMatch, hasWildcard } from '../src/engine/wildcard.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';

const table = builtinCommandTable();
const allCommands = () => table.all();
const allAliases = () => table.aliases();
const resolveCommand = (name: string) => table.resolve(name);

async function run(script: string, answers: Array<string | null> = []): Promise<TestHost> {
  const host = new TestHost({ answers });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  for (const line of script.split('\n')) await shell.run(line);
  return host;
}

/** What a console shows: every stream in order, each write tagged with its stream. */
async function transcript(script: string, answers: Array<string | null> = []): Promise<string> {
  const host = await run(script, answers);
  return host.writes.map((w) => `[${w.kind}] ${w.text}`).join('');
}

const cases: Array<[string, string]> = [
  ['Write-Output a b c', '[output] a\nb\nc\n'],
  ['echo hello; write there', '[output] hello\n[output] there\n'],
  ['Write-Host a b -Separator ", "', '[information] a, b\n'],
  ['Write-Host (1,2,3) -Separator -', '[information] 1-2-3\n'],
  ['Write-Host a -NoNewline; Write-Host b', '[information] a[information] b\n'],
  ['Write-Host $true 1.5', '[information] True 1.5\n'],
  ['Write-Host hidden -InformationAction SilentlyContinue', ''],
  ['Write-Verbose hi', ''],
  ['Write-Verbose hi -Verbose', '[verbose] VERBOSE: hi\n'],
  ['Write-Verbose -Msg "" -Verbose', '[verbose] VERBOSE: \n'],
  ['Write-Warning careful', '[warning] WARNING: careful\n'],
  ['Write-Debug dbg -Debug', '[debug] DEBUG: dbg\n'],
  ['Write-Information info', ''],
  ['Write-Information info -InformationAction Continue', '[information] info\n'],
  ['Write-Error boom', '[error] Write-Error: boom\n'],
  ['Write-Error boom -CategoryActivity Deploy', '[error] Deploy: boom\n'],
  ['New-Object PSCredential', '[error] New-Object: A constructor was not found. Cannot find an appropriate constructor for type PSCredential.\n'],
  ['New-Object Foo.Bar', '[error] New-Object: Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.\n'],
  ['New-Object PSCredential "admin", "password"', '[error] New-Object: Cannot find an overload for "PSCredential" and the argument count: "2".\n'],
  [
    '$p = ConvertTo-SecureString x -AsPlainText; New-Object Management.Automation.PSCredential "", $p',
    '[error] New-Object: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again."\n',
  ],
  [
    'New-Object PSCredential "admin", $null',
    '[error] New-Object: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "password" is null. Change the value of argument "password" to a non-null value."\n',
  ],
  ['New-Object System.Security.SecureString', '[output] System.Security.SecureString\n'],
  ['(New-Object Hashtable).Count', '[output] 0\n'],
  ['ConvertTo-SecureString secret -AsPlainText -Force', '[output] System.Security.SecureString\n'],
  [
    'ConvertTo-SecureString secret',
    // pwsh's FormatException quotes two characters of the password: withheld.
    "[error] ConvertTo-SecureString: The input string '(hidden)' was not in a correct format.\n",
  ],
  [
    'ConvertTo-SecureString secre',
    '[error] ConvertTo-SecureString: The parameter value "(hidden)" is not a valid encrypted string. To convert plain text, add -AsPlainText.\n',
  ],
  ['$s = ConvertTo-SecureString "700061007300730077006f0072006400"; $s.Length', '[output] 8\n'],
  ['$x = 5; Get-Variable x', '[output] \nName                           Value\n----                           -----\nx                              5\n[output] \n'],
  ['$x = 5; gv x -ValueOnly', '[output] 5\n'],
  ['Get-Variable nope', "[error] Get-Variable: Cannot find a variable with the name 'nope'.\n"],
  ['Get-Variable nope*', ''],
  ['gcm cls', '[output] \nCommandType     Name                                               Version    Source\n-----------     ----                                               -------    ------\nAlias           cls -> Clear-Host' + ' '.repeat(45) + '\n[output] \n'],
  [
    'Get-Command nope',
    "[error] Get-Command: The term 'nope' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
  ],
  [
    'Get-Command Write-Output -Syntax',
    '[output] \nWrite-Output [-InputObject] <psobject> [-NoEnumerate] [<CommonParameters>]\n\n',
  ],
  // An alias: the alias line, then its target's syntax under the alias's name (Clear-Host is a simple
  // function: no CommonParameters; without parameters its name is followed by a space, as in pwsh 7.6.10).
  ['Get-Command cls -Syntax', '[output] cls (alias) -> Clear-Host\n\ncls \n\n'],
];

for (const [script, expected] of cases) {
  test(`console text of: ${script}`, async () => {
    assert.equal(await transcript(script), expected);
  });
}

test('Example 2 of Connect-SPOService builds a credential that prints as PowerShell prints it', async () => {
  const host = await run(
    [
      '$username = "admin@contoso.sharepoint.com"',
      '$password = "password"',
      '$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)',
      '$cred',
      '$cred.GetNetworkCredential().Password',
    ].join('\n'),
  );
  assert.equal(
    host.output,
    '\nUserName                                         Password\n--------                                         --------\nadmin@contoso.sharepoint.com System.Security.SecureString\n\npassword\n',
  );
  assert.equal(host.errors, '');
});

test('Get-Credential prompts with the default caption and returns a credential', async () => {
  const out = await transcript('$c = Get-Credential; $c.UserName', ['admin', 'pw']);
  assert.equal(
    out,
    '[prompt] \n[prompt] PowerShell credential request\n[prompt] Enter your credentials.\n[readLine] User: admin\n[readSecret] Password for user admin: **\n[prompt] \n[output] admin\n',
  );
});

test('Get-Credential -Title -Message -UserName asks only for the password', async () => {
  const out = await transcript('(Get-Credential -Title T -Message M -UserName bob).UserName', ['pw']);
  assert.equal(out, '[prompt] \n[prompt] T\n[prompt] M\n[readSecret] Password for user bob: **\n[prompt] \n[output] bob\n');
});

test('Get-Credential cancelled at end of input writes nothing', async () => {
  const host = await run('$c = Get-Credential; $c -eq $null', [null]);
  assert.equal(host.errors, '');
});

test('Clear-Host and its alias clear the screen', async () => {
  const host = await run('Clear-Host; cls');
  assert.equal(host.clearCount, 2);
});

test('Write-Error writes a record without a command suffix, activity Write-Error', async () => {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run('Write-Error boom -Category ObjectNotFound -ErrorId X -TargetObject t');
  await shell.run('$ErrorView = "CategoryView"; Write-Error again');
  assert.equal(host.errors, 'Write-Error: boom\nNotSpecified: (:) [Write-Error], WriteErrorException\n');
  await shell.run('$ErrorView = "ConciseView"; $Error[1].FullyQualifiedErrorId; $Error[0].FullyQualifiedErrorId');
  assert.match(host.output, /X\nMicrosoft\.PowerShell\.Commands\.WriteErrorException\n$/);
});

test('Write-Information refuses PS-prefixed tags with PowerShell\'s terminating error', async () => {
  const host = await run(
    [
      'Write-Information x -Tags PSHOST -InformationAction Continue',
      'Write-Information z -Tags Pshost, other -InformationAction Continue; "after"',
      '$e = $Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category; $e.Exception.GetType().Name; $e.TargetObject',
    ].join('\n'),
  );
  assert.equal(
    host.errors,
    "Write-Information: Cannot use tag 'PSHOST'. The 'PS' prefix is reserved.\n" +
      "Write-Information: Cannot use tag 'Pshost'. The 'PS' prefix is reserved.\n",
  );
  // Terminating: nothing was written on the information stream, and the rest of the line still ran.
  assert.equal(
    host.text('information', 'output'),
    'after\nPSPrefixReservedInInformationTag,Microsoft.PowerShell.Commands.WriteInformationCommand\nInvalidArgument\nInvalidOperationException\nPshost\n',
  );
});

test('Write-Host output feeds -InformationVariable', async () => {
  const host = await run('Write-Host hi -InformationVariable iv; $iv.Count');
  assert.equal(host.text('information', 'output'), 'hi\n1\n');
});

test('registry resolves names and aliases case-insensitively and lists PowerShell aliases', () => {
  assert.equal(resolveCommand('write-OUTPUT')?.definition.name, 'Write-Output');
  assert.deepEqual(resolveCommand('ECHO') && { name: resolveCommand('ECHO')!.definition.name, via: resolveCommand('ECHO')!.viaAlias }, { name: 'Write-Output', via: 'echo' });
  assert.equal(resolveCommand('nope'), undefined);
  assert.deepEqual(
    allAliases().map((a) => `${a.name}->${a.target}`),
    [
      '%->ForEach-Object',
      '?->Where-Object',
      'cat->Get-Content',
      'cd->Set-Location',
      'chdir->Set-Location',
      'clc->Clear-Content',
      'clear->Clear-Host',
      'clhy->Clear-History',
      'cli->Clear-Item',
      'cls->Clear-Host',
      'clv->Clear-Variable',
      'compare->Compare-Object',
      'copy->Copy-Item',
      'cp->Copy-Item',
      'cpi->Copy-Item',
      'cvpa->Convert-Path',
      'del->Remove-Item',
      'dir->Get-ChildItem',
      'echo->Write-Output',
      'epal->Export-Alias',
      'epcsv->Export-Csv',
      'erase->Remove-Item',
      'fc->Format-Custom',
      'fhx->Format-Hex',
      'fl->Format-List',
      'foreach->ForEach-Object',
      'ft->Format-Table',
      'fw->Format-Wide',
      'gal->Get-Alias',
      'gc->Get-Content',
      'gci->Get-ChildItem',
      'gcm->Get-Command',
      'gcs->Get-PSCallStack',
      'gdr->Get-PSDrive',
      'ghy->Get-History',
      'gi->Get-Item',
      'gjb->Get-Job',
      'gl->Get-Location',
      'gm->Get-Member',
      'gmo->Get-Module',
      'gp->Get-ItemProperty',
      'gpv->Get-ItemPropertyValue',
      'group->Group-Object',
      'gtz->Get-TimeZone',
      'gu->Get-Unique',
      'gv->Get-Variable',
      'h->Get-History',
      'help->Get-Help',
      'history->Get-History',
      'icm->Invoke-Command',
      'iex->Invoke-Expression',
      'ihy->Invoke-History',
      'ipal->Import-Alias',
      'ipcsv->Import-Csv',
      'ipmo->Import-Module',
      'irm->Invoke-RestMethod',
      'iwr->Invoke-WebRequest',
      'ls->Get-ChildItem',
      'man->Get-Help',
      'measure->Measure-Object',
      'mi->Move-Item',
      'move->Move-Item',
      'mv->Move-Item',
      'nal->New-Alias',
      'ndr->New-PSDrive',
      'ni->New-Item',
      'nv->New-Variable',
      'oh->Out-Host',
      'popd->Pop-Location',
      'pushd->Push-Location',
      'pwd->Get-Location',
      'r->Invoke-History',
      'rcjb->Receive-Job',
      'rd->Remove-Item',
      'rdr->Remove-PSDrive',
      'ren->Rename-Item',
      'ri->Remove-Item',
      'rjb->Remove-Job',
      'rm->Remove-Item',
      'rmdir->Remove-Item',
      'rni->Rename-Item',
      'rv->Remove-Variable',
      'rvpa->Resolve-Path',
      'sajb->Start-Job',
      'sal->Set-Alias',
      'select->Select-Object',
      'set->Set-Variable',
      'si->Set-Item',
      'sl->Set-Location',
      'sleep->Start-Sleep',
      'sls->Select-String',
      'sort->Sort-Object',
      'sp->Set-ItemProperty',
      'spjb->Stop-Job',
      'sv->Set-Variable',
      'tee->Tee-Object',
      'type->Get-Content',
      'where->Where-Object',
      'wjb->Wait-Job',
      'write->Write-Output',
    ],
  );
  const names = allCommands().map((c) => c.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  for (const n of ['Connect-SPOService', 'Disconnect-SPOService', 'Get-Help', 'New-Object']) assert.ok(names.includes(n), n);
});

test('a command registered in the shell\'s table at run time is found, run and listed by Get-Command', async () => {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  shell.commands.register({
    name: 'Get-Greeting',
    commandType: 'Function',
    implementingType: 'Get-Greeting',
    module: '',
    synopsis: 'Greets.',
    parameters: [],
    process(ctx) {
      ctx.writeObject('hello');
    },
  });
  shell.commands.registerAlias({ name: 'greet', target: 'Get-Greeting' });
  await shell.run('greet; (Get-Command Get-Greeting).CommandType; (Get-Command greet).Name; (Get-Command greet).DisplayName');
  assert.equal(host.text('output'), 'hello\nFunction\ngreet\ngreet -> Get-Greeting\n');
  // Another shell's table is untouched.
  assert.equal(builtinCommandTable().resolve('greet'), undefined);
});

test('wildcards follow PowerShell rules', () => {
  assert.ok(wildcardMatch('*-spo*', 'Connect-SPOService'));
  assert.ok(wildcardMatch('Get-?elp', 'get-help'));
  assert.ok(wildcardMatch('[a-c]ls', 'cls'));
  assert.ok(wildcardMatch('a`*', 'a*'));
  assert.ok(!wildcardMatch('a`*', 'ab'));
  assert.equal(hasWildcard('a`*'), false);
  assert.equal(hasWildcard('Get-*'), true);
  // Recorded from pwsh 7.6.10: `^` and `!` are plain characters in a set, `]` first belongs to it,
  // an escaped or outer `-` is literal, a trailing backtick is literal.
  assert.ok(!wildcardMatch('[^a]*', 'bcd'));
  assert.ok(wildcardMatch('[^a]*', 'acd'));
  assert.ok(wildcardMatch('[^a]*', '^cd'));
  assert.ok(!wildcardMatch('[!a]', 'b'));
  assert.ok(wildcardMatch('[]a]', ']'));
  assert.ok(wildcardMatch('[a]]', 'a]'));
  assert.ok(wildcardMatch('[a-]', '-'));
  assert.ok(!wildcardMatch('[a`-c]', 'b'));
  assert.ok(wildcardMatch('a`', 'a`'));
  assert.ok(!wildcardMatch('[a-c]', 'B', true));
  for (const bad of ['[', 'a[', '[z-a]ls', '[]']) {
    assert.throws(() => wildcardMatch(bad, 'x'), { message: `The specified wildcard character pattern is not valid: ${bad}` });
  }
});

test('-like, Get-Command, Get-Variable and Get-Help share one wildcard matcher and its error', async () => {
  // `[^c]` is the set of `^` and `c` (PowerShell's wildcards have no negation): every command and alias
  // whose name starts with c, counted the other way for the expectation.
  assert.equal((await run("'bcd' -like '[^a]*'; 'acd' -like '[^a]*'; (Get-Command '[^c]*').Count -eq @(Get-Command | Where-Object { $_.Name[0] -eq 'c' }).Count; (Get-Command '[^c]*').Count -gt 10; (Get-Variable '[^t]rue').Name")).text('output'), 'False\nTrue\nTrue\nTrue\ntrue\n');
  const host = await run("$Error.Clear(); 'b' -like '['; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); Get-Help '[' -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId");
  assert.equal(
    host.text(),
    [
      // One interactive line: the concise view puts the message on the label line, as pwsh does.
      'WildcardPatternException: The specified wildcard character pattern is not valid: [',
      'RuntimeException',
      'NotSpecified: (:) [], WildcardPatternException',
      'Get-Help: The specified wildcard character pattern is not valid: [',
      'RuntimeException,Microsoft.PowerShell.Commands.GetHelpCommand',
      '',
    ].join('\n'),
  );
});

test('Write-Host joins nested collections and skips empty strings', () => {
  assert.equal(hostText([1, [2, 3], ''], '|'), '1|2|3|');
  assert.equal(hostText('', ' '), null);
  assert.equal(hostText(null, ' '), null);
});

test('exported secure strings decode only as hexadecimal UTF-16', () => {
  const decoded = importUnprotected('700061007300730077006f0072006400');
  assert.ok(decoded instanceof SecureString);
  assert.equal(decoded.revealForSignIn(), 'password');
  assert.equal(importUnprotected('abc'), 'odd');
  // Non-hex digits: pwsh's FormatException, without the characters (they may be a password).
  const failed = importUnprotected('password');
  assert.ok(!(failed instanceof SecureString) && failed !== 'odd');
  assert.equal(failed.error.message, "The input string '(hidden)' was not in a correct format.");
  assert.equal(failed.terminating, true);
});
