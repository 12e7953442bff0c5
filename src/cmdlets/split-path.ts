// Split-Path: the parent (default), leaf, leaf base, extension, qualifier or rootedness of paths.

import { basename, extname } from 'node:path';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { expandOrReport, isRooted, resolveOrReport } from '../engine/paths.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const SEP = process.platform === 'win32' ? '\\' : '/';
const normalize = (p: string) => (SEP === '/' ? p.replace(/\\/g, '/') : p);

/** The parent as the provider computes it: '' for a bare name, the root for a root's child. */
export function parentOf(path: string): string {
  const p = normalize(path).replace(/(.)[\\/]+$/, '$1');
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  if (i < 0) return '';
  // pwsh: the parent of a root's child (`/a`) is empty, like that of a bare name.
  if (i === 0) return '';
  // A drive root's child (`C:\x`, `Temp:/x`): the drive's root.
  if (/^[\w-]+:$/.test(p.slice(0, i))) return p.slice(0, i + 1);
  return p.slice(0, i);
}

function leafOf(path: string): string {
  const p = normalize(path).replace(/(.)[\\/]+$/, '$1');
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i < 0 ? p : p.slice(i + 1);
}

const SET = (name: string) => ({ [name]: { mandatory: true } });

export const splitPath = lazyCmdlet('Split-Path', (): CmdletDefinition => ({
  name: 'Split-Path',
  implementingType: 'Microsoft.PowerShell.Commands.SplitPathCommand',
  module: MANAGEMENT,
  synopsis: 'Returns the specified part of a path.',
  defaultParameterSet: 'ParentSet',
  parameters: [
    stringsParam('Path', 'The paths to split.', {
      sets: Object.fromEntries(['ParentSet', 'LeafSet', 'LeafBaseSet', 'ExtensionSet', 'QualifierSet', 'NoQualifierSet', 'IsAbsoluteSet'].map((s) => [s, { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }])),
    }),
    stringsParam('LiteralPath', 'The paths to split, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPathSet: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('Qualifier', 'Returns the drive or root of the path.', { sets: SET('QualifierSet') }),
    switchParam('NoQualifier', 'Returns the path without its drive or root.', { sets: SET('NoQualifierSet') }),
    switchParam('Parent', 'Returns the parent folder (the default).', { sets: { ParentSet: {} } }),
    switchParam('Leaf', 'Returns the last element of the path.', { sets: SET('LeafSet') }),
    switchParam('LeafBase', 'Returns the last element without its extension.', { sets: SET('LeafBaseSet') }),
    switchParam('Extension', 'Returns the extension of the last element, with its dot.', { sets: SET('ExtensionSet') }),
    switchParam('Resolve', 'Resolves wildcards and relative paths first.'),
    switchParam('IsAbsolute', 'Returns True when the path is rooted.', { sets: SET('IsAbsoluteSet') }),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx, true);
    const has = (n: string) => ctx.params.get(n) === true;
    let paths = ctx.params.get<string[]>('LiteralPath') ?? ctx.params.get<string[]>('Path') ?? [];
    if (has('Resolve')) {
      const resolved: string[] = [];
      for (const p of paths) {
        if (ctx.params.has('LiteralPath')) {
          const full = await resolveOrReport(ctx, p);
          if (full !== undefined) resolved.push(full);
        } else resolved.push(...((await expandOrReport(ctx, p))?.paths ?? []));
      }
      paths = resolved;
    }
    for (const path of paths) {
      if (has('IsAbsolute')) ctx.writeObject(isRooted(path));
      else if (has('Leaf')) ctx.writeObject(leafOf(path));
      else if (has('LeafBase')) {
        const leaf = leafOf(path);
        ctx.writeObject(basename(leaf, extname(leaf)));
      } else if (has('Extension')) ctx.writeObject(extname(leafOf(path)));
      else if (has('Qualifier') || has('NoQualifier')) {
        const p = normalize(path);
        // Only a drive (`C:`) is a qualifier; a Unix root is not (pwsh on Linux refuses `/a/b`).
        const q = /^[A-Za-z]+:/.exec(p)?.[0];
        if (has('NoQualifier')) ctx.writeObject(q ? p.slice(q.length) : p);
        else if (q) ctx.writeObject(q);
        else
          await ctx.writeError({
            message: `Cannot parse path because path '${path}' does not have a qualifier specified.`,
            errorId: 'ParsePathFormatError',
            category: 'InvalidArgument',
            exceptionType: 'FormatException',
            exceptionFullName: 'System.FormatException',
            targetObject: path,
          });
      } else {
        const parent = parentOf(path);
        if (parent !== '') ctx.writeObject(parent);
        else ctx.writeObject('');
      }
    }
  },
}));
