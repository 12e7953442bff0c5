// Connect-SPOService through the `spo` command line (built bundle) with the in-process sandbox tenant.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

const EXAMPLE_2 = `$username = "admin@contoso.sharepoint.com"
$password = "password"
$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred`;

test('spo --sandbox -c: Example 2 connects silently and exits 0; -Verbose narrates without secrets', async () => {
  const r = await runSpo(['--sandbox', '-c', `${EXAMPLE_2} -Verbose -Debug; Disconnect-SPOService`]);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout + r.stderr;
  assert.match(out, /VERBOSE: Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.sharepoint\.com in \d+ ms\./);
  assert.match(out, /DEBUG: POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery -> HTTP 200 \(\d+ ms\)/);
  assert.doesNotMatch(out, /eyJ[\w-]{10,}/, 'no JWT in the output');
});

test('spo --sandbox -c: a failed connect prints one ConciseView error on stderr and exits 1', async () => {
  const r = await runSpo([
    '--sandbox',
    '-c',
    '$c = New-Object System.Management.Automation.PSCredential locked@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c',
  ]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^Connect-SPOService: The account is locked after too many failed sign-ins, or the sign-in came from a blocked address\. Wait a few minutes or ask an administrator to unlock it, then try again\.\nAADSTS50053 \| Correlation ID: [0-9a-f-]{36} \| Timestamp: [\d-]+ [\d:]+Z\n$/,
  );
});
