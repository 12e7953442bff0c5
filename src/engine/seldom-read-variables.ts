// The variables pwsh 7.6.10 has in every session that scripts seldom read: $ShellId, $PROFILE,
// $EnabledExperimentalFeatures, $StackTrace, the native-command preferences and the remoting defaults.
// Defined when one of them is first looked up, assigned or removed, or the variables are listed
// (Session.deferGlobalVariables), so that a start does not pay for them (docs/startup.md).

import { join } from 'node:path';
import { homedir } from 'node:os';
import type { Session } from './session.js';
import { EnumValue, PSObject, type EnumType } from './values.js';
import { toEnum } from './convert.js';
import { booleanConstraint } from './function-definition.js';
import { membersFor } from './instance-members.js';
import { NamedCollection } from './named-collection.js';
import { TimeSpanValue } from './timespan.js';
import { spoInstallDirectory } from './install-directory.js';
import { madeOnFirstRead } from './automatic-variables.js';

const SMA = 'System.Management.Automation';
const SHELL_ID = 'Microsoft.PowerShell';

const NATIVE_ARGUMENT_PASSING: EnumType = { fullName: `${SMA}.NativeArgumentPassingStyle`, names: ['Legacy', 'Standard', 'Windows'] };

/** Defines them in the global scope (automatic-variables.ts's isSeldomReadVariable names them), with pwsh's values, options and type constraints. */
export function defineSeldomReadVariables(session: Session): void {
  const constant = { constant: true, readOnly: true, allScope: true };
  // spo-shell's experimental features: none, as in pwsh 7.6.10 without any enabled.
  session.defineVariable('EnabledExperimentalFeatures', NamedCollection.named(`${SMA}.Internal.ReadOnlyBag\`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]`, []), constant, 'global');
  session.defineVariable('PROFILE', profilePaths(), {}, 'global');
  session.defineVariable('PSEmailServer', '', {}, 'global');
  session.defineVariable('PSNativeCommandArgumentPassing', new EnumValue(NATIVE_ARGUMENT_PASSING, 'Standard'), { constrain: (v) => toEnum(v, NATIVE_ARGUMENT_PASSING) }, 'global');
  session.defineVariable('PSNativeCommandUseErrorActionPreference', false, { constrain: booleanConstraint('System.Boolean') }, 'global');
  session.defineVariable('PSSessionApplicationName', 'wsman', {}, 'global');
  session.defineVariable('PSSessionConfigurationName', 'http://schemas.microsoft.com/powershell/Microsoft.PowerShell', {}, 'global');
  session.defineVariable('PSSessionOption', undefined, {}, 'global');
  madeOnFirstRead(session.getVariable('PSSessionOption', 'global')!, sessionOption);
  session.defineVariable('ShellId', SHELL_ID, constant, 'global');
  // pwsh puts the .NET stack trace of the last exception here; spo-shell has none (docs/language.md).
  session.defineVariable('StackTrace', null, {}, 'global');
}

/**
 * $PROFILE: the current user's and host's profile path, with the four paths pwsh would read as its notes
 * (the current user's under $XDG_CONFIG_HOME or ~/.config, all users' in $PSHOME). spo-shell reads none
 * of them (docs/language.md).
 */
function profilePaths(): unknown {
  const xdg = process.env.XDG_CONFIG_HOME;
  const user = join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.config'), 'powershell');
  const home = spoInstallDirectory();
  const hostFile = `${SHELL_ID}_profile.ps1`;
  const { members, wrapped } = membersFor(join(user, hostFile));
  const notes: [string, string][] = [
    ['AllUsersAllHosts', join(home, 'profile.ps1')],
    ['AllUsersCurrentHost', join(home, hostFile)],
    ['CurrentUserAllHosts', join(user, 'profile.ps1')],
    ['CurrentUserCurrentHost', join(user, hostFile)],
  ];
  for (const [name, value] of notes) members.set({ kind: 'NoteProperty', name, value });
  return wrapped;
}

const enumType = (fullName: string, names: string[], values?: number[]): EnumType => ({ fullName, names, values });
const span = (ms: number) => new TimeSpanValue(ms * 10_000);

/** System.Management.Automation.Remoting.PSSessionOption as New-PSSessionOption makes it without arguments. */
function sessionOption(): PSObject {
  const name = `${SMA}.Remoting.PSSessionOption`;
  return new PSObject(
    name,
    {
      MaximumConnectionRedirectionCount: 5,
      NoCompression: false,
      NoMachineProfile: false,
      ProxyAccessType: new EnumValue(enumType(`${SMA}.Remoting.ProxyAccessType`, ['None', 'IEConfig', 'WinHttpConfig', 'AutoDetect', 'NoProxyServer'], [0, 1, 2, 4, 8]), 'None'),
      ProxyAuthentication: new EnumValue(
        enumType(`${SMA}.Runspaces.AuthenticationMechanism`, ['Default', 'Basic', 'Negotiate', 'NegotiateWithImplicitCredential', 'Credssp', 'Digest', 'Kerberos']),
        'Negotiate',
      ),
      ProxyCredential: null,
      SkipCACheck: false,
      SkipCNCheck: false,
      SkipRevocationCheck: false,
      OperationTimeout: span(180_000),
      NoEncryption: false,
      UseUTF16: false,
      IncludePortInSPN: false,
      OutputBufferingMode: new EnumValue(enumType(`${SMA}.Runspaces.OutputBufferingMode`, ['None', 'Drop', 'Block']), 'None'),
      MaxConnectionRetryCount: 5,
      Culture: null,
      UICulture: null,
      MaximumReceivedDataSizePerCommand: null,
      MaximumReceivedObjectSize: 209_715_200,
      ApplicationArguments: null,
      OpenTimeout: span(180_000),
      CancelTimeout: span(60_000),
      IdleTimeout: span(-1),
    },
    undefined,
    name,
  );
}
