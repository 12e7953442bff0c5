// Write-Debug: a message on the debug stream, shown with -Debug or $DebugPreference.

import { streamMessageCmdlet } from './stream-message.js';

export const writeDebug = streamMessageCmdlet(
  'Debug',
  'Writes a debug message to the console.',
  (ctx, message) => ctx.writeDebug(message),
);
