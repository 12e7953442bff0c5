// ConvertTo-Json: objects to JSON text. Pipeline input is gathered and written as one array
// (a single object alone), as pwsh does; -Depth (2 by default) cuts deeper objects to their
// string form with pwsh's warning.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { PSObject, type EnumValue } from '../engine/values.js';
import { unwrap } from '../engine/convert.js';
import { STRING_ESCAPE_HANDLING } from './enums.js';
import { toJson } from './json.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const gathered = new WeakMap<object, unknown[]>();

export const convertToJson = lazyCmdlet('ConvertTo-Json', (): CmdletDefinition => ({
  name: 'ConvertTo-Json',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToJsonCommand',
  module: UTILITY,
  synopsis: 'Converts an object to a JSON-formatted string.',
  parameters: [
    objectParam('InputObject', 'The objects to convert.', 'System.Object', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true, allowEmptyString: true }),
    intParam('Depth', 'How many levels of contained objects are written (2 by default, at most 100).', { range: [0, 100] }),
    switchParam('Compress', 'Leaves out indentation and line breaks.'),
    switchParam('EnumsAsStrings', 'Writes enum values as their names.'),
    switchParam('AsArray', 'Writes the result as an array even for one object.'),
    { name: 'EscapeHandling', kind: 'enum', typeName: STRING_ESCAPE_HANDLING.fullName, enumType: STRING_ESCAPE_HANDLING, sets: { __AllParameterSets: {} }, description: 'Default, EscapeNonAscii or EscapeHtml.' },
  ],
  begin(ctx) {
    gathered.set(ctx, []);
  },
  process(ctx) {
    gathered.get(ctx)!.push(ctx.hasInput ? pipedItem(ctx.input) : (ctx.params.get('InputObject') ?? null));
  },
  async end(ctx) {
    const items = gathered.get(ctx) ?? [];
    gathered.delete(ctx);
    if (items.length === 0) return;
    await evaluateScriptProperties(items, ctx.signal);
    const value = items.length === 1 && ctx.params.get('AsArray') !== true ? items[0] : items;
    const depth = ctx.params.get<number>('Depth') ?? 2;
    const { text, truncated } = toJson(value, {
      depth,
      compress: ctx.params.get('Compress') === true,
      enumsAsStrings: ctx.params.get('EnumsAsStrings') === true,
      escapeHandling: ctx.params.get<EnumValue>('EscapeHandling')?.name ?? 'Default',
    });
    if (truncated) await ctx.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`);
    ctx.writeObject(text);
  },
}));

/**
 * A Guid that came down the pipeline is a PSObject with the Guid property pwsh's type data gives it, so
 * pwsh writes it as `{"value": …, "Guid": …}`; one given as -InputObject, or inside another object, is its text.
 */
function pipedItem(item: unknown): unknown {
  const v = unwrap(item);
  if (!(v instanceof PSObject) || v.typeName !== 'System.Guid') return item;
  const text = String(v.get('Guid'));
  return new PSObject('System.Management.Automation.PSCustomObject', { value: text, Guid: text });
}
