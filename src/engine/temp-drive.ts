// The Temp: drive's root. pwsh maps the drive to Path.GetTempPath() (TMPDIR, else /tmp, with a trailing
// separator: `/tmp/`) when its session starts, so a later `$env:TMPDIR = …` does not move the drive
// (while [IO.Path]::GetTempPath() follows it). os.tmpdir() reads TMPDIR the same way, without the separator.

import { tmpdir } from 'node:os';
import { sep } from 'node:path';

let root: string | undefined;

/** The Temp: drive's root with its trailing separator (`/tmp/`), as taken when the first session started. */
export function tempDriveRoot(): string {
  return (root ??= tmpdir() + sep);
}

/** The same root without its trailing separator (`/tmp`), the form paths under it are joined to. */
export function tempDriveFolder(): string {
  const r = tempDriveRoot();
  return r.length > 1 ? r.slice(0, -1) : r;
}
