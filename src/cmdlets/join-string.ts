// Join-String: joins the pipeline's objects (or a property of each, or a script block's value for each)
// into one string, with -Separator between them, -OutputPrefix before and -OutputSuffix after; each
// value may be quoted (-SingleQuote, -DoubleQuote: no escaping, as pwsh) or formatted (-FormatString,
// .NET composite formatting with the value as {0}). $null input objects are skipped; a missing property
// or a failing script block gives an empty text. As pwsh 7.6.10's JoinStringCommand.

import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ParameterMetadata, type ParameterSetMembership } from '../engine/cmdlet.js';
import { castFailure, collapse, toPSString, unwrap } from '../engine/convert.js';
import { PSErrorSignal } from '../engine/errors.js';
import { allPropertyNames } from '../engine/format.js';
import { FormatStringError, formatString } from '../engine/format-operator.js';
import { isItemInvocable, type ItemInvocable } from '../engine/invocable.js';
import { propertyOf } from '../engine/property-specs.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { ScriptBlock } from '../engine/script-block.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const EXPRESSION_TYPE = 'Microsoft.PowerShell.Commands.PSPropertyExpression';
const SETS = ['default', 'SingleQuote', 'DoubleQuote', 'Format'] as const;

/** Membership in every set (pwsh lists these parameters in each of the four sets, not in "(All)"). */
const everySet = (m: ParameterSetMembership = {}): Record<string, ParameterSetMembership> => Object.fromEntries(SETS.map((s) => [s, { ...m }]));

const param = (name: string, kind: ParameterMetadata['kind'], typeName: string, description: string, extra: Partial<ParameterMetadata> = {}): ParameterMetadata => ({
  name,
  kind,
  typeName,
  sets: everySet(),
  description,
  ...extra,
});

interface State {
  text: string;
  first: boolean;
  expression?: string | ItemInvocable;
}

const states = new WeakMap<CmdletContext, State>();

export const joinString = lazyCmdlet('Join-String', (): CmdletDefinition => ({
  name: 'Join-String',
  implementingType: 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand',
  module: UTILITY,
  synopsis: 'Combines objects from the pipeline into a single string.',
  defaultParameterSet: 'default',
  parameters: [
    param('Property', 'object', EXPRESSION_TYPE, 'The property of each object to join, or a script block computing the value ($_ is the object).', { sets: everySet({ position: 0 }), coerce: asPropertyExpression }),
    param('Separator', 'string', 'System.String', 'The text between two values (none by default).', { sets: everySet({ position: 1 }), allowEmptyString: true }),
    param('OutputPrefix', 'string', 'System.String', 'The text before the joined values.', { aliases: ['op'] }),
    param('OutputSuffix', 'string', 'System.String', 'The text after the joined values.', { aliases: ['os'] }),
    { name: 'SingleQuote', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { SingleQuote: {} }, description: "Puts each value in single quotes (')." },
    { name: 'DoubleQuote', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { DoubleQuote: {} }, description: 'Puts each value in double quotes (").' },
    { name: 'FormatString', kind: 'string', typeName: 'System.String', sets: { Format: {} }, description: 'A .NET format string for each value, the value being {0} ("{0:N2}").' },
    param('UseCulture', 'switch', 'System.Management.Automation.SwitchParameter', "Converts the values with the current culture's conventions instead of the invariant culture's."),
    param('InputObject', 'object[]', 'System.Management.Automation.PSObject[]', 'The objects to join.', { sets: everySet({ valueFromPipeline: true }), allowNull: true }),
  ],
  begin(ctx) {
    states.set(ctx, { text: ctx.params.get<string>('OutputPrefix') ?? '', first: true, expression: expressionOf(ctx) });
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const items = ctx.params.get('InputObject');
    if (items === null || items === undefined) return;
    const ofsValue = ctx.session.getVariable('OFS')?.value;
    const ofs = toPSString(ofsValue ?? ' ');
    // Without -Separator, $OFS when the script has set it (`$OFS = ','; 1, 2 | Join-String` is `1,2`), else
    // nothing (a session has no $OFS until a script sets one).
    const separator = ctx.params.get<string>('Separator') ?? (ofsValue === null || ofsValue === undefined ? '' : ofs);
    const quote = ctx.params.get('SingleQuote') === true ? "'" : ctx.params.get('DoubleQuote') === true ? '"' : '';
    const format = ctx.params.get<string>('FormatString');
    for (const item of Array.isArray(items) ? items : [items]) {
      if (unwrap(item) === null || unwrap(item) === undefined) continue;
      const value = state.expression === undefined ? item : await valueOf(ctx, state.expression, item);
      const text = toPSString(unwrap(value) === undefined ? null : value, ofs);
      if (!state.first) state.text += separator;
      state.first = false;
      if (quote) state.text += quote + text + quote;
      else if (!format) state.text += text;
      else state.text += formatted(ctx, format, value);
    }
  },
  end(ctx) {
    const state = states.get(ctx)!;
    ctx.writeObject(state.text + (ctx.params.get<string>('OutputSuffix') ?? ''), false);
  },
}));

/** [PSPropertyExpression]: a script block, or text naming a property; a hashtable does not convert (the binder's error). */
function asPropertyExpression(value: unknown): unknown {
  if (unwrap(value) instanceof PSHashtable) throw castFailure(value, EXPRESSION_TYPE);
  return value;
}

/** -Property: a script block, or the property's name (wildcards allowed). */
function expressionOf(ctx: CmdletContext): string | ItemInvocable | undefined {
  const v = unwrap(ctx.params.get('Property'));
  if (v === null || v === undefined) return undefined;
  return isItemInvocable(v) ? v : toPSString(v);
}

/** PSPropertyExpression.GetValues(...).FirstOrDefault()?.Result: the first matching property, or the block's output. */
async function valueOf(ctx: CmdletContext, expression: string | ItemInvocable, item: unknown): Promise<unknown> {
  if (typeof expression === 'string') {
    const name = hasWildcard(expression) ? allPropertyNames(unwrap(item)).find((n) => wildcardMatch(expression, n)) : expression;
    if (name === undefined || isIntrinsicOnly(item, name)) return null;
    return propertyOf(item, name);
  }
  try {
    // The block's errors are its result's, not the command's: pwsh writes none of them.
    const out = expression instanceof ScriptBlock ? await expression.invoke({ dollarUnder: { value: item }, errors: () => undefined }, ctx.signal) : await expression.invokeWithItem(item, ctx.signal);
    return collapse(out);
  } catch (e) {
    // PSPropertyExpression keeps a failing block's exception in its result: the value is then empty.
    if (e instanceof PSErrorSignal) return null;
    throw e;
  }
}

/**
 * Length and Count of a value that has no such property (a number, a date): the language gives every
 * object one, PSPropertyExpression reads the object's own properties only (`1 | Join-String Length` is empty).
 */
function isIntrinsicOnly(item: unknown, name: string): boolean {
  const v = unwrap(item);
  if (!/^(length|count)$/i.test(name) || typeof v === 'string' || Array.isArray(v) || v instanceof PSHashtable || v instanceof PSObject) return false;
  return true;
}

/** StringBuilder.AppendFormat(culture, format, value): a bad format stops the command (pwsh's FormatException). */
function formatted(ctx: CmdletContext, format: string, value: unknown): string {
  try {
    return formatString(format, [value]);
  } catch (e) {
    if (!(e instanceof FormatStringError)) throw e;
    return ctx.throwTerminatingError({
      message: e.message,
      errorId: 'System.FormatException',
      category: 'NotSpecified',
      exceptionType: 'FormatException',
      exceptionFullName: 'System.FormatException',
    });
  }
}
