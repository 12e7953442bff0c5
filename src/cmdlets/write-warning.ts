// Write-Warning: a message on the warning stream (shown by default).

import { streamMessageCmdlet } from './stream-message.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeWarning = lazyCmdlet('Write-Warning', () =>
  streamMessageCmdlet(
    'Warning',
    'Writes a warning message.',
    (ctx, message) => ctx.writeWarning(message),
  ),
);
