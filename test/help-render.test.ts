// Get-Help: pages parsed from docs/, syntax and parameter attributes from metadata, the views,
// and the errors, through the engine and through `spo -c`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { repoRoot, runSpo } from './helpers/spo-process.js';
import { allCommands, resolveCommand } from '../src/cmdlets/registry.js';
import { parsePage } from '../src/help/page.js';
import { syntaxLines } from '../src/help/syntax.js';
import { docsFolder } from '../src/help/docs-location.js';
import { helpNotFoundMessage } from '../src/help/get-help-run.js';

async function help(script: string, width = 120): Promise<TestHost> {
  const host = new TestHost({ width });
  await new Shell({ host }).run(script);
  return host;
}

test('docs/ is found next to package.json', () => {
  assert.equal(docsFolder(), join(repoRoot, 'docs').replace(/\/$/, ''));
});

test('every command has a page whose parameter sections name its parameters exactly', () => {
  const docs = docsFolder()!;
  const pages = new Set(readdirSync(docs));
  for (const def of allCommands()) {
    assert.ok(pages.has(`${def.name}.md`), `docs/${def.name}.md exists`);
    const page = parsePage(readFileSync(join(docs, `${def.name}.md`), 'utf8'), def.name);
    assert.equal(page.name, def.name);
    assert.ok(page.synopsis.length > 0, `${def.name} has a synopsis`);
    assert.ok(page.examples.length > 0, `${def.name} has an example`);
    const documented = [...page.parameters.values()].map((p) => p.name).sort();
    const declared = def.parameters.map((p) => p.name).sort();
    assert.deepEqual(documented, declared, `${def.name} documents every parameter and no other`);
  }
});

test('syntax follows PowerShell display order: positional, named mandatory, named', () => {
  assert.deepEqual(syntaxLines(resolveCommand('Connect-SPOService')!.definition, 'command'), [
    'Connect-SPOService -Url <UrlCmdletPipeBind> [-Credential <CredentialCmdletPipeBind>] [-ClientTag <string>] [-Region <AADCrossTenantAuthenticationLocation>] [<CommonParameters>]',
    'Connect-SPOService -Url <UrlCmdletPipeBind> -AuthenticationUrl <string> [-Credential <CredentialCmdletPipeBind>] [-ClientTag <string>] [<CommonParameters>]',
  ]);
  assert.deepEqual(syntaxLines(resolveCommand('ConvertTo-SecureString')!.definition, 'command'), [
    'ConvertTo-SecureString [-String] <string> [[-SecureKey] <securestring>] [<CommonParameters>]',
    'ConvertTo-SecureString [-String] <string> [-AsPlainText] [-Force] [<CommonParameters>]',
    'ConvertTo-SecureString [-String] <string> [-Key <byte[]>] [<CommonParameters>]',
  ]);
  assert.deepEqual(syntaxLines(resolveCommand('Write-Host')!.definition, 'help'), [
    'Write-Host [[-Object] <System.Object>] [-NoNewline] [-Separator <System.Object>] [-ForegroundColor {Black | DarkBlue | DarkGreen | DarkCyan | DarkRed | DarkMagenta | DarkYellow | Gray | DarkGray | Blue | Green | Cyan | Red | Magenta | Yellow | White}] [-BackgroundColor {Black | DarkBlue | DarkGreen | DarkCyan | DarkRed | DarkMagenta | DarkYellow | Gray | DarkGray | Blue | Green | Cyan | Red | Magenta | Yellow | White}] [<CommonParameters>]',
  ]);
});

test('the basic view of Write-Output', async () => {
  const host = await help('Get-Help Write-Output');
  assert.equal(
    host.output,
    [
      '',
      'NAME',
      '    Write-Output',
      '',
      'SYNOPSIS',
      '    Sends objects down the pipeline, or to the console when it is the last command.',
      '',
      '',
      'SYNTAX',
      '    Write-Output [-InputObject] <System.Management.Automation.PSObject> [-NoEnumerate] [<CommonParameters>]',
      '',
      '',
      'DESCRIPTION',
      '    `Write-Output` passes each object it is given to the next command in the pipeline. When nothing follows, the',
      '    objects are formatted and printed. A collection is sent one element at a time unless `-NoEnumerate` is used.',
      '',
      '    Writing a value on its own line (`$cred`) has the same effect, so `Write-Output` is mostly used for readability or',
      '    to pass several values at once. `echo` and `write` are aliases.',
      '',
      '',
      'ALIASES',
      '    echo',
      '    write',
      '',
      'RELATED LINKS',
      '    Write-Host',
      '    Write-Information',
      '',
      'REMARKS',
      '    To see the examples, type: "Get-Help Write-Output -Examples"',
      '    For more information, type: "Get-Help Write-Output -Detailed"',
      '    For technical information, type: "Get-Help Write-Output -Full"',
      '',
      '',
    ].join('\n'),
  );
});

test('-Parameter shows the attribute block generated from metadata and the page', async () => {
  const host = await help('help Get-Variable -Parameter N*');
  assert.equal(
    host.output,
    [
      '',
      '    -Name <System.String[]>',
      '        Names of the variables, without `$`.',
      '',
      '        Required?                    false',
      '        Position?                    0',
      '        Default value                * (all)',
      '        Accept pipeline input?       True (ByPropertyName)',
      '        Aliases                      none',
      '        Accept wildcard characters?  true',
      '',
      '',
    ].join('\n'),
  );
});

test('-Parameter with an alias of the parameter set per set', async () => {
  const host = await help('Get-Help Write-Error -Parameter Message');
  assert.match(host.output, /Required\? {20}true \(NoException\), false \(WithException\)\n/);
  assert.match(host.output, /Aliases {22}Msg\n/);
});

test('-Examples shows name, synopsis and the examples only', async () => {
  const host = await help('Get-Help cls -Examples');
  assert.equal(
    host.output,
    '\nNAME\n    Clear-Host\n\nSYNOPSIS\n    Clears the console.\n\n\nEXAMPLES\n    ----------------- Example 1: Clear the screen ------------------\n\n    cls\n\n',
  );
});

test('-Full and -Detailed add parameters; -Full adds the attribute tables', async () => {
  const full = (await help('Get-Help Connect-SPOService -Full')).output;
  const detailed = (await help('Get-Help Connect-SPOService -Detailed')).output;
  for (const section of ['PARAMETERS', 'EXAMPLES', '<CommonParameters>']) {
    assert.ok(full.includes(section) && detailed.includes(section), section);
  }
  assert.ok(full.includes('        Accept pipeline input?       True (ByValue)\n'));
  assert.ok(!detailed.includes('Accept pipeline input?'));
  assert.ok(full.includes('INPUTS\n    Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind\n'));
  assert.ok(detailed.includes('REMARKS') && !full.includes('REMARKS'));
});

test('an unknown topic gives PowerShell\'s HelpNotFound error', async () => {
  const host = await help('Get-Help Get-SPOSite; Write-Output next');
  assert.equal(host.errors, `Get-Help: ${helpNotFoundMessage('Get-SPOSite')}\n`);
  assert.equal(host.output, 'next\n');
  assert.ok(helpNotFoundMessage('x').startsWith('Get-Help could not find x in a help file in this session.'));
});

test('an unknown parameter name gives NoParmsFound', async () => {
  const host = await help('Get-Help Write-Host -Parameter Nope');
  assert.equal(host.errors, 'Get-Help: No parameter matches criteria Nope.\n');
});

test('a wildcard that matches several commands lists them', async () => {
  const host = await help('Get-Help *-SPOService');
  // HelpInfoShort's view: Name 33, Category 9, Module 25 (cut with …), then Synopsis.
  assert.match(host.output, /^\nName {30}Category  Module {20}Synopsis\n/);
  assert.match(host.output, /\nConnect-SPOService {16}Cmdlet    Microsoft\.Online\.SharePo… \S/);
  assert.match(host.output, /Disconnect-SPOService +Cmdlet/);
});

test('Get-Help alone prints the overview, wrapped to the console width', async () => {
  const host = await help('Get-Help', 80);
  assert.ok(host.output.includes('\nCOMMANDS\n    Clear-Host              Clears the console screen.\n'));
  for (const line of host.output.split('\n')) assert.ok(line.length < 80, `fits: ${line}`);
});

test('-Online prints the address a page declares, or the PowerShell error', async () => {
  assert.equal((await help('Get-Help Connect-SPOService -Online')).output, 'https://learn.microsoft.com/powershell/module/sharepoint-online/connect-sposervice\n');
  assert.match((await help('Get-Help Write-Host -Online')).errors, /^Get-Help: The online version of this Help topic cannot be displayed/);
});

test('spo -c runs Get-Help and Get-Command from the built bundle', async () => {
  const r = await runSpo(['-c', 'Get-Help Disconnect-SPOService -Examples; gcm help']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.ok(r.stdout.startsWith('\nNAME\n    Disconnect-SPOService\n\nSYNOPSIS\n    Ends the session\'s SharePoint Online connection.\n'));
  assert.ok(r.stdout.includes('    Disconnect-SPOService\n'));
  assert.match(r.stdout, /Alias +help -> Get-Help/);
});
