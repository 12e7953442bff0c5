// Pause: PowerShell's built-in function `$null = Read-Host 'Press Enter to continue...'` (a simple function of one line: script-function.ts).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { scriptFunction } from './script-function.js';

export const pause = lazyCmdlet('Pause', (): CmdletDefinition => scriptFunction('Pause', "$null = Read-Host 'Press Enter to continue...'", 'Waits for Enter to be pressed.'));
