// New-Variable (`nv`): creates a variable; an existing one is an error unless -Force.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import type { EnumValue } from '../engine/values.js';
import type { VariableOptions } from '../engine/session.js';
import { SCOPED_ITEM_OPTIONS } from './enums.js';
import { OPTION_FLAGS, VISIBILITY, variableObject } from './variable-info.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { objectToString } from '../engine/values-members.js';
import { UTILITY } from './modules.js';
import { objectParam, stringParam, switchParam } from './param-builders.js';
import { scopeOf, scopeParam, variableNotWritable } from './variable-scope.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const optionParam = () => ({
  name: 'Option',
  kind: 'enum' as const,
  typeName: SCOPED_ITEM_OPTIONS.fullName,
  enumType: SCOPED_ITEM_OPTIONS,
  sets: { __AllParameterSets: {} },
  description: 'None, or a combination of ReadOnly (changed only with -Force), Constant (never changed or removed), Private (not seen from child scopes) and AllScope (shared with child scopes).',
});

/** The variable options a ScopedItemOptions value (a [Flags] combination such as `ReadOnly, Private`) sets. */
export function optionsFrom(option: EnumValue | undefined, description: string | undefined): VariableOptions {
  const bits = option?.value ?? 0;
  const options: VariableOptions = { description };
  for (const [option, bit] of OPTION_FLAGS) if (bits & bit) options[option] = true;
  return options;
}

/** -Visibility (SessionStateEntryVisibility): accepted; every variable is public here (docs/New-Variable.md). */
export const visibilityParam = () => ({
  name: 'Visibility',
  kind: 'enum' as const,
  typeName: VISIBILITY.fullName,
  enumType: VISIBILITY,
  sets: { __AllParameterSets: {} },
  description: 'Public or Private (accepted; every variable is public here).',
});

export const newVariable = lazyCmdlet('New-Variable', (): CmdletDefinition => ({
  name: 'New-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.NewVariableCommand',
  module: UTILITY,
  synopsis: 'Creates a new variable.',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Name', 'The name, without `$`.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    objectParam('Value', 'The initial value.', 'System.Object', { sets: { __AllParameterSets: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true }),
    stringParam('Description', 'A description of the variable.'),
    optionParam(),
    visibilityParam(),
    switchParam('Force', 'Replaces an existing variable that is not constant.'),
    switchParam('PassThru', 'Returns the new variable.'),
    scopeParam(),
  ],
  async process(ctx) {
    const name = ctx.params.get<string>('Name')!;
    const scope = scopeOf(ctx) ?? 'local';
    const existing = ctx.session.getVariable(name, scope);
    if (existing) {
      if (ctx.params.get('Force') !== true) {
        return ctx.writeError({
          message: `A variable with name '${name}' already exists.`,
          errorId: 'VariableAlreadyExists',
          category: 'ResourceExists',
          exceptionType: 'SessionStateException',
          exceptionFullName: 'System.Management.Automation.SessionStateException',
          targetObject: name,
        });
      }
      if (existing.options.constant) return ctx.writeError(variableNotWritable(name));
    }
    const value = ctx.hasInput ? ctx.input : (ctx.params.get('Value') ?? null);
    if (!(await cmdletShouldProcess(ctx, `Name: ${name} Value: ${objectToString(value)}`, 'New variable'))) return;
    ctx.session.defineVariable(existing?.name ?? name, value, optionsFrom(ctx.params.get<EnumValue>('Option'), ctx.params.get<string>('Description')), scope);
    if (ctx.params.get('PassThru') === true) ctx.writeObject(variableObject(ctx.session.getVariable(name, scope)!, ctx.session));
  },
}));
