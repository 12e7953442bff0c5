// Command-line parsing for `spo`. PowerShell-style switches are case-insensitive and may be
// abbreviated like pwsh's (-c, -Command, -f, -File, -NonInteractive); GNU-style long forms too.

export type CommandLine =
  | { mode: 'help' }
  | { mode: 'version' }
  | { mode: 'command'; script: string; sandbox: boolean; nonInteractive: boolean }
  | { mode: 'file'; path: string; sandbox: boolean; nonInteractive: boolean }
  | { mode: 'stdin'; sandbox: boolean; nonInteractive: boolean };

export const USAGE = `Usage: spo [options] [path.ps1]

An interactive spo> shell for SharePoint Online administrators: Connect-SPOService and the
PowerShell 7 session around it, on Linux, macOS and Windows.

  spo                         interactive console (script from stdin when not a terminal)
  spo -c '<script>'           run a script and exit (also -Command, --command)
  spo -f path.ps1             run a script file (also -File, --file, or just the path)
  spo --sandbox ...           start the offline sandbox tenant and sign in against it
  spo -NonInteractive ...     fail instead of prompting for input
  spo --version               print the version
  spo --help                  print this help

Exit status: 0 when the last statement succeeded, 1 when it failed; 'exit N' sets N.
Inside the shell: Get-Help, Get-Help Connect-SPOService -Examples, Get-Command.
`;

function is(arg: string, ...names: string[]): boolean {
  const a = arg.toLowerCase();
  return names.some((n) => a === n.toLowerCase());
}

export function parseArguments(argv: string[]): CommandLine {
  let sandbox = false;
  let nonInteractive = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (is(arg, '--help', '-h', '-help', '-?', '/?')) return { mode: 'help' };
    if (is(arg, '--version', '-v', '-version')) return { mode: 'version' };
    if (is(arg, '--sandbox', '-sandbox')) {
      sandbox = true;
      continue;
    }
    if (is(arg, '-NonInteractive', '--non-interactive', '-noni')) {
      nonInteractive = true;
      continue;
    }
    if (is(arg, '-c', '-Command', '--command')) {
      const rest = argv.slice(i + 1);
      if (!rest.length) throw new Error(`missing the script after '${arg}'.`);
      // As pwsh does, everything after -Command is the script.
      const script = rest.join(' ');
      return { mode: 'command', script, sandbox, nonInteractive };
    }
    if (is(arg, '-f', '-File', '--file')) {
      const path = argv[i + 1];
      if (!path) throw new Error(`missing the path after '${arg}'.`);
      return { mode: 'file', path, sandbox, nonInteractive };
    }
    if (arg === '-') return { mode: 'stdin', sandbox, nonInteractive };
    if (arg.startsWith('-')) throw new Error(`unknown option '${arg}'.`);
    return { mode: 'file', path: arg, sandbox, nonInteractive };
  }
  return { mode: 'stdin', sandbox, nonInteractive };
}
