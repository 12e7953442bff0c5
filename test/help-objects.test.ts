// Get-Help's help objects for a command with a docs page (Connect-SPOService: its help comes from
// docs/Connect-SPOService.md and its metadata): pwsh's MamlCommandHelpInfo shape, the same content the
// printed page shows, and the page still printed as before when the object is displayed.
// Functions with comment-based help are compared with pwsh in the conformance area help-objects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';

async function run(script: string, width = 120): Promise<TestHost> {
  const host = new TestHost({ width });
  await new Shell({ host, commands: builtinCommandTable() }).run(script);
  return host;
}

/** The lines a script prints (no errors allowed). */
async function lines(script: string): Promise<string[]> {
  const host = await run(script);
  assert.equal(host.errors, '');
  return host.output.replace(/\n$/, '').split('\n');
}

const SYNOPSIS = "Signs in to a SharePoint Online tenant's admin site and keeps that connection for the session.";

test('the topic is a MamlCommandHelpInfo; the views put their names first', async () => {
  assert.deepEqual(
    await lines(
      [
        '$h = Get-Help Connect-SPOService',
        '$h.PSObject.TypeNames -join ","',
        '$h.GetType().FullName',
        '(Get-Help Connect-SPOService -Full).pstypenames -join ","',
        '(Get-Help Connect-SPOService -Detailed).pstypenames -join ","',
        '(Get-Help Connect-SPOService -Examples).pstypenames -join ","',
        '(Get-Help Connect-SPOService -Parameter Url).pstypenames -join ","',
      ].join('\n'),
    ),
    [
      'MamlCommandHelpInfo,HelpInfo',
      'System.Management.Automation.PSCustomObject',
      'MamlCommandHelpInfo#FullView,HelpInfo#FullView,MamlCommandHelpInfo,HelpInfo',
      'MamlCommandHelpInfo#DetailedView,HelpInfo#DetailedView,MamlCommandHelpInfo,HelpInfo',
      'MamlCommandHelpInfo#ExamplesView,HelpInfo#ExamplesView,MamlCommandHelpInfo,HelpInfo',
      'MamlCommandHelpInfo#parameter',
    ],
  );
});

test('Name, Synopsis, Category, ModuleName and the properties no page declares', async () => {
  assert.deepEqual(
    await lines(
      [
        '$h = Get-Help Connect-SPOService',
        '$h.Name; $h.Synopsis; $h.Category; $h.ModuleName',
        '$null -eq $h.Component; $null -eq $h.Role; $null -eq $h.Functionality',
        "$h.'xmlns:maml'",
      ].join('\n'),
    ),
    ['Connect-SPOService', SYNOPSIS, 'Cmdlet', 'Microsoft.Online.SharePoint.PowerShell', 'True', 'True', 'True', 'http://schemas.microsoft.com/maml/2004/10'],
  );
  const host = await run('Get-Help Connect-SPOService | Select-Object Name, Synopsis | Format-List');
  assert.equal(host.output, `\nName     : Connect-SPOService\nSynopsis : ${SYNOPSIS}\n\n`);
});

test('Get-Member shows the parts under their MAML names', async () => {
  const host = await run('Get-Help Connect-SPOService | Get-Member | Out-String -Width 300');
  assert.match(host.output, /^\n {3}TypeName: MamlCommandHelpInfo\n/);
  assert.match(host.output, /\ndetails +NoteProperty MamlCommandHelpInfo#details details=@\{name=Connect-SPOService; verb=Connect; noun=SPOService; description=System\.Management\.Automation\.PSObject\[\]\}\n/);
  assert.match(host.output, /\ndescription +NoteProperty psobject\[\] description=System\.Management\.Automation\.PSObject\[\]\n/);
  assert.match(host.output, /\nsyntax +NoteProperty MamlCommandHelpInfo#syntax syntax=@\{syntaxItem=System\.Management\.Automation\.PSObject\[\]\}\n/);
  const names = host.output.split('\n').filter((l) => l.includes('NoteProperty')).map((l) => l.split(/ +/)[0]);
  assert.deepEqual(names, [
    'alertSet', 'Category', 'Component', 'description', 'details', 'examples', 'Functionality', 'inputTypes', 'ModuleName', 'Name',
    'parameters', 'relatedLinks', 'returnValues', 'Role', 'Synopsis', 'syntax', 'xmlns:command', 'xmlns:dev', 'xmlns:maml',
  ]);
});

test('details and description hold the page\'s paragraphs as MamlParaTextItem objects', async () => {
  const out = await lines(
    [
      '$h = Get-Help Connect-SPOService',
      '$h.details.name; $h.details.verb; $h.details.noun',
      '$h.details.description[0].pstypenames -join ","',
      '$h.details.description.Text',
      '$h.description.Count -gt 1',
      '$h.description[0].Text.StartsWith("``Connect-SPOService`` signs in to Microsoft Entra ID")',
      // pwsh ends each paragraph but the last with a line break.
      '$h.description[0].Text.EndsWith("`n")',
      '$h.description[-1].Text.EndsWith("`n")',
    ].join('\n'),
  );
  assert.deepEqual(out, ['Connect-SPOService', 'Connect', 'SPOService', 'MamlParaTextItem,MamlTextItem', SYNOPSIS, 'True', 'True', 'True', 'False']);
});

test('examples: title as the page shows it, code and remarks', async () => {
  const out = await lines(
    [
      '$h = Get-Help Connect-SPOService',
      '$h.examples.example.Count',
      '$h.Examples.Example[0].title',
      '$h.Examples.Example[0].Code',
      '$h.Examples.Example[0].pstypenames -join ","',
      '$h.Examples.Example[0].remarks[0].Text',
    ].join('\n'),
  );
  assert.deepEqual(out, [
    '11',
    // Centred in a 64-column rule, at least two dashes each side.
    '-- Example 1: Connect with a user name and a password prompt ---',
    'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com',
    'MamlCommandHelpInfo#example',
    'This example shows how a SharePoint Administrator using the `admin@contoso.com` account connects to the SharePoint admin center at `https://contoso-admin.sharepoint.com`. The shell asks `Password for user admin@contoso.com: `.',
  ]);
  // The printed examples carry the same title.
  assert.ok((await run('Get-Help Connect-SPOService -Examples')).output.includes(`\n    ${out[1]}\n\n    ${out[2]}\n`));
});

test('parameters: in page order, with the attributes -Full prints', async () => {
  const out = await lines(
    [
      '$h = Get-Help Connect-SPOService',
      '$h.Parameters.Parameter.Count',
      '($h.Parameters.Parameter.Name | Select-Object -First 3) -join ","',
      '$u = $h.parameters.parameter | Where-Object name -eq Url',
      '$u.pstypenames -join ","',
      '"$($u.required) $($u.position) $($u.pipelineInput) $($u.globbing) $($u.defaultValue) $($u.aliases)"',
      '$u.parameterValue; $u.type.name; $u.type.pstypenames -join ","',
      '$u.description[0].Text.StartsWith("The address of the tenant")',
      '$t = $h.parameters.parameter | Where-Object name -eq ClientTag',
      '"$($t.required) $($t.position) $($t.pipelineInput)"',
    ].join('\n'),
  );
  assert.deepEqual(out, [
    '16',
    'AuthenticationUrl,Certificate,CertificatePassword',
    'MamlCommandHelpInfo#parameter',
    'true 0 True (ByValue) false None none',
    'Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind',
    'Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind',
    'MamlCommandHelpInfo#type',
    'True',
    'false 2 False',
  ]);
});

test('-Parameter writes the parameter object; its page is printed as before', async () => {
  assert.deepEqual(await lines('(Get-Help Connect-SPOService -Parameter Url).Required\n(Get-Help Connect-SPOService -Parameter C*).name -join ","'), [
    'true',
    'Certificate,CertificatePassword,CertificatePath,CertificateThumbprint,ClientId,ClientTag,Credential',
  ]);
  const direct = await run('Get-Help Connect-SPOService -Parameter Url, Region');
  const held = await run('$p = Get-Help Connect-SPOService -Parameter Url, Region; $p');
  assert.equal(held.output, direct.output);
  assert.match(direct.output, /^\n-Url <Microsoft\.Online\.SharePoint\.PowerShell\.UrlCmdletPipeBind>\n/);
  assert.match(direct.output, /\n {4}Required\? {20}true\n/);
  assert.match(direct.output, /\n\n-Region /);
});

test('syntax: one item per parameter set, each set\'s own required and position', async () => {
  const out = await lines(
    [
      '$h = Get-Help Connect-SPOService',
      '$h.syntax.syntaxItem.Count',
      '$h.syntax.syntaxItem[0].pstypenames -join ","',
      '$h.syntax.syntaxItem[0].name',
      '$h.syntax.syntaxItem[0].parameter.name -join ","',
      '$h.syntax.syntaxItem[2].parameter.name -join ","',
      '$c = $h.syntax.syntaxItem[2].parameter | Where-Object name -eq ClientTag',
      '"$($c.required) $($c.position)"',
    ].join('\n'),
  );
  assert.equal(out[0], String((await lines('(Get-Command Connect-SPOService).ParameterSets.Count'))[0]));
  assert.deepEqual(out.slice(1, 4), ['MamlCommandHelpInfo#syntaxItem', 'Connect-SPOService', 'Url,Credential,ClientTag,ModernAuth,UseSystemBrowser,Region']);
  // The syntax the page prints lists the same parameters in the same order.
  const printed = (await run('Get-Help Connect-SPOService', 1000)).output;
  const third = out[4]!.split(',');
  const line = printed.split('\n').filter((l) => l.startsWith('    Connect-SPOService '))[2]!;
  assert.deepEqual([...line.matchAll(/-(\w+)/g)].map((m) => m[1]).filter((n) => n !== 'SPOService'), third);
  assert.equal(out[5], 'false 1');
});

test('inputs, outputs, notes and related links', async () => {
  const out = await lines(
    [
      '$h = Get-Help Connect-SPOService',
      '$h.inputTypes.inputType.type.name -join ","',
      '$h.inputTypes.inputType[0].description.Text',
      '$h.returnValues.returnValue.type.name',
      '$h.returnValues.returnValue.pstypenames -join ","',
      '$h.alertSet.pstypenames -join ","',
      '$h.alertSet.alert.Text',
      '$h.relatedLinks.navigationLink.linkText -join ","',
      '$h.relatedLinks.navigationLink[0].pstypenames -join ","',
    ].join('\n'),
  );
  assert.deepEqual(out, [
    'Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind,Microsoft.Online.SharePoint.PowerShell.CredentialCmdletPipeBind',
    'The URL can be piped in.',
    'None',
    'MamlCommandHelpInfo#returnValue',
    'MamlCommandHelpInfo#alertSet',
    'The connection lasts until `Disconnect-SPOService`, another `Connect-SPOService`, or the end of the session.',
    'Disconnect-SPOService,Sign-in guide,Get-Credential',
    'MamlCommandHelpInfo#navigationLink',
  ]);
});

test('a displayed help object prints the page Get-Help prints, in every view', async () => {
  for (const view of ['', ' -Detailed', ' -Full', ' -Examples']) {
    const direct = await run(`Get-Help Connect-SPOService${view}`, 100);
    const held = await run(`$h = Get-Help Connect-SPOService${view}; $h`, 100);
    assert.equal(held.output, direct.output, view);
    assert.match(direct.output, /^\nNAME\n {4}Connect-SPOService\n\nSYNOPSIS\n/);
    assert.ok(direct.output.endsWith('\n\n'), view);
  }
  // Out-String lays it out at its own width.
  const narrow = (await run('Get-Help Connect-SPOService | Out-String -Width 60')).output;
  assert.ok(narrow.includes("\nSYNOPSIS\n    Signs in to a SharePoint Online tenant's admin site and\n    keeps that connection for the session.\n"), narrow);
  const wide = (await run('Get-Help Connect-SPOService | Out-String -Width 200')).output;
  assert.ok(wide.includes(`\nSYNOPSIS\n    ${SYNOPSIS}\n`));
});

test('several matches are HelpInfoShort objects, shown as a table with the module', async () => {
  assert.deepEqual(await lines('Get-Help *-SPOService | Select-Object -ExpandProperty Name\n(Get-Help *-SPOService)[0].pstypenames -join ","\n(Get-Help *-SPOService)[0].ModuleName'), [
    'Connect-SPOService',
    'Disconnect-SPOService',
    'HelpInfoShort',
    'Microsoft.Online.SharePoint.PowerShell',
  ]);
  const table = (await run('Get-Help *-SPOService')).output;
  assert.match(table, /\nConnect-SPOService {16}Cmdlet {4}Microsoft\.Online\.SharePo… Signs in/);
});

test('a wildcard that matches nothing writes nothing and no error; a name that matches nothing is an error', async () => {
  assert.deepEqual(await lines('Get-Help about_* | Measure-Object | ForEach-Object Count'), ['0']);
  const host = await run('Get-Help Get-Nothing');
  assert.match(host.errors, /^Get-Help: Get-Help could not find Get-Nothing in a help file in this session\./);
});

test('help objects printed together share the first one\'s view, as in pwsh', async () => {
  // The basic view (MamlCommandHelpInfo) applies to every topic: one group, the second page in it.
  const together = (await run('Get-Help Connect-SPOService; Get-Help Disconnect-SPOService -Full')).output;
  const first = (await run('Get-Help Connect-SPOService')).output;
  const second = (await run('Get-Help Disconnect-SPOService')).output;
  assert.equal(together, first.slice(0, -1) + second.slice(1));
  // The Examples view applies only to topics asked for with -Examples; a -Full topic after it is listed.
  const examplesFirst = (await run('Get-Help Connect-SPOService -Examples; Get-Help Disconnect-SPOService -Full')).output;
  assert.match(examplesFirst, /\nName +: Disconnect-SPOService\n/);
  // A parameter's view does not apply to a topic either.
  const mixed = (await run('Get-Help Connect-SPOService -Parameter Url; Get-Help Disconnect-SPOService')).output;
  assert.match(mixed, /\nName +: Disconnect-SPOService\n/);
  assert.doesNotMatch(mixed, /\nNAME\n/);
});
