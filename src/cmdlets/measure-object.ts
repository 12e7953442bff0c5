// Measure-Object: counts objects and, on request, the sum/average/maximum/minimum of numbers (or of
// a property), or the lines, words and characters of text.

import { typed } from '../engine/numeric.js';
import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { compareValues } from '../engine/compare-values.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { hasProperty, propertyOf } from '../engine/property-specs.js';
import { PSObject } from '../engine/values.js';
import { castTo } from '../engine/types.js';
import { collectedInput, collectInput, inputObjectParameter, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const NUMERIC = 'GenericMeasure';
const TEXT = 'TextMeasure';

export const measureObject = lazyCmdlet('Measure-Object', (): CmdletDefinition => ({
  name: 'Measure-Object',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  module: UTILITY,
  synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
  defaultParameterSet: NUMERIC,
  parameters: [
    inputObjectParameter('The objects to measure.'),
    { name: 'Property', kind: 'string[]', typeName: 'Microsoft.PowerShell.Commands.PSPropertyExpression[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties to measure.' },
    switchParameter('StandardDeviation', 'Computes the sample standard deviation of the values.', { [NUMERIC]: {} }),
    switchParameter('Sum', 'Adds the values.', { [NUMERIC]: {} }),
    switchParameter('AllStats', 'Computes every statistic: sum, average, maximum, minimum and standard deviation.', { [NUMERIC]: {} }),
    switchParameter('Average', 'Averages the values.', { [NUMERIC]: {} }),
    switchParameter('Maximum', 'Finds the largest value.', { [NUMERIC]: {} }),
    switchParameter('Minimum', 'Finds the smallest value.', { [NUMERIC]: {} }),
    switchParameter('Line', 'Counts the lines of text.', { [TEXT]: {} }),
    switchParameter('Word', 'Counts the words of text.', { [TEXT]: {} }),
    switchParameter('Character', 'Counts the characters of text.', { [TEXT]: {} }),
    switchParameter('IgnoreWhiteSpace', 'Leaves white space out of the character count.', { [TEXT]: {} }),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const items = collectedInput(ctx).filter((x) => x !== null && x !== undefined);
    const p = ctx.params;
    const properties = p.get<string[]>('Property') ?? [];
    if (ctx.invocation.parameterSetName === TEXT) {
      const wanted = (n: string) => p.get(n) === true;
      const texts = items.map((x) => toPSString(unwrap(x)));
      const lines = texts.reduce((s, t) => s + t.split(/\r?\n/).filter((l) => l.length > 0).length, 0);
      const words = texts.reduce((s, t) => s + t.split(/\s+/).filter((w) => w.length > 0).length, 0);
      const ignoreBlanks = wanted('IgnoreWhiteSpace');
      const chars = texts.reduce((s, t) => s + (ignoreBlanks ? t.replace(/\s/g, '') : t).length, 0);
      ctx.writeObject(
        new PSObject('Microsoft.PowerShell.Commands.TextMeasureInfo', {
          Lines: wanted('Line') ? lines : null,
          Words: wanted('Word') ? words : null,
          Characters: wanted('Character') ? chars : null,
          Property: null,
        }),
        false,
      );
      return;
    }
    const targets = properties.length ? properties : [undefined];
    for (const property of targets) {
      const values: unknown[] = [];
      for (const item of items) {
        if (property === undefined) values.push(unwrap(item));
        else if (hasProperty(item, property)) values.push(unwrap(propertyOf(item, property)));
      }
      if (property !== undefined && values.length === 0) continue;
      const all = p.get('AllStats') === true;
      const wants = (name: string) => all || p.get(name) === true;
      const numeric = wants('Sum') || wants('Average') || wants('StandardDeviation');
      const numbers: number[] = [];
      // The values Maximum and Minimum look at: those that converted, when a statistic needs numbers.
      const ranked: unknown[] = [];
      let failed = false;
      for (const v of values) {
        // pwsh converts as a [double] cast does: '' and $null are 0, '0x10' is 16, '1,000' is 1000.
        const n = asNumber(v);
        if (numeric) {
          if (n === undefined) {
            await ctx.writeError({ message: `Input object "${toPSString(v)}" is not numeric.`, errorId: 'NonNumericInputObject', category: 'InvalidType', exceptionType: 'PSInvalidOperationException', targetObject: v });
            failed = true;
            continue;
          }
          numbers.push(n);
        }
        ranked.push(n ?? v);
      }
      const sum = numbers.reduce((s, n) => s + n, 0);
      const extreme = (sign: number) => ranked.reduce<unknown>((best, v) => (best === undefined ? v : pick(v, best, sign)), undefined);
      ctx.writeObject(
        new PSObject('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
          Count: values.length,
          // Sum, Average and a numeric Maximum/Minimum are Doubles (a table shows 6 as 6.00).
          Average: !failed && wants('Average') && numbers.length ? asDouble(sum / numbers.length) : null,
          Sum: !failed && wants('Sum') ? asDouble(sum) : null,
          Maximum: wants('Maximum') ? asDouble(extreme(1) ?? null) : null,
          Minimum: wants('Minimum') ? asDouble(extreme(-1) ?? null) : null,
          StandardDeviation: !failed && wants('StandardDeviation') && numbers.length ? asDouble(sampleDeviation(numbers)) : null,
          Property: property ?? null,
        }),
        false,
      );
    }
  },
}));

/** The value as a [double] cast makes it, or undefined when it does not convert. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  try {
    const n = unwrap(castTo('System.Double', value));
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The larger (sign 1) or smaller of a value and the best so far, as pwsh's Measure-Object compares them:
 * numbers as numbers; a number and a text as texts (`3, 'a'` has the maximum 'a').
 */
function pick(value: unknown, best: unknown, sign: number): unknown {
  const [a, b] = typeof value === typeof best ? [value, best] : [toPSString(value), toPSString(best)];
  return compareValues(a, b) * sign > 0 ? a : b;
}

function asDouble(value: unknown): unknown {
  return typeof value === 'number' ? typed(value, 'System.Double') : value;
}

/** The sample standard deviation (n - 1), 0 for one value, as pwsh's Measure-Object computes it. */
function sampleDeviation(numbers: readonly number[]): number {
  if (numbers.length < 2) return 0;
  const mean = numbers.reduce((s, n) => s + n, 0) / numbers.length;
  const squares = numbers.reduce((s, n) => s + (n - mean) ** 2, 0);
  return Math.sqrt(squares / (numbers.length - 1));
}
