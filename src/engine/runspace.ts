// The runspaces of ForEach-Object -Parallel: each script block runs in a session of its own, as pwsh runs
// it in a runspace of its own. The caller's variables and functions are not there (only the built-in
// commands and what `$using:` hands over, read when the command starts); the location is the caller's;
// the host is shared, so Write-Host and warnings show as they come. pwsh resets a reused runspace
// between blocks (`$global:n++` gives 1 every time, measured with pwsh 7.6.10), so a fresh session per
// block is what it does.

import type { Host, HostWriteOptions, ProgressRecord } from '../host/host.js';
import { CommandTable } from './command-table.js';
import type { CommandLookup, ErrorSpec } from './cmdlet.js';
import type { Session } from './session.js';
import type { ScriptBlock } from './script-block.js';
import { ErrorRecord } from './errors.js';
import * as R from './runtime-strings.js';
import { Shell } from './shell.js';
import { forEachVariableNode } from './variable-nodes.js';

/** The `$using:` variables a script block reads, nested blocks included: the name (lower case) and as written. */
export function usingVariableNames(block: ScriptBlock): Array<{ name: string; written: string }> {
  const names = new Map<string, string>();
  forEachVariableNode(block.ast, ({ name }) => {
    if (!/^using:/i.test(name)) return;
    const written = name.slice('using:'.length);
    if (!names.has(written.toLowerCase())) names.set(written.toLowerCase(), written);
  });
  return [...names].map(([name, written]) => ({ name, written }));
}

/** The streams a runspace hands to the command that runs it, in order with its objects and errors. */
export type ForwardedStream = 'verbose' | 'debug' | 'information' | 'warning';
export type Forward = (stream: ForwardedStream, text: string, options?: HostWriteOptions) => void;

/**
 * What a runspace forwards unless told otherwise: verbose, debug and information text (Write-Host's too).
 * pwsh's PSTask passes verbose and debug to ForEach-Object's own WriteVerbose/WriteDebug, and the command
 * writes everything in the order the block wrote it; a job also keeps its warnings (Receive-Job writes them).
 */
const FORWARDED: readonly ForwardedStream[] = ['verbose', 'debug', 'information'];

/** The caller's host, except that the text of the `streams` goes to `forward`. */
function forwardingHost(host: Host, forward: Forward, streams: readonly ForwardedStream[], progress?: (record: ProgressRecord) => void, silentInformation?: Host['keepSilentInformation']): Host {
  return new Proxy(host, {
    get(target, property) {
      if (property === 'progress' && progress) return progress;
      if (property === 'keepSilentInformation') return silentInformation;
      if (property === 'write') {
        return (kind: Parameters<Host['write']>[0], text: string, options?: Parameters<Host['write']>[2]) =>
          (streams as readonly string[]).includes(kind) ? forward(kind as ForwardedStream, text, options) : target.write(kind, text, options);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A new session for one block: the built-in commands, the caller's location, the `$using:` values. */
/**
 * `progress`: where Write-Progress's records go instead of the host's bar (a job keeps them);
 * `silentInformation`: where the information records nothing shows go (a job keeps those too).
 */
export function newRunspace(
  host: Host,
  commands: CommandLookup,
  location: string,
  usingValues: ReadonlyMap<string, unknown>,
  forward: Forward,
  streams = FORWARDED,
  progress?: (record: ProgressRecord) => void,
  silentInformation?: Host['keepSilentInformation'],
): Shell {
  // The table a shell is built with knows its built-ins; a test's stand-in lookup is used as it is.
  const table = commands instanceof CommandTable ? commands.fresh() : new CommandTable();
  const shell = new Shell({ host: forwardingHost(host, forward, streams, progress, silentInformation), commands: table });
  shell.session.location = location;
  shell.session.usingValues = usingValues;
  return shell;
}

/**
 * The caller's values of the `$using:` variables a block reads, taken when the command starts
 * (ForEach-Object -Parallel, Start-Job, Start-ThreadJob); an unset one is pwsh's UsingVariableIsUndefined,
 * which `fail` raises.
 */
export function usingValuesOf(block: ScriptBlock, session: Session, fail: (error: ErrorSpec) => never): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const { name, written } of usingVariableNames(block)) {
    // `$using:global:x` (the background operator writes those): the caller's variable of that scope.
    const scoped = /^(global|script|local|private):(.*)$/.exec(name);
    const scope = scoped?.[1] === 'private' ? 'local' : (scoped?.[1] as 'global' | 'script' | 'local' | undefined);
    const variable = scoped ? session.getVariable(scoped[2]!, scope) : session.getVariable(name);
    if (variable === undefined) {
      fail({ ...R.UsingVariableIsUndefined(written), category: 'InvalidOperation', exceptionType: 'RuntimeException' });
    }
    values.set(name, variable.value);
  }
  return values;
}

/**
 * The error a block's terminating error becomes when the command that ran it goes on (ForEach-Object
 * -Parallel, its -AsJob): pwsh's PSTaskException, shown as the thrown error with no position.
 */
export function taskFailure(thrown: ErrorRecord): ErrorRecord {
  return new ErrorRecord({ message: thrown.message, errorId: 'PSTaskException', category: 'InvalidOperation', exceptionType: thrown.exceptionType, thrownByThrowStatement: thrown.thrownByThrowStatement, fromOtherRunspace: true });
}
