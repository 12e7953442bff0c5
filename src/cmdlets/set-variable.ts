// Set-Variable (`set`, `sv`): sets (or creates) variables; read-only ones only with -Force.

import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { objectToString } from '../engine/values-members.js';
import type { VariableOptions } from '../engine/session.js';
import { hasWildcard } from '../engine/wildcard.js';
import { ArrayList, GenericList, type EnumValue } from '../engine/values.js';
import { variableObject } from './variable-info.js';
import { UTILITY } from './modules.js';
import { optionParam, optionsFrom, visibilityParam } from './new-variable.js';
import { objectParam, stringParam, stringsParam, switchParam } from './param-builders.js';
import { includeExcludeParams, matchingVariables, scopeOf, scopeParam, variableNotWritable } from './variable-scope.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** Why an existing variable cannot take `wanted` options: Constant only at creation, AllScope never taken off. */
function optionChangeError(name: string, current: VariableOptions, wanted: VariableOptions): ErrorSpec | undefined {
  const refuse = (errorId: string, message: string): ErrorSpec => ({
    message,
    errorId,
    category: 'WriteError',
    exceptionType: 'SessionStateUnauthorizedAccessException',
    exceptionFullName: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    targetObject: name,
  });
  if (wanted.constant) return refuse('VariableCannotBeMadeConstant', `Existing variable ${name} cannot be made constant. Variables can be made constant only at creation time.`);
  if (current.allScope && !wanted.allScope) return refuse('VariableAllScopeOptionCannotBeRemoved', `The AllScope option cannot be removed from the variable '${name}'.`);
  return undefined;
}

/**
 * -Append's value (pwsh 7.6.10): a List or ArrayList the variable holds takes the value itself; anything
 * else becomes a List[object] of its items (an array's elements, any other value as one, $null too) and
 * the value. Without -Value nothing is added.
 */
function appended(current: unknown, exists: boolean, given: boolean, value: unknown): unknown {
  if (current instanceof ArrayList && !(current instanceof GenericList && current.elementType !== 'System.Object')) {
    if (given) current.push(value);
    return current;
  }
  if (!given) return exists ? current : null;
  const list = new GenericList();
  if (exists) list.push(...(Array.isArray(current) ? current : [current]));
  list.push(value);
  return list;
}

export const setVariable = lazyCmdlet('Set-Variable', (): CmdletDefinition => ({
  name: 'Set-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.SetVariableCommand',
  module: UTILITY,
  synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Name', 'The names, without `$`; wildcards select existing variables.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'variable' }),
    objectParam('Value', 'The value.', 'System.Object', { sets: { __AllParameterSets: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true }),
    ...includeExcludeParams(),
    stringParam('Description', 'A description of the variable.'),
    optionParam(),
    switchParam('Force', 'Changes a read-only variable (never a constant).'),
    visibilityParam(),
    switchParam('PassThru', 'Returns the variable.'),
    switchParam('Append', "Adds -Value to the variable's values (a List[object]) instead of replacing them."),
    scopeParam(),
  ],
  begin(ctx) {
    const names = ctx.params.get<string[]>('Name');
    // pwsh 7.6.10 appends to one variable at a time; its error's message is its resource key.
    if (ctx.params.get('Append') === true && (names ?? []).length > 1) {
      ctx.throwTerminatingError({ message: 'SetVariableAppend', errorId: 'SetVariableAppend', category: 'InvalidOperation', exceptionType: 'PSArgumentException', recommendedAction: 'Use a single variable rather than a collection' });
    }
    runs.set(ctx, { nameGiven: (names ?? []).length > 0, valueGiven: ctx.params.has('Value') });
  },
  // As pwsh's SetVariableCommand: with -Name given, the values that come down the pipeline are
  // collected and the variable is set once at the end (one value as itself, several as an array);
  // with -Value given too, the pipeline is not read; a -Name taken from each input sets per input.
  async process(ctx) {
    const run = runs.get(ctx)!;
    if (run.nameGiven) {
      if (!run.valueGiven && ctx.hasInput) (run.piped ??= []).push(ctx.input);
      return;
    }
    await setVariables(ctx, ctx.params.get<string[]>('Name') ?? [], ctx.hasInput || ctx.params.has('Value'), ctx.hasInput ? ctx.input : ctx.params.get('Value'));
  },
  async end(ctx) {
    const run = runs.get(ctx)!;
    if (!run.nameGiven) return;
    const names = ctx.params.get<string[]>('Name')!;
    if (run.valueGiven) return setVariables(ctx, names, true, ctx.params.get('Value') ?? null);
    let piped = run.piped;
    if (ctx.params.get('Append') === true) {
      const current = ctx.session.getVariable(names[0]!);
      // pwsh starts from the variable's values when it holds an IList<object> (an array, a List[object]).
      const v = current?.value;
      const isObjectList = Array.isArray(v) && (!(v instanceof ArrayList) || (v instanceof GenericList && v.elementType === 'System.Object'));
      const held = current === undefined ? [] : isObjectList ? [...(v as unknown[])] : [v];
      piped = piped ? [...held, ...piped] : held.length ? held : undefined;
    }
    if (!piped || piped.length === 0) return setVariables(ctx, names, false, null, false);
    return setVariables(ctx, names, true, piped.length === 1 ? piped[0] : piped, false);
  },
}));

/** What one Set-Variable run knows from its command line (its BeginProcessing), and the values piped to it. */
interface SetVariableRun {
  nameGiven: boolean;
  valueGiven: boolean;
  piped?: unknown[];
}
const runs = new WeakMap<CmdletContext, SetVariableRun>();

/** Sets each named variable (a wildcard: each existing match) to `value`, or leaves its value when none is `given`. */
async function setVariables(ctx: CmdletContext, names: readonly string[], given: boolean, value: unknown, append = ctx.params.get('Append') === true): Promise<void> {
  const scope = scopeOf(ctx);
  const force = ctx.params.get('Force') === true;
  const option = ctx.params.get<EnumValue>('Option');
  const where = scope ?? 'local';
  // pwsh names the value it was given (none: nothing) as ToString() writes it (a custom object as
  // PSObject.ToString, @{a=1}); with -Append, the List[object] it collects the values in.
  const shown = !given ? '' : append ? 'System.Collections.Generic.List`1[System.Object]' : objectToString(value);
  for (const name of names) {
    // Without -Scope only the current scope's variables are set (pwsh), a wildcard's matches too.
    const targets = hasWildcard(name) ? await matchingVariables(ctx, [name], where) : [ctx.session.getVariable(name, where)];
    for (const existing of targets) {
      const setName = existing?.name ?? name;
      if (!(await cmdletShouldProcess(ctx, `Name: ${setName} Value: ${shown}`, 'Set variable'))) continue;
      if (existing && (existing.options.constant || (existing.options.readOnly && !force))) {
        await ctx.writeError(variableNotWritable(existing.name));
        continue;
      }
      const newValue = append ? appended(existing?.value, existing !== undefined, given, value) : given ? value : (existing?.value ?? null);
      const converted = existing?.options.constrain ? existing.options.constrain(newValue) : newValue;
      let options = existing?.options ?? {};
      // As pwsh does: -Force takes ReadOnly off before the value is set, and only puts it back when
      // no -Option is given; a new option set is then checked, and refused after the value is set.
      if (existing && option !== undefined) options = { ...options, readOnly: false };
      if (ctx.params.has('Description')) options = { ...options, description: ctx.params.get<string>('Description') };
      const wanted = option !== undefined ? { ...optionsFrom(option, options.description), constrain: options.constrain } : undefined;
      const refusal = existing && wanted ? optionChangeError(existing.name, existing.options, wanted) : undefined;
      ctx.session.defineVariable(setName, converted, refusal || !wanted ? options : wanted, where);
      if (refusal) {
        await ctx.writeError(refusal);
        continue;
      }
      if (ctx.params.get('PassThru') === true) ctx.writeObject(variableObject(ctx.session.getVariable(setName, where)!, ctx.session));
    }
  }
}

