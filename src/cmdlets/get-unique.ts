// Get-Unique (alias gu): drops each object that equals the one written before it, so only runs of
// adjacent duplicates collapse (sort the input first for distinct values). As pwsh 7.6.10's
// GetUniqueCommand: objects compare as ObjectCommandComparer compares them (the second converted to the
// first's type, else their texts), -AsString compares their texts, -OnType their first type names;
// comparisons are case-sensitive unless -CaseInsensitive. A $null is always written, and the object
// after it too; with -AsString or -OnType a $null after another object is pwsh's NullReferenceException.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString, typeNameOf, unwrap, unwrapArgument } from '../engine/convert.js';
import { compareValues } from '../engine/compare-values.js';
import { DateTimeValue } from '../engine/datetime.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { castTo } from '../engine/types.js';
import { EnumValue, PSHashtable, PSObject } from '../engine/values.js';
import { isCharValue } from '../engine/chars.js';
import { UTILITY } from './modules.js';
import { inputObjectParameter } from './collected-input.js';
import { lazyCmdlet } from '../engine/command-table.js';

const AS_STRING = 'AsString';
const ON_TYPE = 'UniqueByType';

interface State {
  /** The last object written; absent before the first (a written $null is null). */
  last?: { value: unknown; text?: string };
}

const states = new WeakMap<CmdletContext, State>();

export const getUnique = lazyCmdlet('Get-Unique', (): CmdletDefinition => ({
  name: 'Get-Unique',
  implementingType: 'Microsoft.PowerShell.Commands.GetUniqueCommand',
  module: UTILITY,
  synopsis: 'Returns unique items from a sorted list.',
  defaultParameterSet: AS_STRING,
  parameters: [
    inputObjectParameter('The objects to filter (a collection given here is one object).'),
    { name: 'AsString', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [AS_STRING]: {} }, description: 'Compares the objects as their text.' },
    { name: 'OnType', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ON_TYPE]: {} }, description: 'Writes only the first of adjacent objects of the same type.' },
    { name: 'CaseInsensitive', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Compares text without regard to case (case-sensitive by default).' },
  ],
  begin(ctx) {
    states.set(ctx, {});
  },
  process(ctx) {
    // Without pipeline input or -InputObject pwsh's one ProcessRecord sees AutomationNull: nothing.
    if (!ctx.hasInput && !ctx.params.has('InputObject')) return;
    const item = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    const state = states.get(ctx)!;
    const caseSensitive = ctx.params.get('CaseInsensitive') !== true;
    const last = state.last;
    let text: string | undefined;
    if (last && last.value !== null) {
      const value = unwrap(item);
      if ((ctx.params.get('OnType') === true || ctx.params.get('AsString') === true) && (value === null || value === undefined)) {
        ctx.throwTerminatingError({
          message: 'Object reference not set to an instance of an object.',
          errorId: 'System.NullReferenceException',
          category: 'NotSpecified',
          exceptionType: 'NullReferenceException',
          exceptionFullName: 'System.NullReferenceException',
        });
      }
      if (ctx.params.get('OnType') === true) {
        if (firstTypeName(item) === firstTypeName(last.value)) return;
      } else if (ctx.params.get('AsString') === true) {
        text = toPSString(item);
        last.text ??= toPSString(last.value);
        if (compareValues(text, last.text, caseSensitive) === 0) return;
      } else if (sameObject(item, last.value, caseSensitive)) return;
    }
    const value = unwrap(item);
    state.last = { value: value === undefined ? null : item, text };
    ctx.writeObject(item, false);
  },
}));

/** PSObject.InternalTypeNames[0]: a custom object's own first type name (pstypenames), else its .NET type. */
function firstTypeName(item: unknown): string {
  const v = unwrap(item);
  if (v instanceof PSObject) return v.typeNames?.[0] ?? v.typeName;
  return typeNameOf(unwrapArgument(item));
}

/**
 * ObjectCommandComparer.Compare(first, second) == 0: LanguagePrimitives.Compare (a string compares with
 * the other's text; numbers as numbers; else the second is converted to the first's type and compared
 * when the first is IComparable); when that fails, the base objects' ToString texts.
 */
function sameObject(first: unknown, second: unknown, caseSensitive: boolean): boolean {
  const a = unwrap(first);
  const b = unwrap(second);
  if (a === null || a === undefined || b === null || b === undefined) return (a === null || a === undefined) && (b === null || b === undefined);
  if (typeof a === 'string') return compareValues(a, toPSString(b), caseSensitive) === 0;
  const typedA = unwrapArgument(first);
  if (typeof a === 'number' && typeof b === 'number' && !isCharValue(typedA) && !isCharValue(unwrapArgument(second))) return a === b;
  if (isComparable(a) || isCharValue(typedA)) {
    try {
      const converted = castTo(typeNameOf(typedA), second);
      return compareValues(typedA, converted, caseSensitive) === 0;
    } catch {
      // Not convertible: pwsh falls back to comparing the texts.
    }
  }
  return compareValues(baseText(a), baseText(b), caseSensitive) === 0;
}

/** The types whose values are IComparable in .NET (the ones LanguagePrimitives.Compare compares). */
function isComparable(v: unknown): boolean {
  return (
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    v instanceof DateTimeValue ||
    v instanceof TimeSpanValue ||
    v instanceof EnumValue ||
    (v instanceof PSObject && v.typeName === 'System.Guid')
  );
}

/** .NET's ToString of the base object: a custom object's is empty, a collection's its type name. */
function baseText(v: unknown): string {
  if (v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject') return '';
  if (Array.isArray(v) || v instanceof PSHashtable) return typeNameOf(v);
  return toPSString(v);
}
