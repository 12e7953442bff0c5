// New-Module: a dynamic module made from a script block. Its script runs at once in a module scope of
// its own, and what it exports (every function without Export-ModuleMember, narrowed by -Function) is
// in the session from then on, as pwsh 7.6.10 does; Get-Module does not list it (nor can Remove-Module
// remove it) until it is piped to Import-Module. -ReturnResult writes the script's output instead of
// the module; -AsCustomObject an object whose methods are its functions (nothing goes into the session).
// The work is in script-module-import.ts, loaded on the first use.

import { join } from 'node:path';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { lazyCmdlet } from '../engine/command-table.js';
import type { ScriptBlock } from '../engine/script-block.js';
import { ScriptModule } from '../engine/script-modules.js';
import { CORE } from './modules.js';
import { asScriptBlock, objectsParam, stringParam, stringsParam, switchParam } from './param-builders.js';

const SCRIPT_BLOCK_SET = 'ScriptBlock';
const NAME_SET = 'Name';

export const newModule = lazyCmdlet('New-Module', (): CmdletDefinition => ({
  name: 'New-Module',
  implementingType: 'Microsoft.PowerShell.Commands.NewModuleCommand',
  module: CORE,
  synopsis: 'Creates a new dynamic module that exists only in memory.',
  defaultParameterSet: SCRIPT_BLOCK_SET,
  parameters: [
    stringParam('Name', 'The name of the module (a __DynamicModule_ name with a GUID when not given).', { sets: { [NAME_SET]: { position: 0, mandatory: true, valueFromPipeline: true } } }),
    {
      name: 'ScriptBlock',
      kind: 'object',
      typeName: 'System.Management.Automation.ScriptBlock',
      coerce: asScriptBlock,
      sets: { [SCRIPT_BLOCK_SET]: { position: 0, mandatory: true }, [NAME_SET]: { position: 1, mandatory: true } },
      description: "The module's script.",
    },
    stringsParam('Function', 'The functions the module exports (wildcards allowed); all of them when not given.'),
    stringsParam('Cmdlet', 'The cmdlets the module exports (a dynamic module has none).'),
    switchParam('ReturnResult', "Writes the script's output instead of the module."),
    switchParam('AsCustomObject', 'Returns an object whose script methods are the exported functions and whose properties are the exported variables.'),
    objectsParam('ArgumentList', "The script's arguments (its param block's parameters, then $args).", 'System.Object[]', { aliases: ['Args'] }),
  ],
  async process(ctx) {
    const { randomUUID } = await import('node:crypto');
    const block = unwrap(ctx.params.get('ScriptBlock')) as ScriptBlock;
    const name = ctx.params.get<string>('Name') ?? `__DynamicModule_${randomUUID()}`;
    // pwsh gives a dynamic module a path of a new GUID in the current folder, where no file is.
    const module = new ScriptModule(name, join(ctx.session.location, randomUUID()), '', {});
    const { moduleAsCustomObject, runModule, scriptModuleInfo } = await import('./script-module-import.js');
    const functionFilter = ctx.params.get<string[]>('Function');
    const asCustomObject = ctx.params.get<boolean>('AsCustomObject') === true;
    const output = await runModule(ctx, module, block.ast, block.source, {
      args: ctx.params.get<unknown[]>('ArgumentList') ?? [],
      ...(functionFilter ? { functionFilter } : {}),
      detached: asCustomObject,
    });
    if (ctx.params.get<boolean>('ReturnResult')) for (const value of output) ctx.writeObject(value);
    else ctx.writeObject(asCustomObject ? moduleAsCustomObject(ctx, module) : scriptModuleInfo(module));
  },
}));
