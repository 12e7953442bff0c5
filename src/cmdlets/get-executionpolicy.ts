// Get-ExecutionPolicy: Unrestricted, at every scope (spo runs every script: it has no script signing),
// as pwsh on Linux and macOS answers; -List gives the five scopes as objects with Scope and ExecutionPolicy.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { EnumValue, PSObject } from '../engine/values.js';
import { EFFECTIVE_POLICY, EXECUTION_POLICY, EXECUTION_POLICY_SCOPE, LIST_ORDER } from './execution-policy.js';
import { SECURITY } from './modules.js';
import { switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getExecutionPolicy = lazyCmdlet('Get-ExecutionPolicy', (): CmdletDefinition => ({
  name: 'Get-ExecutionPolicy',
  implementingType: 'Microsoft.PowerShell.Commands.GetExecutionPolicyCommand',
  module: SECURITY,
  synopsis: 'Gets the execution policies for the current session.',
  parameters: [
    {
      name: 'Scope',
      kind: 'enum',
      typeName: EXECUTION_POLICY_SCOPE.fullName,
      enumType: EXECUTION_POLICY_SCOPE,
      sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } },
      description: 'The scope to read: Process, CurrentUser, LocalMachine, UserPolicy or MachinePolicy.',
    },
    switchParam('List', 'Lists the policy of every scope.'),
  ],
  process(ctx) {
    const policy = new EnumValue(EXECUTION_POLICY, EFFECTIVE_POLICY);
    if (ctx.params.get('List') !== true) {
      ctx.writeObject(policy);
      return;
    }
    if (ctx.params.has('Scope')) {
      return ctx.throwTerminatingError({
        message: 'Cannot get execution policy. Specify only the List or Scope parameters.',
        errorId: 'ListAndScopeSpecified',
        category: 'InvalidOperation',
        exceptionType: 'InvalidOperationException',
      });
    }
    for (const scope of LIST_ORDER) {
      ctx.writeObject(new PSObject('System.Management.Automation.PSCustomObject', { Scope: new EnumValue(EXECUTION_POLICY_SCOPE, scope), ExecutionPolicy: policy }));
    }
  },
}));
