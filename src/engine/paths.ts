// PowerShell's FileSystem provider path rules, for every file cmdlet: a path is relative to the
// session's current location (never the process's working folder), `~` is the home folder, `\`
// separates like `/` (pwsh on Linux accepts both), and -Path expands wildcards in each segment
// while -LiteralPath takes the text as it is.

import { lstatSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CmdletContext, ErrorSpec } from './cmdlet.js';
import * as R from './runtime-strings.js';
import type { Session } from './session.js';
import { driveFolder, findFileSystemDrive } from './fs-drives.js';
import { driveLocation, locationDriveOf, locationForm } from './automatic-variables.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';

/** The provider-qualified form a file's PSPath has (`Microsoft.PowerShell.Core\FileSystem::/tmp/a.txt`). */
const PROVIDER_QUALIFIED = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;

/** The path as the provider sees it: the provider qualifier dropped, `~` expanded, separators made native. */
export function normalizeUserPath(path: string): string {
  let p = path.replace(PROVIDER_QUALIFIED, '');
  if (/^~([\\/]|$)/.test(p)) p = homedir() + p.slice(1);
  if (sep === '/') p = p.replace(/\\/g, '/');
  return p;
}

/**
 * A path the provider layer refuses before any file is looked at: its drive does not exist (`C:\x` on
 * Linux and macOS), or it names a provider that does not exist. Thrown by resolveLiteral and expandPath;
 * a cmdlet that takes many paths reports it for the one path (eachPath), the others let it end the
 * command (command-processor turns it into the command's terminating error), as pwsh's cmdlets do.
 */
export class PathError extends Error {
  /** `terminating`: the path ends the command even in a cmdlet that reports drive errors per path. */
  constructor(
    readonly spec: ErrorSpec,
    readonly terminating = false,
  ) {
    super(spec.message);
  }
}

/** PSArgumentException "Argument": what pwsh says of a path its provider cannot take (`FileSystem::*.txt`). */
export function invalidPathArgument(): ErrorSpec {
  return argumentException(R.ArgumentNotValid('path'));
}

/** A PSArgumentException raised by a provider or cmdlet (FullyQualifiedErrorId `Argument`, InvalidArgument). */
export function argumentException(message: string): ErrorSpec {
  return {
    message,
    errorId: 'Argument',
    category: 'InvalidArgument',
    exceptionType: 'PSArgumentException',
    exceptionFullName: 'System.Management.Automation.PSArgumentException',
  };
}

/**
 * The cmdlets with provider dynamic parameters (Get-Item, Get-Content, Test-Path) ask the provider of
 * their first -Path while binding: when that path is one invalidPathArgument refuses, pwsh fails the
 * binding with GetDynamicParametersException before the command runs (measured with pwsh 7.6.10).
 */
export function checkDynamicParameters(ctx: CmdletContext): void {
  const first = ctx.params.has('LiteralPath') ? undefined : ctx.params.get<string[]>('Path')?.[0];
  if (typeof first !== 'string' || !isProviderRelative(first) || !hasWildcard(first)) return;
  ctx.throwTerminatingError({
    message: `Cannot retrieve the dynamic parameters for the cmdlet. ${invalidPathArgument().message}`,
    errorId: 'GetDynamicParametersException',
    category: 'InvalidArgument',
    exceptionType: 'ParameterBindingException',
    exceptionFullName: 'System.Management.Automation.ParameterBindingException',
  });
}

/** DriveNotFoundException: `Cannot find drive. A drive with the name 'C' does not exist.` */
export function driveNotFound(drive: string): ErrorSpec {
  return {
    ...R.DriveNotFound(drive),
    category: 'ObjectNotFound',
    exceptionType: 'DriveNotFoundException',
    targetObject: drive,
  };
}

export function providerNotFound(provider: string): ErrorSpec {
  return {
    ...R.ProviderNotFound(provider),
    category: 'ObjectNotFound',
    exceptionType: 'ProviderNotFoundException',
    targetObject: provider,
  };
}

/** pwsh's drives of providers other than the FileSystem, which spo's file cmdlets do not read (docs/deviations.md). */
const OTHER_PROVIDER_DRIVES = new Map([
  ['env', 'Environment'],
  ['variable', 'Variable'],
  ['function', 'Function'],
  ['alias', 'Alias'],
]);
/** The same providers by name (`Environment::HOME`), lowercased to their own spelling. */
const OTHER_PROVIDERS = new Map([...OTHER_PROVIDER_DRIVES.values()].map((provider) => [provider.toLowerCase(), provider]));

/** `[Module\]Provider::rest`: a path qualified with its provider (`FileSystem::/tmp`, `Variable::x`). */
const QUALIFIED_BY_PROVIDER = /^(?:([^:\\/]*)\\)?([^:\\/]+)::(.*)$/s;

/**
 * The item a path names through one of those providers, by its drive (`Env:HOME`, `variable:\x`) or by
 * the provider's name (`Variable::x`, `Microsoft.PowerShell.Core\Alias::h`): the provider and the item's
 * name, leading separators taken off ('' names the drive's root); undefined for any other path.
 */
export function otherProviderItem(path: string): { provider: string; name: string; qualified: boolean } | undefined {
  const qualified = QUALIFIED_BY_PROVIDER.exec(path);
  const drive = qualified ? undefined : driveOf(path);
  const provider = qualified ? OTHER_PROVIDERS.get(qualified[2]!.toLowerCase()) : drive === undefined ? undefined : OTHER_PROVIDER_DRIVES.get(drive.toLowerCase());
  if (provider === undefined) return undefined;
  const rest = qualified ? qualified[3]! : path.slice(drive!.length + 1);
  return { provider, name: rest.replace(/^[\\/]+/, ''), qualified: qualified !== null };
}

function notReadHere(target: string, provider: string, drive?: string): ErrorSpec {
  return {
    ...R.ProviderNotSupported(provider, drive),
    category: 'NotImplemented',
    exceptionType: 'PSNotSupportedException',
    targetObject: target,
  };
}

/**
 * The drive a path is qualified with, as pwsh's LocationGlobber reads it: the text before the first `:`
 * unless the path is rooted (`/`, `\`), home-relative (`~/`) or current-relative (`.`, `./`, `..\`).
 * `sub/a:b` names a drive called `sub/a`, as in pwsh.
 */
export function driveOf(path: string): string | undefined {
  if (/^[\\/]/.test(path) || /^~([\\/]|$)/.test(path) || /^\.{1,2}([\\/]|$)/.test(path)) return undefined;
  const colon = path.indexOf(':');
  return colon > 0 ? path.slice(0, colon) : undefined;
}

/**
 * The FileSystem provider's form of a path (provider qualifier or FileSystem drive taken off), or a
 * PathError; `qualifier` is the provider qualifier as typed (`FileSystem::`), `drive` the name of the
 * FileSystem drive it is on (`Temp` for Temp:, a New-PSDrive drive), spelt as the drive spells it.
 */
export function providerText(session: Session, path: string): { text: string; drive?: string; qualifier?: string } {
  const qualified = QUALIFIED_BY_PROVIDER.exec(path);
  if (qualified) {
    const provider = qualified[2]!;
    if (provider.toLowerCase() === 'filesystem' && (!qualified[1] || qualified[1].toLowerCase() === 'microsoft.powershell.core')) {
      return { text: qualified[3]!, qualifier: path.slice(0, path.length - qualified[3]!.length) };
    }
    if (OTHER_PROVIDERS.has(provider.toLowerCase())) throw new PathError(notReadHere(provider, provider));
    throw new PathError(providerNotFound(provider));
  }
  const drive = driveOf(path);
  if (drive === undefined) return { text: path };
  const fileSystem = findFileSystemDrive(session, drive);
  if (fileSystem) {
    // `W:x` and the bare `W:` are relative to the drive's own current location (its root until the
    // session has been on the drive), as pwsh reads them; the bare root keeps its separator (`/tmp/`).
    const rest = path.slice(drive.length + 1);
    const base = /^[\\/]/.test(rest) ? driveFolder(fileSystem) : driveLocation(session, fileSystem);
    const text = rest === '' ? (base === driveFolder(fileSystem) ? base + sep : base) : join(base, rest);
    return { text, drive: fileSystem.name };
  }
  // The shell's Cert: drive (cert-drive.ts) is read by Get-ChildItem, Get-Item and Test-Path only; for the rest it is
  // another provider's drive, as Env: is.
  const other = OTHER_PROVIDER_DRIVES.get(drive.toLowerCase()) ?? (drive.toLowerCase() === 'cert' ? 'Certificate' : undefined);
  throw new PathError(other ? notReadHere(drive, other, drive) : driveNotFound(drive));
}

/**
 * Whether the full path of a folder named by `path` keeps a trailing separator, as pwsh's Get-Item and
 * Resolve-Path show it (`sub/` is `…/sub/`, `Temp:` is `/tmp/`), measured with pwsh 7.6.10: not after `.`,
 * `..` or `~` alone with one separator (`./`, `..\`, `~/` are the folder itself), but `.//` keeps one.
 */
export function keepsTrailingSeparator(session: Session, path: string): boolean {
  const text = providerText(session, path).text;
  return /[\\/]$/.test(text) && !/^(?:\.{1,2}|~)[\\/]$/.test(text);
}

/**
 * Whether `path` is FileSystem-qualified with a relative rest (`FileSystem::a.txt`, not `FileSystem::/tmp`
 * or `FileSystem::~`): pwsh hands such a path to .NET as it is, which resolves it against the process's
 * working directory, not the current location; Resolve-Path returns it as typed.
 */
export function isProviderRelative(path: string): boolean {
  const qualified = QUALIFIED_BY_PROVIDER.exec(path);
  if (!qualified || qualified[2]!.toLowerCase() !== 'filesystem') return false;
  return !/^(?:[\\/]|~(?:[\\/]|$))/.test(qualified[3]!);
}

/**
 * PathNotFound for a typed path whose full path is `full`, named as pwsh names it: as typed when
 * isProviderRelative, from its drive when typed on a FileSystem drive (`Temp:/nope`, `W:/sub/nope`) or
 * relative to a location on one, else by its full path.
 */
export function notFoundError(session: Session, typed: string, full: string): ErrorSpec {
  return pathNotFound(shownPath(session, typed, full));
}

/** The name notFoundError gives `full`, typed as `typed`. */
export function shownPath(session: Session, typed: string, full: string): string {
  return isProviderRelative(typed) ? typed : (drivePathName(session, typed, full) ?? full);
}

/**
 * How pwsh names `full`, typed as `typed`, when that is on a FileSystem drive other than the root one: from
 * the drive (`Temp:/a/b`); undefined when it is not on one. A path relative to the current location is on
 * the location's drive.
 */
export function drivePathName(session: Session, typed: string, full: string): string | undefined {
  const name = driveOf(typed);
  let drive = name === undefined ? undefined : findFileSystemDrive(session, name);
  if (name === undefined && !/^(?:[\\/]|~(?:[\\/]|$))/.test(typed) && !QUALIFIED_BY_PROVIDER.test(typed)) drive = locationDriveOf(session);
  if (!drive) return undefined;
  const rest = relative(driveFolder(drive), full);
  if (rest.startsWith('..')) return undefined;
  return `${drive.name}:${sep}${rest}`;
}


/**
 * The full path of `path` against the current location (no wildcard expansion); PathError for another drive.
 * A relative FileSystem-qualified path is against the process's working directory (isProviderRelative).
 */
export function resolveLiteral(session: Session, path: string, base = session.location): string {
  const { text, qualifier } = providerText(session, path);
  return resolve(qualifier ? process.cwd() : base, normalizeUserPath(text));
}

/**
 * resolveLiteral for one of a command's paths, or undefined once a path with a drive that does not exist
 * has been reported as that path's non-terminating error (the command goes on with its other paths:
 * `Get-Item C:\x, ./a.txt`).
 */
export function resolveOrReport(ctx: CmdletContext, path: string, base = ctx.session.location): Promise<string | undefined> {
  return orReport(ctx, () => resolveLiteral(ctx.session, path, base));
}

/** expandPath for one of a command's paths, or undefined once its drive error has been reported (resolveOrReport). */
export function expandOrReport(ctx: CmdletContext, path: string, base = ctx.session.location, options?: ExpandOptions): Promise<ReturnType<typeof expandPath> | undefined> {
  return orReport(ctx, () => expandPath(ctx.session, path, base, options));
}

/** What `read` returns, or undefined once the PathError it threw is written as the path's error. */
async function orReport<T>(ctx: CmdletContext, read: () => T): Promise<T | undefined> {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof PathError) || e.terminating) throw e;
    await ctx.writeError(e.spec);
    return undefined;
  }
}

/**
 * The drive an item named by `typed` is on, as its PSDrive says: the FileSystem drive the path is on
 * (`W:/a.txt`: W; a relative path: the current location's drive), the root drive `/` otherwise, none
 * (null) for a provider-qualified path or one relative to a provider-qualified location.
 */
export function itemDriveName(session: Session, typed: string): string | null {
  if (QUALIFIED_BY_PROVIDER.test(typed)) return null;
  const name = driveOf(typed);
  if (name !== undefined) return findFileSystemDrive(session, name)?.name ?? '/';
  if (/^(?:[\\/]|~(?:[\\/]|$))/.test(typed)) return '/';
  if (locationForm(session) === 'provider') return null;
  return locationDriveOf(session)?.name ?? '/';
}

/**
 * Whether a path is rooted, as Split-Path -IsAbsolute answers: `~` counts, and so does any drive-qualified
 * path (`Temp:x`, `C:/x`, even `foo:x` of a drive that does not exist), as in pwsh 7.6.10.
 */
export function isRooted(path: string): boolean {
  return /^~([\\/]|$)/.test(path) || driveOf(path) !== undefined || isAbsolute(normalizeUserPath(path));
}

/**
 * The existing paths a -Path value names: wildcards in any segment are matched against the folder
 * listing (sorted by name, as the provider lists); a path without wildcards is returned as its
 * full path whether or not it exists (the caller reports PathNotFound).
 */
/** How a wildcard expands: hidden (dot-named) items only with `hidden: true` (a cmdlet's -Force), as pwsh globs. */
export interface ExpandOptions {
  hidden?: boolean;
}

export function expandPath(session: Session, path: string, base = session.location, { hidden = false }: ExpandOptions = {}): { paths: string[]; wildcard: boolean } {
  // Without wildcards, -Path still takes its escapes off (`br`[1`]` names the folder `br[1]`).
  if (!hasWildcard(path)) return { paths: [resolveLiteral(session, path.replace(/`(.)/g, '$1'), base)], wildcard: false };
  // pwsh's provider cannot expand a wildcard against the process's working directory: it ends the command.
  if (isProviderRelative(path)) throw new PathError(invalidPathArgument(), true);
  const full = resolveLiteral(session, path, base);
  const root = full.startsWith('/') ? '/' : full.slice(0, 3);
  const segments = full.slice(root.length).split(/[\\/]/).filter(Boolean);
  let current = [root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const folder of current) {
      if (!hasWildcard(segment)) {
        next.push(join(folder, segment.replace(/`(.)/g, '$1')));
        continue;
      }
      let names: string[];
      try {
        // The provider lists a folder's folders first, then its files, each by name.
        const entries = readdirSync(folder, { withFileTypes: true });
        const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
        const isDir = (e: (typeof entries)[number]) => e.isDirectory() || (e.isSymbolicLink() && isFolder(join(folder, e.name)));
        names = [...entries.filter(isDir).sort(byName), ...entries.filter((e) => !isDir(e)).sort(byName)].map((e) => e.name);
      } catch {
        continue;
      }
      for (const name of names) if ((hidden || !name.startsWith('.')) && wildcardMatch(segment, name)) next.push(join(folder, name));
    }
    current = next;
  }
  return { paths: current.filter((p) => itemExists(p)), wildcard: true };
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether an item is at `path`, a dangling symbolic link too (the provider's ItemExists: Test-Path, wildcards, Resolve-Path). */
export function itemExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** ItemNotFoundException "PathNotFound", with the path as PowerShell prints it. */
export function pathNotFound(given: string): ErrorSpec {
  // A provider-qualified path (a file's PSPath) is named without its qualifier.
  const path = given.replace(PROVIDER_QUALIFIED, '');
  return {
    message: `Cannot find path '${path}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'ItemNotFoundException',
    exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
    targetObject: path,
  };
}

/** The folder of a file to be written does not exist (DirectoryNotFoundException). */
export function folderNotFound(fullPath: string): ErrorSpec {
  return {
    message: `Could not find a part of the path '${fullPath}'.`,
    errorId: 'System.IO.DirectoryNotFoundException',
    category: 'ObjectNotFound',
    exceptionType: 'DirectoryNotFoundException',
    exceptionFullName: 'System.IO.DirectoryNotFoundException',
    targetObject: fullPath,
  };
}

/** Access denied and the other I/O failures, worded as .NET words them. */
export function ioFailure(e: unknown, fullPath: string): ErrorSpec {
  const code = (e as NodeJS.ErrnoException).code;
  // A folder opened as a file is access denied in .NET as well.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return {
      message: `Access to the path '${fullPath}' is denied.`,
      errorId: 'System.UnauthorizedAccessException',
      category: 'PermissionDenied',
      exceptionType: 'UnauthorizedAccessException',
      exceptionFullName: 'System.UnauthorizedAccessException',
      targetObject: fullPath,
    };
  }
  // A file where the path needs a folder (`x.txt/sub`): .NET's DirectoryNotFoundException.
  if (code === 'ENOENT' || code === 'ENOTDIR') return folderNotFound(fullPath);
  return {
    message: (e as Error).message,
    errorId: 'System.IO.IOException',
    category: 'WriteError',
    exceptionType: 'IOException',
    exceptionFullName: 'System.IO.IOException',
    targetObject: fullPath,
  };
}
