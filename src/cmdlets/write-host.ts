// Write-Host: text straight to the host (the information stream, tagged PSHOST), with colours,
// a separator between the elements of collections, and -NoNewline.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { CONSOLE_COLOR } from './enums.js';
import { toDotNetString } from './text.js';
import { PSHashtable } from '../engine/values.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** WriteHostCommand.ProcessObject: strings as they are, collections joined with the separator. */
export function hostText(value: unknown, separator: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const sep = separator === null || separator === undefined ? null : toDotNetString(separator);
    let out = '';
    value.forEach((element, i) => {
      if (i > 0 && sep !== null) out += sep;
      out += hostText(element, separator) ?? '';
    });
    return out;
  }
  // A dictionary is a collection too: its entries, each as a KeyValuePair prints (`[a, 1]`).
  if (value instanceof PSHashtable) {
    return hostText(value.entries().map(([k, v]) => `[${toDotNetString(k)}, ${v === null || v === undefined ? '' : toDotNetString(v)}]`), separator);
  }
  const text = toDotNetString(value);
  return text.length > 0 ? text : null;
}

const color = (name: string) => ({
  name,
  kind: 'enum' as const,
  typeName: CONSOLE_COLOR.fullName,
  enumType: CONSOLE_COLOR,
  sets: { [ALL_SETS]: {} },
});

export const writeHost = lazyCmdlet('Write-Host', (): CmdletDefinition => ({
  name: 'Write-Host',
  implementingType: 'Microsoft.PowerShell.Commands.WriteHostCommand',
  module: UTILITY,
  synopsis: 'Writes text directly to the console.',
  parameters: [
    {
      name: 'Object',
      kind: 'object',
      typeName: 'System.Object',
      aliases: ['Msg', 'Message'],
      sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true, valueFromRemainingArguments: true } },
      description: 'The objects to display.',
    },
    {
      name: 'NoNewline',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_SETS]: {} },
      description: 'Leaves the cursor after the text instead of starting a new line.',
    },
    {
      name: 'Separator',
      kind: 'object',
      typeName: 'System.Object',
      sets: { [ALL_SETS]: {} },
      description: 'The text placed between the elements of a collection.',
    },
    { ...color('ForegroundColor'), description: 'The colour of the text.' },
    { ...color('BackgroundColor'), description: 'The colour behind the text.' },
  ],
  async process(ctx) {
    const separator = ctx.params.has('Separator') ? ctx.params.get('Separator') : ' ';
    const text = hostText(ctx.params.get('Object'), separator) ?? '';
    // Write-Host records are shown whatever $InformationPreference says; only an explicit
    // -InformationAction SilentlyContinue or Ignore hides them.
    const action = ctx.params.get('InformationAction');
    const hidden = action !== undefined && /^(SilentlyContinue|Ignore)$/i.test(String(action));
    if (!hidden && !ctx.informationRedirected) {
      const fg = ctx.params.get('ForegroundColor');
      const bg = ctx.params.get('BackgroundColor');
      ctx.host.write('information', text, {
        noNewline: ctx.params.get('NoNewline') === true,
        foregroundColor: fg === undefined ? undefined : String(fg),
        backgroundColor: bg === undefined ? undefined : String(bg),
      });
    }
    // The PSHOST-tagged record feeds -InformationVariable; the engine does not print it again.
    await ctx.writeInformation(text, ['PSHOST']);
  },
}));
