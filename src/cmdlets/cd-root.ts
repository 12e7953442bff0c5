// cd\: PowerShell's built-in function `Set-Location \` (a simple function of one line: script-function.ts).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { scriptFunction } from './script-function.js';

export const cdRoot = lazyCmdlet('cd\\', (): CmdletDefinition => scriptFunction('cd\\', 'Set-Location \\', 'Sets the location to the root of the drive.'));
