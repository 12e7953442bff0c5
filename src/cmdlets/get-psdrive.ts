// Get-PSDrive (`gdr`): the drives spo-shell knows, as System.Management.Automation.PSDriveInfo objects in
// pwsh's table (Name, Used (GB), Free (GB), Provider, Root, CurrentLocation). They are pwsh's drives on
// Linux and macOS (the file system root, Alias, Env, Function, Temp, Variable) and the Cert: drive spo
// adds (src/cmdlets/cert-drive.ts) with its Windows shape; on Windows the file system drive is the one
// the current location is on (docs/Get-PSDrive.md).

import { statfsSync } from 'node:fs';
import { parse, relative, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { TypedArray } from '../engine/convert.js';
import { driveFolder, fileSystemDrives, type FileSystemDrive } from '../engine/fs-drives.js';
import { itemDriveName } from '../engine/paths.js';
import { driveLocation } from './location.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { EnumValue, PSCredential, PSObject, type EnumType } from '../engine/values.js';
import { charValue } from '../engine/chars.js';
import { homedir } from 'node:os';
import { scopeOf } from './variable-scope.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

interface Provider {
  name: string;
  module: string;
  implementingType: string;
}

const CORE = 'Microsoft.PowerShell.Core';
const provider = (name: string, module = CORE, type = `Microsoft.PowerShell.Commands.${name}Provider`): Provider => ({ name, module, implementingType: type });
const FILE_SYSTEM = provider('FileSystem');

interface Drive {
  name: string;
  provider: Provider;
  root: string;
  description: string;
  /** The folder its Used and Free come from (FileSystem drives only). */
  volume?: string;
  /** A FileSystem drive other than the root one (Temp:, New-PSDrive's). */
  fileSystem?: FileSystemDrive;
}

const SESSION_DRIVES: Drive[] = [
  { name: 'Alias', provider: provider('Alias'), root: '', description: 'Drive that contains a view of the aliases stored in a session state' },
  { name: 'Cert', provider: provider('Certificate', 'Microsoft.PowerShell.Security'), root: '\\', description: 'X509 Certificate Provider' },
  { name: 'Env', provider: provider('Environment'), root: '', description: 'Drive that contains a view of the environment variables for the process' },
  { name: 'Function', provider: provider('Function'), root: '', description: 'Drive that contains a view of the functions stored in a session state' },
  { name: 'Variable', provider: provider('Variable'), root: '', description: 'Drive that contains a view of those variables stored in a session state' },
];

/**
 * The drives, sorted by name as pwsh lists them (the file system root `/` first): the session drives, and
 * the FileSystem drives seen from the current scope (Temp:, New-PSDrive's: src/engine/fs-drives.ts).
 */
function drives(ctx: CmdletContext): Drive[] {
  const root = parse(ctx.session.location).root || sep;
  const fileSystemName = root === '/' ? '/' : root.slice(0, 1).toUpperCase();
  const fileSystem = fileSystemDrives(ctx.session).map((d): Drive => ({ name: d.name, provider: FILE_SYSTEM, root: d.root, description: d.description, volume: d.root, fileSystem: d }));
  const others = [...SESSION_DRIVES, ...fileSystem].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return [{ name: fileSystemName, provider: FILE_SYSTEM, root, description: '', volume: root }, ...others];
}

/** Whether `name` is a provider Get-PSDrive lists (`FileSystem`, `Microsoft.PowerShell.Core\FileSystem`, `Environment` ...). */
export function providerName(text: string): string | undefined {
  const key = text.toLowerCase().replace(/^microsoft\.powershell\.(?:core|security)\\/, '');
  return [FILE_SYSTEM, ...SESSION_DRIVES.map((d) => d.provider)].find((p) => p.name.toLowerCase() === key)?.name;
}

/** The PSDriveInfo of a FileSystem drive (New-PSDrive's output). */
export function fileSystemDriveInfo(ctx: CmdletContext, drive: FileSystemDrive): PSObject {
  const all = drives(ctx);
  return driveInfo(ctx, all.find((d) => d.fileSystem === drive) ?? { name: drive.name, provider: FILE_SYSTEM, root: drive.root, description: drive.description, volume: drive.root, fileSystem: drive }, all);
}

/** System.Management.Automation.Provider.ProviderCapabilities, a flags enum. */
const PROVIDER_CAPABILITIES: EnumType = {
  fullName: 'System.Management.Automation.Provider.ProviderCapabilities',
  names: ['None', 'Include', 'Exclude', 'Filter', 'ExpandWildcards', 'ShouldProcess', 'Credentials', 'Transactions'],
  values: [0, 1, 2, 4, 8, 16, 32, 64],
  flags: true,
};

/** A provider's ProviderInfo, with pwsh's properties in its order; `driveNames` its drives as Provider.Drives lists them. */
function providerInfo(p: Provider, driveNames: string[]): PSObject {
  const fileSystem = p === FILE_SYSTEM;
  return new PSObject(
    'System.Management.Automation.ProviderInfo',
    {
      ImplementingType: p.implementingType,
      HelpFile: p.module === CORE ? 'System.Management.Automation.dll-Help.xml' : `${p.module}.dll-Help.xml`,
      Name: p.name,
      PSSnapIn: p.module,
      ModuleName: p.module,
      Module: null,
      Description: '',
      Capabilities: EnumValue.of(PROVIDER_CAPABILITIES, fileSystem ? 4 + 16 + 32 : 16),
      Home: fileSystem ? homedir() : null,
      Drives: driveNames,
      VolumeSeparatedByColon: false,
      ItemSeparator: charValue(47),
      AltItemSeparator: charValue(92),
    },
    undefined,
    `${p.module}\\${p.name}`,
  );
}

/** A provider's drives in Provider.Drives's order: the file system's root drive after the others (pwsh's `{Temp, /}`). */
function driveNamesOf(p: Provider, all: Drive[]): string[] {
  const names = all.filter((x) => x.provider === p).map((x) => x.name);
  return p === FILE_SYSTEM ? [...names.slice(1), names[0]!] : names;
}

/** Get-PSProvider's providers, in pwsh's order (the Core providers, then the Cert: drive's Certificate provider). */
export function providerInfos(ctx: CmdletContext): PSObject[] {
  const all = drives(ctx);
  const byName = (name: string) => SESSION_DRIVES.find((d) => d.provider.name === name)!.provider;
  return [byName('Alias'), byName('Environment'), FILE_SYSTEM, byName('Function'), byName('Variable'), byName('Certificate')].map((p) => providerInfo(p, driveNamesOf(p, all)));
}

/** Bytes used and available on the volume holding `folder` (pwsh: TotalSize - AvailableFreeSpace, AvailableFreeSpace). */
function usage(folder: string | undefined): { used: number | null; free: number | null } {
  if (folder === undefined) return { used: null, free: null };
  try {
    const s = statfsSync(folder);
    return { used: (s.blocks - s.bavail) * s.bsize, free: s.bavail * s.bsize };
  } catch {
    return { used: null, free: null };
  }
}

/**
 * The drive Get-Location -PSDrive or -PSProvider names: by its name (case ignored), or the first drive of
 * that provider (`FileSystem` and `Microsoft.PowerShell.Core\FileSystem`); `root` when it is the file
 * system's root drive, whose location is the session's.
 */
export function locationDrive(ctx: CmdletContext, by: 'name' | 'provider', text: string): { name: string; root: boolean } | undefined {
  const all = drives(ctx);
  const key = text.toLowerCase().replace(/^microsoft\.powershell\.core\\/, '');
  const drive = all.find((d) => (by === 'name' ? d.name : d.provider.name).toLowerCase() === key);
  return drive && { name: drive.name, root: drive === all[0] };
}

/** The PSDriveInfo of drive `name` (Env, Variable, Function, Alias: a session item's PSDrive). */
export function sessionDriveInfo(ctx: CmdletContext, name: string): PSObject {
  const all = drives(ctx);
  return driveInfo(ctx, all.find((d) => d.name === name)!, all);
}

/**
 * The PSDrive and PSProvider of a file or folder named by `typed` (paths.ts, itemDriveName): the root
 * drive, a FileSystem drive, or none for a provider-qualified path.
 */
export function itemDrive(ctx: CmdletContext, typed: string): { drive: PSObject | null; provider: unknown } {
  const all = drives(ctx);
  const name = itemDriveName(ctx.session, typed);
  const found = name === null ? undefined : name === '/' ? all[0]! : (all.find((d) => d.name === name) ?? all[0]!);
  const drive = found ? driveInfo(ctx, found, all) : null;
  return { drive, provider: drive?.get('Provider') ?? providerInfo(FILE_SYSTEM, driveNamesOf(FILE_SYSTEM, all)) };
}

function driveInfo(ctx: CmdletContext, d: Drive, all: Drive[]): PSObject {
  const { used, free } = usage(d.volume);
  // The location within the file system drive, as pwsh shows it (`tmp` for /tmp on `/`); the other drives'
  // locations are their roots, since Set-Location only moves through the file system.
  const current =
    d === all[0] ? relative(d.root, ctx.session.location).split(sep).join('/') : d.fileSystem ? relative(driveFolder(d.fileSystem), driveLocation(ctx.session, d.fileSystem)).split(sep).join('/') : '';
  return new PSObject(
    'System.Management.Automation.PSDriveInfo',
    {
      Used: used,
      Free: free,
      CurrentLocation: current,
      Name: d.name,
      Provider: providerInfo(d.provider, driveNamesOf(d.provider, all)),
      Root: d.root,
      Description: d.description,
      MaximumSize: null,
      Credential: new PSCredential(null, null),
      DisplayRoot: null,
      VolumeSeparatedByColon: d.name !== '/',
    },
    undefined,
    d.name,
  );
}

export const getPSDrive = lazyCmdlet('Get-PSDrive', (): CmdletDefinition => ({
  name: 'Get-PSDrive',
  implementingType: 'Microsoft.PowerShell.Commands.GetPSDriveCommand',
  module: MANAGEMENT,
  synopsis: 'Gets drives in the current session.',
  defaultParameterSet: 'Name',
  parameters: [
    stringsParam('Name', 'Names of the drives; wildcards allowed.', { sets: { Name: { position: 0, valueFromPipelineByPropertyName: true } }, completes: 'drive' }),
    stringsParam('LiteralName', 'Names of the drives, taken literally.', { sets: { LiteralName: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Scope', 'Global, Local, Script or 0: every drive is global.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
    stringsParam('PSProvider', 'Only the drives of these providers; wildcards allowed.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } }, completes: 'provider' }),
  ],
  async process(ctx) {
    scopeOf(ctx);
    const all = drives(ctx);
    let candidates = all;
    const providers = ctx.params.get<string[]>('PSProvider');
    if (providers) {
      candidates = all.filter((d) => providers.some((p) => wildcardMatch(p, d.provider.name)));
      const unknown = providers.find((p) => !hasWildcard(p) && !all.some((d) => d.provider.name.toLowerCase() === p.toLowerCase()));
      if (unknown !== undefined) {
        await ctx.writeError({
          message: `Cannot find a provider with the name '${unknown}'.`,
          errorId: 'GetLocationNoMatchingDrive',
          category: 'ObjectNotFound',
          exceptionType: 'ProviderNotFoundException',
          exceptionFullName: 'System.Management.Automation.ProviderNotFoundException',
          // The whole list, as pwsh gives it (`(System.String[]:String[])`).
          targetObject: TypedArray.of2('System.String', providers),
          targetName: 'System.String[]',
          targetType: 'String[]',
        });
        return;
      }
    }
    const literal = ctx.params.get<string[]>('LiteralName');
    const names = literal ?? ctx.params.get<string[]>('Name');
    if (!names) {
      for (const d of candidates) ctx.writeObject(driveInfo(ctx, d, all));
      return;
    }
    for (const name of names) {
      const pattern = literal === undefined && hasWildcard(name);
      const found = candidates.filter((d) => (pattern ? wildcardMatch(name, d.name) : d.name.toLowerCase() === name.toLowerCase()));
      for (const d of found) ctx.writeObject(driveInfo(ctx, d, all));
      // A pattern that matches nothing is no error (nor, in pwsh, is a literal name with wildcard characters).
      if (!found.length && !hasWildcard(name)) {
        await ctx.writeError({
          message: `Cannot find drive. A drive with the name '${name}' does not exist.`,
          errorId: 'GetLocationNoMatchingDrive',
          category: 'ObjectNotFound',
          exceptionType: 'DriveNotFoundException',
          exceptionFullName: 'System.Management.Automation.DriveNotFoundException',
          targetObject: name,
        });
      }
    }
  },
}));
