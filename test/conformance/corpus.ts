// The conformance corpus as data: test/conformance/cases/<area>.ps1 holds the cases, expected/<area>.json
// what PowerShell 7.6.10 printed for each (written by `npm run conformance:record`), deviations.txt and
// pending.txt the cases allowed to differ. Shared by the compare test and the recorder.
//
// A case file is PowerShell text split by header lines:
//   #### <name> [| <flag> ...]
// Everything up to the next header is the script (trailing blank lines dropped). Text before the first
// header describes the area. Flags: `-f` (run as a script file instead of -c), `interactive` (without
// -NonInteractive), `stdin=<JSON string>` (text piped to stdin), `process` (also run as a real spo process
// in npm test), `cwd` (reads the process's working directory, as `FileSystem::a.txt` does: run as a process
// on both sides, since neither pwsh's batch runner nor an in-process run has the case directory as theirs).
// Default: `-c '<script>'` with -NonInteractive and an empty stdin.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Source tree (not dist): dist/test/conformance/ → ../../../test/conformance */
export const corpusDir = fileURLToPath(new URL('../../../test/conformance/', import.meta.url));

/** The width both sides format to: pwsh's console width when output is redirected and there is no terminal. */
export const WIDTH = 80;

export interface CorpusCase {
  area: string;
  name: string;
  /** `area/name`: the key in the expectation, deviation and pending files. */
  id: string;
  script: string;
  mode: '-c' | '-f';
  nonInteractive: boolean;
  stdin?: string;
  /** Also run as a real spo process in npm test. */
  process: boolean;
  /** Reads the process's working directory: run only as a process, on both sides. */
  cwd?: boolean;
  /** 1-based line of the header in the case file. */
  line: number;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  exit: number;
}

/** The one normalisation, applied to both sides: CRLF → LF, and blanks at the end of every line removed. */
export function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '');
}

export function areas(): string[] {
  return readdirSync(join(corpusDir, 'cases'))
    .filter((f) => f.endsWith('.ps1'))
    .map((f) => f.slice(0, -4))
    .sort();
}

const HEADER = /^#### (.+?)\s*(?:\|\s*(.*))?$/;

export function parseCases(area: string, text: string): CorpusCase[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const cases: CorpusCase[] = [];
  let current: { c: CorpusCase; body: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const body = [...current.body];
    while (body.length && body[body.length - 1].trim() === '') body.pop();
    current.c.script = body.join('\n');
    cases.push(current.c);
  };
  lines.forEach((line, i) => {
    const m = HEADER.exec(line);
    if (!m) {
      current?.body.push(line);
      return;
    }
    close();
    const name = m[1];
    if (name.includes('|')) throw new Error(`${area}.ps1:${i + 1}: a case name cannot contain '|'`);
    const c: CorpusCase = { area, name, id: `${area}/${name}`, script: '', mode: '-c', nonInteractive: true, process: false, line: i + 1 };
    for (const flag of (m[2] ?? '').match(/stdin=("(?:[^"\\]|\\.)*")|\S+/g) ?? []) {
      if (flag === '-f') c.mode = '-f';
      else if (flag === 'interactive') c.nonInteractive = false;
      else if (flag === 'process') c.process = true;
      else if (flag === 'cwd') c.cwd = true;
      else if (flag.startsWith('stdin=')) c.stdin = JSON.parse(flag.slice(6)) as string;
      else throw new Error(`${area}.ps1:${i + 1}: unknown flag ${flag}`);
    }
    current = { c, body: [] };
  });
  close();
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`${area}.ps1:${c.line}: duplicate case name ${c.name}`);
    seen.add(c.name);
  }
  return cases;
}

export function loadArea(area: string): CorpusCase[] {
  return parseCases(area, readFileSync(join(corpusDir, 'cases', `${area}.ps1`), 'utf8'));
}

export function loadCorpus(): CorpusCase[] {
  return areas().flatMap(loadArea);
}

export function expectedPath(area: string): string {
  return join(corpusDir, 'expected', `${area}.json`);
}

export function loadExpected(area: string): Record<string, Outcome> {
  const p = expectedPath(area);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, Outcome>) : {};
}

/** Whether a case must run as a process on the pwsh side (the batch runner cannot reproduce it). */
export function needsOwnProcess(c: CorpusCase): boolean {
  return c.mode === '-f' || !c.nonInteractive || c.stdin !== undefined || c.cwd === true || /\bexit\b/i.test(c.script);
}

export interface ListEntry {
  id: string;
  /** Deviation: the reason. Pending: the issue number and a one-line description. */
  text: string;
  issue?: number;
}

/**
 * deviations.txt / pending.txt: one entry a line, `<area>/<name> | <reason>` or
 * `<area>/<name> | #<issue> | <description>`; `#` lines and blank lines are comments.
 */
export function loadList(file: 'deviations.txt' | 'pending.txt'): Map<string, ListEntry> {
  const map = new Map<string, ListEntry>();
  const p = join(corpusDir, file);
  if (!existsSync(p)) return map;
  for (const raw of readFileSync(p, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id, ...rest] = line.split(' | ');
    const issue = /^#(\d+)$/.exec(rest[0] ?? '');
    map.set(id.trim(), { id: id.trim(), text: (issue ? rest.slice(1) : rest).join(' | '), issue: issue ? Number(issue[1]) : undefined });
  }
  return map;
}
