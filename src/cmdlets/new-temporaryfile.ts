// New-TemporaryFile: an empty file with a name of its own in the temporary folder (.NET's
// Path.GetTempFileName on Linux and macOS: `tmpXXXXXX.tmp` under TMPDIR, else /tmp), written out as a
// FileInfo, as scripts make a scratch file for an export. -WhatIf names the folder.

import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { ioFailure } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { UTILITY } from './modules.js';

const NAME_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const newTemporaryFile = lazyCmdlet('New-TemporaryFile', (): CmdletDefinition => ({
  name: 'New-TemporaryFile',
  implementingType: 'Microsoft.PowerShell.Commands.NewTemporaryFileCommand',
  module: UTILITY,
  synopsis: 'Creates a temporary file.',
  supportsShouldProcess: true,
  parameters: [],
  async process(ctx) {
    // Path.GetTempPath() at the time of the call: TMPDIR as it is now, with a trailing separator.
    const folder = tmpdir();
    if (!(await cmdletShouldProcess(ctx, folder.endsWith(sep) ? folder : folder + sep, 'New-TemporaryFile'))) return;
    // node:crypto loads Node's streams (~5 ms): only when a temporary file is made, not with the cmdlets.
    const { randomInt } = await import('node:crypto');
    for (let attempt = 0; ; attempt++) {
      const name = `tmp${Array.from({ length: 6 }, () => NAME_CHARACTERS[randomInt(NAME_CHARACTERS.length)]).join('')}.tmp`;
      const full = join(folder, name);
      try {
        // 'wx': made here, never an existing file (as mkstemps does).
        closeSync(openSync(full, 'wx', 0o600));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) continue;
        return ctx.writeError(ioFailure(e, full));
      }
      const item = await fileItem(full);
      if (item) ctx.writeObject(item);
      return;
    }
  },
}));
