// Runs the shell the two ways a user meets it: as the `spo` process (bin/spo.js, built bundle)
// and in-process through `Shell` with the TestHost. Conformance tables use both, so the same
// expected text is held against the command line and the engine.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Shell } from '../../src/engine/shell.js';
import { builtinCommandTable } from '../../src/cmdlets/registry.js';
import type { RunResult } from '../../src/engine/api.js';
import { TestHost } from './test-host.js';

/** Repository root: dist/test/helpers/ → ../../.. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const spoBin = join(repoRoot, 'bin', 'spo.js');

export interface SpoResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface RunSpoOptions {
  /** Text fed to stdin; when omitted stdin is an empty pipe (end of input at once). */
  stdin?: string;
  /** Extra environment; HOME and the config/data dirs are always fresh temp folders. */
  env?: Record<string, string>;
  cwd?: string;
  /** Kill the process after this many ms (default 20 s) so a hung shell fails the test. */
  timeoutMs?: number;
  /** Stop the process (SIGKILL) as soon as its stdout matches: for runs that would wait on (a sign-in). */
  stopWhen?: RegExp;
}

/**
 * A minimal, deterministic environment: no colour hints, no VS Code, fresh dirs under `home`.
 * (scripts/check-minified-names.mjs runs its spo processes in it too.)
 */
export function baseEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {
    HOME: home,
    USERPROFILE: home,
    SPO_CONFIG_DIR: join(home, 'config'),
    SPO_DATA_DIR: join(home, 'data'),
    XDG_DATA_HOME: join(home, 'xdg-data'),
    XDG_CONFIG_HOME: join(home, 'xdg-config'),
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    // One code cache for the run's spawns (bin/code-cache.js), as a user's runs share one: each
    // spawn reads it instead of writing a new one into its fresh home.
    SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache'),
  };
  if (process.env.PATH) env.PATH = process.env.PATH;
  if (process.env.SYSTEMROOT) env.SYSTEMROOT = process.env.SYSTEMROOT;
  return env;
}

/** Spawns `node bin/spo.js ...args` and collects its output. Build first (`node scripts/build.mjs`). */
export function runSpo(args: string[], options: RunSpoOptions = {}): Promise<SpoResult> {
  const home = mkdtempSync(join(tmpdir(), 'spo-e2e-'));
  const env = { ...baseEnv(home), ...(options.env ?? {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [spoBin, ...args], {
      cwd: options.cwd ?? home,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (options.stopWhen?.test(stdout)) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      resolve({ stdout, stderr, code });
    });
    // A closed stdin must not crash the test if the shell exits before reading it.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

export interface InShellOptions {
  /** Answers for prompts, in order; null = end of input. */
  answers?: Array<string | null>;
  /** false = -NonInteractive. */
  interactive?: boolean;
  width?: number;
  /** Reuse a shell (state carries over between runs). */
  shell?: Shell;
  host?: TestHost;
}

export interface InShellResult {
  /** stdout as the process would print it: the output stream. */
  out: string;
  /** stderr: error records. */
  err: string;
  /** Everything, in the order a console shows it. */
  all: string;
  /** Text of one or more streams. */
  text: (...kinds: Parameters<TestHost['text']>) => string;
  result: RunResult;
  shell: Shell;
  host: TestHost;
}

/** Runs a script through `Shell.run` with a TestHost. */
export async function runInShell(script: string, options: InShellOptions = {}): Promise<InShellResult> {
  const host =
    options.host ??
    new TestHost({ answers: options.answers ?? [], interactive: options.interactive ?? true, width: options.width ?? 120 });
  const shell = options.shell ?? new Shell({ host, commands: builtinCommandTable() });
  const result = await shell.run(script);
  return {
    out: host.output,
    err: host.errors,
    all: host.text(),
    text: (...kinds) => host.text(...kinds),
    result,
    shell,
    host,
  };
}

/** Runs several inputs one after another in the same shell (like lines typed at `spo>`). */
export async function runLinesInShell(lines: string[], options: InShellOptions = {}): Promise<InShellResult> {
  const host =
    options.host ??
    new TestHost({ answers: options.answers ?? [], interactive: options.interactive ?? true, width: options.width ?? 120 });
  const shell = options.shell ?? new Shell({ host, commands: builtinCommandTable() });
  let result: RunResult = { success: true };
  for (const line of lines) result = await shell.run(line);
  return { out: host.output, err: host.errors, all: host.text(), text: (...k) => host.text(...k), result, shell, host };
}
