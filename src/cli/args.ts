// Command-line parsing for `spo`. The switches are pwsh's (`pwsh -?`), case-insensitive, with one or
// two leading dashes or a slash, and abbreviated as pwsh allows: any prefix of the name at least as
// long as pwsh's shortest form (-nop, -noni, -ex), or one of pwsh's aliases (-ep, -if, -of, -wd).
// So a line copied from a cron job or a scheduled task (`pwsh -NoProfile -NoLogo -ExecutionPolicy
// Bypass -File x.ps1`) runs as it is. Switches about things spo does not have (profiles, a logo,
// execution policy, the window, the COM apartment) are accepted and change nothing; switches whose
// effect spo cannot give (-NoExit, XML formats, remoting configurations) are refused, exit 64.
// GNU-style forms (--sandbox, --version, --help, --non-interactive) are spo's own.

export interface RunOptions {
  sandbox: boolean;
  nonInteractive: boolean;
  /** -WorkingDirectory: the folder to change to before the script runs. */
  workingDirectory?: string;
}

export type CommandLine =
  | { mode: 'help' }
  | { mode: 'version' }
  | ({ mode: 'command'; script: string } & RunOptions)
  | ({ mode: 'file'; path: string; args: string[] } & RunOptions)
  /** `commandFromStdin`: `-Command -` (pwsh reads prompts' answers there without writing them back);
   *  otherwise `-File -`, `-` or no script at all with stdin not a terminal. */
  | ({ mode: 'stdin'; commandFromStdin?: boolean } & RunOptions);

export const USAGE = `Usage: spo [options] [path.ps1]

An interactive spo> shell for SharePoint Online administrators: Connect-SPOService and the
PowerShell 7 session around it, on Linux, macOS and Windows.

  spo                         interactive console (script from stdin when not a terminal)
  spo -c '<script>'           run a script and exit (also -Command, --command)
  spo -Command -              run the script read from stdin
  spo -f path.ps1 [args]      run a script file with arguments (also -File, --file, or just the path)
  spo -EncodedCommand <b64>   run a Base64 (UTF-16LE) script, as pwsh does
  spo -WorkingDirectory <dir> start in that folder (also -wd)
  spo --sandbox ...           start the offline sandbox tenant and sign in against it
  spo -NonInteractive ...     fail instead of prompting for input
  spo --version               print the version
  spo --help                  print this help

Accepted for pwsh compatibility, with no effect: -NoProfile, -NoLogo, -NoProfileLoadTime,
-Login, -Interactive, -ExecutionPolicy <policy>, -InputFormat Text, -OutputFormat Text,
-WindowStyle <style>, -STA, -MTA.

Exit status: 0 when the last statement succeeded, 1 when it failed or a terminating
error ended the script (-c, -f and stdin alike); 'exit N' sets N.
Inside the shell: Get-Help, Get-Help Connect-SPOService -Examples, Get-Command.
`;

interface SwitchSpec {
  /** The name as pwsh's help spells it (matched in lower case). */
  full: string;
  /** pwsh's shortest accepted prefix of `full`. */
  shortest: string;
  /** Other exact spellings (pwsh aliases, spo's GNU forms without their dashes). */
  aliases: string[];
}

// pwsh's switches with their shortest accepted prefix and aliases (pwsh -? and its parser, 7.6.10),
// plus spo's Sandbox. A literal table: every start reads it (docs/startup.md, sixth round).
const SWITCHES: readonly SwitchSpec[] = [
  { full: 'File', shortest: 'f', aliases: [] },
  { full: 'Command', shortest: 'c', aliases: [] },
  { full: 'CommandWithArgs', shortest: 'commandwithargs', aliases: ['cwa'] },
  { full: 'ConfigurationName', shortest: 'config', aliases: [] },
  { full: 'ConfigurationFile', shortest: 'configurationfile', aliases: [] },
  { full: 'CustomPipeName', shortest: 'custompipename', aliases: [] },
  { full: 'EncodedCommand', shortest: 'e', aliases: ['ec'] },
  { full: 'ExecutionPolicy', shortest: 'ex', aliases: ['ep'] },
  { full: 'InputFormat', shortest: 'inp', aliases: ['if'] },
  { full: 'Interactive', shortest: 'i', aliases: [] },
  { full: 'Login', shortest: 'l', aliases: [] },
  { full: 'MTA', shortest: 'mta', aliases: [] },
  { full: 'NoExit', shortest: 'noe', aliases: [] },
  { full: 'NoLogo', shortest: 'nol', aliases: [] },
  { full: 'NonInteractive', shortest: 'noni', aliases: ['non-interactive'] },
  { full: 'NoProfile', shortest: 'nop', aliases: [] },
  { full: 'NoProfileLoadTime', shortest: 'noprofileloadtime', aliases: [] },
  { full: 'OutputFormat', shortest: 'o', aliases: ['of'] },
  { full: 'SettingsFile', shortest: 'settings', aliases: [] },
  { full: 'SSHServerMode', shortest: 'sshservermode', aliases: ['sshs'] },
  { full: 'STA', shortest: 'sta', aliases: [] },
  { full: 'Version', shortest: 'v', aliases: [] },
  { full: 'WindowStyle', shortest: 'w', aliases: [] },
  { full: 'WorkingDirectory', shortest: 'workingdirectory', aliases: ['wd'] },
  { full: 'Help', shortest: 'h', aliases: ['?'] },
  { full: 'Sandbox', shortest: 'sandbox', aliases: [] },
];

/** Accepted and without effect: spo has no profile, logo, execution policy, window or apartment. */
const NO_EFFECT = new Set(['NoProfile', 'NoLogo', 'NoProfileLoadTime', 'Login', 'Interactive', 'STA', 'MTA']);

/** Refused: spo cannot give what they ask for. */
const REFUSED: Record<string, string> = {
  NoExit: 'spo does not stay open after a script; run `spo` for the console.',
  CommandWithArgs: 'spo does not pass arguments to a script.',
  ConfigurationName: 'spo has no remoting configurations.',
  ConfigurationFile: 'spo has no session configuration files.',
  CustomPipeName: 'spo has no debugging pipe.',
  SettingsFile: 'spo reads its settings from config.json (README.md, Settings).',
  SSHServerMode: 'spo is not a PowerShell remoting server.',
};

const EXECUTION_POLICIES = ['AllSigned', 'Bypass', 'Default', 'RemoteSigned', 'Restricted', 'Undefined', 'Unrestricted'];
const WINDOW_STYLES = ['Normal', 'Hidden', 'Minimized', 'Maximized'];

/** The switch an argument names, or undefined when it is not a switch (a path, `-`). */
function findSwitch(arg: string): SwitchSpec | undefined {
  if (arg === '-' || arg === '--' || !/^(--?|\/)\S/.test(arg)) return undefined;
  // `/` starts a switch only as pwsh's `/?`; a Unix path stays a path.
  if (arg.startsWith('/') && arg !== '/?') return undefined;
  const key = arg.replace(/^(--?|\/)/, '').toLowerCase();
  const exact = SWITCHES.find((s) => s.full.toLowerCase() === key || s.aliases.includes(key));
  if (exact) return exact;
  const matches = SWITCHES.filter((s) => s.full.toLowerCase().startsWith(key) && key.length >= s.shortest.length);
  if (matches.length === 1) return matches[0];
  const candidates = SWITCHES.filter((s) => s.full.toLowerCase().startsWith(key));
  if (candidates.length > 1) {
    throw new Error(`Invalid argument '${arg}', did you mean:\n\n${candidates.map((s) => `  -${s.full.toLowerCase()}`).join('\n')}\n`);
  }
  throw new Error(`unknown option '${arg}'.`);
}

/** Base64 of UTF-16LE text, as `pwsh -EncodedCommand` takes it. */
function decodeCommand(value: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
    throw new Error(`the value of -EncodedCommand is not Base64.`);
  }
  return Buffer.from(value, 'base64').toString('utf16le');
}

export function parseArguments(argv: string[]): CommandLine {
  const options: RunOptions = { sandbox: false, nonInteractive: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-') return { mode: 'stdin', ...options };
    const spec = findSwitch(arg);
    if (!spec) {
      // A bare path runs that file; what follows it are the script's arguments (as with -File).
      return { mode: 'file', path: arg, args: argv.slice(i + 1), ...options };
    }
    const value = (missing: string): string => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(missing);
      i++;
      return next;
    };
    const refusal = REFUSED[spec.full];
    if (refusal) throw new Error(`-${spec.full} is not supported: ${refusal}`);
    if (NO_EFFECT.has(spec.full)) continue;
    switch (spec.full) {
      case 'Help':
        return { mode: 'help' };
      case 'Version':
        return { mode: 'version' };
      case 'Sandbox':
        options.sandbox = true;
        continue;
      case 'NonInteractive':
        options.nonInteractive = true;
        continue;
      case 'Command': {
        const rest = argv.slice(i + 1);
        if (!rest.length) throw new Error('Cannot process the command because of a missing parameter. A command must follow -Command.');
        // `-Command -`: the script is read from stdin.
        if (rest.length === 1 && rest[0] === '-') return { mode: 'stdin', commandFromStdin: true, ...options };
        // As pwsh does, everything after -Command is the script.
        return { mode: 'command', script: rest.join(' '), ...options };
      }
      case 'EncodedCommand': {
        // pwsh names -Command here too.
        const script = decodeCommand(value('Cannot process the command because of a missing parameter. A command must follow -Command.'));
        return { mode: 'command', script, ...options };
      }
      case 'File': {
        const path = value('The command cannot be run because the File parameter requires a file path. Supply a path for the File parameter and then try the command again.');
        if (path === '-') return { mode: 'stdin', ...options };
        // As pwsh -File: every word after the path is the script's (its param( ) and $args).
        return { mode: 'file', path, args: argv.slice(i + 1), ...options };
      }
      case 'WorkingDirectory':
        options.workingDirectory = value('Cannot process the command because -WorkingDirectory requires an argument that is a directory path.');
        continue;
      case 'ExecutionPolicy': {
        const policy = value('Cannot process the execution policy because of a missing policy name. A policy name must follow -ExecutionPolicy.');
        if (!EXECUTION_POLICIES.some((p) => p.toLowerCase() === policy.toLowerCase())) throw new Error(`Invalid ExecutionPolicy value '${policy}'.`);
        continue;
      }
      case 'InputFormat':
      case 'OutputFormat': {
        // pwsh's own texts (7.6.10), which list None as well: it reads and writes text, as Text does.
        const format = value(
          spec.full === 'InputFormat'
            ? 'Cannot process the command because the -InputFormat parameter requires an argument. Specify a valid format argument for this parameter.\nValid formats are:\nText\nXML\nNone'
            : 'The command cannot be run because no argument has been supplied for the OutputFormat parameter.\nSpecify one of the following formats for this parameter:\nText\nXML\nNone',
        );
        const known = ['text', 'xml', 'none'].find((f) => f.startsWith(format.toLowerCase()) && format.length > 0);
        if (!known) throw new Error(`Cannot process the command because of an incorrect parameter value. "${format}" is not a valid format.\nValid formats are:\nText\nXML\nNone`);
        if (known === 'xml') throw new Error(`-${spec.full} XML is not supported: spo reads and writes text.`);
        continue;
      }
      case 'WindowStyle': {
        const style = value('Cannot process the command because of a missing parameter. A window style must follow -WindowStyle.');
        if (!WINDOW_STYLES.some((s) => s.toLowerCase() === style.toLowerCase())) {
          throw new Error(`Invalid -WindowStyle value '${style}'; one of ${WINDOW_STYLES.join(', ')}.`);
        }
        continue;
      }
    }
  }
  return { mode: 'stdin', ...options };
}
