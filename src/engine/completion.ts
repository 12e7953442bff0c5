// Tab completion with PowerShell's rules (shared/reference/powershell-semantics.md §6.2–6.3):
//
// * command names (cmdlets and aliases), canonical casing, sorted;
// * parameter names after `-`: only unbound parameters of the parameter sets still possible, in
//   declaration order, then the CommonParameters in their order; aliases only for a partial name;
// * parameter values: enum and ValidateSet names (an exact match first, the rest sorted),
//   ActionPreference for -ErrorAction and friends, `$true`/`$false` after `-Switch:`; the values a
//   parameter's `completes` names, as pwsh's completers for them (command, variable, alias and module
//   names, verbs, nouns, scopes, folders), named or positional, each after a comma too;
// * variable names after `$` (variables assigned earlier in the input first, then the session's,
//   sorted case-insensitively, keeping their stored casing), `$env:` names;
// * file paths for arguments of no special type (`-Url <Tab>`, positional arguments) and for a
//   command typed as a path, relative to the current folder;
// * command-name abbreviations when nothing else matches (`c-spos` → Connect-SPOService);
// * before the rules above for a parameter's value (named or positional) or a native command's
//   arguments: the completer Register-ArgumentCompleter registered, asked through the context.
//
// The word being completed is found by a small quote-aware scan backwards from the cursor, because
// the input is usually unfinished (`-Region 'Ch`, a lone `$`) where the tokenizer gives up; the
// text before that word is read with the language tokenizer to find the command and its bound
// parameters.

import type { CompletionResult } from './api.js';
import type { CmdletDefinition, ParameterMetadata, ValueCompletion } from './cmdlet.js';
import { APPROVED_VERBS } from './approved-verbs.js';
import { candidateSets, findParameter, inAnySet, shouldProcessParameters } from './command-metadata.js';
import { ACTION_PREFERENCE, COMMON_PARAMETERS } from './common-parameters.js';
import { hasWildcard, WildcardPattern, WildcardPatternError } from './wildcard.js';
import { completeStaticMember } from './completion-members.js';
import { tokenize } from '../language/tokenizer.js';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Token } from '../language/tokens.js';

export interface CompletionCommandSource {
  /** A cmdlet by name or alias, case-insensitive. */
  resolve(name: string): CmdletDefinition | undefined;
  /** Cmdlet names and aliases, canonical casing. */
  names(): string[];
}

export interface PathEntry {
  name: string;
  directory: boolean;
}

export interface CompletionContext {
  commands: CompletionCommandSource;
  /** Session variable names, stored casing, without `$`. */
  variables: () => string[];
  /** Environment variable names (for `$env:`). */
  environment?: () => string[];
  /** A variable's tooltip (`[int]$x`, `[ActionPreference]$ErrorActionPreference - <its description>`); its name when undefined. */
  variableToolTip?: (name: string) => string | undefined;
  /** The session's aliases (Get-Alias -Name's values; an alias's tooltip is its command). */
  aliases?: () => Array<{ name: string; target: string }>;
  /** The session's drive names, as Get-PSDrive lists them (the file system's root first). */
  drives?: () => string[];
  /** The names of the loaded modules (Get-Module -Name's values). */
  modules?: () => string[];
  /** The session's current folder, which relative paths start from. */
  location?: () => string;
  /** The entries of a folder given as typed (relative to the current folder, `~` = home); [] when unreadable. */
  listFolder?: (folder: string) => PathEntry[];
  /**
   * Register-ArgumentCompleter's completers: asked for a value before the built-in rules; a result
   * (even an empty one) answers, undefined lets the built-in rules answer.
   */
  argumentCompleter?: (request: ArgumentCompletionRequest) => CompletionResult | undefined;
}

/** What an argument completer is asked: the command, its parameter (none for a native command's completer), the word. */
export interface ArgumentCompletionRequest {
  /** The command's canonical name (a native command's as typed). */
  commandName: string;
  /** The parameter whose value is completed; undefined for a native command. */
  parameterName?: string;
  /** The word typed so far, without an opening quote ($wordToComplete). */
  word: string;
  /** Where the typed word starts and its length (what the completions replace). */
  start: number;
  replacementLength: number;
  /** The command's text up to the cursor ($commandAst's text). */
  commandText: string;
  /** The cursor's offset in the input ($cursorPosition of a native completer). */
  cursor: number;
  /** The parameters named before, and the one completed, with their typed values ($fakeBoundParameters). */
  bound: Array<[string, unknown]>;
}

export type CompletionMatch = CompletionResult['matches'][number];

const NONE = (cursor: number): CompletionResult => ({ replacementIndex: cursor, replacementLength: 0, matches: [] });

const DASHES = /^[-\u2013\u2014\u2015]/;
/** Characters that end an argument in command mode (outside quotes). */
const ARGUMENT_BREAKS = new Set([' ', '\t', '\n', '\r', ';', '|', '(', ')', '{', '}', ',', '&']);
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e']);

/** Start of the argument that ends at `cursor` (quote-aware), and whether a quote is open. */
function currentWordStart(text: string, cursor: number): number {
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < cursor; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote || (QUOTES.has(c) && QUOTES.has(quote) && quote !== "'" && quote !== '"')) quote = null;
      continue;
    }
    if (c === '`') {
      i++;
      continue;
    }
    if (QUOTES.has(c) && i === start) quote = c;
    else if (ARGUMENT_BREAKS.has(c)) start = i + 1;
  }
  return start;
}

/** Where the unquoted word the cursor is in ends. */
function currentWordEnd(text: string, cursor: number): number {
  let end = cursor;
  while (end < text.length && !ARGUMENT_BREAKS.has(text[end]!) && !QUOTES.has(text[end]!) && text[end] !== '`') end++;
  return end;
}

/**
 * The tokens of the statement the text before the word ends in (after its last `;`, `|`, newline or
 * bracket: see currentStatement); a rough split when the tokenizer cannot read the text.
 */
function tokensBefore(text: string): Token[] {
  if (text.trim() === '') return [];
  const tokens = tokenize(text);
  try {
    // Only the statement the cursor is in is made into objects (the stream holds numbers).
    let from = -1;
    for (let i = 0; i < tokens.count; i++) {
      const kind = tokens.kind(i);
      if (kind === 'eof') continue;
      if (from < 0) from = 0;
      if (endsStatement(kind, kind === 'operator' ? tokens.text(i) : '')) from = i + 1;
    }
    if (from >= 0) {
      const statement: Token[] = [];
      for (let i = from; i < tokens.count; i++) if (tokens.kind(i) !== 'eof') statement.push(tokens.token(i));
      return statement;
    }
  } finally {
    tokens.release();
  }
  const rough: Token[] = [];
  let atCommand = true;
  for (const m of text.matchAll(/[;|]|[^\s;|]+/g)) {
    const word = m[0];
    const start = m.index!;
    if (word === ';' || word === '|') {
      rough.push({ kind: 'operator', text: word, start, end: start + 1 });
      atCommand = true;
      continue;
    }
    const kind = DASHES.test(word) && word.length > 1 ? 'parameter' : word.startsWith('$') ? 'variable' : 'generic';
    rough.push({ kind, text: word, start, end: start + word.length, commandName: atCommand && kind === 'generic' });
    atCommand = false;
  }
  return currentStatement(rough);
}

/** A newline, `;`, `|`, an opening bracket or a chain operator: the token before a statement. */
function endsStatement(kind: string, text: string): boolean {
  return kind === 'newline' || (kind === 'operator' && /^(;|\||\(|\$\(|@\(|\{|@\{|&&|\|\|)$/.test(text));
}

/** The tokens of the statement the cursor is in (after the last `;`, `|`, newline or bracket). */
function currentStatement(tokens: Token[]): Token[] {
  let from = 0;
  tokens.forEach((t, i) => {
    if (endsStatement(t.kind, t.text)) from = i + 1;
  });
  return tokens.slice(from);
}

/** What a typed word matches: a prefix, or a wildcard pattern with an implied `*` at its end. */
function wildcardMatcher(word: string): (candidate: string) => boolean {
  if (!hasWildcard(word)) {
    const lower = word.replace(/`(.)/g, '$1').toLowerCase();
    return (c) => c.toLowerCase().startsWith(lower);
  }
  let pattern: WildcardPattern;
  try {
    pattern = new WildcardPattern(word.endsWith('*') ? word : word + '*');
  } catch (e) {
    if (e instanceof WildcardPatternError) return () => false; // an unfinished `[`: nothing matches yet
    throw e;
  }
  return (c) => pattern.isMatch(c);
}

const byName = (a: string, b: string) => {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
};

// ---------------------------------------------------------------------------------------------
// Commands

function completeCommand(word: string, start: number, ctx: CompletionContext): CompletionResult {
  const matches = wildcardMatcher(word);
  const seen = new Set<string>();
  const all = ctx.commands.names();
  let names = all.filter((n) => matches(n));
  // Nothing starts that way: try it as an abbreviation (the capitals and the dash of the name).
  if (names.length === 0 && /^[a-z]+-[a-z]+$/i.test(word)) {
    const abbreviation = word.toLowerCase();
    names = all.filter((n) => n.replace(/[^A-Z-]/g, '').toLowerCase() === abbreviation);
  }
  names = names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase())).sort(byName);
  // An alias's tooltip is the command it stands for (gc → Get-Content), as pwsh shows it.
  const targets = new Map((ctx.aliases?.() ?? []).map((a) => [a.name.toLowerCase(), a.target]));
  return {
    replacementIndex: start,
    replacementLength: word.length,
    matches: names.map((name) => ({ completionText: name, listItemText: name, toolTip: targets.get(name.toLowerCase()) ?? name, resultType: 'Command' })),
  };
}

/** A typed word's opening quote (or '') and its text inside the quotes (a closing quote of the same kind taken off). */
function splitQuote(word: string): { quote: string; bare: string } {
  const quote = word.length > 0 && QUOTES.has(word[0]!) ? word[0]! : '';
  if (!quote) return { quote, bare: word };
  const bare = word.slice(1);
  return { quote, bare: bare.endsWith(quote) ? bare.slice(0, -1) : bare };
}

/** The quote a completion closes with after an opening `quote`: a double quote after a double one, else a single one. */
const closingQuote = (quote: string): string => (quote === '"' || quote === '\u201c' || quote === '\u201d' ? '"' : "'");

/** A command name as a parameter's value (Get-Command -Name, Get-Help): quoted as typed (`'Get-Da` → `'Get-Date'`). */
function completeCommandValue(word: string, start: number, ctx: CompletionContext): CompletionResult {
  const { quote, bare } = splitQuote(word);
  if (!quote) return completeCommand(word, start, ctx);
  const close = closingQuote(quote);
  const result = completeCommand(bare, start, ctx);
  return { ...result, replacementLength: word.length, matches: result.matches.map((m) => ({ ...m, completionText: `${quote}${m.completionText}${close}` })) };
}

// ---------------------------------------------------------------------------------------------
// Parameters

/** `[ActionPreference] ErrorAction`: PowerShell's tooltip shows the short type name. */
function toolTipOf(p: ParameterMetadata): string {
  const short: Record<string, string> = {
    'System.String': 'string',
    'System.String[]': 'string[]',
    'System.Int32': 'int',
    'System.Boolean': 'bool',
    'System.Object': 'Object',
    'System.Management.Automation.SwitchParameter': 'switch',
  };
  const type = short[p.typeName] ?? p.typeName.slice(p.typeName.lastIndexOf('.') + 1);
  return `[${type}] ${p.name}`;
}

/** The parameters completion offers, in its two groups: the command's own, then the common ones. */
function parameterGroups(def: CmdletDefinition): { declared: ParameterMetadata[]; common: ParameterMetadata[] } {
  return { declared: [...def.parameters.filter((p) => !p.dontShow), ...shouldProcessParameters(def)], common: def.commonParameters === false ? [] : [...COMMON_PARAMETERS] };
}

function parameterName(token: Token): string {
  return token.text.replace(DASHES, '').replace(/:$/, '');
}


function completeParameterName(
  def: CmdletDefinition,
  statement: Token[],
  word: string,
  start: number,
): CompletionResult {
  const typed = word.replace(DASHES, '');
  const colon = typed.endsWith(':');
  const prefix = colon ? typed.slice(0, -1) : typed;
  const bound = statement
    .filter((t) => t.kind === 'parameter')
    .map((t) => findParameter(def, parameterName(t)))
    .filter((p): p is ParameterMetadata => p !== undefined);
  const sets = candidateSets(def, bound);
  const lower = prefix.toLowerCase();
  const { declared, common } = parameterGroups(def);
  const hidesCommon = declared.some((p) => p.dontShow);

  const group = (params: ParameterMetadata[]): CompletionMatch[] => {
    const candidates = params.filter((p) => !bound.includes(p) && !p.dontShow && inAnySet(def, p, sets));
    const make = (name: string, p: ParameterMetadata): CompletionMatch => ({
      completionText: `-${name}${colon ? ':' : ''}`,
      listItemText: name,
      toolTip: toolTipOf(p),
      resultType: 'ParameterName',
    });
    const names = candidates.filter((p) => p.name.toLowerCase().startsWith(lower)).map((p) => make(p.name, p));
    // Aliases only when part of a name was typed (`-e` also offers `-ea`, `-ev`).
    const aliases =
      lower === ''
        ? []
        : candidates.flatMap((p) => (p.aliases ?? []).filter((a) => a.toLowerCase().startsWith(lower)).map((a) => make(a, p)));
    return [...names, ...aliases];
  };
  const matches = [...group(declared), ...(hidesCommon ? [] : group(common))];
  return { replacementIndex: start, replacementLength: word.length, matches };
}

// ---------------------------------------------------------------------------------------------
// Parameter values

function valuesFor(p: ParameterMetadata): string[] | null {
  if (p.kind === 'switch' || p.kind === 'bool') return null; // handled as $true/$false
  if (p.validateSet) return [...p.validateSet];
  if (p.argumentCompletions) return [...p.argumentCompletions];
  if (p.enumType) return [...p.enumType.names];
  if (p.typeName === ACTION_PREFERENCE.fullName) return [...ACTION_PREFERENCE.names];
  return [];
}

function completeValue(p: ParameterMetadata, word: string, start: number, afterColon: boolean): CompletionResult {
  if (p.kind === 'switch' || p.kind === 'bool') {
    // `-Force:<Tab>` → $true, $false (a switch takes a value only after a colon).
    if (p.kind === 'switch' && !afterColon) return NONE(start + word.length);
    const matches = ['$true', '$false']
      .filter((v) => v.startsWith(word.toLowerCase()) || word === '')
      .map((v) => ({ completionText: v, listItemText: v, toolTip: v, resultType: 'ParameterValue' }));
    return { replacementIndex: start, replacementLength: word.length, matches };
  }
  const values = valuesFor(p) ?? [];
  const { quote, bare } = splitQuote(word);
  const matches = wildcardMatcher(bare);
  const hits = values.filter((v) => matches(v));
  const exact = hits.filter((v) => v.toLowerCase() === bare.toLowerCase());
  const rest = hits.filter((v) => !exact.includes(v)).sort((a, b) => a.localeCompare(b, 'en-US'));
  const close = quote === "'" || quote === '\u2018' || quote === '\u2019' ? "'" : quote ? '"' : '';
  return {
    replacementIndex: start,
    replacementLength: word.length,
    matches: [...exact, ...rest].map((v) => ({
      completionText: quote ? `${quote}${v}${close}` : v,
      listItemText: v,
      toolTip: v,
      resultType: 'ParameterValue',
    })),
  };
}

/** Characters that make a completed name quoted (pwsh leaves the variables `$` and `^` bare). */
const NAME_NEEDS_QUOTES = /[\s'"`;,(){}@&#|<>\u2018-\u201e]/;

/** The providers behind spo-shell's drives, as Get-PSProvider names them (sorted). */
const PROVIDERS = ['Alias', 'Certificate', 'Environment', 'FileSystem', 'Function', 'Variable'];

/** The scope names pwsh's ScopeArgumentCompleter offers, in its order. */
const SCOPES = ['Global', 'Local', 'Script'];

/**
 * A value of a parameter whose `completes` names a kind (Get-Command -Name, Get-Variable -Name ...):
 * the matching names, sorted as pwsh's completers sort them, with their result types.
 */
function completeKind(kind: ValueCompletion, word: string, start: number, ctx: CompletionContext, bound: ReadonlyArray<[string, unknown]> = []): CompletionResult {
  if (kind === 'command') return completeCommandValue(word, start, ctx);
  if (kind === 'container') return completePath(word, start, ctx, true);
  const { quote, bare } = splitQuote(word);
  const matches = wildcardMatcher(bare);
  let names: string[];
  let resultType = 'ParameterValue';
  let inOrder = false;
  switch (kind) {
    case 'variable':
      names = ctx.variables();
      break;
    case 'alias':
      names = (ctx.aliases?.() ?? []).map((a) => a.name);
      break;
    case 'module':
      names = ctx.modules?.() ?? [];
      break;
    case 'verb':
    case 'noun': {
      // Get-Command -Noun X -Verb <Tab>: the verbs of the commands with that noun (and the other way
      // round), sorted; with neither, the approved verbs in Get-Verb's order, or every noun, sorted.
      const other = bound.find(([name]) => name === (kind === 'verb' ? 'Noun' : 'Verb'))?.[1];
      const otherMatches = typeof other === 'string' ? exactOrWildcard(other) : undefined;
      inOrder = !otherMatches && kind === 'verb';
      names = inOrder ? APPROVED_VERBS.map((v) => v[0]) : commandParts(ctx, kind, otherMatches);
      resultType = 'Text';
      break;
    }
    case 'drive':
      names = ctx.drives?.() ?? [];
      inOrder = true;
      break;
    case 'provider':
      names = PROVIDERS;
      inOrder = true;
      break;
    case 'scope':
      names = SCOPES;
      inOrder = true;
      resultType = 'Text';
      break;
  }
  const seen = new Set<string>();
  const hits = names.filter((n) => matches(n) && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  // pwsh sorts with the culture's rules (punctuation before letters: `?`, `^`, `$`, then args ...); the
  // scopes and the approved verbs keep their order.
  if (!inOrder) hits.sort((a, b) => a.localeCompare(b, 'en-US'));
  const close = closingQuote(quote);
  return {
    replacementIndex: start,
    replacementLength: word.length,
    matches: hits.map((name) => {
      // A name holding a wildcard character (the variable `?`) is written escaped and quoted, so that it names itself.
      const escaped = /[*?[\]]/.test(name) ? `'${name.replace(/[*?[\]`]/g, '`$&').replace(/'/g, "''")}'` : undefined;
      const text = quote ? `${quote}${name}${close}` : (escaped ?? (NAME_NEEDS_QUOTES.test(name) ? `'${name.replace(/'/g, "''")}'` : name));
      return { completionText: text, listItemText: name, toolTip: name, resultType };
    }),
  };
}

/** The verbs (or nouns) of the session's commands, keeping those whose noun (or verb) `other` matches. */
function commandParts(ctx: CompletionContext, part: 'verb' | 'noun', other: ((text: string) => boolean) | undefined): string[] {
  const out: string[] = [];
  for (const name of ctx.commands.names()) {
    const dash = name.indexOf('-');
    if (dash <= 0) continue;
    const verb = name.slice(0, dash);
    const noun = name.slice(dash + 1);
    if (other && !other(part === 'verb' ? noun : verb)) continue;
    out.push(part === 'verb' ? verb : noun);
  }
  return out;
}

/** A bound value as Get-Command reads it: a wildcard pattern, or a name compared without case. */
function exactOrWildcard(text: string): (candidate: string) => boolean {
  if (!hasWildcard(text)) return (c) => c.toLowerCase() === text.toLowerCase();
  try {
    const pattern = new WildcardPattern(text);
    return (c) => pattern.isMatch(c);
  } catch (e) {
    if (e instanceof WildcardPatternError) return () => false;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Variables

// Made on first use: a \p{...} literal costs V8 ICU work when evaluated, at every start (docs/startup.md).
let simpleVariable: RegExp | undefined;
const isSimpleVariable = (name: string) => (simpleVariable ??= /^[\p{L}\p{Nd}_?]+(:[\p{L}\p{Nd}_?]+)?$/u).test(name);

function completeVariable(text: string, word: string, start: number, ctx: CompletionContext): CompletionResult {
  const sigil = word[0]!; // `$` or `@` (splatting)
  const braced = word.startsWith(`${sigil}{`);
  const prefix = word.slice(braced ? 2 : 1).replace(/}$/, '');
  const env = /^env:(.*)$/i.exec(prefix);
  if (env) {
    const matchesEnv = wildcardMatcher(env[1]!);
    const names = (ctx.environment?.() ?? []).filter((n) => matchesEnv(n)).sort(byName);
    const scope = prefix.slice(0, 3);
    return {
      replacementIndex: start,
      replacementLength: word.length,
      matches: names.map((n) => ({
        completionText: braced || !isSimpleVariable(n) ? `${sigil}{${scope}:${n}}` : `${sigil}${scope}:${n}`,
        listItemText: n,
        toolTip: n,
        resultType: 'Variable',
      })),
    };
  }
  const matches = wildcardMatcher(prefix);
  // Variables assigned earlier in this input come first (`$cred = ...; Connect-SPOService -Credential $c`).
  const local: string[] = [];
  for (const m of text.slice(0, start).matchAll(/\$([\p{L}\p{Nd}_?]+)\s*=(?!=)/gu)) local.push(m[1]!);
  const session = [...ctx.variables()].sort(byName);
  const seen = new Set<string>();
  const names = [...local, ...session].filter((n) => matches(n) && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  return {
    replacementIndex: start,
    replacementLength: word.length,
    matches: names.map((n) => ({
      completionText: braced || !isSimpleVariable(n) ? `${sigil}{${n}}` : `${sigil}${n}`,
      listItemText: n,
      // Made when read: a tooltip reads the variable's value, and some values are made on first read ($Host).
      get toolTip() {
        return ctx.variableToolTip?.(n) ?? n;
      },
      resultType: 'Variable',
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// File paths

/** Characters that make PowerShell quote a completed path. */
const NEEDS_QUOTES = /[\s'"`$;,(){}@&#|<>\u2018-\u201e]/;

function completePath(word: string, start: number, ctx: CompletionContext, foldersOnly = false): CompletionResult {
  if (!ctx.listFolder) return NONE(start + word.length);
  const { quote, bare: typed } = splitQuote(word);
  const cut = Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\'));
  const folder = typed.slice(0, cut + 1);
  const leaf = typed.slice(cut + 1);
  const matches = wildcardMatcher(leaf);
  // Hidden entries only when their dot is typed, as in PowerShell.
  const entries = ctx
    .listFolder(folder)
    .filter((e) => matches(e.name) && (!e.name.startsWith('.') || leaf.startsWith('.')) && (e.directory || !foldersOnly))
    .sort((a, b) => byName(a.name, b.name));
  // A path typed without a folder completes relative to the current one: `./name`.
  const base = folder === '' || !/^(\.{1,2}[\\/]|[\\/]|~|[A-Za-z]:)/.test(folder) ? `./${folder}` : folder;
  const close = closingQuote(quote);
  return {
    replacementIndex: start,
    replacementLength: word.length,
    matches: entries.map((e) => {
      const path = base + e.name;
      const text = quote
        ? `${quote}${path}${close}`
        : NEEDS_QUOTES.test(path)
          ? `'${path.replace(/'/g, "''")}'`
          : path;
      // The tooltip is the item's full path, as pwsh gives it (`./docs` → /home/me/docs).
      const full = /^~([\\/]|$)/.test(path) ? join(homedir(), path.slice(1)) : resolve(ctx.location?.() ?? '.', path);
      return { completionText: text, listItemText: e.name, toolTip: full, resultType: e.directory ? 'ProviderContainer' : 'ProviderItem' };
    }),
  };
}

// ---------------------------------------------------------------------------------------------

/** A typed argument's text without its quotes. */
function unquoted(text: string): string {
  const quote = text.length > 0 && QUOTES.has(text[0]!) ? text[0]! : '';
  if (!quote) return text;
  const inner = text.slice(1);
  return inner.length > 0 && QUOTES.has(inner[inner.length - 1]!) ? inner.slice(0, -1) : inner;
}

/** The parameters the statement names with their values (a switch is $true): an argument completer's $fakeBoundParameters. */
function fakeBound(def: CmdletDefinition, statement: Token[], commandToken: Token): Array<[string, unknown]> {
  const bound: Array<[string, unknown]> = [];
  const args = statement.slice(statement.indexOf(commandToken) + 1);
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    if (t.kind !== 'parameter') continue;
    const p = findParameter(def, parameterName(t));
    if (!p) continue;
    const next = args[i + 1];
    if (p.kind === 'switch' || t.text.endsWith(':') || !next || next.kind === 'parameter') bound.push([p.name, true]);
    else bound.push([p.name, unquoted(next.text)]), i++;
  }
  return bound;
}

/** The parameter a positional argument binds to: the nth positional argument (named ones' values not counted). */
function positionalParameter(def: CmdletDefinition, statement: Token[], commandToken: Token): ParameterMetadata | undefined {
  const args = statement.slice(statement.indexOf(commandToken) + 1);
  let index = 0;
  const named: ParameterMetadata[] = [];
  // A comma joins the values around it into one argument (`Get-Command a,b,<Tab>`).
  let joined = false;
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    if (isComma(t)) {
      joined = true;
      continue;
    }
    if (joined) {
      joined = false;
      continue;
    }
    if (t.kind === 'parameter') {
      const p = findParameter(def, parameterName(t));
      if (p) named.push(p);
      if (p && p.kind !== 'switch' && !t.text.endsWith(':') && args[i + 1] && args[i + 1]!.kind !== 'parameter') i++;
      continue;
    }
    index++;
  }
  if (joined) index--; // the word continues the argument before the comma
  const positional = def.parameters
    .filter((p) => !named.includes(p) && Object.values(p.sets).some((s) => s.position !== undefined))
    .sort((a, b) => Math.min(...Object.values(a.sets).map((s) => s.position ?? Infinity)) - Math.min(...Object.values(b.sets).map((s) => s.position ?? Infinity)));
  return positional[index];
}

/** PowerShell's CompleteInput for the subset this shell understands. */
export function completeInput(text: string, cursor: number, ctx: CompletionContext): CompletionResult {
  const at = Math.max(0, Math.min(cursor, text.length));
  const wordStart = currentWordStart(text, at);
  // A cursor inside a word completes the whole word and replaces it (pwsh's CompleteInput: `Get-C|hildItem`
  // matches Get-ChildItem only, and Tab leaves no `hildItem` behind).
  const c = QUOTES.has(text[wordStart] ?? '') ? at : currentWordEnd(text, at);
  const word = text.slice(wordStart, c);
  const start = wordStart;

  const staticMember = completeStaticMember(text, c);
  if (staticMember) return staticMember;

  // `$var` inside a larger argument (`-Credential:$c`, `"$c`) completes just the variable.
  const dollar = Math.max(word.lastIndexOf('$'), word.startsWith('@') ? 0 : -1);
  if (dollar >= 0 && /^[$@]\{?[\p{L}\p{Nd}_?:]*$/u.test(word.slice(dollar))) {
    return completeVariable(text, word.slice(dollar), start + dollar, ctx);
  }

  const statement = tokensBefore(text.slice(0, wordStart));
  const commandToken = statement.find((t) => t.commandName) ?? (statement[0]?.kind === 'generic' ? statement[0] : undefined);

  // `-Param:value` typed as one argument: split at the colon.
  const colonParam = /^([-\u2013\u2014\u2015][\p{L}\p{Nd}_?]+):(.*)$/u.exec(word);

  if (!commandToken) {
    // The first word of a statement is a command name, or a script typed as a path.
    if (/^(\.{1,2}[\\/]|[\\/]|~[\\/])/.test(word)) return completePath(word, start, ctx);
    if (word === '' || DASHES.test(word) || QUOTES.has(word[0]!)) return NONE(c);
    return completeCommand(word, start, ctx);
  }
  const def = ctx.commands.resolve(commandToken.text);
  const commandText = text.slice(commandToken.start, c).trimEnd();
  // An unknown command takes file paths, as native commands do (after its -Native completer, if any).
  if (!def) {
    const custom = ctx.argumentCompleter?.({ commandName: commandToken.text, word: unquoted(word), start, replacementLength: word.length, commandText, cursor: c, bound: [] });
    if (custom) return custom;
    return DASHES.test(word) ? NONE(c) : completePath(word, start, ctx);
  }
  const askCompleter = (p: ParameterMetadata, value: string, valueStart: number): CompletionResult | undefined =>
    ctx.argumentCompleter?.({
      commandName: def.name,
      parameterName: p.name,
      word: unquoted(value),
      start: valueStart,
      replacementLength: value.length,
      commandText,
      cursor: c,
      bound: [...fakeBound(def, statement, commandToken).filter(([name]) => name !== p.name), ...(unquoted(value) ? [[p.name, unquoted(value)] as [string, unknown]] : [])],
    });

  if (colonParam) {
    const p = findParameter(def, colonParam[1]!.replace(DASHES, ''));
    const exact = p && [p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase() === colonParam[1]!.replace(DASHES, '').toLowerCase());
    if (p && exact) {
      const valueStart = start + colonParam[1]!.length + 1;
      const custom = p.kind === 'switch' ? undefined : askCompleter(p, colonParam[2]!, valueStart);
      if (custom) return custom;
      if (p.completes) return completeKind(p.completes, colonParam[2]!, valueStart, ctx, fakeBound(def, statement, commandToken));
      if (valuesFor(p)?.length === 0) return completePath(colonParam[2]!, valueStart, ctx);
      return completeValue(p, colonParam[2]!, valueStart, true);
    }
    if (colonParam[2] === '') return completeParameterName(def, statement, word, start);
    return NONE(c);
  }
  if (DASHES.test(word)) return completeParameterName(def, statement, word, start);

  // A value for the parameter just before it (`-Region <Tab>`, `-ErrorAction s<Tab>`, `-Name a,<Tab>`).
  const previous = parameterBefore(statement);
  if (previous && previous !== commandToken && !previous.text.endsWith(':')) {
    const p = findParameter(def, parameterName(previous));
    if (p && p.kind !== 'switch') return askCompleter(p, word, start) ?? completeValueOf(p, word, start, ctx, fakeBound(def, statement, commandToken));
  }
  // A positional argument: its parameter's values when it has any, else file paths.
  const positional = DASHES.test(word) ? undefined : positionalParameter(def, statement, commandToken);
  const custom = positional ? askCompleter(positional, word, start) : undefined;
  if (custom) return custom;
  return positional ? completeValueOf(positional, word, start, ctx, fakeBound(def, statement, commandToken)) : completePath(word, start, ctx);
}

/** A parameter's value: the names its `completes` asks for, its enum or set's names, else file paths (a parameter of no special type). */
function completeValueOf(p: ParameterMetadata, word: string, start: number, ctx: CompletionContext, bound: ReadonlyArray<[string, unknown]> = []): CompletionResult {
  if (p.completes) return completeKind(p.completes, word, start, ctx, bound);
  return valuesFor(p)?.length ? completeValue(p, word, start, false) : completePath(word, start, ctx);
}

/** The parameter the word is a value of: the token before it, or before the comma list the word continues (`-Name a,b,<Tab>`). */
function parameterBefore(statement: Token[]): Token | undefined {
  let i = statement.length - 1;
  while (i >= 2 && isComma(statement[i]!) && statement[i - 1]!.kind !== 'parameter') i -= 2;
  const token = statement[i];
  return token?.kind === 'parameter' ? token : undefined;
}

const isComma = (t: Token): boolean => t.kind === 'operator' && t.text === ',';
