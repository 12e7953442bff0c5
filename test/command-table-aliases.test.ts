import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommandTable } from '../src/engine/command-table.js';
import type { CmdletDefinition } from '../src/engine/cmdlet.js';

const command = (name: string): CmdletDefinition => ({ name, implementingType: '', module: '', parameters: [], process: async () => {} }) as unknown as CmdletDefinition;

test('an alias is found before a command of the same name, through other aliases, and not through a loop', () => {
  const table = new CommandTable([command('f'), command('Get-Date')], [{ name: 'f', target: 'Get-Date' }]);
  assert.deepEqual(table.resolve('F') && { name: table.resolve('F')!.definition.name, via: table.resolve('F')!.viaAlias }, { name: 'Get-Date', via: 'f' });
  table.registerAlias({ name: 'b', target: 'f' });
  assert.equal(table.resolve('b')?.definition.name, 'Get-Date');
  table.registerAlias({ name: 'x', target: 'y' });
  table.registerAlias({ name: 'y', target: 'x' });
  assert.equal(table.resolve('x'), undefined);
  // An alias whose command is missing hides a command of its own name too; the processor reports its target.
  table.registerAlias({ name: 'f', target: 'nothing' });
  assert.equal(table.resolve('f'), undefined);
  assert.equal(table.alias('F')?.target, 'nothing');
});
