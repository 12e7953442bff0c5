// ConvertFrom-Json: JSON text (all pipeline strings joined by line breaks) to custom objects, or
// ordered hashtables with -AsHashtable; a top-level array is enumerated unless -NoEnumerate.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { fromJson, JsonReadError } from './json.js';
import { UTILITY } from './modules.js';
import { intParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const texts = new WeakMap<object, string[]>();

export const convertFromJson = lazyCmdlet('ConvertFrom-Json', (): CmdletDefinition => ({
  name: 'ConvertFrom-Json',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
  module: UTILITY,
  synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
  parameters: [
    stringParam('InputObject', 'The JSON text.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true }),
    switchParam('AsHashtable', 'Returns ordered hashtables instead of custom objects.'),
    intParam('Depth', 'The deepest nesting allowed (1024 by default).', { range: [1, 2147483647] }),
    switchParam('NoEnumerate', 'Returns a top-level array as one object.'),
  ],
  begin(ctx) {
    texts.set(ctx, []);
  },
  process(ctx) {
    texts.get(ctx)!.push(ctx.params.get<string>('InputObject') ?? '');
  },
  end(ctx) {
    const text = texts.get(ctx)!.join('\n');
    texts.delete(ctx);
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = fromJson(text, ctx.params.get('AsHashtable') === true);
    } catch (e) {
      if (!(e instanceof JsonReadError)) throw e;
      return ctx.throwTerminatingError({
        message: `Conversion from JSON failed with error: ${e.message}`,
        errorId: 'System.ArgumentException',
        category: 'NotSpecified',
        exceptionType: 'ArgumentException',
        exceptionFullName: 'System.ArgumentException',
      });
    }
    ctx.writeObject(value, Array.isArray(value) && ctx.params.get('NoEnumerate') !== true);
  },
}));
