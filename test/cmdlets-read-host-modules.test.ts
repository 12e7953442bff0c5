// Read-Host, the module cmdlets, Get-ChildItem (file system and the Cert: drive) and X509Certificate2,
// through the engine with the test host and through `spo -c` as a process. Expected texts are pwsh
// 7.6.10's (run with -NoProfile -NonInteractive, NO_COLOR=1), except where docs/language.md documents
// a deviation.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { certificateOf } from '../src/engine/certificate-value.js';
import { requestedModules } from '../src/engine/requested-modules.js';
import { TestHost } from './helpers/test-host.js';
import { runSpo } from './helpers/spo-process.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/certificates/', import.meta.url));
const PFX = join(FIXTURES, 'openssl3-default.pfx');
const THUMBPRINT = '44C9319A6B53BD3ADCAF4D2A04339E9E633751C3';
const X509 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

const root = mkdtempSync(join(tmpdir(), 'spo-cmd10-'));
const stores = join(root, 'stores');
before(() => {
  process.env.SPO_CERT_STORE = stores;
  // CurrentUser\My holds the .NET-written store file; LocalMachine\My the same certificate.
  for (const location of ['currentuser', 'localmachine']) {
    mkdirSync(join(stores, location, 'my'), { recursive: true });
    copyFileSync(join(FIXTURES, 'dotnet-currentuser', 'my', `${THUMBPRINT}.pfx`), join(stores, location, 'my', `${THUMBPRINT}.pfx`));
  }
});
after(() => {
  delete process.env.SPO_CERT_STORE;
  rmSync(root, { recursive: true, force: true });
});

function shell(options: ConstructorParameters<typeof TestHost>[0] = {}) {
  const host = new TestHost(options);
  const sh = new Shell({ host, commands: builtinCommandTable() });
  return { host, sh };
}

async function run(script: string, options: ConstructorParameters<typeof TestHost>[0] = {}) {
  const { host, sh } = shell(options);
  await sh.run(script);
  return { host, sh };
}

// ---- Read-Host -------------------------------------------------------------------------------

test('Read-Host -AsSecureString prompts "{0}: " masked and gives a SecureString that prints as its type', async () => {
  const { host, sh } = await run('$x = Read-Host -Prompt "Enter user password" -AsSecureString; $x', { answers: ['password'] });
  assert.deepEqual(host.prompts, ['Enter user password: ']);
  assert.equal(host.text('readSecret'), 'Enter user password: ********\n');
  assert.equal(host.output, 'System.Security.SecureString\n');
  await sh.run('$x.Length');
  assert.equal(host.output, 'System.Security.SecureString\n8\n');
});

test('Read-Host joins remaining arguments into the prompt; -MaskInput masks and returns a plain string', async () => {
  const { host } = await run('Read-Host Site URL; Read-Host -MaskInput secret', { answers: ['https://x', 'abc'] });
  assert.deepEqual(host.prompts, ['Site URL: ', 'secret: ']);
  assert.equal(host.text('readLine'), 'Site URL: https://x\n');
  assert.equal(host.text('readSecret'), 'secret: ***\n');
  assert.equal(host.output, 'https://x\nabc\n');
});

test('Read-Host without a prompt writes no prompt; Ctrl+C (null) stops the pipeline without output', async () => {
  const { host } = await run('Read-Host; "after"', { answers: [null] });
  assert.deepEqual(host.prompts, ['']);
  assert.equal(host.output, '');
  assert.equal(host.errors, '');
});

test('Read-Host errors: both switches, an empty prompt, -NonInteractive (with its FullyQualifiedErrorId)', async () => {
  const both = await run('Read-Host -AsSecureString -MaskInput');
  assert.equal(
    both.host.errors,
    'Read-Host: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n',
  );
  const empty = await run('Read-Host -Prompt ""; $Error[0].FullyQualifiedErrorId', { interactive: false });
  assert.equal(empty.host.errors, 'Read-Host: name cannot be null or empty.\n');
  assert.equal(empty.host.output, 'Argument,Microsoft.PowerShell.Commands.ReadHostCommand\n');
  const ni = await run('Read-Host x; $Error[0].FullyQualifiedErrorId; "after"', { interactive: false });
  assert.equal(ni.host.errors, 'Read-Host: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n');
  assert.equal(ni.host.output, 'InvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand\nafter\n');
});

test('Example 2 of the current page: Read-Host -AsSecureString feeds New-Object PSCredential', async () => {
  const { host, sh } = await run(
    `$username = "admin@contoso.sharepoint.com"
$password = Read-Host -Prompt "Enter user password" -AsSecureString
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $userName, $password
$cred.UserName; $cred.GetNetworkCredential().Password`,
    { answers: ['password'] },
  );
  assert.equal(host.errors, '');
  assert.equal(host.output, 'admin@contoso.sharepoint.com\npassword\n');
  assert.equal(host.text('readSecret'), 'Enter user password: ********\n');
  assert.ok(sh);
});

test('spo -c with piped input: plain reads echo the line, end of input, a secure read stops silently', async () => {
  const plain = await runSpo(['-c', '$a = Read-Host "Name"; "got [$a]"; $b = Read-Host "Again"; "b is null: $($null -eq $b)"; $c = Read-Host; "c null: $($null -eq $c)"'], { stdin: 'abc\n' });
  assert.equal(plain.stdout, 'Name: abc\ngot [abc]\nAgain: \nb is null: True\nc null: True\n');
  assert.equal(plain.code, 0);
  const secure = await runSpo(['-c', '"before"; $a = Read-Host "Pw" -AsSecureString; "after [$a]"'], { stdin: 'abc\n' });
  assert.equal(secure.stdout, 'before\nPw: ');
  assert.equal(secure.stderr, '');
  const ni = await runSpo(['-NonInteractive', '-c', 'Read-Host x']);
  assert.equal(ni.stderr, 'Read-Host: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n');
});

test('spo -c - (commands and answers both on stdin): what a prompt reads is not written back, as pwsh -Command - does', async () => {
  // Each expected text is pwsh 7.6.10's for the same stdin (`printf ... | pwsh -NoProfile -c -`), byte for byte.
  const cases: Array<[stdin: string, stdout: string]> = [
    ['Read-Host "x"\nabc\n"got"\n', 'x: abc\ngot\n'],
    ['$a = Read-Host "x"\nabc\n"[$a]"\n', 'x: [abc]\n'],
    ['Read-Host\nabc\n"got"\n', 'abc\ngot\n'],
    ['Read-Host "x"\n\n"got"\n', 'x: \ngot\n'],
    // End of input: as before, a line break after a non-empty prompt.
    ['$a = Read-Host "x"\n', 'x: \n'],
    ['$Host.UI.ReadLine()\nabc\n', 'abc\n'],
    ['function f([Parameter(Mandatory)]$p) { "p=$p" }\nf\nzz\n', '\ncmdlet f at command pipeline position 1\nSupply values for the following parameters:\np: p=zz\n'],
    [
      '$Host.UI.PromptForChoice("c", "m", [System.Management.Automation.Host.ChoiceDescription[]]@("&Yes", "&No"), 0)\nzz\nN\n',
      '\nc\nm\n[Y] Yes  [N] No  [?] Help (default is "Y"): [Y] Yes  [N] No  [?] Help (default is "Y"): 1\n',
    ],
  ];
  for (const [stdin, stdout] of cases) {
    const r = await runSpo(['-c', '-'], { stdin });
    assert.deepEqual({ stdout: r.stdout, stderr: r.stderr }, { stdout, stderr: '' }, stdin);
  }
  // -Command with a script (above) and -File still write the line back after the prompt, as pwsh does.
  const file = await runSpo(['-c', 'Read-Host "x"; "got"'], { stdin: 'abc\n' });
  assert.equal(file.stdout, 'x: abc\nabc\ngot\n');
});

// ---- X509Certificate2 ------------------------------------------------------------------------

test('[X509Certificate2]::new($path, $password): properties, the table, the string, certificateOf', async () => {
  const { host, sh } = await run(`$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("${PFX}", "fixture-password")
$c
$c.Thumbprint; $c.Subject; $c.Issuer; $c.HasPrivateKey; $c.SerialNumber; "[$($c.FriendlyName)]"; $c.GetType().FullName`);
  assert.equal(host.errors, '');
  assert.equal(
    host.output,
    '\nThumbprint                                Subject              EnhancedKeyUsageList\n' +
      '----------                                -------              --------------------\n' +
      // Text after the table prints under its row, the table's blank line after it (pwsh's out-of-band lines).
      `${THUMBPRINT}  CN=spo-shell test c… \n` +
      `${THUMBPRINT}\nCN=spo-shell test certificate, O="Contoso, Ltd", C=US\nCN=spo-shell test certificate, O="Contoso, Ltd", C=US\nTrue\n14FBE342E86A71462734BCCD3D437C6498C19154\n[]\n${X509}\n\n`,
  );
  const cert = certificateOf(sh.session.getVariable('c')?.value);
  assert.equal(cert?.thumbprint, THUMBPRINT);
  assert.equal(cert?.hasPrivateKey, true);
  assert.ok(!JSON.stringify(cert).includes('PRIVATE'));
});

test('X509Certificate2 with a SecureString password, New-Object, and .NET text for NotAfter and "$cert"', async () => {
  const { host } = await run(`$pw = ConvertTo-SecureString fixture-password -AsPlainText -Force
$c = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2("${PFX}", $pw)
$d = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList "${join(FIXTURES, 'certificate.pem')}"
$c.HasPrivateKey; $d.HasPrivateKey; "$($c.NotAfter)"`);
  assert.equal(host.errors, '');
  const [a, b, notAfter] = host.output.split('\n');
  assert.deepEqual([a, b], ['True', 'False']);
  assert.match(notAfter!, /^11\/1[01]\/2126 \d\d:03:33$/);
  const shown = await run(`$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("${PFX}", "fixture-password"); "$c"; $c.NotAfter`);
  assert.match(shown.host.output, /^\[Subject\]\n {2}CN=spo-shell test certificate, O="Contoso, Ltd", C=US\n\n\[Issuer\]\n.*\n\n\[Serial Number\]\n {2}14FBE342E86A71462734BCCD3D437C6498C19154\n\n\[Not Before\]\n {2}12\/0[45]\/2026 \d\d:03:33\n\n\[Not After\]\n.*\n\n\[Thumbprint\]\n {2}44C9319A6B53BD3ADCAF4D2A04339E9E633751C3\n\n\n\w+day, November \d\d?, 2126 \d\d?:03:33 [AP]M\n\n$/);
});

test('X509Certificate2 errors: wrong password, missing file, no short type name', async () => {
  const { host, sh } = shell();
  // One line at a time, as typed at the prompt (a script's errors show their line).
  for (const line of [
    `[System.Security.Cryptography.X509Certificates.X509Certificate2]::new("${PFX}", "bad")`,
    `[System.Security.Cryptography.X509Certificates.X509Certificate2]::new("${root}/none.pfx")`,
    `New-Object System.Security.Cryptography.X509Certificates.X509Certificate2("${PFX}", "bad")`,
    '$Error[0].FullyQualifiedErrorId',
    `[X509Certificate2]::new("${PFX}", "fixture-password")`,
  ])
    await sh.run(line);
  assert.equal(
    host.errors,
    'MethodInvocationException: Exception calling ".ctor" with "2" argument(s): "The certificate data cannot be read with the provided password, the password may be incorrect."\n' +
      'MethodInvocationException: Exception calling ".ctor" with "1" argument(s): "error:10000080:BIO routines::no such file"\n' +
      'New-Object: Exception calling ".ctor" with "2" argument(s): "The certificate data cannot be read with the provided password, the password may be incorrect."\n' +
      'InvalidOperation: Unable to find type [X509Certificate2].\n',
  );
  assert.equal(host.output, 'ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand\n');
});

// ---- Cert: drive -----------------------------------------------------------------------------

const CERT_TABLE = (location: string) =>
  `\n   PSParentPath: Microsoft.PowerShell.Security\\Certificate::${location}\\My\n\n` +
  'Thumbprint                                Subject              EnhancedKeyUsageList\n' +
  '----------                                -------              --------------------\n' +
  `${THUMBPRINT}  CN=spo-shell test c… \n\n`;

test('Get-ChildItem Cert:\\CurrentUser\\My and Cert:\\LocalMachine\\My\\<thumbprint> (Example 9) print the grouped table', async () => {
  const { host } = await run('Get-ChildItem Cert:\\CurrentUser\\My');
  assert.equal(host.errors, '');
  assert.equal(host.output, CERT_TABLE('CurrentUser'));
  const { host: h9, sh } = await run(`$thumbprint = "${THUMBPRINT.toLowerCase()}"
$cert = Get-ChildItem Cert:\\LocalMachine\\My\\$thumbprint
$cert; $cert.HasPrivateKey`);
  assert.equal(h9.errors, '');
  assert.equal(h9.output, CERT_TABLE('LocalMachine').slice(0, -1) + 'True\n\n');
  assert.equal(certificateOf(sh.session.getVariable('cert')?.value)?.thumbprint, THUMBPRINT);
});

test('Cert:\\ lists locations, Cert:\\CurrentUser its stores; unknown thumbprints and stores are PathNotFound', async () => {
  const { host } = await run('Get-ChildItem Cert:\\; Get-ChildItem cert:/currentuser');
  assert.equal(host.output, '\nLocation   : CurrentUser\nStoreNames : {My}\n\nLocation   : LocalMachine\nStoreNames : {My}\n\n\nName : My\n\n');
  const missing = await run('Get-ChildItem Cert:\\CurrentUser\\My\\3F2A5C9D4E7B8A1234567890ABCDEF1234567890; Get-ChildItem Cert:\\Nowhere; $Error[0].FullyQualifiedErrorId');
  assert.equal(
    missing.host.errors,
    "Get-ChildItem: Cannot find path 'Cert:\\CurrentUser\\My\\3F2A5C9D4E7B8A1234567890ABCDEF1234567890' because it does not exist.\nGet-ChildItem: Cannot find path 'Cert:\\Nowhere' because it does not exist.\n",
  );
  assert.equal(missing.host.output, 'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand\n');
});

// ---- Get-ChildItem on the file system ----------------------------------------------------------

test('Get-ChildItem of a directory: pwsh Linux table, directories first, case-insensitive order, no dot files', async () => {
  const dir = join(root, 'listing');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(join(dir, 'Adir'));
  for (const name of ['a.txt', 'B.txt', '.hidden']) writeFileSync(join(dir, name), name === 'a.txt' ? 'hi\n' : '');
  const when = new Date(2026, 11, 5, 8, 12, 30);
  for (const name of ['sub', 'Adir', 'a.txt', 'B.txt']) utimesSync(join(dir, name), when, when);
  const { host } = await run(`Get-ChildItem ${dir}; Get-ChildItem ${dir} -Name -File; Get-ChildItem ${join(root, 'nope')}`);
  const user = (s: string) => s; // the owner is whoever runs the tests
  const rows = host.output.split('\n');
  assert.deepEqual(rows.slice(0, 5), ['', `    Directory: ${dir}`, '', 'UnixMode         User Group         LastWriteTime         Size Name', '--------         ---- -----         -------------         ---- ----']);
  assert.match(rows[5]!, /^drwx[-rwxsStT]{6} +\S+ \S+ +12\/05\/2026 08:12 +\d+ Adir$/);
  assert.match(rows[6]!, /^drwx[-rwxsStT]{6} +\S+ \S+ +12\/05\/2026 08:12 +\d+ sub$/);
  assert.match(user(rows[7]!), /^-rw[-rwxsStT]{7} +\S+ \S+ +12\/05\/2026 08:12 +3 a\.txt$/);
  assert.match(rows[8]!, /^-rw[-rwxsStT]{7} +\S+ \S+ +12\/05\/2026 08:12 +0 B\.txt$/);
  assert.equal(rows[7]!.length, rows[7]!.indexOf(' 3 a.txt') + 8);
  // The names print under the table's last row, its blank line after them (pwsh 7.6.10: the table goes on).
  assert.equal(rows.slice(9).join('\n'), 'a.txt\nB.txt\n\n');
  assert.equal(host.errors, `Get-ChildItem: Cannot find path '${join(root, 'nope')}' because it does not exist.\n`);
});

// ---- Module cmdlets ----------------------------------------------------------------------------

test('Get-Module lists the built-in module in pwsh 7.6 module table; -ListAvailable under a Directory header', async () => {
  const { host } = await run('Get-Module; Get-Module -Name Microsoft.Online.SharePoint.PowerShell -ListAvailable; Get-Module -Name Foo');
  // A listed module is still a PSModuleInfo: it joins the table Get-Module opened, as in pwsh 7.6.10
  // (`Import-Module Microsoft.PowerShell.Utility; Get-Module Microsoft.PowerShell.Utility; Get-Module -ListAvailable Microsoft.PowerShell.Utility`).
  const row = 'Binary     16.0.2770…            Microsoft.Online.SharePoint.PowerS… {Connect-SPOService, Disconnect-SPOService}';
  assert.deepEqual(host.output.split('\n'), [
    '',
    'ModuleType Version    PreRelease Name                                ExportedCommands',
    '---------- -------    ---------- ----                                ----------------',
    row,
    row,
    '',
    '',
  ]);
  const listed = (await run('Get-Module -Name Microsoft.Online.SharePoint.PowerShell -ListAvailable')).host.output.split('\n');
  assert.match(listed[1]!, /^ {4}Directory: \//);
  assert.deepEqual(listed.slice(2, 6), [
    '',
    'ModuleType Version    PreRelease Name                                PSEdition ExportedCommands',
    '---------- -------    ---------- ----                                --------- ----------------',
    'Binary     16.0.2770…            Microsoft.Online.SharePoint.PowerS… Desk      {Connect-SPOService, Disconnect-SPOServ…',
  ]);
  assert.equal(host.errors, '');
  const { host: versions } = await run('(Get-Module Microsoft.Online.SharePoint.PowerShell).Version; (Get-Module -ListAvailable).Name');
  // Version is a System.Version, shown with its table view as pwsh shows `(Get-Command Get-Date).Version`;
  // -ListAvailable also lists pwsh's own modules whose commands the shell has, before the SharePoint module.
  assert.equal(
    versions.output,
    '\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n16     0      27709  12000\n' +
      'Microsoft.PowerShell.Archive\nMicrosoft.PowerShell.Host\nMicrosoft.PowerShell.Management\nMicrosoft.PowerShell.Security\nMicrosoft.PowerShell.Utility\nPowerShellGet\nMicrosoft.Online.SharePoint.PowerShell\n\n',
  );
});

test('Import-Module: silent for the built-in module with any switch; other names as pwsh; the names of modules the shell lacks are remembered', async () => {
  const { host, sh } = await run(
    'Import-Module Microsoft.Online.SharePoint.PowerShell -UseWindowsPowerShell; Import-Module -Name Microsoft.Online.SharePoint.PowerShell -DisableNameChecking -Force; Import-Module PnP.PowerShell; $Error[0].FullyQualifiedErrorId; Install-Module -Name ExchangeOnlineManagement',
  );
  assert.equal(
    host.errors,
    "Import-Module: The specified module 'PnP.PowerShell' was not loaded because no valid module file was found in any module directory.\n" +
      "Install-Package: No match was found for the specified search criteria and module name 'ExchangeOnlineManagement'. Try Get-PSRepository to see all available registered module repositories.\n",
  );
  assert.equal(host.output, 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\n');
  assert.deepEqual(requestedModules(sh.session).names(), ['PnP.PowerShell', 'ExchangeOnlineManagement']);
});

test('The SharePoint module version is a System.Version: version checks in scripts and Import-Module -MinimumVersion/-RequiredVersion', async () => {
  const { host } = await run(
    "$m = Get-Module Microsoft.Online.SharePoint.PowerShell; $m.Version.GetType().FullName; $m.Version -ge [version]'16.0.20000'; $m.Version -lt '16.0.27709.12001'; " +
      "Import-Module Microsoft.Online.SharePoint.PowerShell -MinimumVersion 16.0.20000; 'min ok'; Import-Module Microsoft.Online.SharePoint.PowerShell -RequiredVersion 16.0.27709.12000; 'required ok'; " +
      "Import-Module Microsoft.Online.SharePoint.PowerShell -MinimumVersion 17.0; $Error[0].FullyQualifiedErrorId; Import-Module Microsoft.Online.SharePoint.PowerShell -RequiredVersion 16.0",
  );
  assert.equal(host.output, 'System.Version\nTrue\nTrue\nmin ok\nrequired ok\nModules_ModuleWithVersionNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\n');
  assert.equal(
    host.errors,
    "Import-Module: The specified module 'Microsoft.Online.SharePoint.PowerShell' with version '17.0' was not loaded because no valid module file was found in any module directory.\n" +
      "Import-Module: The specified module 'Microsoft.Online.SharePoint.PowerShell' with version '16.0' was not loaded because no valid module file was found in any module directory.\n",
  );
});

test('Install-Module of the built-in module is silent (verbose says it is installed); Update-Module fails as PowerShellGet', async () => {
  const { host } = await run(
    'Install-Module -Name Microsoft.Online.SharePoint.PowerShell; Install-Module -Name Microsoft.Online.SharePoint.PowerShell -Scope CurrentUser -Verbose; Update-Module -Name Microsoft.Online.SharePoint.PowerShell; $Error[0].FullyQualifiedErrorId',
  );
  assert.match(host.text('verbose'), /^VERBOSE: Version '16\.0\.27709\.12000' of module 'Microsoft\.Online\.SharePoint\.PowerShell' is already installed at '.+'\.\n$/);
  assert.equal(host.errors, "Update-Module: Module 'Microsoft.Online.SharePoint.PowerShell' was not installed by using Install-Module, so it cannot be updated.\n");
  assert.equal(host.output, 'ModuleNotInstalledUsingInstallModuleCmdlet,Update-Module\n');
});

test('spo -c: the Get started commands and Example 9 with a store under SPO_CERT_STORE', async () => {
  const r = await runSpo(
    ['-c', `Install-Module -Name Microsoft.Online.SharePoint.PowerShell -Scope CurrentUser; Import-Module Microsoft.Online.SharePoint.PowerShell -UseWindowsPowerShell; $thumbprint = "${THUMBPRINT}"; $cert = Get-ChildItem Cert:\\LocalMachine\\My\\$thumbprint; $cert.Subject`],
    { env: { SPO_CERT_STORE: stores } },
  );
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'CN=spo-shell test certificate, O="Contoso, Ltd", C=US\n');
  assert.equal(r.code, 0);
});

test('Example 7 of the current page, language side: the Read-Host SecureString opens the certificate file', async () => {
  const { host } = await run(
    `$password = Read-Host -Prompt "Enter certificate password" -AsSecureString
$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("${PFX}", $password)
$cert.HasPrivateKey; $cert.Thumbprint`,
    { answers: ['fixture-password'] },
  );
  assert.equal(host.errors, '');
  assert.equal(host.text('readSecret'), 'Enter certificate password: ****************\n');
  assert.equal(host.output, `True\n${THUMBPRINT}\n`);
  assert.ok(!host.text().includes('fixture-password'));
});

test('$env:PSModulePath starts with the user\'s module folder under HOME, where Import-Module and #Requires find a module by name', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-module-home-'));
  try {
    const folder = join(home, '.local', 'share', 'powershell', 'Modules', 'Greet');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Greet.psm1'), "'loading Greet'\nfunction Get-Greeting { 'hello from Greet' }\n");
    writeFileSync(join(home, 'uses-greet.ps1'), '#Requires -Modules Greet\nGet-Greeting\n(Get-Module Greet).Name\n');
    // XDG_DATA_HOME unset (empty): the folder is under HOME, as pwsh 7.6.10 puts it.
    const env = { HOME: home, XDG_DATA_HOME: '', PSModulePath: '/opt/extra-modules' };
    const path = await runSpo(['-c', '$env:PSModulePath'], { env });
    assert.equal(path.stdout, `${join(home, '.local/share/powershell/Modules')}:/usr/local/share/powershell/Modules:/opt/extra-modules\n`);
    const imported = await runSpo(['-c', 'Import-Module Greet; Get-Greeting'], { env });
    assert.equal(imported.stdout, 'hello from Greet\n'); // its own output dropped, as pwsh 7.6.10 does
    // #Requires imports it before the script runs; the module's own output is dropped.
    const required = await runSpo(['-f', join(home, 'uses-greet.ps1')], { env, cwd: home });
    assert.equal(required.stderr, '');
    assert.equal(required.stdout, 'hello from Greet\nGreet\n');
    const xdg = await runSpo(['-c', '($env:PSModulePath -split ":")[0]'], { env: { ...env, XDG_DATA_HOME: join(home, 'xdg') } });
    assert.equal(xdg.stdout, `${join(home, 'xdg', 'powershell', 'Modules')}\n`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
