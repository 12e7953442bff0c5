// PowerShell's automatic variables that describe the session: $Host, $PSVersionTable, $PWD,
// $ExecutionContext, $PSStyle and the top level's $input, and those that describe the running script:
// $MyInvocation, $PSCommandPath and $PSScriptRoot (set for each input the shell runs).

import { LoopEnumerator } from './loop-enumerator.js';
import { BoundParametersDictionary } from './generic-types.js';
import { spoInstallDirectory } from './install-directory.js';
import type { Session, Variable } from './session.js';
import { EnumValue, PSHashtable, PSObject, type EnumType } from './values.js';
import type { Host } from '../host/host.js';
import { HostUserInterface } from './host-ui.js';
import { tempDriveRoot } from './temp-drive.js';
import { driveFolder, findFileSystemDrive, type FileSystemDrive } from './fs-drives.js';
import { relative, sep } from 'node:path';
import { SemanticVersionValue, VersionValue } from './version-types.js';

import { PS_VERSION, osName } from './platform-info.js';
export { PS_VERSION, osName };
const VERSION_TEXT = `${PS_VERSION.major}.${PS_VERSION.minor}.${PS_VERSION.patch}`;

const OUTPUT_RENDERING: EnumType = { fullName: 'System.Management.Automation.OutputRendering', names: ['Host', 'PlainText', 'Ansi'] };

const FILE_SYSTEM = 'Microsoft.PowerShell.Core\\FileSystem';

/**
 * System.Management.Automation.PathInfo: what Get-Location and Resolve-Path return and $PWD holds.
 * `path` is the PowerShell path (`Temp:/x`, `FileSystem::/tmp` as typed), `providerPath` the file system's;
 * `drive` the drive's name (`/` for the root drive, none for a provider-qualified path), `root` its root.
 */
export function pathInfo(providerPath: string, path = providerPath, drive: string | null = providerPath.startsWith('/') ? '/' : providerPath.slice(0, 1), root = '/'): PSObject {
  const provider = new PSObject('System.Management.Automation.ProviderInfo', { Name: 'FileSystem', ModuleName: 'Microsoft.PowerShell.Core' }, ['Name'], FILE_SYSTEM);
  const driveInfo = drive === null ? null : new PSObject('System.Management.Automation.PSDriveInfo', { Name: drive, Provider: provider, Root: root }, ['Name'], drive);
  return new PSObject('System.Management.Automation.PathInfo', { Drive: driveInfo, Provider: provider, ProviderPath: providerPath, Path: path }, undefined, path);
}

/**
 * A path on a FileSystem drive (Temp:, a New-PSDrive drive) as Resolve-Path and Get-Location give it:
 * named from the drive (`Temp:/sub`), its provider path the folder (the drive's root with a trailing
 * separator, `/tmp/`, `/tmp/pd/`).
 */
export function drivePathInfo(drive: FileSystemDrive, full: string, trailing = ''): PSObject {
  const rest = relative(driveFolder(drive), full);
  const rootPath = driveFolder(drive) === sep ? sep : driveFolder(drive) + sep;
  return pathInfo(rest === '' ? rootPath : full + trailing, `${drive.name}:${sep}${rest}${rest === '' ? '' : trailing}`, drive.name, drive.root);
}

/**
 * A path relative to a location on a FileSystem drive, as a path on that drive: `..` stops at the drive's
 * root, as in pwsh (`Set-Location ../..` from `Temp:/a` is `Temp:/`).
 */
export function drivePath(drive: FileSystemDrive, location: string, path: string): string {
  const parts = relative(driveFolder(drive), location).split(sep).filter((p) => p !== '' && p !== '..');
  for (const part of path.split(/[\\/]/)) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `${drive.name}:${sep}${parts.join(sep)}`;
}

/**
 * How the current location is named: from the root drive (`/tmp`, the default), provider-qualified
 * (`Set-Location FileSystem::/tmp`) or from another FileSystem drive (`Set-Location Temp:`, a New-PSDrive
 * drive: 'named'). A drive path, `~` or a bare Set-Location sets it anew; a relative move keeps it.
 */
export type LocationForm = 'drive' | 'provider' | 'named';

interface LocationState {
  form: LocationForm;
  /** The FileSystem drive the location is on, when 'named'. */
  drive?: FileSystemDrive;
  /** Each named drive's own current location, where `Set-Location Temp:` (the bare drive) goes back to. */
  driveLocations: Map<FileSystemDrive, string>;
}

const locationStates = new WeakMap<Session, LocationState>();

function locationState(session: Session): LocationState {
  let state = locationStates.get(session);
  if (!state) locationStates.set(session, (state = { form: 'drive', driveLocations: new Map() }));
  return state;
}

/** Sets how the location (just changed) is named; `drive` is the FileSystem drive it is on when 'named'. */
export function setLocationForm(session: Session, form: LocationForm, drive?: FileSystemDrive): void {
  const state = locationState(session);
  state.form = form;
  state.drive = form === 'named' ? drive : undefined;
  if (form === 'named' && drive) state.driveLocations.set(drive, session.location);
}

export function locationForm(session: Session): LocationForm {
  const state = locationState(session);
  // A drive removed or gone with its scope leaves the location on the root drive.
  if (state.form === 'named' && (!state.drive || findFileSystemDrive(session, state.drive.name) !== state.drive)) return 'drive';
  return state.form;
}

/** The FileSystem drive the current location is named from ('named'), if any. */
export function locationDriveOf(session: Session): FileSystemDrive | undefined {
  return locationForm(session) === 'named' ? locationState(session).drive : undefined;
}

/** A FileSystem drive's current location (its root until the session has been on the drive). */
export function driveLocation(session: Session, drive: FileSystemDrive): string {
  return locationState(session).driveLocations.get(drive) ?? driveFolder(drive);
}

/** Forgets a removed drive's location. */
export function forgetDriveLocation(session: Session, drive: FileSystemDrive): void {
  locationState(session).driveLocations.delete(drive);
}

/**
 * The current location as Get-Location and $PWD show it. A provider-qualified one has no drive and a
 * provider-qualified Path; pwsh 7.6.10 gives the root the empty provider path (`…FileSystem::`). One on
 * another FileSystem drive is named from it (`Temp:/…`).
 */
export function locationInfo(session: Session): PSObject {
  const location = session.location;
  const form = locationForm(session);
  if (form === 'named') return drivePathInfo(locationState(session).drive!, location);
  if (form === 'drive') return pathInfo(location);
  const providerPath = location === '/' ? '' : location;
  return pathInfo(providerPath, `${FILE_SYSTEM}::${providerPath}`, null);
}

function semanticVersion(): PSObject {
  return new SemanticVersionValue(PS_VERSION.major, PS_VERSION.minor, PS_VERSION.patch);
}

function systemVersion(major: number, minor: number, build = -1, revision = -1): PSObject {
  return new VersionValue(major, minor, build, revision);
}

function versionTable(): PSHashtable {
  const table = new PSHashtable(true);
  table.hashtableSubclass = 'System.Management.Automation.PSVersionHashTable';
  table.set('PSVersion', semanticVersion());
  table.set('PSEdition', 'Core');
  table.set('GitCommitId', VERSION_TEXT);
  table.set('OS', osName());
  table.set('Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
  table.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map((v) => {
    const [a, b, c] = v.split('.').map(Number);
    return systemVersion(a!, b!, c ?? -1);
  }));
  table.set('PSRemotingProtocolVersion', systemVersion(2, 4));
  table.set('SerializationVersion', systemVersion(1, 1, 0, 1));
  table.set('WSManStackVersion', systemVersion(3, 0));
  return table;
}


function hostObject(ui: Host): PSObject {
  return new PSObject(
    'System.Management.Automation.Internal.Host.InternalHost',
    {
      Name: 'ConsoleHost',
      Version: systemVersion(PS_VERSION.major, PS_VERSION.minor, PS_VERSION.patch),
      InstanceId: crypto.randomUUID(),
      UI: new HostUserInterface(ui),
      CurrentCulture: '',
      CurrentUICulture: '',
      PrivateData: 'Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy',
      DebuggerEnabled: true,
      IsRunspacePushed: false,
      Runspace: 'System.Management.Automation.Runspaces.LocalRunspace',
    },
    undefined,
    'System.Management.Automation.Internal.Host.InternalHost',
  );
}

function psStyle(color: boolean): PSObject {
  // NO_COLOR makes pwsh start with PlainText; otherwise the host decides (Host). spo's host without colour
  // (NO_COLOR, TERM=dumb, output redirected) says PlainText.
  const rendering = process.env.NO_COLOR || !color ? 'PlainText' : 'Host';
  const esc = (code: string) => `\x1b[${code}m`;
  return new PSObject('System.Management.Automation.PSStyle', {
    Reset: esc('0'),
    BlinkOff: esc('25'),
    Blink: esc('5'),
    BoldOff: esc('22'),
    Bold: esc('1'),
    DimOff: esc('22'),
    Dim: esc('2'),
    HiddenOff: esc('28'),
    Hidden: esc('8'),
    ReverseOff: esc('27'),
    Reverse: esc('7'),
    ItalicOff: esc('23'),
    Italic: esc('3'),
    UnderlineOff: esc('24'),
    Underline: esc('4'),
    StrikethroughOff: esc('29'),
    Strikethrough: esc('9'),
    OutputRendering: new EnumValue(OUTPUT_RENDERING, rendering),
  });
}

/** Defines the session-wide automatic variables (once, when the shell starts). */
export function defineAutomaticVariables(session: Session, host: Host): void {
  const readOnly = { readOnly: true };
  // Made on first read (an ordinary variable otherwise): its InstanceId needs crypto, which costs a
  // script that never reads $Host ~10 ms to load (docs/startup.md).
  session.defineVariable('Host', undefined, readOnly);
  madeOnFirstRead(session.getVariable('Host')!, () => hostObject(host));
  // Built on first use: it reads /etc/os-release, which a script that never asks should not pay for.
  let table: PSHashtable | undefined;
  session.defineComputedVariable('PSVersionTable', () => (table ??= versionTable()));
  // These three, and $MyInvocation below, are objects a script seldom reads: made on first read
  // (docs/startup.md, sixth round), from what the session has now.
  // $ExecutionContext's value (engine-intrinsics.ts, which needs modules that import this one) is given
  // by the shell: defineExecutionContext.
  session.defineVariable('ExecutionContext', undefined, readOnly);
  const color = host.color;
  session.defineVariable('PSStyle', undefined, readOnly);
  madeOnFirstRead(session.getVariable('PSStyle')!, () => psStyle(color));
  // The top level's $input is an enumerator with nothing in it (pwsh -c: an ArrayList's).
  session.defineVariable('input', undefined);
  madeOnFirstRead(session.getVariable('input')!, () => new LoopEnumerator([], 'System.Collections.ArrayList+ArrayListEnumeratorSimple'));
  session.defineComputedVariable('PWD', () => locationInfo(session));
  // The Temp: drive is mapped now, as pwsh maps it when the session starts (temp-drive.ts).
  tempDriveRoot();
  // pwsh's is the folder it is installed in; spo's is spo-shell's (docs/language.md), found on first read.
  session.defineVariable('PSHOME', undefined, { constant: true, readOnly: true });
  madeOnFirstRead(session.getVariable('PSHOME')!, spoInstallDirectory);
}

/**
 * Whether a lower-case variable name is one of seldom-read-variables.ts's: $ShellId, $PROFILE and the eight
 * others pwsh has in every session, which the shell defines on first need (Session.deferGlobalVariables).
 * Kept here, out of the lazy chunk: each new variable of a script asks.
 */
export function isSeldomReadVariable(key: string): boolean {
  switch (key) {
    case 'enabledexperimentalfeatures':
    case 'profile':
    case 'psemailserver':
    case 'psnativecommandargumentpassing':
    case 'psnativecommanduseerroractionpreference':
    case 'pssessionapplicationname':
    case 'pssessionconfigurationname':
    case 'pssessionoption':
    case 'shellid':
    case 'stacktrace':
      return true;
    default:
      return false;
  }
}

/** Gives a variable the value `make()` returns when it is first read, unless one was assigned before. */
export function madeOnFirstRead(variable: Variable, make: () => unknown): void {
  let value: unknown;
  let made = false;
  Object.defineProperty(variable, 'value', {
    get: () => (made ? value : ((made = true), (value = make()))),
    set: (assigned: unknown) => {
      made = true;
      value = assigned;
    },
    enumerable: true,
    configurable: true,
  });
}

/** A script's ScriptInfo (-c text, a console line) or ExternalScriptInfo (a file), as $MyInvocation.MyCommand. */
export function scriptCommandInfo(text: string, file?: string): PSObject {
  if (file !== undefined) {
    const name = file.split(/[\\/]/).pop() ?? file;
    return new PSObject(
      'System.Management.Automation.ExternalScriptInfo',
      { Path: file, Definition: file, Source: file, Name: name, CommandType: 'ExternalScript', Version: '' },
      ['CommandType', 'Name'],
      name,
    );
  }
  return new PSObject(
    'System.Management.Automation.ScriptInfo',
    { ScriptBlock: text, Definition: text, Name: '', CommandType: 'Script', Source: '' },
    ['CommandType', 'Name'],
    text,
  );
}

/** $MyInvocation of a script run from -c, -f or a console line: no position, run from the runspace. */
export function scriptInvocation(text: string, historyId: number, file?: string): PSObject {
  return new PSObject('System.Management.Automation.InvocationInfo', {
    MyCommand: scriptCommandInfo(text, file),
    BoundParameters: new PSHashtable(),
    UnboundArguments: [],
    ScriptLineNumber: 0,
    OffsetInLine: 0,
    HistoryId: historyId,
    ScriptName: '',
    Line: '',
    Statement: '',
    PositionMessage: '',
    PSScriptRoot: '',
    PSCommandPath: '',
    InvocationName: file ?? '',
    PipelineLength: 2,
    PipelinePosition: 1,
    ExpectingInput: false,
    CommandOrigin: 'Runspace',
    DisplayScriptPosition: null,
  });
}

/** Sets $MyInvocation, $PSCommandPath, $PSScriptRoot and $PSBoundParameters for one input the shell runs. */
export function defineScriptVariables(session: Session, text: string, file: string | undefined): void {
  const historyId = session.historyId;
  // The top level has its own, empty $PSBoundParameters as any script block has (a script's param( ) fills it).
  session.defineVariable('PSBoundParameters', new BoundParametersDictionary());
  session.defineVariable('MyInvocation', undefined);
  madeOnFirstRead(session.getVariable('MyInvocation')!, () => scriptInvocation(text, historyId, file));
  session.defineVariable('PSCommandPath', file ?? '');
  session.defineVariable('PSScriptRoot', file === undefined ? '' : folderOf(file));
}

function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : i === 0 ? path.slice(0, 1) : '';
}
