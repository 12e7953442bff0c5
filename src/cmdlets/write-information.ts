// Write-Information: a record on the information stream, shown when $InformationPreference or
// -InformationAction says Continue.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { toDotNetString } from './text.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeInformation = lazyCmdlet('Write-Information', (): CmdletDefinition => ({
  name: 'Write-Information',
  implementingType: 'Microsoft.PowerShell.Commands.WriteInformationCommand',
  module: UTILITY,
  synopsis: 'Writes a record on the information stream.', // as docs/Write-Information.md says
  parameters: [
    {
      name: 'MessageData',
      kind: 'object',
      typeName: 'System.Object',
      aliases: ['Msg', 'Message'],
      sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true } },
      allowNull: true,
      description: 'The object to write; it is shown as text.',
    },
    {
      name: 'Tags',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: { position: 1 } },
      description: 'Tags to attach to the record (for -InformationVariable filtering).',
    },
  ],
  begin(ctx) {
    // Tags starting with "PS" (any case) are reserved for PowerShell's own records (Write-Host uses PSHOST).
    for (const tag of ctx.params.get<string[]>('Tags') ?? []) {
      if (tag.toLowerCase().startsWith('ps')) {
        return ctx.throwTerminatingError({
          // UtilityCommonStrings.PSPrefixReservedInInformationTag.
          message: `Cannot use tag '${tag}'. The 'PS' prefix is reserved.`,
          errorId: 'PSPrefixReservedInInformationTag',
          category: 'InvalidArgument',
          exceptionType: 'InvalidOperationException',
          targetObject: tag,
        });
      }
    }
  },
  async process(ctx) {
    // The console shows InformationRecord.ToString(): the message's text, or the record's type name for $null.
    const data = ctx.params.get('MessageData');
    const text = data === null || data === undefined ? 'System.Management.Automation.InformationRecord' : toDotNetString(data);
    await ctx.writeInformation(text, ctx.params.get<string[]>('Tags') ?? []);
  },
}));
