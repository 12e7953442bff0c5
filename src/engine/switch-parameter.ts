// System.Management.Automation.SwitchParameter: what a [switch] parameter holds in a script (a
// function's `$Force`, `$PSBoundParameters['Verbose']`, `$WhatIfPreference` inside a function called
// with -WhatIf), `[switch]$true` and `[switch]::Present`. pwsh 7.6.10, checked:
// - it is an object of one property, IsPresent, so it formats as `IsPresent` table rows or
//   `IsPresent : True`, and ConvertTo-Json writes {"IsPresent":true};
// - it converts to [bool] (`if ($s)`, `-not $s`, `[bool]$s`) and to text ("True"/"False") by its IsPresent;
// - Equals takes a Boolean or another switch (`$s -eq $true`), nothing else (`$s -eq 1` is False);
// - it has no ordering (-gt fails: not IComparable) and no arithmetic (no op_Addition).
// Built-in cmdlets keep reading their switches as Booleans (the binder converts a SwitchParameter
// argument to one); a function's switches are wrapped into this type where the script sees them.

import { MemberError } from './member-error.js';
import { PSObject } from './values.js';

export const SWITCH_PARAMETER = 'System.Management.Automation.SwitchParameter';

export class SwitchParameter extends PSObject {
  constructor(readonly isPresent: boolean) {
    super(SWITCH_PARAMETER, { IsPresent: isPresent }, undefined, isPresent ? 'True' : 'False');
  }

  /** IsPresent is a get-only .NET property (pwsh names it as the script spelled it). */
  override assign(name: string): boolean {
    if (name.toLowerCase() === 'ispresent') throw new MemberError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException');
    return false;
  }

  /** SwitchParameter.Equals: true for a Boolean or a switch of the same state. */
  equals(other: unknown): boolean {
    return other instanceof SwitchParameter ? other.isPresent === this.isPresent : typeof other === 'boolean' && other === this.isPresent;
  }
}

/** Whether a type constraint as written names SwitchParameter (`[switch]`, `[System.Management.Automation.SwitchParameter]`). */
export function isSwitchTypeName(typeName: string | undefined): boolean {
  const t = typeName?.toLowerCase().replace(/^system\./, '');
  return t === 'switch' || t === 'management.automation.switchparameter';
}

/** A bound switch as a script sees it: a Boolean (what the binder gives cmdlets) becomes a SwitchParameter. */
export function asSwitchParameter(value: unknown): unknown {
  return typeof value === 'boolean' ? new SwitchParameter(value) : value;
}

/** Get-Member's rows for a SwitchParameter (`$s | Get-Member`, pwsh 7.6.10). */
export const SWITCH_PARAMETER_MEMBERS: ReadonlyArray<readonly [string, string, string]> = [
  ['Equals', 'Method', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'Method', 'int GetHashCode()'],
  ['GetType', 'Method', 'type GetType()'],
  ['ToBool', 'Method', 'bool ToBool()'],
  ['ToString', 'Method', 'string ToString()'],
  ['IsPresent', 'Property', 'bool IsPresent {get;}'],
];
