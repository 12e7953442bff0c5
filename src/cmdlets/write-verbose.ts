// Write-Verbose: a message on the verbose stream, shown with -Verbose or $VerbosePreference.

import { streamMessageCmdlet } from './stream-message.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeVerbose = lazyCmdlet('Write-Verbose', () =>
  streamMessageCmdlet(
    'Verbose',
    'Writes text to the verbose message stream.',
    (ctx, message) => ctx.writeVerbose(message),
  ),
);
