// Test-Path: True/False per path, on the real file system with the session's path rules.

import { lstatSync, statSync } from 'node:fs';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { PathError, checkDynamicParameters, exists, expandPath, isProviderRelative, resolveLiteral } from '../engine/paths.js';
import type { EnumValue } from '../engine/values.js';
import { TEST_PATH_TYPE } from './enums.js';
import { MANAGEMENT } from './modules.js';
import { providerItemExists } from './session-providers.js';
import { certItem, certPathParts } from './cert-drive.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, nameFilterParameters, nameFiltersOf } from './provider-filters.js';

/** Characters .NET refuses in a path on this platform (IsValid). */
const INVALID_PATH_CHARS = process.platform === 'win32' ? /[<>"|\u0000-\u001f]/ : /\u0000/;

function matchesType(path: string, type: string): boolean {
  try {
    // A dangling symbolic link is there, as a leaf.
    const directory = (statSync(path, { throwIfNoEntry: false }) ?? lstatSync(path)).isDirectory();
    return type === 'Any' || (type === 'Container') === directory;
  } catch {
    return false;
  }
}

export const testPath = lazyCmdlet('Test-Path', (): CmdletDefinition => ({
  name: 'Test-Path',
  implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand',
  module: MANAGEMENT,
  synopsis: 'Determines whether all elements of a path exist.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The paths to test; wildcards allowed.', {
      sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
    }),
    stringsParam('LiteralPath', 'The paths to test, taken literally.', {
      aliases: ['PSPath', 'LP'],
      sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
    }),
    { name: 'PathType', kind: 'enum', typeName: TEST_PATH_TYPE.fullName, enumType: TEST_PATH_TYPE, sets: { __AllParameterSets: {} }, aliases: ['Type'], description: 'Any, Container (a folder) or Leaf (a file).' },
    switchParam('IsValid', 'Tests only whether the path is well formed, not whether it exists.'),
    ...nameFilterParameters(),
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const paths = (literal ?? ctx.params.get<string[]>('Path') ?? [null]) as Array<string | null>;
    const type = ctx.params.get<EnumValue>('PathType')?.name ?? 'Any';
    const isValid = ctx.params.get('IsValid') === true;
    if (!isValid) checkDynamicParameters(ctx);
    const filters = nameFiltersOf(ctx);
    for (const path of paths) {
      // pwsh 7: an empty or $null path is simply not there.
      if (path === null || path === '' || path.trim() === '') {
        ctx.writeObject(false);
        continue;
      }
      if (isValid) {
        // A relative FileSystem-qualified path is not a valid one to pwsh (`FileSystem::a.txt`).
        ctx.writeObject(!INVALID_PATH_CHARS.test(path) && !isProviderRelative(path));
        continue;
      }
      // The shell's Cert: drive: a location or store is a container, a certificate a leaf.
      const cert = certPathParts(path);
      if (cert) {
        const named = await certItem(cert);
        ctx.writeObject(named !== undefined && (type === 'Any' || named.container === (type === 'Container')));
        continue;
      }
      const onOtherDrive = providerItemExists(ctx, path, literal !== undefined, type);
      if (onOtherDrive !== undefined) {
        ctx.writeObject(onOtherDrive);
        continue;
      }
      let found: string[];
      try {
        // -Include/-Exclude/-Filter keep the items as provider-filters.ts says (a -LiteralPath is not filtered).
        if (literal) found = [resolveLiteral(ctx.session, path)];
        else {
          const expanded = expandPath(ctx.session, path);
          found = filterExpanded(expanded.paths, expanded.wildcard, filters, exists);
        }
      } catch (e) {
        // A drive or provider that does not exist: the path is not there (no error, as in pwsh).
        if (!(e instanceof PathError) || e.terminating) throw e;
        found = [];
      }
      ctx.writeObject(found.length > 0 && found.every((p) => matchesType(p, type)));
    }
  },
}));
