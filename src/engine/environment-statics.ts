// [Environment]'s members that come from the machine: OSVersion, GetFolderPath with the
// System.Environment+SpecialFolder enum, ExpandEnvironmentVariables, GetEnvironmentVariables. As .NET 10
// answers them on Linux (pwsh 7.6.10, measured with a HOME of its own, XDG_CONFIG_HOME, XDG_DATA_HOME
// and a user-dirs.dirs):
// - OSVersion is Unix and the first four numbers of the kernel release (`6.18.44-fc-v1300` is 6.18.44.1300);
// - GetFolderPath maps a dozen folders to the XDG places (ApplicationData is $XDG_CONFIG_HOME or
//   ~/.config, LocalApplicationData $XDG_DATA_HOME or ~/.local/share, Desktop the user-dirs.dirs entry or
//   ~/Desktop ...), and the rest to ""; a folder that does not exist is "" too, unless the option says
//   DoNotVerify (the path anyway) or Create (made first).

import { makeDirectories } from './make-directories.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir, release } from 'node:os';
import { join } from 'node:path';
import { EnumValue, PSHashtable, PSObject, type EnumType } from './values.js';
import { registerEnumType } from './enum-types.js';
import { parseVersion } from './version-types.js';

export const PLATFORM_ID: EnumType = { fullName: 'System.PlatformID', names: ['Win32S', 'Win32Windows', 'Win32NT', 'WinCE', 'Unix', 'Xbox', 'MacOSX', 'Other'] };
registerEnumType(PLATFORM_ID);

export const SPECIAL_FOLDER: EnumType = {
  fullName: 'System.Environment+SpecialFolder',
  names: [
    'Desktop', 'Programs', 'MyDocuments', 'Personal', 'Favorites', 'Startup', 'Recent', 'SendTo', 'StartMenu', 'MyMusic', 'MyVideos',
    'DesktopDirectory', 'MyComputer', 'NetworkShortcuts', 'Fonts', 'Templates', 'CommonStartMenu', 'CommonPrograms', 'CommonStartup',
    'CommonDesktopDirectory', 'ApplicationData', 'PrinterShortcuts', 'LocalApplicationData', 'InternetCache', 'Cookies', 'History',
    'CommonApplicationData', 'Windows', 'System', 'ProgramFiles', 'MyPictures', 'UserProfile', 'SystemX86', 'ProgramFilesX86',
    'CommonProgramFiles', 'CommonProgramFilesX86', 'CommonTemplates', 'CommonDocuments', 'CommonAdminTools', 'AdminTools',
    'CommonMusic', 'CommonPictures', 'CommonVideos', 'Resources', 'LocalizedResources', 'CommonOemLinks', 'CDBurning',
  ],
  values: [0, 2, 5, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 53, 54, 55, 56, 57, 58, 59],
};
registerEnumType(SPECIAL_FOLDER);

export const SPECIAL_FOLDER_OPTION: EnumType = { fullName: 'System.Environment+SpecialFolderOption', names: ['None', 'DoNotVerify', 'Create'], values: [0, 16384, 32768] };
registerEnumType(SPECIAL_FOLDER_OPTION);

/** [Environment]::OSVersion: a System.OperatingSystem that shows as its VersionString. */
export function osVersion(): PSObject {
  const numbers = (release().match(/\d+/g) ?? []).slice(0, 4).map(Number);
  while (numbers.length < 4) numbers.push(0);
  const version = parseVersion(numbers.join('.'));
  const text = `Unix ${numbers.join('.')}`;
  return new PSObject('System.OperatingSystem', { Platform: new EnumValue(PLATFORM_ID, 'Unix'), ServicePack: '', Version: version, VersionString: text }, undefined, text);
}

/** An absolute directory from an XDG variable, else the default under the home folder. */
function xdgBase(variable: string, fallback: string): string {
  const value = process.env[variable];
  return value && value.startsWith('/') ? value : join(homedir(), fallback);
}

/** A user directory from user-dirs.dirs (`XDG_DESKTOP_DIR="$HOME/Desktop"`), else ~/`fallback`. */
function userDirectory(key: string, fallback: string): string {
  const home = homedir();
  try {
    const text = readFileSync(join(xdgBase('XDG_CONFIG_HOME', '.config'), 'user-dirs.dirs'), 'utf8');
    for (const line of text.split('\n')) {
      const m = new RegExp(`^\\s*XDG_${key}_DIR\\s*=\\s*"(.*)"\\s*$`).exec(line);
      if (!m) continue;
      const value = m[1]!;
      if (value.startsWith('$HOME/')) return join(home, value.slice('$HOME/'.length));
      if (value.startsWith('/')) return value;
    }
  } catch {
    // No user-dirs.dirs: the default.
  }
  return join(home, fallback);
}

/** Where a special folder is on Linux, before the option's check; "" for the Windows-only ones. */
function folderLocation(folder: string): string {
  switch (folder) {
    case 'UserProfile':
      return homedir();
    case 'ApplicationData':
      return xdgBase('XDG_CONFIG_HOME', '.config');
    case 'LocalApplicationData':
      return xdgBase('XDG_DATA_HOME', join('.local', 'share'));
    case 'CommonApplicationData':
      return '/usr/share';
    case 'CommonTemplates':
      return '/usr/share/templates';
    case 'Desktop':
    case 'DesktopDirectory':
      return userDirectory('DESKTOP', 'Desktop');
    case 'MyDocuments':
    case 'Personal':
      return userDirectory('DOCUMENTS', 'Documents');
    case 'Templates':
      return userDirectory('TEMPLATES', 'Templates');
    case 'MyMusic':
      return userDirectory('MUSIC', 'Music');
    case 'MyVideos':
      return userDirectory('VIDEOS', 'Videos');
    case 'MyPictures':
      return userDirectory('PICTURES', 'Pictures');
    case 'Fonts':
      return join(homedir(), '.fonts');
    default:
      return '';
  }
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Environment.GetFolderPath(folder, option). */
export function folderPath(folder: EnumValue, option: EnumValue | undefined): string {
  // Personal is MyDocuments's other name (both 5): the value names the folder.
  const path = folderLocation(folder.name);
  if (path === '') return '';
  if (option?.name === 'DoNotVerify') return path;
  if (option?.name === 'Create' && !isDirectory(path)) makeDirectories(path);
  return isDirectory(path) ? path : '';
}

/** Environment.ExpandEnvironmentVariables: each `%NAME%` of a variable that is set (names are case-sensitive here). */
export function expandEnvironmentVariables(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('%', i);
    const end = start < 0 ? -1 : text.indexOf('%', start + 1);
    if (end < 0) {
      out += text.slice(i);
      break;
    }
    const name = text.slice(start + 1, end);
    const value = name === '' ? undefined : process.env[name];
    if (value === undefined) {
      // The closing % may open the next name.
      out += text.slice(i, end);
      i = end;
    } else {
      out += text.slice(i, start) + value;
      i = end + 1;
    }
  }
  return out;
}

/** Environment.GetEnvironmentVariables(): a Hashtable of the process's variables. */
export function environmentVariables(): PSHashtable {
  const table = new PSHashtable();
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) table.set(name, value);
  return table;
}
