// ConvertFrom-Json: JSON text (pipeline strings each a text, or all joined by line breaks, as pwsh
// decides) to custom objects, or ordered hashtables with -AsHashtable; a top-level array is enumerated
// unless -NoEnumerate. The text is read as Newtonsoft.Json reads it (json-reader.ts).

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { fromJson, JsonConversionError, JsonReadError } from './json.js';
import { JsonDeserializationFailed } from './utility-strings.js';
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
    intParam('Depth', 'The deepest nesting allowed (1024 by default).', { range: [1, 2147483647], positive: true }),
    switchParam('NoEnumerate', 'Returns a top-level array as one object.'),
  ],
  begin(ctx) {
    texts.set(ctx, []);
  },
  process(ctx) {
    texts.get(ctx)!.push(ctx.params.get<string>('InputObject') ?? '');
  },
  end(ctx) {
    const inputs = texts.get(ctx)!;
    texts.delete(ctx);
    if (inputs.length === 0) return;
    try {
      if (inputs.length === 1) {
        convert(ctx, inputs[0]!);
        return;
      }
      // As pwsh: several strings are several JSON texts when the first reads as one (a value other than
      // null); otherwise they are the lines of one text.
      let separate = false;
      try {
        separate = convert(ctx, inputs[0]!);
      } catch (e) {
        if (!(e instanceof JsonReadError)) throw e;
      }
      if (separate) for (const text of inputs.slice(1)) convert(ctx, text);
      else convert(ctx, inputs.join('\n'));
    } catch (e) {
      if (e instanceof JsonReadError) jsonFailure(ctx, e);
      throw e;
    }
  },
}));

/** Converts one text and writes the result (null for a text without a value); whether it was not null. */
function convert(ctx: CmdletContext, text: string): boolean {
  let value: unknown;
  try {
    value = fromJson(text, { asHashtable: ctx.params.get('AsHashtable') === true, maxDepth: ctx.params.get<number>('Depth') ?? 1024 }) ?? null;
  } catch (e) {
    if (e instanceof JsonConversionError) {
      return ctx.throwTerminatingError({ message: e.message, errorId: e.errorId, category: 'InvalidOperation', exceptionType: 'InvalidOperationException', exceptionFullName: 'System.InvalidOperationException' });
    }
    throw e;
  }
  ctx.writeObject(value, Array.isArray(value) && ctx.params.get('NoEnumerate') !== true);
  return value !== null;
}

/** A text that is not JSON: pwsh's ArgumentException around Newtonsoft's message. */
function jsonFailure(ctx: CmdletContext, e: JsonReadError): never {
  return ctx.throwTerminatingError({
    message: JsonDeserializationFailed(e.message).message,
    errorId: 'System.ArgumentException',
    category: 'NotSpecified',
    exceptionType: 'ArgumentException',
    exceptionFullName: 'System.ArgumentException',
  });
}
