// Write-Debug: a message on the debug stream, shown with -Debug or $DebugPreference.

import { streamMessageCmdlet } from './stream-message.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeDebug = lazyCmdlet('Write-Debug', () =>
  streamMessageCmdlet(
    'Debug',
    'Writes a debug message to the console.',
    (ctx, message) => ctx.writeDebug(message),
  ),
);
