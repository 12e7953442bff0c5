// Where-Object (aliases ?, where): keeps the pipeline objects for which a script block is true,
// or, in the simplified form, whose property compares true (`? Name -eq 'x'`, `? Length -gt 1`,
// `? Enabled` alone tests the property's value).
//
// The script block runs in the caller's scope with $_ set, as in PowerShell.

import { evaluateScriptProperty } from '../engine/script-properties.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import { ScriptBlock } from '../engine/script-block.js';
import { collapse, isTrue, toPSString, unwrap } from '../engine/convert.js';
import { binary } from '../engine/operators.js';
import { RegexPatternError, operatorPattern } from '../engine/regex-type.js';
import { getMember } from '../engine/values-members.js';
import { PSHashtable } from '../engine/values.js';
import { CORE } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** The comparison switches of the simplified form, as PowerShell names them; each is `-op` of the language. */
const OPERATORS = [
  'EQ', 'NE', 'GT', 'GE', 'LT', 'LE', 'Like', 'NotLike', 'Match', 'NotMatch', 'Contains', 'NotContains', 'In', 'NotIn', 'Is', 'IsNot',
];
const CASE_SENSITIVE = OPERATORS.filter((o) => !o.startsWith('Is')).map((o) => 'C' + o.toUpperCase().slice(0, 1) + o.slice(1));

const SWITCH_ORDER = [
  'EQ', 'CEQ', 'NE', 'CNE', 'GT', 'CGT', 'LT', 'CLT', 'GE', 'CGE', 'LE', 'CLE', 'Like', 'CLike', 'NotLike', 'CNotLike',
  'Match', 'CMatch', 'NotMatch', 'CNotMatch', 'Contains', 'CContains', 'NotContains', 'CNotContains', 'In', 'CIn', 'NotIn',
  'CNotIn', 'Is', 'IsNot', 'Not',
];

const switchParameter = (name: string): ParameterMetadata => ({
  name,
  kind: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  sets: { [ALL_SETS]: {} },
  dontShow: false,
});

export const whereObject = lazyCmdlet('Where-Object', (): CmdletDefinition => ({
  name: 'Where-Object',
  implementingType: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  module: CORE,
  synopsis: 'Selects objects from a collection based on their property values.',
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [ALL_SETS]: { valueFromPipeline: true } }, allowNull: true, description: 'The objects to filter.' },
    { name: 'FilterScript', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', sets: { [ALL_SETS]: { position: 0 } }, description: 'The script block that decides, with $_ set, whether an object passes.' },
    { name: 'Property', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'The property the simplified form compares.' },
    { name: 'Value', kind: 'object', typeName: 'System.Object', sets: { [ALL_SETS]: { position: 1 } }, allowNull: true, description: 'The value the property is compared with.' },
    // pwsh's dictionary order: each operator, then its case-sensitive form (LT before GE, as pwsh has them).
    ...SWITCH_ORDER.map(switchParameter),
  ],
  async process(ctx) {
    const filter = unwrap(ctx.params.get('FilterScript'));
    const item = ctx.input;
    if (filter instanceof ScriptBlock) {
      const out = await filter.invoke({ dotSource: true, dollarUnder: { value: item }, anonymousInvocation: true }, ctx.signal);
      if (isTrue(collapse(out))) ctx.writeObject(item);
      return;
    }
    const property = ctx.params.get<string>('Property') ?? (filter === null || filter === undefined ? undefined : toPSString(filter));
    if (property === undefined) return;
    if (await matches(ctx, item, property)) ctx.writeObject(item);
  },
}));

function propertyOf(item: unknown, name: string): unknown {
  const target = unwrap(item);
  if (target === null || target === undefined) return null;
  if (target instanceof PSHashtable) return target.get(name) ?? null;
  try {
    return getMember(target, name) ?? null;
  } catch {
    return null;
  }
}

async function matches(ctx: CmdletContext, item: unknown, property: string): Promise<boolean> {
  await evaluateScriptProperty(unwrap(item), property, ctx.signal);
  const left = propertyOf(item, property);
  const chosen = [...OPERATORS, ...CASE_SENSITIVE].find((o) => ctx.params.get(o) === true);
  if (ctx.params.get('Not') === true) return !isTrue(left);
  if (!chosen) return isTrue(left);
  const op = '-' + chosen.toLowerCase();
  const value = ctx.params.get('Value') ?? null;
  if (/match$/i.test(chosen) && !(await patternUsable(ctx, chosen, value, item))) return false;
  // -Match sets $Matches in the caller's scope, as the operator does.
  const result = binary(op, left, value, { setMatches: (h) => ctx.session.setVariable('Matches', h) });
  return isTrue(result);
}

/**
 * A -Match / -NotMatch pattern .NET rejects is a non-terminating error for the object (pwsh's
 * BadOperatorArgument, naming the operator as its token kind: Imatch, Cnotmatch).
 */
async function patternUsable(ctx: CmdletContext, chosen: string, value: unknown, item: unknown): Promise<boolean> {
  const caseSensitive = CASE_SENSITIVE.includes(chosen);
  try {
    operatorPattern(value, caseSensitive);
    return true;
  } catch (e) {
    if (!(e instanceof RegexPatternError)) throw e;
    const kind = (caseSensitive ? 'C' : 'I') + chosen.replace(/^C(?=[MN])/, '').toLowerCase();
    await ctx.writeError({
      message: `The argument to operator '${kind}' is not valid: ${e.message}.`,
      errorId: 'BadOperatorArgument',
      category: 'InvalidArgument',
      exceptionType: 'PSArgumentException',
      exceptionFullName: 'System.Management.Automation.PSArgumentException',
      targetObject: item,
    });
    return false;
  }
}
