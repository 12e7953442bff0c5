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

test('the built-ins are found by name in any casing, in lists of either order, and the later of two of one name wins', () => {
  const names = ['Set-Thing', 'get-thing', 'Add-Thing', 'Ünïcode-Thing', 'Get-ThingMore'];
  for (const order of [names, [...names].reverse()]) {
    const table = new CommandTable(order.map((n) => definition(n)), [{ name: 'zz', target: 'Add-Thing' }, { name: 'AA', target: 'Set-Thing' }]);
    for (const n of names) assert.equal(table.resolve(n.toUpperCase())?.definition.name, n);
    assert.equal(table.resolve('Get-Thin'), undefined);
    assert.equal(table.resolve('aa')?.definition.name, 'Set-Thing');
    assert.deepEqual(table.names(), ['Add-Thing', 'get-thing', 'Get-ThingMore', 'Set-Thing', 'Ünïcode-Thing', 'AA', 'zz']);
  }
  const twice = new CommandTable([definition('Get-Thing', { synopsis: 'first' }), definition('GET-THING', { synopsis: 'second' })]);
  assert.equal(twice.resolve('get-thing')?.definition.synopsis, 'second');
});

test('removing a function finds the cmdlet of its name again; a built-in function or alias is removed itself', () => {
  const table = new CommandTable([definition('Get-Thing'), definition('prompt', { commandType: 'Function' })], [{ name: 'gt', target: 'Get-Thing' }]);
  const mine = definition('Get-Thing', { commandType: 'Function' });
  table.register(mine);
  assert.equal(table.resolve('get-thing')?.definition, mine);
  table.unregister('GET-THING');
  assert.equal(table.resolve('get-thing')?.definition.commandType, undefined);
  table.unregister('prompt');
  assert.equal(table.resolve('prompt'), undefined);
  assert.deepEqual(table.all().map((d) => d.name), ['Get-Thing']);
  table.unregisterAlias('GT');
  assert.equal(table.alias('gt'), undefined);
  assert.deepEqual(table.aliases(), []);
  table.registerAlias({ name: 'gt', target: 'Get-Thing' });
  assert.equal(table.resolve('gt')?.viaAlias, 'gt');
  assert.deepEqual(table.fresh().names(), ['Get-Thing', 'prompt', 'gt']);
});

test('the registry lists its commands and aliases sorted by name, so a table uses them as they are', async () => {
  const { BUILTIN_ALIASES } = await import('../src/cmdlets/registry.js');
  for (const list of [BUILTIN_COMMANDS, BUILTIN_ALIASES]) {
    const keys = list.map((c) => c.name.toLowerCase());
    assert.deepEqual(keys, [...keys].sort(), 'keep the list in the order of its names, lowercase (src/engine/command-table.ts finds the built-ins by binary search)');
    assert.equal(new Set(keys).size, keys.length);
  }
});
