// App-only (certificate) and managed-identity sign-in, end to end through `spo --sandbox -c` processes: the
// real msal-node applications against the sandbox (msal keeps the managed-identity source in static fields,
// so each case is its own process). Documentation examples 7, 8, 10 and 11 of the current page run with the
// sandbox's certificate where the page's own path and thumbprint cannot exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

const ADMIN = 'https://contoso-admin.sharepoint.com';
const APP = '00000000-0000-0000-0000-000000000000';
const TENANT = '11111111-1111-1111-1111-111111111111';
const PASSWORD = '(ConvertTo-SecureString password -AsPlainText -Force)';

const sandbox = (script: string, env: Record<string, string> = {}) => runSpo(['--sandbox', '-c', script], { env, timeoutMs: 30_000 });

test('Example 7 with the sandbox .pfx: an app signs in with a certificate file and its password', async () => {
  const r = await sandbox(
    `Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId ${TENANT} -CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword ${PASSWORD}; 'connected'`,
  );
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'connected\n');
});

test('Example 8 with the sandbox thumbprint, and -ApplicationId with a tenant domain', async () => {
  const r = await sandbox(
    `Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint $env:SPO_SANDBOX_THUMBPRINT; 'one'; ` +
      `Connect-SPOService ${ADMIN} -ApplicationId ${APP} -TenantId contoso.onmicrosoft.com -CertificateThumbprint $env:SPO_SANDBOX_THUMBPRINT.ToLower(); 'two'`,
  );
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'one\ntwo\n');
});

test('certificate errors: each one sentence, before any request', async () => {
  const cases: Array<[string, RegExp]> = [
    [`-CertificatePath ./nope.pfx`, /^Connect-SPOService: Cannot find the certificate file '.*\/nope\.pfx' because it does not exist\.\n$/],
    [`-CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword (ConvertTo-SecureString wrong -AsPlainText -Force)`, /^Connect-SPOService: The certificate file '.*' cannot be read with the provided password, the password may be incorrect\.\n$/],
    [`-CertificateThumbprint 3FAAAA1111AAAAAAAAAAA2222AAAAAAAAAAAAAAA`, /^Connect-SPOService: No certificate was found matching the specified parameters\. Check the thumbprint or path, and then try again\.\n$/],
    [``, /^Connect-SPOService: App-only sign-in needs a certificate: give -CertificatePath/],
    [`-Certificate 'nope.pfx'`, /^Connect-SPOService: Cannot bind parameter 'Certificate'\. Cannot convert value "nope\.pfx" to type "System\.Security\.Cryptography\.X509Certificates\.X509Certificate2"\. Error: "error:10000080:BIO routines::no such file"\n$/],
  ];
  const script = cases.map(([args]) => `Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId ${TENANT} ${args}`).join('; ');
  // One process for all of them (each statement fails on its own line; the script goes on).
  const r = await sandbox(script);
  const lines = r.stderr.split(/(?=^Connect-SPOService: )/m);
  assert.equal(lines.length, cases.length, r.stderr);
  cases.forEach(([args, expected], i) => assert.match(lines[i]!, expected, args));
  assert.equal(r.code, 1);
});

test('-CertificatePath is a PowerShell path: relative to Set-Location, ~ is the home folder; Example 7\'s C:\\ path is shown as typed', async () => {
  // The .pfx is copied to <HOME>/certs/app.pfx; the process starts in HOME, the script moves to <HOME>/certs.
  const copy = `$certs = Join-Path $HOME certs; New-Item -ItemType Directory $certs | Out-Null; Copy-Item $env:SPO_SANDBOX_PFX (Join-Path $certs app.pfx); Set-Location $certs`;
  const connect = (path: string) => `Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId ${TENANT} -CertificatePath ${path} -CertificatePassword ${PASSWORD}`;
  const r = await sandbox(`${copy}; ${connect('./app.pfx')}; 'relative'; ${connect('app.pfx')}; 'bare'; ${connect('~/certs/app.pfx')}; 'home'; ${connect('~\\certs\\app.pfx')}; 'backslashes'`);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'relative\nbare\nhome\nbackslashes\n');
  const verbatim = await sandbox(connect('C:\\Certs\\ContosoAppAuth.pfx'));
  assert.equal(verbatim.stderr, "Connect-SPOService: Cannot find the certificate file 'C:\\Certs\\ContosoAppAuth.pfx' because it does not exist.\n");
  assert.equal(verbatim.code, 1);
});

test('app unknown, and a tenant that is not the app\'s: one sentence naming -ClientId and -TenantId', async () => {
  const unknown = await sandbox(`Connect-SPOService -Url ${ADMIN} -ClientId 22222222-2222-2222-2222-222222222222 -TenantId ${TENANT} -CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword ${PASSWORD}`);
  assert.match(unknown.stderr, /^Connect-SPOService: The application 22222222-2222-2222-2222-222222222222 was not found in the tenant 11111111-1111-1111-1111-111111111111: check -ClientId and -TenantId/);
  const fabrikam = await sandbox(`Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId fabrikam.onmicrosoft.com -CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword ${PASSWORD}`);
  assert.match(fabrikam.stderr, /^Connect-SPOService: The (application|tenant) .*fabrikam\.onmicrosoft\.com/);
});

test('Examples 10 and 11: system- and user-assigned managed identity', async () => {
  const r = await sandbox(
    `Connect-SPOService -Url ${ADMIN} -ManagedIdentity; 'system'; ` +
      `Connect-SPOService -url ${ADMIN} -ManagedIdentity -ManagedIdentityType UserAssigned -ManagedIdentityClientId ${APP}; 'user'`,
  );
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'system\nuser\n');
});

test('managed identity: a client id alone means user-assigned; UserAssigned without one, or SystemAssigned with one, is refused before any request', async () => {
  const implied = await sandbox(`Connect-SPOService -Url ${ADMIN} -ManagedIdentity -ManagedIdentityClientId ${APP} -Verbose`);
  assert.equal(implied.stderr, '');
  assert.match(implied.stdout, /^VERBOSE: Sign-in flow: the user-assigned managed identity 00000000-0000-0000-0000-000000000000\.$/m);
  assert.match(implied.stdout, /^VERBOSE: Connected to https:\/\/contoso-admin\.sharepoint\.com as managed identity 00000000-0000-0000-0000-000000000000 in \d+ ms\.$/m);
  const r = await sandbox(
    `Connect-SPOService -Url ${ADMIN} -ManagedIdentity -ManagedIdentityType UserAssigned -Debug; ` +
      `Connect-SPOService -Url ${ADMIN} -ManagedIdentity -ManagedIdentityType SystemAssigned -ManagedIdentityClientId ${APP} -Debug; ` +
      `Connect-SPOService -Url ${ADMIN} -ManagedIdentity -ManagedIdentityType UserAssigned -ManagedIdentityClientId 12345678-0000-0000-0000-000000000000; ` +
      `$Error[0].FullyQualifiedErrorId; $Error[1].FullyQualifiedErrorId; $Error[2].FullyQualifiedErrorId`,
  );
  assert.equal(
    r.stderr,
    'Connect-SPOService: -ManagedIdentityType UserAssigned needs -ManagedIdentityClientId: give the client id of the user-assigned managed identity.\n' +
      'Connect-SPOService: -ManagedIdentityClientId names a user-assigned managed identity, but -ManagedIdentityType is SystemAssigned: use -ManagedIdentityType UserAssigned, or leave out -ManagedIdentityClientId to sign in as the system-assigned identity.\n' +
      'Connect-SPOService: No user-assigned managed identity with the client id 12345678-0000-0000-0000-000000000000 is assigned to this Azure resource. Check -ManagedIdentityClientId (the client id of the identity, not its object id) and that the identity is assigned to the resource.\n' +
      `Correlation ID: ${/Correlation ID: ([0-9a-f-]{36})\n$/.exec(r.stderr)?.[1]}\n`,
  );
  // Another answer of the endpoint: its own sentence, without msal-node's "Error(s): Not Available - Timestamp: Not Available" wrapping.
  const header = await sandbox(`$env:IDENTITY_HEADER = 'wrong'; Connect-SPOService -Url ${ADMIN} -ManagedIdentity`);
  assert.match(
    header.stderr,
    /^Connect-SPOService: Sign-in failed: The request is missing the X-IDENTITY-HEADER header or its value is not valid\.\nCorrelation ID: [0-9a-f-]{36}\n$/,
  );
  // Refused before any request: -Debug lists none.
  assert.doesNotMatch(r.stdout, /DEBUG:/);
  assert.equal(
    r.stdout,
    'ManagedIdentityNotFound,Microsoft.Online.SharePoint.PowerShell.ConnectSPOService\n' +
      'ManagedIdentityTypeConflict,Microsoft.Online.SharePoint.PowerShell.ConnectSPOService\n' +
      'ManagedIdentityClientIdMissing,Microsoft.Online.SharePoint.PowerShell.ConnectSPOService\n',
  );
});

test('no managed-identity environment: one sentence, and msal never probes the metadata address', async () => {
  // Without --sandbox nothing is routed: the only way not to hang or reach 169.254.169.254 is to refuse first.
  const r = await runSpo(['-c', `Connect-SPOService -Url ${ADMIN} -ManagedIdentity`], { timeoutMs: 15_000 });
  assert.equal(
    r.stderr,
    'Connect-SPOService: No managed identity source is set up here: none of IDENTITY_ENDPOINT, MSI_ENDPOINT, IMDS_ENDPOINT or AZURE_POD_IDENTITY_AUTHORITY_HOST is set. On an Azure VM whose identity comes from the instance metadata service, set IMDS_ENDPOINT=http://169.254.169.254 and run the command again; elsewhere, sign in with -Credential, interactively, or as an app with a certificate.\n',
  );
});

test('secret sweep: -Verbose -Debug of certificate and managed-identity sign-ins show no password, key, token or identity header', async () => {
  const r = await sandbox(
    `$s = ConvertTo-SecureString password -AsPlainText -Force; ` +
      `Connect-SPOService -Url ${ADMIN} -ClientId ${APP} -TenantId ${TENANT} -CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword $s -Verbose -Debug; ` +
      `Connect-SPOService -Url ${ADMIN} -ManagedIdentity -Verbose -Debug; $h = $env:IDENTITY_HEADER; "header-length:$($h.Length)"`,
  );
  const all = r.stdout + r.stderr;
  assert.match(all, /VERBOSE: Signed in as app /);
  assert.match(all, /VERBOSE: Signed in as system-assigned managed identity/);
  assert.match(all, /header-length:\d+/);
  assert.doesNotMatch(all.replace(/header-length:\d+/, ''), /password/i);
  assert.doesNotMatch(all, /PRIVATE KEY|eyJ[A-Za-z0-9_-]{10,}\.|client_assertion=|access_token/);
});

test('Germany: a warning that the cloud closed in 2021; Delos and France inferred from the Url', async () => {
  const r = await sandbox(
    `Connect-SPOService -Url https://contoso-admin.sharepoint.de -ManagedIdentity; ` +
      `Connect-SPOService -Url https://contoso-admin.sovcloud-sharepoint.de -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint $env:SPO_SANDBOX_THUMBPRINT -Verbose; ` +
      `Connect-SPOService -Url https://contoso-admin.sovcloud-sharepoint.fr -ManagedIdentity; 'france'`,
  );
  assert.match(r.stdout, /france\n$/);
  assert.match(r.stdout + r.stderr, /^WARNING: Microsoft Cloud Deutschland \(-Region Germany, \*\.sharepoint\.de\) closed in October 2021/m);
  assert.match(r.stdout + r.stderr, /Cloud Delos \(the German sovereign cloud \(Delos\)\), inferred from the Url's suffix \.sovcloud-sharepoint\.de/);
});
