// Cmdlets that need all their input before they can answer (Sort-Object, Group-Object,
// Measure-Object, Out-String, Select-Object -Last) collect it here, per invocation.

import type { CmdletContext, ParameterMetadata } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { PropertySpecError } from '../engine/property-specs.js';

const collected = new WeakMap<CmdletContext, unknown[]>();

/** Call from `process`: keeps the pipeline object, or -InputObject when there is no pipeline. */
export function collectInput(ctx: CmdletContext): void {
  const list = collected.get(ctx) ?? [];
  collected.set(ctx, list);
  if (ctx.hasInput) list.push(ctx.input);
  else if (ctx.params.has('InputObject')) list.push(ctx.params.get('InputObject'));
}

/** Everything collected so far (call from `end`). */
export function collectedInput(ctx: CmdletContext): unknown[] {
  return collected.get(ctx) ?? [];
}

/** The -InputObject parameter these cmdlets share. */
export function inputObjectParameter(description = 'The objects to process.'): ParameterMetadata {
  return {
    name: 'InputObject',
    kind: 'object',
    typeName: 'System.Management.Automation.PSObject',
    sets: { [ALL_SETS]: { valueFromPipeline: true } },
    allowNull: true,
    allowEmptyString: true,
    description,
  };
}

export function switchParameter(name: string, description: string, sets: ParameterMetadata['sets'] = { [ALL_SETS]: {} }): ParameterMetadata {
  return { name, kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets, description };
}

/** An invalid calculated property as the cmdlet's statement-terminating error. */
export function specFailure(ctx: CmdletContext, e: unknown): never {
  if (e instanceof PropertySpecError) {
    return ctx.throwTerminatingError({ message: e.message, errorId: e.errorId, category: 'InvalidArgument', exceptionType: 'NotSupportedException' });
  }
  throw e;
}
