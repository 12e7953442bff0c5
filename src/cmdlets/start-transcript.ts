// Start-Transcript: records the session's console text into a file, with pwsh's header. Without a
// path the file is PowerShell_transcript.<machine>.<random>.<timestamp>.txt in the home folder,
// as pwsh names it on Linux and macOS. Missing folders are created, as pwsh does.

import { makeDirectories } from '../engine/make-directories.js';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { PathError, ioFailure, resolveLiteral } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { transcriptHeader, transcripts, transcriptTimestamp } from '../engine/transcript.js';
import { fileAlreadyExists } from './file-text.js';
import { MANAGEMENT_HOST } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** The PowerShell version whose behaviour the shell follows (the transcript header names it). */
const FOLLOWED_PS_VERSION = '7.6.10';

function randomName(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length: 8 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

export const startTranscript = lazyCmdlet('Start-Transcript', (): CmdletDefinition => ({
  name: 'Start-Transcript',
  implementingType: 'Microsoft.PowerShell.Commands.StartTranscriptCommand',
  module: MANAGEMENT_HOST,
  synopsis: 'Creates a record of all or part of a PowerShell session to a text file.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Path', 'The transcript file.', { sets: { ByPath: { position: 0 } } }),
    stringParam('LiteralPath', 'The transcript file, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { position: 0 } } }),
    stringParam('OutputDirectory', 'A folder for a transcript file with the default name.', { sets: { ByOutputDirectory: { position: 0 } } }),
    switchParam('Append', 'Adds to the end of an existing file.'),
    switchParam('Force', 'Writes over a read-only file (accepted).'),
    switchParam('NoClobber', 'Does not overwrite an existing file.', { aliases: ['NoOverwrite'] }),
    switchParam('IncludeInvocationHeader', 'Records the time of each command (accepted).'),
    switchParam('UseMinimalHeader', 'Writes a short header with the start time only.'),
  ],
  async process(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    const defaultName = () => `PowerShell_transcript.${hostname().split('.')[0]}.${randomName()}.${transcriptTimestamp()}.txt`;
    const typed = get<string>('LiteralPath') ?? get<string>('Path');
    const folder = get<string>('OutputDirectory');
    let file: string;
    try {
      file = typed ? resolveLiteral(ctx.session, typed) : folder ? join(resolveLiteral(ctx.session, folder), defaultName()) : join(homedir(), defaultName());
    } catch (e) {
      if (!(e instanceof PathError)) throw e;
      // `Start-Transcript C:\x`: pwsh wraps the drive error in its own (PSInvalidOperationException, no target).
      return ctx.throwTerminatingError({
        message: `Transcription cannot be started due to the error: ${e.message}`,
        errorId: 'CannotStartTranscription',
        category: 'InvalidOperation',
        exceptionType: 'PSInvalidOperationException',
        exceptionFullName: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    if (!(await cmdletShouldProcess(ctx, file, 'Start-Transcript'))) return;
    const append = get('Append') === true;
    if (!append && get('NoClobber') === true && existsSync(file)) {
      return ctx.throwTerminatingError(fileAlreadyExists(file));
    }
    const header = get('UseMinimalHeader') === true ? `**********************\nPowerShell transcript start\nStart time: ${transcriptTimestamp()}\n**********************\n` : transcriptHeader(FOLLOWED_PS_VERSION);
    // pwsh names the file as it was typed here (`./run.log`); Stop-Transcript names the full path.
    const started = `Transcript started, output file is ${typed ?? file}`;
    try {
      makeDirectories(dirname(file));
      if (append) appendFileSync(file, header);
      else writeFileSync(file, header);
    } catch (e) {
      return ctx.throwTerminatingError(ioFailure(e, file));
    }
    transcripts(ctx.session).push({ path: file });
    ctx.writeObject(started);
  },
}));
