// The `spo` command line: argv → mode.
//   spo                      interactive console (Ink) when stdin and stdout are terminals,
//                            otherwise a script read from stdin, line by line
//   spo -c '<script>'        run the script and exit (no Ink loaded)
//   spo -f path.ps1 | path   run a file
//   --sandbox, -NonInteractive, --version, --help, and pwsh's other switches (src/cli/args.ts)
// Heavy modules (Ink, msal-node, the sandbox) are imported only when needed.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArguments, USAGE, type CommandLine } from './cli/args.js';
import { StdinStatements } from './cli/stdin-statements.js';
import { directStdout } from './cli/direct-stdout.js';
import { LineReader } from './host/line-reader.js';
import { PlainHost } from './host/plain-host.js';
import type { Host } from './host/host.js';
import { Shell } from './engine/shell.js';
import { builtInPrompt } from './engine/session.js';
import { builtinCommandTable } from './cmdlets/registry.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(argv: string[]): Promise<number> {
  let cmd: CommandLine;
  try {
    cmd = parseArguments(argv);
  } catch (e) {
    process.stderr.write(`spo: ${(e as Error).message}\nRun 'spo --help' for usage.\n`);
    return 64;
  }
  if (cmd.mode === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd.mode === 'version') {
    process.stdout.write(`spo-shell ${version()}\n`);
    return 0;
  }

  const interactiveTerminal = cmd.mode === 'stdin' && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactiveTerminal && import.meta.url.endsWith('.cjs')) {
    // This copy is the script bundle (dist/bundle/script.cjs, which bin/spo.js loads from a code
    // cache); it carries no console. The console is the ES-module bundle beside it: its main.js
    // reads the same arguments and exits the process itself. Nothing has run here yet.
    await import(new URL('./main.js', import.meta.url).href);
    return new Promise<number>(() => {});
  }

  if (cmd.workingDirectory !== undefined) {
    // As pwsh: a folder that cannot be entered is reported, and the script still runs where it is.
    try {
      process.chdir(cmd.workingDirectory);
    } catch {
      process.stderr.write(`Set-Location: Cannot find path '${cmd.workingDirectory}' because it does not exist.\n`);
    }
  }

  // The sandbox's fault switches are read before anything starts, so a typo is reported at once.
  let faults: import('./sandbox/fault-switches.js').FaultSwitches | undefined;
  if (cmd.sandbox) {
    const { parseFaultSwitches, FaultSwitchError, FAULTS_VARIABLE } = await import('./sandbox/fault-switches.js');
    try {
      faults = parseFaultSwitches(process.env[FAULTS_VARIABLE]);
    } catch (e) {
      if (!(e instanceof FaultSwitchError)) throw e;
      process.stderr.write(`spo: ${e.message}\n`);
      return 64;
    }
  }

  if (interactiveTerminal) {
    // The prompt appears before the sandbox, settings, Ink and React load; keys typed meanwhile are kept.
    const { bannerText, showPromptEarly } = await import('./ui/run.js');
    showPromptEarly(cmd.sandbox, bannerText(version(), cmd.sandbox));
  }
  let sandbox: { devicePageUrl: string; close(): Promise<void> } | undefined;
  // Puts the sandbox's environment in process.env, once (see applySandboxEnvironment).
  let sandboxEnvironment: () => Promise<void> = () => Promise.resolve();
  if (cmd.sandbox) {
    const { startSandbox } = await import('./sandbox/index.js');
    const started = await startSandbox({ faults: faults?.faults, tlsFailure: faults?.tls, tlsFailureHosts: faults?.tlsHosts });
    sandbox = started;
    sandboxEnvironment = applySandboxEnvironment(started);
    // The console loads Ink first; the certificate is made a second later, or when a command runs first.
    // (A failure shows when a command awaits it; the early attempt only starts the work.)
    if (interactiveTerminal) setTimeout(() => void sandboxEnvironment().catch(() => undefined), 1000).unref();
    const { setBrowserAddressMapper } = await import('./auth/browser-address.js');
    setBrowserAddressMapper((url) => started.browserUrl(url));
    // A script needs it from its first line; the console awaits it before the first command runs.
    if (!interactiveTerminal) {
      try {
        await sandboxEnvironment();
      } catch (e) {
        process.stderr.write(`spo: ${e instanceof Error ? e.message : String(e)}\n`);
        await started.close().catch(() => undefined);
        return 1;
      }
    }
  }
  try {
    if (interactiveTerminal) {
      const { loadSettings } = await import('./config/settings.js');
      const loaded = loadSettings();
      const { runConsole } = await import('./ui/run.js');
      return await runConsole({
        createEngine: (host: Host) => {
          const shell = new Shell({ host, commands: builtinCommandTable() });
          shell.session.defaultPrompt = builtInPrompt(Boolean(sandbox));
          // The app certificate is made in the background while the prompt waits for keys; a command
          // typed before it is ready waits for it (under a second).
          const run = shell.run.bind(shell);
          shell.run = async (...a: Parameters<Shell['run']>) => {
            await sandboxEnvironment();
            return run(...a);
          };
          return shell;
        },
        sandbox: sandbox ? { devicePageUrl: sandbox.devicePageUrl } : undefined,
        settings: { editMode: loaded.settings.editMode, historySize: loaded.settings.historySize, colors: loaded.settings.colors },
        settingsWarning: loaded.warning,
        version: version(),
      });
    }
    return await runPlain(cmd);
  } finally {
    await sandbox?.close();
  }
}

async function runPlain(cmd: Exclude<CommandLine, { mode: 'help' | 'version' }>): Promise<number> {
  const lines = new LineReader(); // process.stdin, opened when a line is read
  // PlainHost uses only isTTY, columns and write() of its stdout (src/cli/direct-stdout.ts).
  const stdout = directStdout() as NodeJS.WriteStream | undefined;
  const host = new PlainHost({ interactive: !cmd.nonInteractive, lines, stdout, commandsOnStdin: cmd.mode === 'stdin' && cmd.commandFromStdin === true });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  shell.session.defaultPrompt = builtInPrompt(cmd.sandbox);
  const controller = new AbortController();
  let interrupted = false;
  process.on('SIGINT', () => {
    // Ctrl+C stops the running pipeline; the run then ends like a failed statement.
    interrupted = true;
    controller.abort();
  });
  const finish = (result: { success: boolean; exitCode?: number }) =>
    result.exitCode ?? (result.success && !interrupted ? 0 : 1);

  if (cmd.mode === 'command') {
    return finish(await shell.run(cmd.script, { signal: controller.signal, addToHistory: true }));
  }
  if (cmd.mode === 'file') {
    const path = resolve(cmd.path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      process.stderr.write(
        `The argument '${cmd.path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`,
      );
      return 64;
    }
    // Not recorded in the session history: pwsh -File runs the file in a pipeline that is not.
    // The exit status is DESIGN.md's for every script run, as -c's: 1 when the last statement failed ($?
    // false) or a terminating error ended the script, `exit N` wins. pwsh -File exits 0 after a last
    // statement that merely failed (a documented deviation: docs/language.md).
    const result = await shell.run(text, { signal: controller.signal, file: path, scriptArgs: cmd.args });
    return result.exitCode ?? (result.stopped || !result.success || interrupted ? 1 : 0);
  }
  // Script on stdin: each complete statement runs as soon as its lines have arrived, so prompts
  // read the lines that follow it (as PowerShell does with redirected input).
  const statements = new StdinStatements((text) => shell.awaitsMoreLines(text));
  let last: { success: boolean; exitCode?: number } = { success: true };
  for (;;) {
    const line = await lines.next();
    if (line === null) break;
    const statement = statements.add(line);
    if (statement === undefined) continue;
    if (statement.trim()) last = await shell.run(statement, { signal: controller.signal, addToHistory: true });
    if (last.exitCode !== undefined) return last.exitCode;
  }
  const rest = statements.rest();
  if (rest.trim()) last = await shell.run(rest, { signal: controller.signal, addToHistory: true });
  return finish(last);
}

/** Variables that would make msal-node pick a managed-identity source other than the sandbox's. */
const FOREIGN_MANAGED_IDENTITY_VARIABLES = ['IDENTITY_SERVER_THUMBPRINT', 'MSI_ENDPOINT', 'MSI_SECRET', 'IMDS_ENDPOINT'];

/**
 * `spo --sandbox` sets SPO_SANDBOX_PFX, SPO_SANDBOX_THUMBPRINT, SPO_CERT_STORE, IDENTITY_ENDPOINT and
 * IDENTITY_HEADER from the sandbox (README). The app certificate behind the first two costs some CPU
 * (0.3-1 s), so the console asks for it only after Ink has loaded or before its first command.
 */
function applySandboxEnvironment(sandbox: { environment(): Promise<Record<string, string>> }): () => Promise<void> {
  for (const name of FOREIGN_MANAGED_IDENTITY_VARIABLES) delete process.env[name];
  let applied: Promise<void> | undefined;
  return () =>
    (applied ??= sandbox.environment().then((env) => {
      Object.assign(process.env, env);
    }));
}

/** Never a stack trace for the user (nor a line of the minified bundle); the message is enough to report a bug. */
function internalError(error: unknown): never {
  process.stderr.write(`spo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(70);
}
// A promise rejected with nobody waiting for it is a bug too: the same one line, not Node's dump of the source.
process.on('unhandledRejection', internalError);

main(process.argv.slice(2)).then((code) => process.exit(code), internalError);
