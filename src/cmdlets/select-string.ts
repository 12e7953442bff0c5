// Select-String (`sls`): finds text in files or in piped strings, as PowerShell's grep. Checked with pwsh
// 7.6.10: each matching line is a MatchInfo (Line, LineNumber, Filename, Path, Pattern, Matches,
// Context); the patterns are tried in order and the first that matches is the line's Pattern (and its
// matches, every one with -AllMatches); piped objects are lines numbered by their order (`InputStream`);
// a MatchInfo prints as `file:line:text` (the path relative to the current location), a piped line as
// itself, with `> ` and context lines around it under -Context. A missing file and a bad pattern stop
// the command (statement-terminating, as in pwsh); a wildcard that matches nothing is silent.

import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { toInt, toPSString, unwrap } from '../engine/convert.js';
import { expandPath, pathNotFound, resolveLiteral } from '../engine/paths.js';
import { RegexPatternError, patternRegex, regexMatches, type RegexValue } from '../engine/regex-type.js';
import { PSObject } from '../engine/values.js';
import { FILE_SYSTEM_PROVIDER } from './file-items.js';
import { readTextFile, splitLines } from './file-text.js';
import { kindOf } from './item-transfer.js';
import { UTILITY } from './modules.js';
import { encodingParam, stringsParam, switchParam } from './param-builders.js';
import { relative, sep } from 'node:path';
import { lazyCmdlet } from '../engine/command-table.js';

const INPUT_STREAM = 'InputStream';
const FILE_SETS = ['File', 'FileRaw'];
const LITERAL_SETS = ['LiteralFile', 'LiteralFileRaw'];
const OBJECT_SETS = ['Object', 'ObjectRaw'];
const RAW_SETS = ['ObjectRaw', 'FileRaw', 'LiteralFileRaw'];
const ALL = [...FILE_SETS, ...LITERAL_SETS, ...OBJECT_SETS];

const sets = (names: readonly string[], membership: object = {}) => Object.fromEntries(names.map((n) => [n, { ...membership }]));
const NOT_RAW = ALL.filter((s) => !RAW_SETS.includes(s));

/** A MatchInfo: its properties, and the line Out-Default prints for it (format.ts reads `viewLine`). */
class MatchInfo extends PSObject {
  constructor(
    props: Record<string, unknown>,
    text: string,
    readonly viewLine: string,
  ) {
    super('Microsoft.PowerShell.Commands.MatchInfo', props, ['IgnoreCase', 'LineNumber', 'Line', 'Filename', 'Path', 'Pattern', 'Context', 'Matches'], text);
  }
}

interface Source {
  /** Full path, or InputStream. */
  path: string;
  /** The path as MatchInfo's display shows it: relative to the current location when under it. */
  shown: string;
}

interface Search {
  patterns: string[];
  regexes: RegexValue[];
  simple: boolean;
  caseSensitive: boolean;
  notMatch: boolean;
  allMatches: boolean;
  pre: number;
  post: number;
}

interface State {
  search: Search;
  /** Pipeline lines seen so far (their line numbers), and the context window over them. */
  stream: Window;
  found: boolean;
  quietDone: boolean;
}

interface Window {
  lineNumber: number;
  /** Lines before the next match not yet shown (at most `pre`). */
  before: string[];
  /** The last match still collecting its post-context, and how many lines it still takes. */
  open?: { parts: InfoParts; post: string[]; left: number };
}

const states = new WeakMap<CmdletContext, State>();

export const selectString = lazyCmdlet('Select-String', (): CmdletDefinition => ({
  name: 'Select-String',
  implementingType: 'Microsoft.PowerShell.Commands.SelectStringCommand',
  module: UTILITY,
  synopsis: 'Finds text in strings and files.',
  defaultParameterSet: 'File',
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: sets(OBJECT_SETS, { mandatory: true, valueFromPipeline: true }), allowNull: true, allowEmptyString: true, description: 'The text to search (piped lines).' },
    stringsParam('Pattern', 'The regular expressions (or, with -SimpleMatch, the texts) to find.', { sets: sets(ALL, { position: 0, mandatory: true }) }),
    stringsParam('Path', 'The files to search; wildcards allowed.', { sets: sets(FILE_SETS, { position: 1, mandatory: true, valueFromPipelineByPropertyName: true }) }),
    stringsParam('LiteralPath', 'The files to search, taken literally.', { aliases: ['PSPath', 'LP'], sets: sets(LITERAL_SETS, { mandatory: true, valueFromPipelineByPropertyName: true }) }),
    switchParam('Raw', 'Writes the matching lines as strings instead of MatchInfo objects.', { sets: sets(RAW_SETS, { mandatory: true }) }),
    switchParam('SimpleMatch', 'Finds the pattern as plain text, not a regular expression.', { sets: sets(ALL) }),
    switchParam('CaseSensitive', 'Matches upper and lower case apart.', { sets: sets(ALL) }),
    switchParam('Quiet', 'Writes only True or False: whether anything matched.', { sets: sets(NOT_RAW) }),
    switchParam('List', 'Writes only the first match in each file.', { sets: sets(ALL) }),
    switchParam('NoEmphasis', 'Does not highlight the matches (spo never highlights them).', { sets: sets(ALL) }),
    stringsParam('Include', 'Searches only the files whose names match these wildcards.', { sets: sets(ALL), validateNotNullOrEmpty: true }),
    stringsParam('Exclude', 'Skips the files whose names match these wildcards.', { sets: sets(ALL), validateNotNullOrEmpty: true }),
    switchParam('NotMatch', 'Finds the lines that do not match.', { sets: sets(ALL) }),
    switchParam('AllMatches', 'Finds every match in a line, not only the first.', { sets: sets(ALL) }),
    { ...encodingParam(), sets: sets(ALL) },
    { name: 'Context', kind: 'object[]', typeName: 'System.Int32[]', sets: sets(ALL), validateNotNullOrEmpty: true, validateCount: [1, 2], description: 'How many lines to show before and after each match (one number: both).' },
  ],
  begin(ctx) {
    states.set(ctx, { search: searchOf(ctx), stream: { lineNumber: 0, before: [] }, found: false, quietDone: false });
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    if (state.quietDone) return;
    const literal = ctx.params.get<string[]>('LiteralPath');
    const paths = literal ?? ctx.params.get<string[]>('Path');
    if (paths) {
      for (const full of filesOf(ctx, paths, literal !== undefined)) {
        if (kindOf(full) !== 'file' || !included(ctx, full)) continue;
        const text = await readTextFile(ctx, full, full, ctx.params.get<string>('Encoding'));
        if (text === undefined) continue;
        const source = { path: full, shown: shownPath(ctx, full) };
        const window: Window = { lineNumber: 0, before: [] };
        for (const line of splitLines(text)) {
          const matched = searchLine(ctx, state, window, source, line);
          if (state.quietDone) return;
          if (matched && ctx.params.get('List') === true) break;
        }
        closeWindow(ctx, window);
      }
      return;
    }
    const value = unwrap(ctx.hasInput ? ctx.input : ctx.params.get('InputObject'));
    if (value === null || value === undefined) return;
    // A file from Get-ChildItem / Get-Item is searched, not its name.
    if (value instanceof PSObject && value.typeName === 'System.IO.FileInfo') {
      const full = toPSString(value.get('FullName'));
      const text = await readTextFile(ctx, full, full, ctx.params.get<string>('Encoding'));
      if (text === undefined) return;
      const window: Window = { lineNumber: 0, before: [] };
      for (const line of splitLines(text)) searchLine(ctx, state, window, { path: full, shown: shownPath(ctx, full) }, line);
      closeWindow(ctx, window);
      return;
    }
    searchLine(ctx, state, state.stream, { path: INPUT_STREAM, shown: INPUT_STREAM }, toPSString(value));
  },
  end(ctx) {
    const state = states.get(ctx)!;
    closeWindow(ctx, state.stream);
    // pwsh answers False only for files: piped input that never matched writes nothing.
    if (ctx.params.get('Quiet') === true && !state.quietDone && (ctx.params.has('Path') || ctx.params.has('LiteralPath'))) ctx.writeObject(false);
  },
}));

function searchOf(ctx: CmdletContext): Search {
  const patterns = ctx.params.get<string[]>('Pattern') ?? [];
  const simple = ctx.params.get('SimpleMatch') === true;
  const caseSensitive = ctx.params.get('CaseSensitive') === true;
  const regexes: RegexValue[] = [];
  if (!simple) {
    for (const pattern of patterns) {
      let regex: RegexValue | undefined;
      let problem = '';
      try {
        regex = patternRegex(pattern, !caseSensitive);
      } catch (e) {
        if (!(e instanceof RegexPatternError)) throw e;
        problem = e.message;
      }
      if (!regex) {
        ctx.throwTerminatingError({
          message: `The string ${pattern} is not a valid regular expression: ${problem}`,
          errorId: 'InvalidRegex',
          category: 'InvalidArgument',
          exceptionType: 'ArgumentException',
          exceptionFullName: 'System.ArgumentException',
        });
      }
      regexes.push(regex);
    }
  }
  const context = (ctx.params.get<unknown[]>('Context') ?? []).map((n) => toInt(n));
  for (const n of context) {
    if (n < 0) {
      ctx.throwTerminatingError({
        message: `Cannot validate argument on parameter 'Context'. The ${n} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`,
        errorId: 'ParameterArgumentValidationError',
        category: 'InvalidData',
        exceptionType: 'ParameterBindingValidationException',
      });
    }
  }
  return {
    patterns,
    regexes,
    simple,
    caseSensitive,
    notMatch: ctx.params.get('NotMatch') === true,
    allMatches: ctx.params.get('AllMatches') === true,
    pre: context[0] ?? 0,
    post: context[1] ?? context[0] ?? 0,
  };
}

/** The files -Path / -LiteralPath name; a path that names nothing stops the command, as in pwsh. */
function filesOf(ctx: CmdletContext, typed: readonly string[], literal: boolean): string[] {
  const files: string[] = [];
  for (const text of typed) {
    const bare = text.startsWith(FILE_SYSTEM_PROVIDER) ? text.slice(FILE_SYSTEM_PROVIDER.length) : text;
    if (literal) {
      const full = resolveLiteral(ctx.session, bare);
      if (!kindOf(full)) ctx.throwTerminatingError(pathNotFound(full) as ErrorSpec);
      files.push(full);
      continue;
    }
    const { paths, wildcard } = expandPath(ctx.session, bare);
    if (!wildcard && !kindOf(paths[0]!)) ctx.throwTerminatingError(pathNotFound(paths[0]!));
    files.push(...paths);
  }
  return files;
}

function included(ctx: CmdletContext, full: string): boolean {
  const name = full.slice(full.lastIndexOf(sep) + 1);
  const include = ctx.params.get<string[]>('Include');
  const exclude = ctx.params.get<string[]>('Exclude');
  const like = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i').test(name);
  if (include && !include.some(like)) return false;
  return !(exclude && exclude.some(like));
}

function shownPath(ctx: CmdletContext, full: string): string {
  const rel = relative(ctx.session.location, full);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : full;
}

interface Found {
  pattern: string;
  matches: PSObject[];
}

/** The first pattern that matches the line (with its matches), or undefined. */
function find(search: Search, line: string): Found | undefined {
  for (let i = 0; i < search.patterns.length; i++) {
    const pattern = search.patterns[i]!;
    if (search.simple) {
      const hay = search.caseSensitive ? line : line.toLowerCase();
      if (hay.includes(search.caseSensitive ? pattern : pattern.toLowerCase())) return { pattern, matches: [] };
      continue;
    }
    const matches = regexMatches(search.regexes[i]!, line, search.allMatches);
    if (matches.length === 0) continue;
    return { pattern, matches };
  }
  return undefined;
}

/** Looks at one line; writes a MatchInfo (now, or once its post-context is complete). Returns whether it matched. */
function searchLine(ctx: CmdletContext, state: State, window: Window, source: Source, line: string): boolean {
  const { search } = state;
  window.lineNumber++;
  const found = find(search, line);
  const hit = search.notMatch ? found === undefined : found !== undefined;
  const open = window.open;
  if (!hit) {
    if (open && open.left > 0) {
      open.post.push(line);
      open.left--;
      if (open.left === 0) closeWindow(ctx, window);
    } else if (search.pre > 0) {
      window.before.push(line);
      if (window.before.length > search.pre) window.before.shift();
    }
    return false;
  }
  closeWindow(ctx, window);
  state.found = true;
  if (ctx.params.get('Quiet') === true) {
    ctx.writeObject(true);
    state.quietDone = true;
    return true;
  }
  if (RAW_SETS.includes(ctx.invocation.parameterSetName)) {
    ctx.writeObject(line);
    return true;
  }
  const pre = window.before;
  window.before = [];
  const info = { source, line, number: window.lineNumber, pre, pattern: found?.pattern ?? search.patterns[0] ?? '', matches: found?.matches ?? [] };
  if (search.post > 0) {
    window.open = { parts: info, post: [], left: search.post };
  } else {
    ctx.writeObject(matchInfo(state, info, []));
  }
  return true;
}

type InfoParts = { source: Source; line: string; number: number; pre: string[]; pattern: string; matches: PSObject[] };

/** Writes the MatchInfo waiting for its post-context (at the next match or the end of the input). */
function closeWindow(ctx: CmdletContext, window: Window): void {
  const open = window.open;
  if (!open) return;
  window.open = undefined;
  ctx.writeObject(matchInfo(states.get(ctx)!, open.parts, open.post));
}

function matchInfo(state: State, parts: InfoParts, post: string[]): MatchInfo {
  const { source, line, number, pre, pattern, matches } = parts;
  const withContext = state.search.pre > 0 || state.search.post > 0;
  const file = source.path !== INPUT_STREAM;
  const filename = file ? source.path.slice(source.path.lastIndexOf(sep) + 1) : INPUT_STREAM;
  const entry = (shown: string, n: number, text: string) => (file ? `${shown}:${n}:${text}` : text);
  const render = (shown: string) => {
    if (!withContext) return entry(shown, number, line);
    const lines = [
      ...pre.map((t, i) => `  ${entry(shown, number - pre.length + i, t)}`),
      `> ${entry(shown, number, line)}`,
      ...post.map((t, i) => `  ${entry(shown, number + 1 + i, t)}`),
    ];
    return lines.join('\n');
  };
  const context = withContext
    ? new PSObject('Microsoft.PowerShell.Commands.MatchInfoContext', { PreContext: [...pre], PostContext: [...post], DisplayPreContext: [...pre], DisplayPostContext: [...post] })
    : null;
  return new MatchInfo(
    { IgnoreCase: !state.search.caseSensitive, LineNumber: number, Line: line, Filename: filename, Path: source.path, Pattern: pattern, Context: context, Matches: matches },
    render(source.path),
    render(source.shown),
  );
}
