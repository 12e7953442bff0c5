// The console's question about a line waiting behind a password prompt: does it plainly run
// something (keep it: the next line of a pasted documentation example), or could it be the password
// pasted with its command (set it aside)? Asked of the real Shell and its command table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

const shell = new Shell({ host: new TestHost(), commands: builtinCommandTable() });

const commands = [
  '$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $password',
  'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred',
  '$password = Read-Host -Prompt "Enter user password" -AsSecureString',
  'PS C:\\> Connect-SPOService -Url https://contoso-admin.sharepoint.com',
  'Write-Host done',
  'Get-Date | Out-Null',
  '[void]$list.Add(1)',
  'foreach ($site in $sites) {',
  'if ($x) {',
  '$s = @"',
  '$n++',
  'gcm Connect-SPOService',
];
const secrets = ['Summer2026!', 'P@ssw0rd', 'hunter2', '$ecret', '123456', "'quoted pass'", 'abc"def', 'hunter2 | Out-Null', 'pass word with spaces', '-secret', '0x1F2e'];

for (const line of commands) {
  test(`reads as a command: ${line}`, () => assert.equal(shell.readsAsCommand(line), true));
}
for (const line of secrets) {
  test(`might be a password: ${line}`, () => assert.equal(shell.readsAsCommand(line), false));
}

test('a function defined in the session counts as a command once it exists', async () => {
  assert.equal(shell.readsAsCommand('Connect-Tenant'), false);
  await shell.run('function Connect-Tenant { }');
  assert.equal(shell.readsAsCommand('Connect-Tenant'), true);
});
