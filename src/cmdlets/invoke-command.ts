// Invoke-Command: runs a script block in this session (the InProcess set: `Invoke-Command { ... } -ArgumentList
// a, b`), as admin scripts copied from Windows do for local work. The block runs once, after the pipeline's
// last object, with every input object in $input (not $_, and a process block runs once), in a scope of its
// own unless -NoNewScope. The remoting sets are declared as pwsh declares them (so -Syntax, binding and
// prefix matching are pwsh's) and fail as pwsh 7.6.10 fails on Linux: WSMan is not there, Hyper-V and
// containers are Windows-only. SSH remoting (-HostName, -SSHConnection) would start ssh; spo-shell does
// not, and says so (docs/Invoke-Command.md).

import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ErrorSpec } from '../engine/cmdlet.js';
import { castFailure, enumerate, unwrap } from '../engine/convert.js';
import { exists, pathNotFound, resolveLiteral } from '../engine/paths.js';
import type { ScriptBlock } from '../engine/script-block.js';
import type { EnumType } from '../engine/values.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { asScriptBlock } from './param-builders.js';

const AUTHENTICATION_MECHANISM: EnumType = {
  fullName: 'System.Management.Automation.Runspaces.AuthenticationMechanism',
  names: ['Default', 'Basic', 'Negotiate', 'NegotiateWithImplicitCredential', 'Credssp', 'Digest', 'Kerberos'],
};

/** Nothing converts to a PSSession: spo-shell cannot make one (New-PSSession is not built). */
function asSessions(value: unknown): never {
  throw castFailure(enumerate(unwrap(value))[0] ?? value, 'System.Management.Automation.Runspaces.PSSession');
}

const WSMAN_SETS = ['Session', 'FilePathRunspace', 'ComputerName', 'FilePathComputerName', 'Uri', 'FilePathUri'];
const HYPER_V_SETS = ['VMId', 'VMName', 'FilePathVMId', 'FilePathVMName'];
const CONTAINER_SETS = ['ContainerId', 'FilePathContainerId'];

const failure = (message: string, errorId: string, category: string, exceptionType: string, exceptionFullName: string): ErrorSpec => ({
  message,
  errorId,
  category,
  exceptionType,
  exceptionFullName,
});

/** What pwsh 7.6.10 on Linux answers for a remoting set (measured), and spo-shell's answer for SSH. */
function remotingFailure(set: string): { spec: ErrorSpec; terminating: boolean } {
  if (WSMAN_SETS.includes(set)) {
    const spec = failure(
      'This parameter set requires WSMan, and no supported WSMan client library was found. WSMan is either not installed or unavailable for this system.',
      'System.Management.Automation.Remoting.PSRemotingDataStructureException',
      'ResourceUnavailable',
      'PSRemotingTransportException',
      'System.Management.Automation.Remoting.PSRemotingTransportException',
    );
    return { spec, terminating: true };
  }
  if (HYPER_V_SETS.includes(set)) {
    return { spec: failure('The Hyper-V Module for PowerShell is not available on this machine.', 'HyperVModuleNotAvailable', 'NotInstalled', 'ArgumentException', 'System.ArgumentException'), terminating: true };
  }
  if (CONTAINER_SETS.includes(set)) {
    return {
      spec: failure('COM Interop is not supported on this platform.', 'CreateRemoteRunspaceForContainerFailed', 'InvalidOperation', 'PlatformNotSupportedException', 'System.PlatformNotSupportedException'),
      terminating: false,
    };
  }
  // Deliberate deviation: pwsh would start ssh here.
  return {
    spec: failure(
      'spo-shell does not run commands over SSH: the -HostName and -SSHConnection parameter sets are not available.',
      'SSHRemotingNotAvailable',
      'NotImplemented',
      'PSNotSupportedException',
      'System.Management.Automation.PSNotSupportedException',
    ),
    terminating: true,
  };
}

/** The input objects of one run, per invocation. */
const collected = new WeakMap<CmdletContext, unknown[]>();

export const invokeCommand = lazyCmdlet('Invoke-Command', (): CmdletDefinition => ({
  name: 'Invoke-Command',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
  collectsInnerErrors: true,
  module: CORE,
  synopsis: 'Runs commands on local and remote computers.',
  defaultParameterSet: 'InProcess',
  parameters: [
    { name: 'Session', kind: 'object', typeName: 'System.Management.Automation.Runspaces.PSSession[]', sets: { Session: { position: 0 }, FilePathRunspace: { position: 0 } }, coerce: asSessions, validateNotNullOrEmpty: true, description: 'Remote sessions (PSSession objects); spo-shell has no remoting.' },
    { name: 'ComputerName', kind: 'string[]', typeName: 'System.String[]', sets: { ComputerName: { position: 0 }, FilePathComputerName: { position: 0 } }, validateNotNullOrEmpty: true, aliases: ['Cn'], description: 'Computers to run the command on over WSMan; not available (as in pwsh on Linux).' },
    { name: 'Credential', kind: 'credential', typeName: 'System.Management.Automation.PSCredential', sets: { ComputerName: { valueFromPipelineByPropertyName: true }, Uri: { valueFromPipelineByPropertyName: true }, FilePathComputerName: { valueFromPipelineByPropertyName: true }, FilePathUri: { valueFromPipelineByPropertyName: true }, VMId: { mandatory: true, valueFromPipelineByPropertyName: true }, VMName: { mandatory: true, valueFromPipelineByPropertyName: true }, FilePathVMId: { mandatory: true, valueFromPipelineByPropertyName: true }, FilePathVMName: { mandatory: true, valueFromPipelineByPropertyName: true } }, credentialAttribute: true, description: 'The account for a remote connection.' },
    { name: 'Port', kind: 'int', typeName: 'System.Int32', sets: { ComputerName: {}, FilePathComputerName: {}, SSHHost: {} }, range: [1, 65535], description: 'The network port of the remote connection.' },
    { name: 'UseSSL', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, FilePathComputerName: {} }, description: 'Uses HTTPS for the WSMan connection.' },
    { name: 'ConfigurationName', kind: 'string', typeName: 'System.String', sets: { ComputerName: { valueFromPipelineByPropertyName: true }, Uri: { valueFromPipelineByPropertyName: true }, FilePathComputerName: { valueFromPipelineByPropertyName: true }, FilePathUri: { valueFromPipelineByPropertyName: true }, ContainerId: { valueFromPipelineByPropertyName: true }, VMId: { valueFromPipelineByPropertyName: true }, VMName: { valueFromPipelineByPropertyName: true }, FilePathContainerId: { valueFromPipelineByPropertyName: true }, FilePathVMId: { valueFromPipelineByPropertyName: true }, FilePathVMName: { valueFromPipelineByPropertyName: true } }, description: 'The session configuration of the remote connection.' },
    { name: 'ApplicationName', kind: 'string', typeName: 'System.String', sets: { ComputerName: { valueFromPipelineByPropertyName: true }, FilePathComputerName: { valueFromPipelineByPropertyName: true } }, description: 'The application segment of the WSMan address.' },
    { name: 'ThrottleLimit', kind: 'int', typeName: 'System.Int32', sets: { ComputerName: {}, Session: {}, Uri: {}, FilePathComputerName: {}, FilePathRunspace: {}, FilePathUri: {}, VMId: {}, VMName: {}, ContainerId: {}, FilePathVMId: {}, FilePathVMName: {}, FilePathContainerId: {} }, description: 'How many remote connections run at once.' },
    { name: 'ConnectionUri', kind: 'object[]', typeName: 'System.Uri[]', sets: { Uri: { position: 0 }, FilePathUri: { position: 0 } }, validateNotNullOrEmpty: true, aliases: ['URI', 'CU'], description: 'WSMan addresses to connect to; not available (as in pwsh on Linux).' },
    { name: 'AsJob', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, Session: {}, Uri: {}, FilePathComputerName: {}, FilePathRunspace: {}, FilePathUri: {}, VMId: {}, VMName: {}, ContainerId: {}, FilePathVMId: {}, FilePathVMName: {}, FilePathContainerId: {}, SSHHost: {}, SSHHostHashParam: {}, FilePathSSHHost: {}, FilePathSSHHostHash: {} }, description: 'Runs the remote command as a background job.' },
    { name: 'InDisconnectedSession', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, FilePathComputerName: {}, Uri: {}, FilePathUri: {} }, aliases: ['Disconnected'], description: 'Runs the command in a disconnected session.' },
    { name: 'SessionName', kind: 'string[]', typeName: 'System.String[]', sets: { ComputerName: {}, FilePathComputerName: {} }, validateNotNullOrEmpty: true, description: 'Names of the disconnected sessions.' },
    { name: 'HideComputerName', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, Session: {}, Uri: {}, FilePathComputerName: {}, FilePathRunspace: {}, FilePathUri: {}, VMId: {}, VMName: {}, ContainerId: {}, FilePathVMId: {}, FilePathVMName: {}, FilePathContainerId: {}, SSHHost: {}, SSHHostHashParam: {}, FilePathSSHHost: {}, FilePathSSHHostHash: {} }, aliases: ['HCN'], description: 'Leaves PSComputerName out of remote output.' },
    { name: 'JobName', kind: 'string', typeName: 'System.String', sets: { ComputerName: {}, Session: {}, Uri: {}, FilePathComputerName: {}, FilePathRunspace: {}, FilePathUri: {}, ContainerId: {}, FilePathContainerId: {}, SSHHostHashParam: {}, SSHHost: {} }, description: 'The name of the background job.' },
    { name: 'ScriptBlock', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', sets: { ComputerName: { position: 1, mandatory: true }, Session: { position: 1, mandatory: true }, Uri: { position: 1, mandatory: true }, InProcess: { position: 0, mandatory: true }, VMId: { position: 1, mandatory: true }, VMName: { position: 1, mandatory: true }, ContainerId: { position: 1, mandatory: true }, SSHHost: { position: 1, mandatory: true }, SSHHostHashParam: { position: 1, mandatory: true } }, coerce: asScriptBlock, validateNotNull: true, aliases: ['Command'], description: 'The commands to run.' },
    { name: 'NoNewScope', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { InProcess: {} }, description: 'Runs the script block in the current scope (its variables stay).' },
    { name: 'FilePath', kind: 'string', typeName: 'System.String', sets: { FilePathComputerName: { position: 1, mandatory: true }, FilePathRunspace: { position: 1, mandatory: true }, FilePathUri: { position: 1, mandatory: true }, FilePathVMId: { position: 1, mandatory: true }, FilePathVMName: { position: 1, mandatory: true }, FilePathContainerId: { position: 1, mandatory: true }, FilePathSSHHost: { mandatory: true }, FilePathSSHHostHash: { mandatory: true } }, validateNotNull: true, aliases: ['PSPath'], description: 'A script file to run on remote computers.' },
    { name: 'AllowRedirection', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { Uri: {}, FilePathUri: {} }, description: 'Follows a WSMan redirection.' },
    { name: 'SessionOption', kind: 'object', typeName: 'System.Management.Automation.Remoting.PSSessionOption', sets: { ComputerName: {}, Uri: {}, FilePathComputerName: {}, FilePathUri: {} }, description: 'Advanced options of the remote session.' },
    { name: 'Authentication', kind: 'enum', typeName: 'System.Management.Automation.Runspaces.AuthenticationMechanism', sets: { ComputerName: {}, FilePathComputerName: {}, Uri: {}, FilePathUri: {} }, enumType: AUTHENTICATION_MECHANISM, description: 'The authentication mechanism of the remote connection.' },
    { name: 'EnableNetworkAccess', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, FilePathComputerName: {}, Uri: {}, FilePathUri: {} }, description: 'Adds an interactive security token to loopback sessions.' },
    { name: 'RunAsAdministrator', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ContainerId: {}, FilePathContainerId: {} }, description: 'Runs the container session as an administrator.' },
    { name: 'HostName', kind: 'string[]', typeName: 'System.String[]', sets: { SSHHost: { mandatory: true }, FilePathSSHHost: { mandatory: true } }, validateNotNullOrEmpty: true, description: 'Computers to run the command on over SSH; not available in spo-shell.' },
    { name: 'UserName', kind: 'string', typeName: 'System.String', sets: { SSHHost: {}, FilePathSSHHost: {} }, validateNotNullOrEmpty: true, description: 'The user name of the SSH connection.' },
    { name: 'KeyFilePath', kind: 'string', typeName: 'System.String', sets: { SSHHost: {}, FilePathSSHHost: {} }, validateNotNullOrEmpty: true, aliases: ['IdentityFilePath'], description: 'The key file of the SSH connection.' },
    { name: 'Subsystem', kind: 'string', typeName: 'System.String', sets: { SSHHost: {}, FilePathSSHHost: {} }, description: 'The SSH subsystem of the remote session.' },
    { name: 'ConnectingTimeout', kind: 'int', typeName: 'System.Int32', sets: { SSHHost: {}, FilePathSSHHost: {} }, description: 'How long to wait for the SSH connection, in milliseconds.' },
    { name: 'SSHTransport', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { SSHHost: {}, FilePathSSHHost: {} }, validateSet: ['true'], description: 'Uses SSH for the connection.' },
    { name: 'SSHConnection', kind: 'object[]', typeName: 'System.Collections.Hashtable[]', sets: { SSHHostHashParam: { mandatory: true }, FilePathSSHHostHash: { mandatory: true } }, validateNotNullOrEmpty: true, description: 'SSH connection settings as hashtables.' },
    { name: 'Options', kind: 'hashtable', typeName: 'System.Collections.Hashtable', sets: { SSHHost: {}, FilePathSSHHost: {} }, validateNotNullOrEmpty: true, description: 'SSH options as a hashtable.' },
    { name: 'RemoteDebug', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { ComputerName: {}, Session: {}, Uri: {}, FilePathComputerName: {}, FilePathRunspace: {}, FilePathUri: {}, VMId: {}, VMName: {}, ContainerId: {}, FilePathVMId: {}, FilePathVMName: {}, FilePathContainerId: {}, SSHHost: {}, SSHHostHashParam: {}, FilePathSSHHost: {}, FilePathSSHHostHash: {} }, description: 'Runs the remote command in debug mode.' },
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [ALL_SETS]: { valueFromPipeline: true } }, allowNull: true, description: 'Input for the script block: $input holds it.' },
    { name: 'ArgumentList', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: {} }, aliases: ['Args'], description: "The script block's arguments ($args and its parameters)." },
    { name: 'VMId', kind: 'object[]', typeName: 'System.Guid[]', sets: { VMId: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }, FilePathVMId: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, validateNotNullOrEmpty: true, aliases: ['VMGuid'], description: 'Hyper-V virtual machines by id; Windows only.' },
    { name: 'VMName', kind: 'string[]', typeName: 'System.String[]', sets: { VMName: { mandatory: true, valueFromPipelineByPropertyName: true }, FilePathVMName: { mandatory: true, valueFromPipelineByPropertyName: true } }, validateNotNullOrEmpty: true, description: 'Hyper-V virtual machines by name; Windows only.' },
    { name: 'ContainerId', kind: 'string[]', typeName: 'System.String[]', sets: { ContainerId: { mandatory: true, valueFromPipelineByPropertyName: true }, FilePathContainerId: { mandatory: true, valueFromPipelineByPropertyName: true } }, validateNotNullOrEmpty: true, description: 'Windows containers; Windows only.' },
    { name: 'CertificateThumbprint', kind: 'string', typeName: 'System.String', sets: { ComputerName: {}, Uri: {} }, description: 'The certificate of the remote connection.' },

  ],
  begin(ctx) {
    collected.set(ctx, []);
  },
  process(ctx) {
    if (ctx.hasInput) collected.get(ctx)!.push(ctx.input);
  },
  async end(ctx) {
    const set = ctx.invocation.parameterSetName;
    if (set !== 'InProcess') {
      // pwsh resolves a -FilePath before it connects: a missing script is reported first.
      const file = ctx.params.get<string>('FilePath');
      if (file !== undefined && !exists(resolveLiteral(ctx.session, file))) return ctx.throwTerminatingError(pathNotFound(resolveLiteral(ctx.session, file)));
      const { spec, terminating } = remotingFailure(set);
      if (terminating) return ctx.throwTerminatingError(spec);
      return ctx.writeError(spec);
    }
    const block = unwrap(ctx.params.get('ScriptBlock')) as ScriptBlock;
    const piped = collected.get(ctx)!;
    const input = piped.length > 0 ? piped : ctx.params.has('InputObject') ? [ctx.params.get('InputObject')] : [];
    const args = [...(ctx.params.get<unknown[]>('ArgumentList') ?? [])];
    const send = ctx.sendObjects?.bind(ctx);
    const out = await block.invoke({ args, input, dotSource: ctx.params.get('NoNewScope') === true, emit: send }, ctx.signal);
    for (const v of out) ctx.writeObject(v);
  },
}));
