// How Out-Default shows a CommandParameterSetInfo (`(Get-Command X).ParameterSets`): pwsh's format data
// gives the type a custom control, not a table, so each set prints as
//
//   Parameter Set Name: AuthenticationLocation
//   Is default parameter set: True
//
//     Parameter Name: Url
//       ParameterType = Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind
//       Position = 0
//       …
//       Attributes =
//         <one line per attribute of the parameter; an attribute shows as nothing>
//
// in a group that starts and ends with a blank line (as dates do). The custom control breaks a line
// longer than the width and continues it under the frame's indentation (`    Bind`).

import type { ParameterMetadata, ParameterSetMembership } from '../engine/cmdlet.js';
import { graphemes } from '../host/text-width.js';

/** A named parameter's Position, as .NET reports it: int.MinValue. */
const NAMED = -2147483648;

export interface SetParameter {
  parameter: ParameterMetadata;
  membership: ParameterSetMembership;
  /** A parameter the command declares (not one of the CommonParameters added to every cmdlet). */
  declared: boolean;
}

/**
 * How many attributes CommandParameterInfo.Attributes holds: one [Parameter] per set the parameter
 * declares, [Alias], each validation attribute, [Credential()], and the type converter a typed script
 * parameter gets.
 */
export function attributeCount(p: ParameterMetadata, declared: boolean): number {
  const parameterAttributes = declared ? Math.max(1, Object.keys(p.sets).length) : 1;
  const flags = [
    p.aliases?.length,
    p.allowNull,
    p.allowEmptyString,
    p.allowEmptyCollection,
    p.credentialAttribute,
    p.range,
    p.validateSet,
    p.validateNotNullOrEmpty,
    p.validateVariableName,
    p.validateNotNull,
    p.validatePattern,
    p.validateLength,
    p.validateCount,
    p.validateScript,
    p.transform,
  ];
  return parameterAttributes + flags.filter((f) => f !== undefined && f !== false && f !== 0).length;
}

/** The text of one parameter set in pwsh's custom view, laid out for a line of `width` characters. */
export function parameterSetViewText(name: string, isDefault: boolean, parameters: readonly SetParameter[], width: number): string {
  const lines: string[] = [`Parameter Set Name: ${name}`, `Is default parameter set: ${isDefault ? 'True' : 'False'}`, ''];
  for (const { parameter: p, membership: m, declared } of parameters) {
    lines.push(`  Parameter Name: ${p.name}`);
    const props: Array<[string, string]> = [
      ['ParameterType', p.typeName],
      ['Position', String(m.position ?? NAMED)],
      ['IsMandatory', bool(m.mandatory)],
      ['IsDynamic', 'False'],
      ['HelpMessage', m.helpMessage ?? ''],
      ['ValueFromPipeline', bool(m.valueFromPipeline)],
      ['ValueFromPipelineByPropertyName', bool(m.valueFromPipelineByPropertyName)],
      ['ValueFromRemainingArguments', bool(m.valueFromRemainingArguments)],
      ['Aliases', `{${(p.aliases ?? []).join(', ')}}`],
    ];
    for (const [label, value] of props) lines.push(...wrapped(`${label} = ${value}`, 4, width));
    lines.push('    Attributes =');
    for (let i = 0; i < attributeCount(p, declared); i++) lines.push('      ');
    lines.push('');
  }
  lines.push('');
  return lines.join('\n');
}

function bool(value: boolean | undefined): string {
  return value === true ? 'True' : 'False';
}

/** A line of a frame indented by `indent`, broken every `width` columns and continued at the same indent. */
function wrapped(text: string, indent: number, width: number): string[] {
  const pad = ' '.repeat(indent);
  const room = width - indent;
  if (width <= 0 || room <= 0) return [pad + text];
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > room && used > 0) {
      out.push(pad + line);
      line = '';
      used = 0;
    }
    line += g.text;
    used += g.width;
  }
  out.push(pad + line);
  return out;
}
