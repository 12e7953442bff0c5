// A failing Connect-SPOService inside try/catch, against the sandbox tenant: the sign-in error is
// terminating, so catch gets it (typed by its .NET exception and its base types), finally runs,
// nothing is shown, and the script goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { TestHost } from './helpers/test-host.js';

const root = mkdtempSync(join(tmpdir(), 'spo-auth-flow-'));
process.env.SPO_CONFIG_DIR = join(root, 'config');
process.env.HOME = join(root, 'home');
delete process.env.SPO_CLIENT_ID;

let sandbox: SandboxHandle;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.close();
  rmSync(root, { recursive: true, force: true });
});

const CREDENTIAL = '$c = [pscredential]::new("admin@contoso.com", (ConvertTo-SecureString "wrong-hunter2" -AsPlainText -Force))';
const CONNECT = 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c';

async function run(script: string): Promise<TestHost> {
  const host = new TestHost({ interactive: false });
  await new Shell({ host, commands: builtinCommandTable() }).run(script);
  return host;
}

test('a wrong password inside try/catch: catch sees the ErrorRecord, finally runs, the script goes on', async () => {
  const host = await run(
    `${CREDENTIAL}\ntry { ${CONNECT}; 'not reached' } catch { $_.GetType().FullName; $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; ($_.Exception.Message -split "\`n")[0] } finally { 'finally' }\n'after'`,
  );
  assert.equal(host.errors, '');
  assert.equal(
    host.text('output'),
    [
      'System.Management.Automation.ErrorRecord',
      'Microsoft.Identity.Client.MsalServiceException',
      'InvalidUserNameOrPassword,Microsoft.Online.SharePoint.PowerShell.ConnectSPOService',
      'The user name or password is incorrect. Check both and try again.',
      'finally',
      'after',
      '',
    ].join('\n'),
  );
  assert.ok(!host.text('output').includes('hunter2'));
});

test('catch clauses match the sign-in error by its type and base types, in order', async () => {
  const host = await run(
    `${CREDENTIAL}\ntry { ${CONNECT} } catch [System.Net.WebException] { 'web' } catch [Microsoft.Identity.Client.MsalException] { 'msal base type' } catch { 'any' }\n` +
      `try { ${CONNECT} } catch [System.Exception] { 'System.Exception' }\n` +
      `try { ${CONNECT} -ErrorAction Stop } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch { 'not a RuntimeException' }`,
  );
  assert.equal(host.errors, '');
  assert.equal(host.text('output'), ['msal base type', 'System.Exception', 'not a RuntimeException', ''].join('\n'));
});
