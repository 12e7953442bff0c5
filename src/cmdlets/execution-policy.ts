// The execution policy enums of Get-ExecutionPolicy and Set-ExecutionPolicy, and the policy spo reports.
// spo-shell signs and checks no scripts, so every scope's policy is Unrestricted, as pwsh reports on
// Linux and macOS (docs/Set-ExecutionPolicy.md says why Set-ExecutionPolicy is accepted anyway).

import type { EnumType } from '../engine/values.js';

/** Microsoft.PowerShell.ExecutionPolicy; Default is Restricted's value, as in .NET. */
export const EXECUTION_POLICY: EnumType = {
  fullName: 'Microsoft.PowerShell.ExecutionPolicy',
  names: ['Unrestricted', 'RemoteSigned', 'AllSigned', 'Restricted', 'Default', 'Bypass', 'Undefined'],
  values: [0, 1, 2, 3, 3, 4, 5],
};

/** Microsoft.PowerShell.ExecutionPolicyScope. */
export const EXECUTION_POLICY_SCOPE: EnumType = {
  fullName: 'Microsoft.PowerShell.ExecutionPolicyScope',
  names: ['Process', 'CurrentUser', 'LocalMachine', 'UserPolicy', 'MachinePolicy'],
};

/** The scopes in the order Get-ExecutionPolicy -List gives them (the one that wins first). */
export const LIST_ORDER = ['MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine'] as const;

/** The policy spo enforces at every scope. */
export const EFFECTIVE_POLICY = 'Unrestricted';
