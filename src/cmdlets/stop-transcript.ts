// Stop-Transcript: ends the newest transcript with pwsh's footer.

import { appendFileSync } from 'node:fs';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { operationQuestion, shouldProcess } from '../engine/should-process.js';
import { transcriptFooter, transcripts } from '../engine/transcript.js';
import { MANAGEMENT_HOST } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const stopTranscript = lazyCmdlet('Stop-Transcript', (): CmdletDefinition => ({
  name: 'Stop-Transcript',
  implementingType: 'Microsoft.PowerShell.Commands.StopTranscriptCommand',
  module: MANAGEMENT_HOST,
  synopsis: 'Stops a transcript.',
  supportsShouldProcess: true,
  parameters: [],
  async process(ctx) {
    // ConfirmImpact None: -WhatIf answers before anything is looked at; only -WhatIf stops it.
    if (!(await shouldProcess(ctx, { supportsShouldProcess: true, confirmImpact: 'None' }, operationQuestion('', 'Stop-Transcript')))) return;
    const list = transcripts(ctx.session);
    const last = list.pop();
    if (!last) {
      return ctx.throwTerminatingError({
        message: 'An error occurred stopping transcription: The host is not currently transcribing.',
        errorId: 'InvalidOperation',
        category: 'InvalidOperation',
        exceptionType: 'PSInvalidOperationException',
        exceptionFullName: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    try {
      appendFileSync(last.path, transcriptFooter());
    } catch {
      // The file went away; the transcript is stopped all the same.
    }
    ctx.writeObject(`Transcript stopped, output file is ${last.path}`);
  },
}));
