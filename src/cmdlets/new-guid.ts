// New-Guid: a new random System.Guid, the empty one (-Empty), or one parsed from text (-InputObject,
// by position or from the pipeline: the D, N, B and P forms, as Guid(string) reads them). The value is
// the [guid] the language has (dotnet-statics.ts), so it shows and converts as `[guid]::NewGuid()` does.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { guidValue, staticMethod } from '../engine/dotnet-statics.js';
import { MemberError } from '../engine/member-error.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const EMPTY = '00000000-0000-0000-0000-000000000000';

export const newGuid = lazyCmdlet('New-Guid', (): CmdletDefinition => ({
  name: 'New-Guid',
  implementingType: 'Microsoft.PowerShell.Commands.NewGuidCommand',
  module: UTILITY,
  synopsis: 'Creates a GUID.',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Empty', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { Empty: {} }, description: 'Writes the empty GUID (all zeros).' },
    {
      name: 'InputObject',
      kind: 'string',
      typeName: 'System.String',
      sets: { InputObject: { position: 0, valueFromPipeline: true } },
      allowNull: true,
      allowEmptyString: true,
      description: 'Text to read as a GUID instead of creating a new one.',
    },
  ],
  async process(ctx) {
    const set = ctx.invocation.parameterSetName;
    // pwsh 7.6 picks the set by the parameters given: `-Empty:$false` is still the Empty set.
    if (set === 'Empty') return ctx.writeObject(guidValue(EMPTY), false);
    if (set !== 'InputObject') return ctx.writeObject(staticMethod('System.Guid', 'NewGuid', [])!.value, false);
    const text = unwrap(ctx.params.get('InputObject'));
    if (text === null || text === undefined) {
      return ctx.writeError(failure("Value cannot be null. (Parameter 'g')", 'ArgumentNullException', 'System.ArgumentNullException'));
    }
    try {
      ctx.writeObject(staticMethod('System.Guid', 'Parse', [text])!.value, false);
    } catch (e) {
      if (!(e instanceof MemberError)) throw e;
      await ctx.writeError(failure('Unrecognized Guid format.', 'FormatException', 'System.FormatException'));
    }
  },
}));

/** Guid(string)'s exception as New-Guid writes it: a non-terminating StringNotRecognizedAsGuid error. */
function failure(message: string, exceptionType: string, exceptionFullName: string) {
  return { message, errorId: 'StringNotRecognizedAsGuid', category: 'InvalidArgument', exceptionType, exceptionFullName };
}
