// Acceptance checks run as users run the shell (`spo -c`, `spo --sandbox -c`), for promises of
// /work/shared/DESIGN.md that an audit found broken. Expected texts are pwsh 7.6.10's where PowerShell
// has the behaviour (recorded with a compiled cmdlet of the same metadata for Connect-SPOService).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

test('(Get-Command X).ParameterSets prints through pwsh\'s custom view, wrapping long values under their frame', async () => {
  // pwsh 7.6.10, byte for byte: a function's one set, the CommonParameters after its own, a HelpMessage
  // longer than the line broken at column 79 and continued at the frame's indent, one blank line per attribute.
  const r = await runSpo(['-c', "function g { [CmdletBinding()] param([Parameter(Mandatory, HelpMessage=\"a very long help message that goes on and on and on and on for quite a long while, really\")][Alias(\"q\",\"r\")][string]$x, [ValidateNotNull()][int]$z) }; (Get-Command g).ParameterSets[0].Parameters.Count; (Get-Command g).ParameterSets; \"end\""]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, "14\n\nParameter Set Name: __AllParameterSets\nIs default parameter set: False\n\n  Parameter Name: x\n    ParameterType = System.String\n    Position = 0\n    IsMandatory = True\n    IsDynamic = False\n    HelpMessage = a very long help message that goes on and on and on and on fo\n    r quite a long while, really\n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {q, r}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: z\n    ParameterType = System.Int32\n    Position = 1\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: Verbose\n    ParameterType = System.Management.Automation.SwitchParameter\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {vb}\n    Attributes =\n      \n      \n\n  Parameter Name: Debug\n    ParameterType = System.Management.Automation.SwitchParameter\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {db}\n    Attributes =\n      \n      \n\n  Parameter Name: ErrorAction\n    ParameterType = System.Management.Automation.ActionPreference\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {ea}\n    Attributes =\n      \n      \n\n  Parameter Name: WarningAction\n    ParameterType = System.Management.Automation.ActionPreference\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {wa}\n    Attributes =\n      \n      \n\n  Parameter Name: InformationAction\n    ParameterType = System.Management.Automation.ActionPreference\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {infa}\n    Attributes =\n      \n      \n\n  Parameter Name: ProgressAction\n    ParameterType = System.Management.Automation.ActionPreference\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {proga}\n    Attributes =\n      \n      \n\n  Parameter Name: ErrorVariable\n    ParameterType = System.String\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {ev}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: WarningVariable\n    ParameterType = System.String\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {wv}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: InformationVariable\n    ParameterType = System.String\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {iv}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: OutVariable\n    ParameterType = System.String\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {ov}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: OutBuffer\n    ParameterType = System.Int32\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {ob}\n    Attributes =\n      \n      \n      \n\n  Parameter Name: PipelineVariable\n    ParameterType = System.String\n    Position = -2147483648\n    IsMandatory = False\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = False\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {pv}\n    Attributes =\n      \n      \n      \n\n\nend\n\n");
});

test('(Get-Command Connect-SPOService).ParameterSets: the four sets in pwsh\'s custom view', async () => {
  const r = await runSpo(['-c', '(Get-Command Connect-SPOService).ParameterSets']);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith("\nParameter Set Name: AuthenticationLocation\nIs default parameter set: True\n\n  Parameter Name: Url\n    ParameterType = Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind\n    Position = 0\n    IsMandatory = True\n    IsDynamic = False\n    HelpMessage = \n    ValueFromPipeline = True\n    ValueFromPipelineByPropertyName = False\n    ValueFromRemainingArguments = False\n    Aliases = {}\n    Attributes =\n      \n      \n      \n      \n\n"), r.stdout.slice(0, 800));
  assert.deepEqual(
    r.stdout.split('\n').filter((l) => l.startsWith('Parameter Set Name: ')),
    ['AuthenticationLocation', 'AuthenticationUrl', 'AuthenticationCertificate', 'AuthenticationManagedIdentity'].map((n) => `Parameter Set Name: ${n}`),
  );
  // A type name longer than the line continues under the parameter's frame, as pwsh breaks it.
  assert.ok(r.stdout.includes('    ParameterType = Microsoft.Online.SharePoint.PowerShell.CredentialCmdletPipe\n    Bind\n'));
  assert.ok(r.stdout.includes('  Parameter Name: Url\n    ParameterType = Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind\n    Position = -2147483648\n    IsMandatory = True\n'));
  assert.ok(r.stdout.endsWith('      \n\n\n\n'));
  // Format-Table still shows the set's properties.
  const t = await runSpo(['-c', '(Get-Command Connect-SPOService).ParameterSets | Format-Table Name,IsDefault']);
  assert.match(t.stdout, /AuthenticationLocation +True/);
});

test('[System.Management.Automation.Credential()] on a script parameter asks for the password of a user name (pwsh 7.6.10)', async () => {
  const script =
    'function f { param([System.Management.Automation.Credential()][pscredential]$c) "got $($c.UserName) $($c.GetNetworkCredential().Password)" }; f -c admin';
  const r = await runSpo(['-c', script], { stdin: 'password\n' });
  assert.equal(r.stdout, '\nPowerShell credential request\nEnter your credentials.\nPassword for user admin: \n\ngot admin password\n');
  assert.equal(r.stderr, '');
  // -NonInteractive: the transformation error names the parameter it happened on (not always 'Credential').
  const ni = await runSpo(['-NonInteractive', '-c', script + '; f -c @(1,2)']);
  assert.equal(
    ni.stderr,
    "f: Cannot process argument transformation on parameter 'c'. PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n" +
      "f: Cannot process argument transformation on parameter 'c'. userName\n",
  );
});

test('Get-Command -CommandType takes several types (CommandTypes is a [Flags] enum), as in pwsh 7.6.10', async () => {
  const r = await runSpo(['-c', '[System.Management.Automation.CommandTypes]("Cmdlet","Function"); Get-Command -CommandType Cmdlet,Alias -Name cls,Get-Date | Format-Table CommandType,Name']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Function, Cmdlet\n\nCommandType Name\n----------- ----\n      Alias cls\n     Cmdlet Get-Date\n\n');
});

test('Get-Command -Syntax names types by their accelerators (datetime, double, timespan…), as pwsh 7.6.10', async () => {
  const r = await runSpo(['-c', 'function f { param([datetime]$a, [double]$b, [timespan]$c, [guid]$d, [uri]$e, [version]$f, [xml]$g, [datetime[]]$h, [int16]$i, [uint64]$j) }; Get-Command f -Syntax; Get-Command Get-Date -Syntax']);
  assert.equal(r.stderr, '');
  assert.ok(
    r.stdout.startsWith(
      '\nf [[-a] <datetime>] [[-b] <double>] [[-c] <timespan>] [[-d] <guid>] [[-e] <uri>] [[-f] <version>] [[-g] <xml>] [[-h] <datetime[]>] [[-i] <short>] [[-j] <ulong>]\n\n' +
        '\nGet-Date [[-Date] <datetime>] [-Year <int>] [-Month <int>] [-Day <int>] [-Hour <int>] [-Minute <int>] [-Second <int>] [-Millisecond <int>] [-DisplayHint <DisplayHintType>] [-Format <string>] [-AsUTC] [<CommonParameters>]\n',
    ),
    r.stdout,
  );
});

test('[double]::MaxValue prints as pwsh 7.6.10 does (it failed with a JavaScript TypeError)', async () => {
  const r = await runSpo(['-c', '[double]::MaxValue; [double]::MinValue; $x = [double]::MaxValue; "$x"']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '1.79769313486232E+308\n-1.79769313486232E+308\n1.79769313486232E+308\n');
});

test("Get-Date's parameter sets carry pwsh 7.6.10's names", async () => {
  const r = await runSpo(['-c', '(Get-Command Get-Date).ParameterSets.Name -join ","; (Get-Command Get-Date).DefaultParameterSet']);
  assert.equal(r.stdout, 'DateAndFormat,DateAndUFormat,UnixTimeSecondsAndFormat,UnixTimeSecondsAndUFormat\nDateAndFormat\n');
});

test('Test-Path and Get-Item read the Cert: drive (a certificate by thumbprint, a store, a location)', async () => {
  const r = await runSpo([
    '--sandbox',
    '-c',
    '$t = $env:SPO_SANDBOX_THUMBPRINT; Test-Path "Cert:\\CurrentUser\\My\\$t"; Test-Path "Cert:\\CurrentUser\\My\\$t" -PathType Container; Test-Path Cert:\\CurrentUser\\My -PathType Container; Test-Path Cert:\\CurrentUser\\My\\ABC; ' +
      '(Get-Item "Cert:\\LocalMachine\\My\\$t").Thumbprint -eq $t; (Get-Item Cert:\\CurrentUser\\My).Name; Get-Item Cert:\\CurrentUser\\My\\ABC; ' +
      '$cert = Get-Item "Cert:\\CurrentUser\\My\\$t"; Connect-SPOService -Url https://contoso-admin.sharepoint.com -ClientId 00000000-0000-0000-0000-000000000000 -TenantId 11111111-1111-1111-1111-111111111111 -Certificate $cert; $?',
  ]);
  assert.equal(r.stdout, 'True\nFalse\nTrue\nFalse\nTrue\nMy\nTrue\n');
  assert.equal(r.stderr, "Get-Item: Cannot find path 'Cert:\\CurrentUser\\My\\ABC' because it does not exist.\n");
});
