// Start-Transcript's recording: everything the host shows (output, errors, warnings, prompts and
// what was typed at them) is appended to each active transcript file, with pwsh's header and
// footer. What is typed at a secret prompt (passwords, Read-Host -AsSecureString) is never
// recorded: the file gets the prompt and an empty answer.

import { appendFileSync } from 'node:fs';
import { hostname, userInfo, platform, release } from 'node:os';
import type { Host, HostWriteOptions, ReadLineOptions, StreamKind } from '../host/host.js';
import type { Session } from './session.js';

const STARS = '**********************';
const KEY = 'transcripts';

export interface Transcript {
  path: string;
}

/** The session's active transcripts, newest last. */
export function transcripts(session: Session): Transcript[] {
  let list = session.services.get(KEY) as Transcript[] | undefined;
  if (!list) {
    list = [];
    session.services.set(KEY, list);
  }
  return list;
}

/** yyyyMMddHHmmss of the local time, as the header prints it. */
export function transcriptTimestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

/** pwsh's header block (the lines pwsh 7 writes; the version lines name spo-shell's engine). */
export function transcriptHeader(version: string): string {
  const machine = hostname().split('.')[0]!;
  const user = `${machine}\\${userName()}`;
  const os = platform() === 'win32' ? 'Win32NT' : 'Unix';
  return [
    STARS,
    'PowerShell transcript start',
    `Start time: ${transcriptTimestamp()}`,
    `Username: ${user}`,
    `RunAs User: ${user}`,
    'Configuration Name: ',
    `Machine: ${machine} (${os} ${release()})`,
    `Host Application: ${[process.execPath, ...process.argv.slice(1)].join(' ')}`,
    `Process ID: ${process.pid}`,
    `PSVersion: ${version}`,
    'PSEdition: Core',
    `GitCommitId: ${version}`,
    `OS: ${platform()} ${release()}`,
    `Platform: ${os === 'Unix' ? 'Unix' : 'Win32NT'}`,
    'PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1, 6.0, 7.0',
    'PSRemotingProtocolVersion: 2.4',
    'SerializationVersion: 1.1.0.1',
    'WSManStackVersion: 3.0',
    STARS,
    '',
  ].join('\n');
}

export function transcriptFooter(): string {
  return [STARS, 'PowerShell transcript end', `End time: ${transcriptTimestamp()}`, STARS, ''].join('\n');
}

/** Appends text to every active transcript; a file that cannot be written is skipped quietly. */
export function record(session: Session, text: string): void {
  for (const t of transcripts(session)) {
    try {
      appendFileSync(t.path, text);
    } catch {
      // The transcript's folder went away: the command itself must not fail for it.
    }
  }
}

/** A host that records what it shows into the session's transcripts, then does what `inner` does. */
export function transcribingHost(inner: Host, session: Session): Host {
  const active = () => transcripts(session).length > 0;
  return {
    get name() {
      return inner.name;
    },
    get interactive() {
      return inner.interactive;
    },
    get width() {
      return inner.width;
    },
    get color() {
      return inner.color;
    },
    get inputRedirected() {
      return inner.inputRedirected;
    },
    write(kind: StreamKind, text: string, options?: HostWriteOptions) {
      inner.write(kind, text, options);
      if (active()) record(session, stripAnsi(text) + (options?.noNewline ? '' : '\n'));
    },
    async readLine(prompt: string, signal?: AbortSignal, options?: ReadLineOptions) {
      const answer = await inner.readLine(prompt, signal, options);
      if (active()) record(session, `${prompt}${answer ?? ''}\n`);
      return answer;
    },
    async readSecret(prompt: string, signal?: AbortSignal) {
      const answer = await inner.readSecret(prompt, signal);
      if (active()) record(session, `${prompt}\n`);
      return answer;
    },
    showSignIn: (panel) => inner.showSignIn(panel),
    progress: (r) => inner.progress(r),
    keepSilentInformation: (text, tags) => inner.keepSilentInformation?.(text, tags),
    clearScreen: () => inner.clearScreen(),
    get height() {
      return inner.height;
    },
    get outputRedirected() {
      return inner.outputRedirected;
    },
    ...(inner.setTitle && { setTitle: (title: string) => inner.setTitle!(title) }),
    ...(inner.setColors && { setColors: (fg: string | undefined, bg: string | undefined) => inner.setColors!(fg, bg) }),
    ...(inner.readKey && { readKey: (signal?: AbortSignal) => inner.readKey!(signal) }),
  };
}

/** The text without its SGR colour sequences (a transcript is a file: no colour, as DESIGN.md says of files). */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
