// Syntax lines generated from cmdlet metadata, in PowerShell's display order
// (CommandParameterSetInfo.GenerateParametersInDisplayOrder): positional parameters by position,
// then named mandatory ones, then the other named ones, each group in declaration order.

import type { CmdletDefinition, ParameterMetadata, ParameterSetMembership } from '../engine/cmdlet.js';
import { displaySets, parametersInSet as setParameters } from '../engine/command-metadata.js';

export interface SetParameter {
  parameter: ParameterMetadata;
  membership: ParameterSetMembership;
}

/** Parameter set names: the default set first, then the others in order of first appearance. */
export function parameterSetNames(def: CmdletDefinition): string[] {
  return displaySets(def);
}

/** The parameters of one set shown in syntax and help (hidden ones left out), with their membership there. */
export function parametersInSet(def: CmdletDefinition, set: string): SetParameter[] {
  return setParameters(def, set).filter((x) => !x.parameter.dontShow);
}

export function displayOrder(params: SetParameter[]): SetParameter[] {
  const positional = params
    .filter((p) => p.membership.position !== undefined)
    .sort((a, b) => a.membership.position! - b.membership.position!);
  const named = params.filter((p) => p.membership.position === undefined);
  return [...positional, ...named.filter((p) => p.membership.mandatory), ...named.filter((p) => !p.membership.mandatory)];
}

export type TypeStyle = 'help' | 'command';

/** Accelerator spellings that Get-Command -Syntax uses (ToStringCodeMethods.Type). */
const ACCELERATORS: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Boolean': 'bool',
  'System.Byte': 'byte',
  'System.Char': 'char',
  'System.Management.Automation.PSObject': 'psobject',
  'System.Management.Automation.PSCredential': 'pscredential',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Security.SecureString': 'securestring',
  'System.Collections.Hashtable': 'hashtable',
  'System.Uri': 'uri',
  'System.Version': 'version',
  'Microsoft.PowerShell.Commands.PSPropertyExpression': 'pspropertyexpression',
  'System.DateTime': 'datetime',
  'System.Double': 'double',
  'System.Decimal': 'decimal',
  'System.Single': 'float',
  'System.Int16': 'short',
  'System.UInt16': 'ushort',
  'System.UInt32': 'uint',
  'System.UInt64': 'ulong',
  'System.SByte': 'sbyte',
  'System.Guid': 'guid',
  'System.Text.RegularExpressions.Regex': 'regex',
  'System.TimeSpan': 'timespan',
  'System.Xml.XmlDocument': 'xml',
  'System.Numerics.BigInteger': 'bigint',
  'System.Type': 'type',
  'System.Globalization.CultureInfo': 'cultureinfo',
};

/** The parameter's type as Get-Command -Syntax names it: an accelerator, else the name without its namespace. */
export function shortTypeName(p: ParameterMetadata): string {
  if (p.kind === 'switch') return 'switch';
  return shortName(p.typeName);
}

/** `System.String[]` → `string[]`; a generic type by its short names (`FlagsExpression`1[System.IO.FileAttributes]` → `FlagsExpression[FileAttributes]`). */
function shortName(typeName: string): string {
  const array = typeName.endsWith('[]');
  const element = array ? typeName.slice(0, -2) : typeName;
  const generic = /^([^`\[]+)`\d+\[(.*)\]$/.exec(element);
  if (generic) return `${shortName(generic[1]!)}[${generic[2]!.split(',').map((a) => shortName(a.trim())).join(', ')}]${array ? '[]' : ''}`;
  const short = ACCELERATORS[element] ?? element.slice(element.lastIndexOf('.') + 1);
  return `${short}${array ? '[]' : ''}`;
}

export function typeLabel(p: ParameterMetadata, style: TypeStyle): string {
  if (style === 'help') {
    if (p.enumType) return `{${p.enumType.names.join(' | ')}}`;
    if (p.validateSet) return `{${p.validateSet.join(' | ')}}`;
    return `<${p.typeName}>`;
  }
  return `<${shortTypeName(p)}>`;
}

function formatParameter({ parameter: p, membership: m }: SetParameter, style: TypeStyle): string {
  if (p.kind === 'switch') return m.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const type = typeLabel(p, style);
  const positional = m.position !== undefined;
  if (m.mandatory) return positional ? `[-${p.name}] ${type}` : `-${p.name} ${type}`;
  return positional ? `[[-${p.name}] ${type}]` : `[-${p.name} ${type}]`;
}

/** One line per parameter set, e.g. `Write-Output [-InputObject] <psobject> [-NoEnumerate] [<CommonParameters>]`. */
export function syntaxLines(def: CmdletDefinition, style: TypeStyle): string[] {
  return parameterSetNames(def).map((set) => {
    // A provider's dynamic parameters come after -WhatIf and -Confirm, as in the command's dictionary.
    const shown = displayOrder(parametersInSet(def, set));
    const parts = [def.name, ...shown.filter((x) => !x.parameter.dynamic).map((p) => formatParameter(p, style))];
    if (def.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    parts.push(...shown.filter((x) => x.parameter.dynamic).map((p) => formatParameter(p, style)));
    // A simple function (no [CmdletBinding()], like Clear-Host) has no CommonParameters in its CommandInfo syntax.
    if (style === 'help' || def.commonParameters !== false) parts.push('[<CommonParameters>]');
    // pwsh writes the name and a space before the (here empty) parameters: `f `.
    return parts.length === 1 ? `${parts[0]} ` : parts.join(' ');
  });
}
