// Get-Help: pages parsed from docs/, syntax and parameter attributes from metadata, the views,
// and the errors, through the engine and through `spo -c`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { repoRoot, runSpo } from './helpers/spo-process.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';

const table = builtinCommandTable();
const allCommands = () => table.all();
const resolveCommand = (name: string) => table.resolve(name);
import { parsePage } from '../src/help/page.js';
import { syntaxLines } from '../src/help/syntax.js';
import { docsFolder } from '../src/help/docs-location.js';
import { helpNotFoundMessage, helpPageFileName } from '../src/help/get-help-run.js';

async function help(script: string, width = 120): Promise<TestHost> {
  const host = new TestHost({ width });
  await new Shell({ host, commands: builtinCommandTable() }).run(script);
  return host;
}

test('docs/ is found next to package.json', () => {
  assert.equal(docsFolder(), join(repoRoot, 'docs').replace(/\/$/, ''));
});

test('every command has a page whose parameter sections name its parameters exactly', () => {
  const docs = docsFolder()!;
  const pages = new Set(readdirSync(docs));
  for (const def of allCommands()) {
    assert.ok(pages.has(helpPageFileName(def.name)), `docs/${helpPageFileName(def.name)} exists`);
    const page = parsePage(readFileSync(join(docs, helpPageFileName(def.name)), 'utf8'), def.name);
    assert.equal(page.name, def.name);
    assert.ok(page.synopsis.length > 0, `${def.name} has a synopsis`);
    assert.ok(page.examples.length > 0, `${def.name} has an example`);
    const documented = [...page.parameters.values()].map((p) => p.name).sort();
    // A hidden parameter (Clear-Host's left-over arguments, as a simple function's $args) has no section.
    const declared = def.parameters.filter((p) => !p.dontShow).map((p) => p.name).sort();
    assert.deepEqual(documented, declared, `${def.name} documents every parameter and no other`);
  }
});

test('syntax follows PowerShell display order: positional, named mandatory, named', () => {
  assert.deepEqual(syntaxLines(resolveCommand('Connect-SPOService')!.definition, 'command'), [
    'Connect-SPOService [-Url] <UrlCmdletPipeBind> [[-Credential] <CredentialCmdletPipeBind>] [[-ClientTag] <string>] [[-ModernAuth] <bool>] [[-UseSystemBrowser] <bool>] [-Region <AADCrossTenantAuthenticationLocation>] [<CommonParameters>]',
    'Connect-SPOService [-Url] <UrlCmdletPipeBind> [[-Credential] <CredentialCmdletPipeBind>] [[-ClientTag] <string>] [[-ModernAuth] <bool>] [[-UseSystemBrowser] <bool>] -AuthenticationUrl <string> [<CommonParameters>]',
    'Connect-SPOService [-Url] <UrlCmdletPipeBind> [[-ClientTag] <string>] -ClientId <string> -TenantId <string> [-AuthenticationUrl <string>] [-Region <AADCrossTenantAuthenticationLocation>] [-Certificate <X509Certificate2>] [-CertificatePath <string>] [-CertificateThumbprint <string>] [-CertificatePassword <securestring>] [<CommonParameters>]',
    'Connect-SPOService -Url <UrlCmdletPipeBind> -ManagedIdentity [-ClientTag <string>] [-ManagedIdentityType <ManagedIdentityType>] [-ManagedIdentityClientId <string>] [<CommonParameters>]',
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

test('-Parameter has no outer frame: the name at column 0, the rest at 4', async () => {
  const host = await help('help Get-Variable -Parameter N*');
  assert.equal(
    host.output,
    [
      '',
      '-Name <System.String[]>',
      '    Names of the variables, without `$`.',
      '',
      '    Required?                    false',
      '    Position?                    0',
      '    Default value                * (all)',
      '    Accept pipeline input?       True (ByValue, ByPropertyName)',
      '    Aliases                      none',
      '    Accept wildcard characters?  true',
      '',
      '',
    ].join('\n'),
  );
});

test('-Parameter Url of Connect-SPOService, exactly', async () => {
  const host = await help('Get-Help Connect-SPOService -Parameter Url', 120);
  assert.equal(host.errors, '');
  assert.equal(
    host.output,
    [
      '',
      '-Url <Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind>',
      "    The address of the tenant's SharePoint admin site, usually `https://<tenant>-admin.sharepoint.com`. When the URL is",
      '    not an admin site, the error names the admin URL to use when it can be worked out. As with the SharePoint Online',
      '    Management Shell, the check is made at the URL as given, path included:',
      '    `https://contoso-admin.sharepoint.com/sites/foo` is not the admin site.',
      '',
      '    Required?                    true',
      '    Position?                    0',
      '    Default value                None',
      '    Accept pipeline input?       True (ByValue)',
      '    Aliases                      none',
      '    Accept wildcard characters?  false',
      '',
      '',
    ].join('\n'),
  );
});

test('-Parameter * and -Full list the parameters in the same order: the order of the page', async () => {
  for (const name of ['Connect-SPOService', 'Get-Help', 'Write-Host', 'Get-Variable']) {
    const page = parsePage(readFileSync(join(docsFolder()!, helpPageFileName(name)), 'utf8'), name);
    const pageOrder = [...page.parameters.values()].map((p) => p.name);
    const star = (await help(`Get-Help ${name} -Parameter *`)).output;
    const full = (await help(`Get-Help ${name} -Full`)).output;
    const detailed = (await help(`Get-Help ${name} -Detailed`)).output;
    assert.deepEqual([...star.matchAll(/^-(\w+) /gm)].map((m) => m[1]), pageOrder, `${name} -Parameter *`);
    // After PARAMETERS: a wrapped syntax line may start with a parameter too.
    const parameters = (text: string) => text.slice(text.indexOf('\nPARAMETERS\n'));
    assert.deepEqual([...parameters(full).matchAll(/^ {4}-(\w+) /gm)].map((m) => m[1]), pageOrder, `${name} -Full`);
    assert.deepEqual([...parameters(detailed).matchAll(/^ {4}-(\w+) /gm)].map((m) => m[1]), pageOrder, `${name} -Detailed`);
  }
  // The page's order (the current Microsoft page's, alphabetical) is not the declaration order.
  const star = (await help('Get-Help Connect-SPOService -Parameter *')).output;
  assert.deepEqual([...star.matchAll(/^-(\w+) /gm)].map((m) => m[1]).slice(0, 4), ['AuthenticationUrl', 'Certificate', 'CertificatePassword', 'CertificatePath']);
});

test('-Parameter with several patterns keeps each pattern\'s matches in page order', async () => {
  const out = (await help('Get-Help Connect-SPOService -Parameter Region,*Url')).output;
  assert.deepEqual([...out.matchAll(/^-(\w+) /gm)].map((m) => m[1]), ['Region', 'AuthenticationUrl', 'Url']);
  // A parameter without prose still gets the empty line before its attributes, as PowerShell prints it.
  const sw = (await help('Get-Help Write-Host -Parameter NoNewline')).output;
  assert.match(sw, /^\n-NoNewline \[<System\.Management\.Automation\.SwitchParameter>\]\n( {4}\S.*\n)*\n {4}Required\? {20}false\n/);
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
    '\nNAME\n    Clear-Host\n\nSYNOPSIS\n    Clears the console.\n\n\n    ----------------- Example 1: Clear the screen ------------------\n\n    cls\n\n',
  );
});

test('-Full and -Detailed add parameters; -Full adds the attribute tables', async () => {
  const full = (await help('Get-Help Connect-SPOService -Full')).output;
  const detailed = (await help('Get-Help Connect-SPOService -Detailed')).output;
  for (const section of ['PARAMETERS', '<CommonParameters>', '    ---- Example 2: Connect with a credential built in a script ----\n']) {
    assert.ok(full.includes(section) && detailed.includes(section), section);
  }
  // PowerShell's Examples, Detailed and Full views have no EXAMPLES heading.
  const examples = (await help('Get-Help Connect-SPOService -Examples')).output;
  for (const [view, text] of [['full', full], ['detailed', detailed], ['examples', examples]]) {
    assert.ok(!/^EXAMPLES$/m.test(text!), `${view} has no EXAMPLES heading`);
  }
  // Detailed: the examples follow the common parameters after one empty line.
  assert.ok(detailed.includes('?LinkID=113216).\n\n    -- Example 1: Connect with a user name and a password prompt ---\n\n    Connect-SPOService'));
  assert.ok(full.includes('        Accept pipeline input?       True (ByValue)\n'));
  assert.ok(!detailed.includes('Accept pipeline input?'));
  assert.ok(full.includes('INPUTS\n    Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind\n'));
  assert.ok(detailed.includes('REMARKS') && !full.includes('REMARKS'));
});

test('<CommonParameters> is HelpDisplayStrings.BaseCmdletInformation with its hard line breaks', async () => {
  const expected = [
    '    <CommonParameters>',
    '        This cmdlet supports the common parameters: Verbose, Debug,',
    '        ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
    '        OutBuffer, PipelineVariable, and OutVariable. For more information, see',
    '        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
    '',
  ].join('\n');
  for (const view of ['-Full', '-Detailed']) {
    const out = (await help(`Get-Help Clear-Host ${view}`, 200)).output;
    assert.ok(out.includes(`PARAMETERS\n${expected}\n`), view);
  }
  const full = (await help('Get-Help Clear-Host -Full')).output;
  assert.ok(full.includes(`${expected}\nINPUTS\n    None\n`));
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
  // The name column is as wide as the longest name (Register-ArgumentCompleter) and two spaces.
  assert.ok(host.output.includes('\nCOMMANDS\n    Add-Content                 Adds content to the specified items, such as\n'));
  assert.ok(host.output.includes('\n    Clear-Host                  Clears the console.\n'));
  for (const line of host.output.split('\n')) assert.ok(line.length < 80, `fits: ${line}`);
});

test('the overview, -Name wildcard list and the page say the same synopsis', async () => {
  const overview = (await help('Get-Help', 400)).output;
  assert.ok(
    overview.includes(
      "\n    Connect-SPOService          Signs in to a SharePoint Online tenant's admin site and keeps that connection for the session.\n",
    ),
  );
  const docs = docsFolder()!;
  const nameWidth = Math.max(...allCommands().map((d) => d.name.length)) + 2;
  for (const def of allCommands()) {
    const page = parsePage(readFileSync(join(docs, helpPageFileName(def.name)), 'utf8'), def.name);
    const first = page.synopsis[0]!;
    assert.equal(first.kind, 'text');
    const synopsis = first.kind === 'text' ? first.text : '';
    assert.ok(overview.includes(`    ${def.name.padEnd(nameWidth)}${synopsis}\n`), `${def.name} in the overview`);
    const single = (await help(`Get-Help ${def.name}`, 400)).output;
    assert.ok(single.includes(`\nSYNOPSIS\n    ${synopsis}\n`), `${def.name} page`);
  }
});

test('-Online prints the address a page declares, or the PowerShell error', async () => {
  assert.equal((await help('Get-Help Connect-SPOService -Online')).output, 'https://learn.microsoft.com/powershell/module/microsoft.online.sharepoint.powershell/connect-sposervice\n');
  assert.match((await help('Get-Help Write-Host -Online')).errors, /^Get-Help: The online version of this Help topic cannot be displayed/);
});

test('spo -c runs Get-Help and Get-Command from the built bundle', async () => {
  const r = await runSpo(['-c', 'Get-Help Disconnect-SPOService -Examples; gcm help']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.ok(r.stdout.startsWith('\nNAME\n    Disconnect-SPOService\n\nSYNOPSIS\n    Ends the session\'s SharePoint Online connection.\n'));
  assert.ok(r.stdout.includes('    Disconnect-SPOService\n'));
  // The alias comes after the help object's group: out of band, as a list (pwsh 7.6.10 lists it too).
  assert.match(r.stdout, /\nDisplayName +: help -> Get-Help\n/);
  const p = await runSpo(['-c', 'Get-Help Connect-SPOService -Parameter ClientTag']);
  assert.equal(p.code, 0);
  assert.ok(p.stdout.startsWith('\n-ClientTag <System.String>\n    Text added to the client tag'), p.stdout);
  assert.ok(p.stdout.includes('\n\n    Required?                    false\n    Position?                    2\n'));
});

test('every docs page has a file name a Windows checkout can hold', () => {
  for (const file of readdirSync(docsFolder()!)) assert.doesNotMatch(file, /[\\/:*?"<>|]|[. ]$/, file);
  assert.equal(helpPageFileName('cd\\'), 'cd%5C.md');
  assert.equal(helpPageFileName('Get-Date'), 'Get-Date.md');
});
