// Write-Verbose, Write-Warning and Write-Debug share one shape: a mandatory -Message (alias Msg)
// taken by position or from the pipeline, where an empty string is allowed.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';

export function streamMessageCmdlet(
  noun: 'Verbose' | 'Warning' | 'Debug',
  synopsis: string,
  write: (ctx: CmdletContext, message: string) => Promise<void>,
): CmdletDefinition {
  return {
    name: `Write-${noun}`,
    implementingType: `Microsoft.PowerShell.Commands.Write${noun}Command`,
    module: UTILITY,
    synopsis,
    parameters: [
      {
        name: 'Message',
        kind: 'string',
        typeName: 'System.String',
        aliases: ['Msg'],
        sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true } },
        allowEmptyString: true,
        description: 'The text of the message.',
      },
    ],
    async process(ctx) {
      await write(ctx, ctx.params.get<string>('Message') ?? '');
    },
  };
}
