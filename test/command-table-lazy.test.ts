// Built-in commands are registered by name and their definitions built on first use (start-up
// builds none: docs/startup.md). What a user sees must not change: every command is listed, found
// and completed, and the enum types of their parameters resolve before any command was looked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommandTable, lazyCmdlet } from '../src/engine/command-table.js';
import type { CmdletDefinition } from '../src/engine/cmdlet.js';
import { BUILTIN_COMMANDS } from '../src/cmdlets/registry.js';
import { runSpo } from './helpers/spo-process.js';

const definition = (name: string, extra: Partial<CmdletDefinition> = {}): CmdletDefinition =>
  ({ name, implementingType: '', module: '', synopsis: '', parameters: [], process: () => {}, ...extra }) as CmdletDefinition;

test('a lazy command is built once, on its first lookup or listing, and shared by every table', () => {
  let builds = 0;
  const lazy = lazyCmdlet('Get-Thing', () => {
    builds++;
    return definition('Get-Thing');
  });
  const first = new CommandTable([lazy, definition('Set-Thing')], [{ name: 'gt', target: 'Get-Thing' }]);
  const second = new CommandTable([lazy]);
  assert.deepEqual(first.names(), ['Get-Thing', 'Set-Thing', 'gt']);
  assert.equal(builds, 0, 'names (completion) build nothing');
  const found = first.resolve('GT');
  assert.equal(found?.definition.name, 'Get-Thing');
  assert.equal(found?.viaAlias, 'gt');
  assert.equal(second.resolve('get-thing')?.definition, found?.definition);
  assert.deepEqual(first.all().map((d) => d.name), ['Get-Thing', 'Set-Thing']);
  assert.equal(builds, 1);
});

test('a script function replaces a lazy built-in of its name', () => {
  const table = new CommandTable([lazyCmdlet('Get-Thing', () => definition('Get-Thing'))]);
  const mine = definition('Get-Thing', { commandType: 'Function' });
  table.register(mine);
  assert.equal(table.resolve('Get-Thing')?.definition, mine);
  assert.deepEqual(table.all(), [mine]);
});

test('every built-in builds the definition of the name it is registered under', () => {
  for (const command of BUILTIN_COMMANDS) assert.equal(command.definition.name, command.name);
});

test('a parameter enum of a built-in resolves as a type before its command was used', async () => {
  const r = await runSpo([
    '-c',
    "[Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType]::UserAssigned; [Microsoft.PowerShell.Commands.TestPathType]'Leaf'; (Get-Command).Count -gt 70",
  ]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'UserAssigned\nLeaf\nTrue\n');
});
