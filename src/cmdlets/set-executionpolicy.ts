// Set-ExecutionPolicy: accepted and changes nothing. spo-shell signs and checks no scripts, so there is
// no policy to change; pwsh on Linux and macOS ends the statement with "Operation is not supported on this
// platform.", which leaves an administrator pasting Microsoft's install steps
// (`Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser`) looking at an error. Here the
// line succeeds quietly, as it does on Windows (docs/Set-ExecutionPolicy.md). The values are still
// checked as pwsh checks them, and -WhatIf and -Confirm behave as in pwsh.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString } from '../engine/convert.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { EXECUTION_POLICY, EXECUTION_POLICY_SCOPE } from './execution-policy.js';
import { SECURITY } from './modules.js';
import { switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const setExecutionPolicy = lazyCmdlet('Set-ExecutionPolicy', (): CmdletDefinition => ({
  name: 'Set-ExecutionPolicy',
  implementingType: 'Microsoft.PowerShell.Commands.SetExecutionPolicyCommand',
  module: SECURITY,
  synopsis: 'Sets the PowerShell execution policies for Windows computers.',
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'ExecutionPolicy',
      kind: 'enum',
      typeName: EXECUTION_POLICY.fullName,
      enumType: EXECUTION_POLICY,
      sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The policy: Unrestricted, RemoteSigned, AllSigned, Restricted, Default, Bypass or Undefined.',
    },
    {
      name: 'Scope',
      kind: 'enum',
      typeName: EXECUTION_POLICY_SCOPE.fullName,
      enumType: EXECUTION_POLICY_SCOPE,
      sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } },
      description: 'The scope to set: Process, CurrentUser or LocalMachine (the default).',
    },
    switchParam('Force', 'Accepted for compatibility: spo asks nothing before the change.'),
  ],
  async process(ctx) {
    // pwsh's ShouldProcess names the policy as the target: `What if: ... "Set-ExecutionPolicy" on target "RemoteSigned".`
    await cmdletShouldProcess(ctx, toPSString(ctx.params.get('ExecutionPolicy')), 'Set-ExecutionPolicy');
  },
}));
