import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeInput, type CompletionContext, type PathEntry } from '../src/engine/completion.js';
import { menuLayout } from '../src/readline/menu-layout.js';
import { connectSpoService } from '../src/cmdlets/connect-sposervice.js';
import { disconnectSpoService } from '../src/cmdlets/disconnect-sposervice.js';
import type { CmdletDefinition } from '../src/engine/cmdlet.js';

const switchCmdlet: CmdletDefinition = {
  name: 'Test-Thing',
  implementingType: 'Test.TestThing',
  module: 'Test',
  synopsis: '',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Force', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { __AllParameterSets: {} } },
    { name: 'Color', kind: 'string', typeName: 'System.String', validateSet: ['Red', 'green', 'Blue'], sets: { __AllParameterSets: {} } },
  ],
  process() {},
};

const cmdlets = [connectSpoService.definition, disconnectSpoService.definition, switchCmdlet];
const aliases: Record<string, string> = { gcm: 'Get-Command', echo: 'Write-Output' };
const ctx: CompletionContext = {
  commands: {
    resolve: (name) => cmdlets.find((c) => c.name.toLowerCase() === name.toLowerCase()),
    names: () => [...cmdlets.map((c) => c.name), 'Get-Command', 'Write-Output', ...Object.keys(aliases)],
  },
  variables: () => ['null', 'true', 'false', 'ErrorActionPreference', 'cred', 'Credential2', 'adminUrl'],
};

const texts = (line: string, cursor = line.length) => completeInput(line, cursor, ctx).matches.map((m) => m.completionText);

const COMMON = [
  '-Verbose', '-Debug', '-ErrorAction', '-WarningAction', '-InformationAction', '-ProgressAction',
  '-ErrorVariable', '-WarningVariable', '-InformationVariable', '-OutVariable', '-OutBuffer', '-PipelineVariable',
];

test('command names: canonical casing, sorted, aliases included', () => {
  assert.deepEqual(texts('connect-spo'), ['Connect-SPOService']);
  assert.deepEqual(texts('Get-'), ['Get-Command']);
  assert.deepEqual(texts('e'), ['echo']);
  assert.deepEqual(texts('*spo*'), ['Connect-SPOService', 'Disconnect-SPOService']);
  const r = completeInput('$x = 1; disc', 12, ctx);
  assert.equal(r.replacementIndex, 8);
  assert.equal(r.replacementLength, 4);
  assert.deepEqual(r.matches.map((m) => m.completionText), ['Disconnect-SPOService']);
  assert.deepEqual(texts('Write-Output a | conn'), ['Connect-SPOService']);
});

test('parameter names of Connect-SPOService, declaration order then CommonParameters', () => {
  assert.deepEqual(texts('Connect-SPOService -'), ['-Url', '-Credential', '-ClientTag', '-AuthenticationUrl', '-Region', '-ModernAuth', '-UseSystemBrowser', '-ClientId', '-TenantId', '-Certificate', '-CertificatePath', '-CertificateThumbprint', '-CertificatePassword', '-ManagedIdentity', '-ManagedIdentityType', '-ManagedIdentityClientId', ...COMMON]);
});

test('only unbound parameters of still-valid parameter sets', () => {
  // As pwsh 7.6.10's TabExpansion2 answers with DESIGN's metadata. -Region rules out the Url and
  // ManagedIdentity sets (AuthenticationLocation and AuthenticationCertificate remain).
  assert.deepEqual(texts('Connect-SPOService -Region ITAR -'), ['-Url', '-Credential', '-ClientTag', '-AuthenticationUrl', '-ModernAuth', '-UseSystemBrowser', '-ClientId', '-TenantId', '-Certificate', '-CertificatePath', '-CertificateThumbprint', '-CertificatePassword', ...COMMON]);
  // -AuthenticationUrl leaves the Url and Certificate sets.
  assert.deepEqual(texts('Connect-SPOService -AuthenticationUrl https://login -Url https://x -'), ['-Credential', '-ClientTag', '-Region', '-ModernAuth', '-UseSystemBrowser', '-ClientId', '-TenantId', '-Certificate', '-CertificatePath', '-CertificateThumbprint', '-CertificatePassword', ...COMMON]);
  // -ManagedIdentity leaves its own set only.
  assert.deepEqual(texts('Connect-SPOService -ManagedIdentity -'), ['-Url', '-ClientTag', '-ManagedIdentityType', '-ManagedIdentityClientId', ...COMMON]);
  // Bound common parameters disappear too, by name or alias.
  assert.deepEqual(texts('Connect-SPOService -Verbose -ea Stop -Url x -C'), ['-Credential', '-ClientTag', '-ClientId', '-Certificate', '-CertificatePath', '-CertificateThumbprint', '-CertificatePassword']);
});

test('a partial name also offers aliases: -e → ErrorAction, ErrorVariable, ea, ev', () => {
  assert.deepEqual(texts('Connect-SPOService -e'), ['-ErrorAction', '-ErrorVariable', '-ea', '-ev']);
  assert.deepEqual(texts('Connect-SPOService -u'), ['-Url', '-UseSystemBrowser']);
  assert.deepEqual(texts('Connect-SPOService -v'), ['-Verbose', '-vb']);
  const r = completeInput('Connect-SPOService -e', 21, ctx);
  assert.equal(r.matches[0]!.toolTip, '[ActionPreference] ErrorAction');
  assert.equal(r.matches[0]!.listItemText, 'ErrorAction');
  assert.equal(r.replacementIndex, 19);
  assert.equal(r.replacementLength, 2);
});

test('-Name: keeps the colon; ShouldProcess parameters come before common ones', () => {
  assert.deepEqual(texts('Connect-SPOService -Reg:'), ['-Region:']);
  assert.deepEqual(texts('Test-Thing -'), ['-Force', '-Color', '-WhatIf', '-Confirm', ...COMMON]);
  assert.deepEqual(texts('Disconnect-SPOService -'), COMMON);
});

test('-Region cycles China, Default, Delos, France, Germany, ITAR; prefixes and exact matches', () => {
  assert.deepEqual(texts('Connect-SPOService -Region '), ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR']);
  assert.deepEqual(texts('Connect-SPOService -ManagedIdentityType '), ['SystemAssigned', 'UserAssigned']);
  assert.deepEqual(texts('Connect-SPOService -Region d'), ['Default', 'Delos']);
  assert.deepEqual(texts('Connect-SPOService -Region g'), ['Germany']);
  assert.deepEqual(texts('Connect-SPOService -Region itar'), ['ITAR']);
  assert.deepEqual(texts('Connect-SPOService -Region:'), ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR']);
  assert.deepEqual(texts("Connect-SPOService -Region 'de"), ["'Default'", "'Delos'"]);
  assert.deepEqual(texts('Connect-SPOService -Url https://contoso-admin.sharepoint.com -Region '), ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR']);
  const r = completeInput('Connect-SPOService -Region ger', 30, ctx);
  assert.deepEqual([r.replacementIndex, r.replacementLength], [27, 3]);
});

test('ActionPreference values, ValidateSet values, exact match first', () => {
  assert.deepEqual(texts('Connect-SPOService -ErrorAction '), ['Break', 'Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop', 'Suspend']);
  assert.deepEqual(texts('Connect-SPOService -ea s'), ['SilentlyContinue', 'Stop', 'Suspend']);
  assert.deepEqual(texts('Connect-SPOService -ea:s'), ['SilentlyContinue', 'Stop', 'Suspend']);
  assert.deepEqual(texts('Test-Thing -Color '), ['Blue', 'green', 'Red']);
});

test('$true / $false after -Switch:', () => {
  assert.deepEqual(texts('Test-Thing -Force:'), ['$true', '$false']);
  assert.deepEqual(texts('Test-Thing -Force:$f'), ['$false']);
  assert.deepEqual(texts('Connect-SPOService -Verbose:'), ['$true', '$false']);
  assert.deepEqual(texts('Test-Thing -Force '), []);
});

test('variables: sorted case-insensitively, stored casing, earlier assignments first', () => {
  assert.deepEqual(texts('$c'), ['$cred', '$Credential2']);
  assert.deepEqual(texts('Connect-SPOService -Credential $cr'), ['$cred', '$Credential2']);
  assert.deepEqual(texts('$userCredential = Get-Credential; Connect-SPOService -Credential $'), [
    '$userCredential', '$adminUrl', '$cred', '$Credential2', '$ErrorActionPreference', '$false', '$null', '$true',
  ]);
  assert.deepEqual(texts('Connect-SPOService -Credential:$cr'), ['$cred', '$Credential2']);
  assert.deepEqual(texts('Write-Output @cr'), ['@cred', '@Credential2']);
  const r = completeInput('x $cr', 5, ctx);
  assert.deepEqual([r.replacementIndex, r.replacementLength], [2, 3]);
});

test('nothing to complete gives no matches', () => {
  assert.deepEqual(texts(''), []);
  assert.deepEqual(texts('Unknown-Cmd -'), []);
  assert.deepEqual(texts('Connect-SPOService -Url '), []);
  assert.deepEqual(texts('zzz'), []);
});

test('completion in the middle of the line uses the text before the cursor', () => {
  const line = 'Connect-SPOService -Reg -Url x';
  const r = completeInput(line, 23, ctx);
  assert.deepEqual(r.matches.map((m) => m.completionText), ['-Region']);
  assert.deepEqual([r.replacementIndex, r.replacementLength], [19, 4]);
});

test('menu layout: column width = longest + 2, column-major', () => {
  const items = ['China', 'Default', 'Germany', 'ITAR'];
  assert.deepEqual(menuLayout(items, 80), { columnWidth: 9, columns: 4, rows: 1, grid: [[0, 1, 2, 3]] });
  assert.deepEqual(menuLayout(items, 20), { columnWidth: 9, columns: 2, rows: 2, grid: [[0, 2], [1, 3]] });
  assert.deepEqual(menuLayout(['a', 'b', 'c'], 6).grid, [[0, 2], [1, null]]);
  assert.equal(menuLayout(['abc'], 2).columns, 1);
});

// A current folder for path completion: what listFolder would read from disk.
const folders: Record<string, PathEntry[]> = {
  '': [
    { name: 'README.md', directory: false },
    { name: 'reports', directory: true },
    { name: 'My Sites.csv', directory: false },
    { name: '.hidden', directory: false },
    { name: 'admin.ps1', directory: false },
  ],
  'reports/': [{ name: 'q1.csv', directory: false }, { name: 'q2.csv', directory: false }],
  './reports/': [{ name: 'q1.csv', directory: false }, { name: 'q2.csv', directory: false }],
  '~/': [{ name: 'notes.txt', directory: false }],
};
folders['./'] = folders['']!;
const withFiles: CompletionContext = {
  ...ctx,
  listFolder: (folder) => folders[folder] ?? [],
  environment: () => ['HOME', 'HTTPS_PROXY', 'PATH', 'SPO_CLIENT_ID'],
};
const withFilesTexts = (line: string) => completeInput(line, line.length, withFiles).matches.map((m) => m.completionText);

test('an argument of no special type completes file paths of the current folder, as PowerShell does', () => {
  assert.deepEqual(withFilesTexts('Connect-SPOService -Url '), ['./admin.ps1', "'./My Sites.csv'", './README.md', './reports']);
  assert.deepEqual(withFilesTexts('Connect-SPOService -Url re'), ['./README.md', './reports']);
  assert.deepEqual(withFilesTexts('Connect-SPOService -ClientTag:re'), ['./README.md', './reports']);
  assert.deepEqual(withFilesTexts('Write-Output reports/q'), ['./reports/q1.csv', './reports/q2.csv']);
  assert.deepEqual(withFilesTexts('Write-Output ./reports/q2'), ['./reports/q2.csv']);
  assert.deepEqual(withFilesTexts('Write-Output ~/n'), ['~/notes.txt']);
  assert.deepEqual(withFilesTexts("Write-Output 'My"), ["'./My Sites.csv'"]);
  assert.deepEqual(withFilesTexts('Write-Output .h'), ['./.hidden'], 'hidden entries when the dot is typed');
  assert.deepEqual(withFilesTexts('./adm'), ['./admin.ps1'], 'a command typed as a path');
  assert.deepEqual(withFilesTexts('notepad RE'), ['./README.md', './reports'], 'unknown commands take paths');
  // Typed values keep their own completions: enums, switches, parameter names.
  assert.deepEqual(withFilesTexts('Connect-SPOService -Region g'), ['Germany']);
  assert.deepEqual(withFilesTexts('Connect-SPOService -Cl'), ['-ClientTag', '-ClientId']);
  // -CertificatePath is a string: file paths, as for any argument of no special type.
  assert.deepEqual(withFilesTexts('Connect-SPOService -CertificatePath re'), ['./README.md', './reports']);
  const r = completeInput('Write-Output rep', 16, withFiles);
  assert.deepEqual(r.matches.map((m) => [m.listItemText, m.resultType]), [['reports', 'ProviderContainer']]);
  assert.equal(r.replacementIndex, 13);
});

test('command names: an abbreviation of the capitals expands when nothing starts that way', () => {
  assert.deepEqual(texts('c-spos'), ['Connect-SPOService']);
  assert.deepEqual(texts('d-spos'), ['Disconnect-SPOService']);
  assert.deepEqual(texts('w-o'), ['Write-Output']);
  assert.deepEqual(texts('x-yz'), []);
});

test('$env: completes environment variable names', () => {
  assert.deepEqual(withFilesTexts('Write-Output $env:h'), ['$env:HOME', '$env:HTTPS_PROXY']);
  assert.deepEqual(withFilesTexts('$Env:SPO'), ['$Env:SPO_CLIENT_ID']);
});
