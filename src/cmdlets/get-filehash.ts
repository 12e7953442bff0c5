// Get-FileHash: a file's hash (pwsh 7.6's five algorithms) as a FileHashInfo: Algorithm, upper-case hex Hash, Path.
// -InputStream hashes the rest of a MemoryStream or FileStream (engine/streams.ts); its FileHashInfo's Path is empty, as in pwsh.

import { open } from 'node:fs/promises';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { expandOrReport, ioFailure, isFolder, notFoundError, resolveOrReport, exists } from '../engine/paths.js';
import { PSObject } from '../engine/values.js';
import { UTILITY } from './modules.js';
import { objectParam, stringParam, stringsParam } from './param-builders.js';
import { castFailure } from '../engine/convert.js';
import { isStream, restOfStream } from '../engine/streams.js';
import { hexHash } from '../engine/hash-algorithms.js';

const ALGORITHMS = ['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'];

async function hashOf(file: string, algorithm: string, signal: AbortSignal): Promise<string> {
  // node:crypto (and the streams it loads) only when a file is hashed: start-up loads this module.
  const { createHash } = await import('node:crypto');
  const hash = createHash(algorithm.toLowerCase());
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      signal.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex').toUpperCase();
}

export const getFileHash = lazyCmdlet('Get-FileHash', (): CmdletDefinition => ({
  name: 'Get-FileHash',
  implementingType: 'Microsoft.PowerShell.Commands.GetFileHashCommand',
  module: UTILITY,
  synopsis: 'Computes the hash value for a file by using a specified hash algorithm.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The files to hash (wildcards allowed).', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The files to hash, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    objectParam('InputStream', 'A stream to hash (a MemoryStream or FileStream), from its position to its end.', 'System.IO.Stream', {
      sets: { StreamParameterSet: { position: 0, mandatory: true } },
      coerce: (value) => {
        if (isStream(value)) return value;
        throw castFailure(value, 'System.IO.Stream');
      },
    }),
    stringParam('Algorithm', 'SHA256 (the default), SHA1, SHA384, SHA512 or MD5.', { sets: { __AllParameterSets: { position: 1 } }, validateSet: ALGORITHMS }),
  ],
  async process(ctx) {
    const given = ctx.params.get<string>('Algorithm');
    // The set's own spelling, whatever case was typed (pwsh writes the upper-case name).
    const algorithm = ALGORITHMS.find((a) => a.toLowerCase() === (given ?? 'SHA256').toLowerCase()) ?? 'SHA256';
    const stream = ctx.params.get<unknown>('InputStream');
    if (stream !== undefined) {
      ctx.writeObject(new PSObject('Microsoft.PowerShell.Commands.FileHashInfo', { Algorithm: algorithm, Hash: hexHash(algorithm, restOfStream(stream)), Path: '' }));
      return;
    }
    const literal = ctx.params.get<string[]>('LiteralPath');
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      let files: string[];
      if (literal) {
        const full = await resolveOrReport(ctx, typed);
        if (full === undefined) continue;
        files = [full];
      } else {
        const expanded = await expandOrReport(ctx, typed);
        if (!expanded) continue;
        files = expanded.paths;
      }
      for (const file of files) {
        if (!exists(file)) {
          // -Path resolves the path first (PathNotFound); -LiteralPath opens the file (.NET's FileNotFoundException).
          if (!literal) await ctx.writeError(notFoundError(ctx.session, typed, file));
          else await ctx.writeError({ message: `Could not find file '${file}'.`, errorId: 'FileNotFound', category: 'ObjectNotFound', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: file });
          continue;
        }
        if (isFolder(file)) {
          await ctx.writeError({ message: `Access to the path '${file}' is denied.`, errorId: 'UnauthorizedAccessError', category: 'InvalidData', exceptionType: 'UnauthorizedAccessException', exceptionFullName: 'System.UnauthorizedAccessException', targetObject: file });
          continue;
        }
        let hash: string;
        try {
          hash = await hashOf(file, algorithm, ctx.signal);
        } catch (e) {
          if (ctx.signal.aborted) throw e;
          await ctx.writeError(ioFailure(e, file));
          continue;
        }
        ctx.writeObject(new PSObject('Microsoft.PowerShell.Commands.FileHashInfo', { Algorithm: algorithm, Hash: hash, Path: file }));
      }
    }
  },
}));
