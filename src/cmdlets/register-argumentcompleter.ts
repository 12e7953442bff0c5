// Register-ArgumentCompleter: a script block that Tab completion asks for a parameter's values
// (-ParameterName, on the -CommandName commands or on every command), or for a native command's
// arguments (-Native; -NativeFallback for any native command without one of its own). Profiles and
// modules register them for their functions' parameters. The session keeps them
// (engine/argument-completers.ts); the console runs them (engine/argument-completion-run.ts).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { argumentCompleters } from '../engine/argument-completers.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { ScriptBlock } from '../engine/script-block.js';
import { CORE } from './modules.js';
import { asScriptBlock, stringParam, stringsParam, switchParam } from './param-builders.js';

/** The key of -NativeFallback's completer among the native ones (no command is named so; engine/argument-completers.ts). */
const NATIVE_FALLBACK = '';

export const registerArgumentCompleter = lazyCmdlet('Register-ArgumentCompleter', (): CmdletDefinition => ({
  name: 'Register-ArgumentCompleter',
  implementingType: 'System.Management.Automation.RegisterArgumentCompleterCommand',
  module: CORE,
  synopsis: 'Registers a custom argument completer.',
  parameters: [
    stringsParam('CommandName', 'The commands the completer is for.', { sets: { NativeCommandSet: { mandatory: true }, PowerShellSet: {} } }),
    stringParam('ParameterName', 'The parameter whose values the completer offers.', { sets: { PowerShellSet: { mandatory: true } } }),
    {
      name: 'ScriptBlock',
      kind: 'object',
      typeName: 'System.Management.Automation.ScriptBlock',
      sets: { NativeCommandSet: { mandatory: true }, PowerShellSet: { mandatory: true }, NativeFallbackSet: { mandatory: true } },
      coerce: asScriptBlock,
      allowNull: true,
      description: 'The completer: it returns the completions, as strings or CompletionResult objects.',
    },
    switchParam('Native', 'The completer is for native commands named by -CommandName: it gets the word, the command and the cursor position.', { sets: { NativeCommandSet: {} } }),
    switchParam('NativeFallback', 'The completer is for every native command that has none of its own.', { sets: { NativeFallbackSet: {} } }),
  ],
  process(ctx) {
    const raw = unwrap(ctx.params.get('ScriptBlock'));
    const block = raw instanceof ScriptBlock ? raw : undefined;
    const names = ctx.params.has('CommandName') ? [ctx.params.get('CommandName')].flat().map((n) => toPSString(unwrap(n))) : [];
    const completers = argumentCompleters(ctx.session, true);
    // $null as the script block removes the registration, as pwsh's table then holds nothing for it.
    const put = (map: Map<string, ScriptBlock>, key: string) => (block ? map.set(key, block) : map.delete(key));
    if (ctx.invocation.parameterSetName === 'NativeFallbackSet') {
      put(completers.native, NATIVE_FALLBACK);
    } else if (ctx.invocation.parameterSetName === 'NativeCommandSet') {
      // -CommandName without -ParameterName is a native command's completer, -Native or not (as in pwsh).
      for (const name of names) put(completers.native, name.toLowerCase());
    } else {
      const parameter = toPSString(unwrap(ctx.params.get('ParameterName'))).toLowerCase();
      if (names.length === 0) put(completers.parameters, parameter);
      for (const name of names) put(completers.parameters, `${name.toLowerCase()}:${parameter}`);
    }
  },
}));
