// The session's FileSystem drives other than the root drive `/`: pwsh's Temp: and those New-PSDrive
// makes. Like pwsh's, each belongs to the scope it was made in (Temp: to the global scope) and is seen
// from that scope and the scopes under it, a nearer one hiding a farther one of the same name; it goes
// with its scope (a function's drive ends with the function) or with Remove-PSDrive.

import { sep } from 'node:path';
import type { Session } from './session.js';
import { tempDriveRoot } from './temp-drive.js';

export interface FileSystemDrive {
  name: string;
  /** The root as Get-PSDrive shows it: as given (`/tmp/pd`, `/tmp/pd/`); Temp:'s ends with a separator. */
  root: string;
  description: string;
}

export const TEMP_DESCRIPTION = 'Drive that maps to the temporary directory path for the current user';

/** Each scope's drives, by the scope's handle (Session.scopeHandle). */
const scopeDrives = new WeakMap<object, FileSystemDrive[]>();

/** The drives a scope holds; the global scope's start with Temp:, mapped when the session started. */
function drivesOf(session: Session, scope: object): FileSystemDrive[] {
  let list = scopeDrives.get(scope);
  if (!list) {
    list = scope === session.scopeHandle('global') ? [{ name: 'Temp', root: tempDriveRoot(), description: TEMP_DESCRIPTION }] : [];
    scopeDrives.set(scope, list);
  }
  return list;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The FileSystem drives seen from the current scope (the nearest of each name), sorted by name. */
export function fileSystemDrives(session: Session): FileSystemDrive[] {
  const seen: FileSystemDrive[] = [];
  for (const scope of session.visibleScopeHandles()) {
    for (const d of drivesOf(session, scope)) if (!seen.some((x) => sameName(x.name, d.name))) seen.push(d);
  }
  return seen.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** The FileSystem drive `name` seen from the current scope (case ignored). */
export function findFileSystemDrive(session: Session, name: string): FileSystemDrive | undefined {
  for (const scope of session.visibleScopeHandles()) {
    const d = drivesOf(session, scope).find((x) => sameName(x.name, name));
    if (d) return d;
  }
  return undefined;
}

/** The drive `name` held by `scope` itself (New-PSDrive's "already exists" looks in its own scope only). */
export function scopeDrive(session: Session, scope: object, name: string): FileSystemDrive | undefined {
  return drivesOf(session, scope).find((x) => sameName(x.name, name));
}

export function addFileSystemDrive(session: Session, scope: object, drive: FileSystemDrive): void {
  drivesOf(session, scope).push(drive);
}

/** Removes `drive` from the scope that holds it (the nearest one seen, or `scope`'s own). */
export function removeFileSystemDrive(session: Session, drive: FileSystemDrive, scope?: object): boolean {
  for (const s of scope ? [scope] : session.visibleScopeHandles()) {
    const list = drivesOf(session, s);
    const at = list.indexOf(drive);
    if (at >= 0) {
      list.splice(at, 1);
      return true;
    }
  }
  return false;
}

/** The folder a drive maps to, without a trailing separator (`/tmp`), the form paths under it are joined to. */
export function driveFolder(drive: FileSystemDrive): string {
  return drive.root.length > 1 && drive.root.endsWith(sep) ? drive.root.slice(0, -1) : drive.root;
}
