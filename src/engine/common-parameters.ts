// The CommonParameters every cmdlet has, in PowerShell's dictionary order (used by the
// ambiguity list, completion and Get-Help).

import { ALL_SETS, type ParameterMetadata } from './cmdlet.js';
import type { EnumType } from './values.js';

export const ACTION_PREFERENCE: EnumType = {
  fullName: 'System.Management.Automation.ActionPreference',
  names: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
};

const all = { [ALL_SETS]: {} };
const action = (name: string, alias: string): ParameterMetadata => ({
  name,
  kind: 'enum',
  typeName: ACTION_PREFERENCE.fullName,
  enumType: ACTION_PREFERENCE,
  aliases: [alias],
  sets: all,
});
const variable = (name: string, alias: string): ParameterMetadata => ({
  name,
  kind: 'string',
  typeName: 'System.String',
  aliases: [alias],
  sets: all,
  validateVariableName: true,
});

export const COMMON_PARAMETERS: readonly ParameterMetadata[] = [
  { name: 'Verbose', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', aliases: ['vb'], sets: all },
  { name: 'Debug', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', aliases: ['db'], sets: all },
  action('ErrorAction', 'ea'),
  action('WarningAction', 'wa'),
  action('InformationAction', 'infa'),
  action('ProgressAction', 'proga'),
  variable('ErrorVariable', 'ev'),
  variable('WarningVariable', 'wv'),
  variable('InformationVariable', 'iv'),
  variable('OutVariable', 'ov'),
  { name: 'OutBuffer', kind: 'int', typeName: 'System.Int32', aliases: ['ob'], sets: all, range: [0, 2147483647] },
  { name: 'PipelineVariable', kind: 'string', typeName: 'System.String', aliases: ['pv'], sets: all, validateVariableName: true },
];

export const SHOULD_PROCESS_PARAMETERS: readonly ParameterMetadata[] = [
  { name: 'WhatIf', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', aliases: ['wi'], sets: all },
  { name: 'Confirm', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', aliases: ['cf'], sets: all },
];

export const COMMON_PARAMETER_NAMES = new Set(
  [...COMMON_PARAMETERS, ...SHOULD_PROCESS_PARAMETERS].map((p) => p.name.toLowerCase()),
);
