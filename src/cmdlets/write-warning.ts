// Write-Warning: a message on the warning stream (shown by default).

import { streamMessageCmdlet } from './stream-message.js';

export const writeWarning = streamMessageCmdlet(
  'Warning',
  'Writes a warning message.',
  (ctx, message) => ctx.writeWarning(message),
);
