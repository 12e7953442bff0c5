// Get-Location (`pwd`, `gl`): the session's current location as a PathInfo, or with -Stack a location
// stack of Push-Location's (a PathInfoStack, the last pushed first).

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { driveNotFound, providerNotFound } from '../engine/paths.js';
import { findFileSystemDrive } from '../engine/fs-drives.js';
import { driveLocation, drivePathInfo, locationInfo, pathInfo } from './location.js';
import { locationDrive } from './get-psdrive.js';
import { locationStack, pathInfoStack, stackNameNotValid } from './location-stack.js';
import { stringsParam, switchParam } from './param-builders.js';
import { MANAGEMENT } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getLocation = lazyCmdlet('Get-Location', (): CmdletDefinition => ({
  name: 'Get-Location',
  implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the current working location.',
  defaultParameterSet: 'Location',
  parameters: [
    stringsParam('PSProvider', "Writes the location in that provider's drive (FileSystem: the current location; Environment: Env:/ ...).", { sets: { Location: { valueFromPipelineByPropertyName: true } } }),
    stringsParam('PSDrive', 'Writes the location in that drive (/ is the current location; Temp: Temp:/; Env: Env:/ ...).', { sets: { Location: { valueFromPipelineByPropertyName: true } } }),
    switchParam('Stack', 'Writes the default location stack (or the -StackName stacks) instead of the location.', { sets: { Stack: {} } }),
    stringsParam('StackName', 'The location stacks to write.', { sets: { Stack: { valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    if (ctx.invocation.parameterSetName !== 'Stack') return writeLocations(ctx);
    for (const name of ctx.params.get<string[]>('StackName') ?? [undefined]) {
      const stack = locationStack(ctx, name, false);
      if (stack) ctx.writeObject(pathInfoStack(stack), false);
      else await ctx.writeError(stackNameNotValid());
    }
  },
}));

/** The location, or with -PSDrive/-PSProvider the location in each drive named (pwsh: `Env:/`, `Temp:/`). */
async function writeLocations(ctx: CmdletContext): Promise<void> {
  const drives = ctx.params.get<string[]>('PSDrive');
  const providers = ctx.params.get<string[]>('PSProvider');
  if (!drives && !providers) return ctx.writeObject(locationInfo(ctx.session));
  // Get-PSDrive's drives: the file system's root is at the session's location, every other drive at its root.
  // A FileSystem drive (Temp:, a New-PSDrive drive) is at its own current location.
  const write = (drive: { name: string; root: boolean }) => {
    const fileSystem = drive.root ? undefined : findFileSystemDrive(ctx.session, drive.name);
    if (drive.root) ctx.writeObject(locationInfo(ctx.session));
    else if (fileSystem) ctx.writeObject(drivePathInfo(fileSystem, driveLocation(ctx.session, fileSystem)));
    else ctx.writeObject(pathInfo('', `${drive.name}:/`, drive.name, ''));
  };
  for (const name of drives ?? []) {
    const drive = locationDrive(ctx, 'name', name);
    if (drive) write(drive);
    else await ctx.writeError(driveNotFound(name));
  }
  for (const name of providers ?? []) {
    const drive = locationDrive(ctx, 'provider', name);
    if (drive) write(drive);
    else await ctx.writeError(providerNotFound(name));
  }
}
