// Test-Path: True/False per path, on the real file system with the session's path rules.

import { lstatSync, statSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { PathError, checkDynamicParameters, exists, expandPath, isProviderRelative, resolveLiteral } from '../engine/paths.js';
import type { EnumValue } from '../engine/values.js';
import { DateTimeValue } from '../engine/datetime.js';
import { castTo } from '../engine/types.js';
import { hasWildcard } from '../engine/wildcard.js';
import { TEST_PATH_TYPE } from './enums.js';
import { MANAGEMENT } from './modules.js';
import { providerItemExists } from './session-providers.js';
import { certItem, certPathParts } from './cert-drive.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { credentialParameter, fileSystemDynamicParameters, refuseCredential } from './provider-parameters.js';

const asDateTime = (value: unknown): unknown => (value === null ? null : castTo('System.DateTime', value));

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
  dynamicParametersApply: fileSystemDynamicParameters,
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
    ...nameFilterParameters(),
    { name: 'PathType', kind: 'enum', typeName: TEST_PATH_TYPE.fullName, enumType: TEST_PATH_TYPE, sets: { __AllParameterSets: {} }, aliases: ['Type'], description: 'Any, Container (a folder) or Leaf (a file).' },
    switchParam('IsValid', 'Tests only whether the path is well formed, not whether it exists.'),
    credentialParameter(),
    // The FileSystem provider's dynamic parameters: a file system path only.
    { name: 'OlderThan', kind: 'object', typeName: 'System.DateTime', coerce: asDateTime, allowNull: true, dynamic: true, sets: { __AllParameterSets: {} }, description: 'Only a file or folder last written before this date is there.' },
    { name: 'NewerThan', kind: 'object', typeName: 'System.DateTime', coerce: asDateTime, allowNull: true, dynamic: true, sets: { __AllParameterSets: {} }, description: 'Only a file or folder last written after this date is there.' },
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const paths = (literal ?? ctx.params.get<string[]>('Path') ?? [null]) as Array<string | null>;
    const type = ctx.params.get<EnumValue>('PathType')?.name ?? 'Any';
    const isValid = ctx.params.get('IsValid') === true;
    if (!isValid) checkDynamicParameters(ctx);
    const filters = nameFiltersOf(ctx);
    const age = ageLimits(ctx);
    for (const path of paths) {
      // pwsh 7: an empty or $null path is simply not there.
      if (path === null || path === '' || path.trim() === '') {
        ctx.writeObject(false);
        continue;
      }
      if (isValid) {
        if (age) dynamicParameterNotFound(ctx, age);
        // A relative FileSystem-qualified path is not a valid one to pwsh (`FileSystem::a.txt`).
        ctx.writeObject(!INVALID_PATH_CHARS.test(path) && !isProviderRelative(path));
        continue;
      }
      // The shell's Cert: drive: a location or store is a container, a certificate a leaf.
      const cert = certPathParts(path);
      // Another provider's drive (Variable:, Env:, Function:, Alias:): whether the item is there; undefined for a file system path.
      const onOtherDrive = cert ? undefined : providerItemExists(ctx, path, literal !== undefined, type);
      // -OlderThan and -NewerThan are the FileSystem provider's; no provider takes credentials.
      if ((cert || onOtherDrive !== undefined) && age) dynamicParameterNotFound(ctx, age);
      refuseCredential(ctx);
      if (cert) {
        const named = await certItem(cert);
        ctx.writeObject(named !== undefined && (type === 'Any' || named.container === (type === 'Container')));
        continue;
      }
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
      const wildcard = literal === undefined && hasWildcard(path);
      if (age && found.length === 0 && wildcard) dynamicParameterNotFound(ctx, age);
      const there = found.length > 0 && found.every((p) => matchesType(p, type));
      // pwsh 7.6.10 dates a wildcard path by the folder its first wildcard is in (`a/b*`: a) and by its
      // matches, one of which is enough; a literal path by itself.
      const young = !age || (wildcard ? withinAge(age, wildcardFolder(ctx, path)) && found.some((p) => withinAge(age, [p])) : withinAge(age, found));
      ctx.writeObject(there && young);
    }
  },
}));

interface AgeLimits {
  olderThan?: DateTimeValue;
  newerThan?: DateTimeValue;
  /** The first one given, as pwsh names it when the path has no such parameter. */
  name: string;
}

/** -OlderThan and -NewerThan, when either is given (a $null one sets no limit). */
function ageLimits(ctx: CmdletContext): AgeLimits | undefined {
  const olderThan = ctx.params.get<DateTimeValue | null>('OlderThan') ?? undefined;
  const newerThan = ctx.params.get<DateTimeValue | null>('NewerThan') ?? undefined;
  if (!ctx.params.has('OlderThan') && !ctx.params.has('NewerThan')) return undefined;
  return { olderThan, newerThan, name: ctx.params.has('OlderThan') ? 'OlderThan' : 'NewerThan' };
}

/** Whether every path was last written within the limits (compared as .NET compares DateTimes: wall-clock ticks). */
function withinAge(age: AgeLimits, paths: readonly string[]): boolean {
  return paths.every((p) => {
    const info = statSync(p, { throwIfNoEntry: false }) ?? lstatSync(p, { throwIfNoEntry: false });
    if (!info) return false;
    const written = new DateTimeValue(Math.floor(info.mtimeMs), 'Local').ticks;
    return (!age.olderThan || written < age.olderThan.ticks) && (!age.newerThan || written > age.newerThan.ticks);
  });
}

/** The folder a wildcard path's first wildcard segment is in, resolved. */
function wildcardFolder(ctx: CmdletContext, path: string): string[] {
  const segments = path.split(/[\\/]/);
  const first = segments.findIndex((s) => hasWildcard(s));
  const folder = segments.slice(0, first).join('/') || (path.startsWith('/') ? '/' : '.');
  try {
    return [resolveLiteral(ctx.session, folder)];
  } catch {
    return [];
  }
}

/** pwsh finds no such dynamic parameter for a path of another provider, an -IsValid test or a wildcard that matches nothing. */
function dynamicParameterNotFound(ctx: CmdletContext, age: AgeLimits): never {
  return ctx.throwTerminatingError({
    message: `A parameter cannot be found that matches parameter name '${age.name}'.`,
    errorId: 'NamedParameterNotFound',
    category: 'InvalidArgument',
    exceptionType: 'ParameterBindingException',
    exceptionFullName: 'System.Management.Automation.ParameterBindingException',
  });
}

