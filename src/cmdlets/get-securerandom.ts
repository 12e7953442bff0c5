// Get-SecureRandom (pwsh 7.4+): Get-Random's numbers and items from the cryptographic source only (get-random.ts).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { randomCommand } from './get-random.js';

export const getSecureRandom = lazyCmdlet('Get-SecureRandom', (): CmdletDefinition => randomCommand(true));
