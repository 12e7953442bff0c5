// The engine behind every front end: parse, run, report, complete.

import { ScriptBlock } from './script-block.js';
import type { Host } from '../host/host.js';
import { stripDocumentationPrompts } from '../language/doc-prompts.js';
import { parseScript } from '../language/parser.js';
import { onlyBlanksAndCommentsAfter } from '../language/chars.js';
import type { TokenStream } from '../language/tokens.js';
import { readsAsCommand } from './reads-as-command.js';
import { setSessionModulePath } from './module-path.js';
import { importRequiredModules, moduleAvailability } from './required-modules.js';
import { SCRIPT_RUNNER_SERVICE, type ScriptBlockRunner } from './script-block.js';
import type { CmdletDefinition } from './cmdlet.js';
import { unmetRequirement } from './script-requirements.js';
import { defineAutomaticVariables, defineScriptVariables, isSeldomReadVariable, madeOnFirstRead } from './automatic-variables.js';
import { defineSeldomReadVariables } from './seldom-read-variables.js';
import { engineIntrinsics } from './engine-intrinsics.js';
import { completeInput } from './completion.js';
import { completeWithCompleters, completionContext } from './session-completion.js';
import type { CompletionResult, RunOptions, RunResult, ShellEngine } from './api.js';
import { ACTION_PREFERENCE } from './common-parameters.js';
import { ConversionError, toEnum, toInt, toPSString, unwrap } from './convert.js';
import { ErrorRecord } from './errors.js';
import { SuspendActionPreferenceReserved } from './runtime-strings.js';
import { Executor, SourceMap } from './executor.js';
import { scriptFunctionOf } from './function-definition.js';
import { Session, VariableValidationError } from './session.js';
import type { PipelineStateName } from './session-history.js';
import { record as recordInTranscript, stripAnsi, transcribingHost, transcripts } from './transcript.js';
import type { CommandTable } from './command-table.js';
import { ArrayList, EnumValue, type EnumType } from './values.js';
import { DefaultParameterDictionary, toDefaultParameterDictionary } from './default-parameter-values.js';
import { utf8 } from './dotnet-statics.js';
import { useTypeMembers } from './instance-members.js';

const ERROR_VIEW: EnumType = {
  fullName: 'System.Management.Automation.ErrorView',
  names: ['NormalView', 'CategoryView', 'ConciseView', 'DetailedView'],
};
const CONFIRM_IMPACT: EnumType = {
  fullName: 'System.Management.Automation.ConfirmImpact',
  names: ['None', 'Low', 'Medium', 'High'],
};

export interface ShellOptions {
  host: Host;
  /** The commands this shell runs: main.ts hands in the built-ins (cmdlets/registry.ts). */
  commands: CommandTable;
  session?: Session;
}

export class Shell implements ShellEngine {
  readonly session: Session;
  readonly host: Host;
  readonly commands: CommandTable;
  readonly #executor: Executor;

  constructor(options: ShellOptions) {
    this.host = options.host;
    this.session = options.session ?? new Session();
    this.commands = options.commands;
    // Commands reach the user through a host that also feeds Start-Transcript's files.
    this.#executor = new Executor(this.session, transcribingHost(this.host, this.session), this.commands);
    definePreferenceVariables(this.session);
    defineAutomaticVariables(this.session, this.#executor.host);
    setSessionModulePath();
    // Made on first read, in a lazy chunk (scripts/build.mjs): a script that never reads it pays nothing.
    const session = this.session;
    madeOnFirstRead(session.getVariable('ExecutionContext')!, () => engineIntrinsics(session));
    // $ShellId, $PROFILE and the eight others pwsh has in every session: defined on first need, in a lazy
    // chunk, so that a start pays neither their objects nor their code (docs/startup.md, nineteenth round).
    session.deferGlobalVariables(isSeldomReadVariable, defineSeldomReadVariables);
    this.session.defineVariable('^', null);
    this.session.defineVariable('$', null);
  }

  /**
   * The last text isIncomplete parsed: a script read from stdin asks about a statement and then runs
   * that same text, which need not be parsed twice (a 20,000-line here-string is one statement).
   */
  #lastParse: { source: string; parsed: ReturnType<typeof parseScript> } | undefined;

  /**
   * The console's Enter: PSReadLine continues with `>> ` when one of pwsh's parse errors is incomplete
   * input. `Get-Date |` asks for more; `Get-Date |` and an empty line is a ParserError, as in pwsh.
   */
  isIncomplete(text: string): boolean {
    const { source, parsed } = this.#parseInput(text);
    return parsed.incomplete && (incompleteAtEnd(source, parsed) || insideStatementGroup(source, parsed.tokens));
  }

  /**
   * A script read from stdin: more lines could complete the statement, as they would in the script's
   * file (a pipeline whose `|` ends a line reads on over empty lines to its next element).
   */
  awaitsMoreLines(text: string): boolean {
    return this.#parseInput(text).parsed.incomplete;
  }

  #parseInput(text: string): { source: string; parsed: ReturnType<typeof parseScript> } {
    const source = stripDocumentationPrompts(text);
    const parsed = parseScript(source);
    this.#lastParse = parsed.incomplete ? undefined : { source, parsed };
    return { source, parsed };
  }

  readsAsCommand(line: string): boolean {
    return readsAsCommand(stripDocumentationPrompts(line), (name) => this.commands.resolve(name) !== undefined);
  }

  complete(text: string, cursor: number): CompletionResult {
    return completeInput(text, cursor, completionContext(this.session, this.commands));
  }

  /**
   * Completion that may run a script (Register-ArgumentCompleter's completers); undefined when the
   * session has none for this input, and `complete` answers the same without waiting.
   */
  completeAsync(text: string, cursor: number, signal: AbortSignal = new AbortController().signal): Promise<CompletionResult> | undefined {
    return completeWithCompleters(this.session, completionContext(this.session, this.commands), text, cursor, signal);
  }

  /**
   * The console's prompt: what `prompt` returns, as pwsh's console evaluates it before each input
   * (ConsoleHost's EvaluatePrompt). Its errors are not shown (they still reach $Error); a prompt that
   * fails or returns nothing, or an empty string, gives the built-in text (pwsh's gives `PS>`:
   * docs/language.md). $? is the last input's, before and after.
   */
  async promptText(signal: AbortSignal = new AbortController().signal): Promise<string> {
    // The built-in one answers without running a script (the console asks after every input).
    const command = this.commands.resolve('prompt');
    if (command && !command.viaAlias && !scriptFunctionOf(command.definition)) return this.session.defaultPrompt;
    const last = this.#executor.lastSuccess();
    const values: unknown[] = [];
    const parsed = (promptScript ??= parseScript(PROMPT_SCRIPT));
    try {
      await this.#executor.runStatements(parsed.script.statements, new SourceMap(PROMPT_SCRIPT), signal, {
        emit: (v) => {
          values.push(...v);
        },
        flush: () => {},
      });
    } finally {
      this.#executor.setLastSuccess(last);
    }
    const text = values.length ? unwrap(values[0]) : undefined;
    return typeof text === 'string' && text !== '' ? text : this.session.defaultPrompt;
  }

  #runs = 0;
  /** The first and last token of the previous input: what `$^` and `$$` give during the next one. */
  #lastTokens: [unknown, unknown] = [null, null];
  /**
   * The previous input's parse, until the next input starts: its tokens are scanned only then (a
   * parse keeps none; they are a second pass over the text), so a `-c` script, which no input
   * follows, is never scanned for them.
   */
  #previousInput: ReturnType<typeof parseScript> | undefined;

  /**
   * `$^` and `$$` are the first and last token of the input before this one (a console line, a line of
   * `spo -c -`; nothing before a `-c` script), as pwsh's parser sets them; an input with no tokens keeps
   * them. A script file does not change them.
   */
  #defineLastTokens(): void {
    const previous = this.#previousInput;
    this.#previousInput = undefined;
    if (previous) this.#takeLastTokens(previous.tokens);
    this.session.defineVariable('^', this.#lastTokens[0]);
    this.session.defineVariable('$', this.#lastTokens[1]);
  }

  #takeLastTokens(tokens: TokenStream): void {
    let first = -1;
    let last = -1;
    for (let i = 0; i < tokens.count; i++) {
      const kind = tokens.kind(i);
      if (kind === 'comment' || kind === 'newline' || kind === 'lineContinuation' || kind === 'eof') continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return;
    // pwsh's first token is a variable inside a leading "…" string when there is one (its tokenizer
    // lists a string's inner tokens first). A first or last token that is `$^` or `$$` itself leaves
    // that one as it was (pwsh 7.6.10: after `$$ | Out-Null`, `$^` is kept and `$$` is Out-Null).
    const inner = tokens.kind(first) === 'string' && /^["\u201c-\u201e]/.test(tokens.text(first)) ? /\$(?:\{[^}]*\}|[\w:]+|\^|\$)/.exec(tokens.text(first))?.[0] : undefined;
    const firstText = inner ?? tokenValue(tokens, first);
    const lastText = tokenValue(tokens, last);
    this.#lastTokens = [keepsLastTokens(firstText) ? this.#lastTokens[0] : firstText, keepsLastTokens(lastText) ? this.#lastTokens[1] : lastText];
  }

  /** The same script block, run by this shell (a ForEach-Object -Parallel runspace runs the caller's block: engine/runspace.ts). */
  bind(block: ScriptBlock): ScriptBlock {
    const bound = this.#executor.bindScriptBlock(block);
    // While it runs, member lookups see this shell's type data (a thread job's own, not its caller's), as in run().
    const session = this.session;
    return new ScriptBlock(bound.ast, bound.source, {
      async invokeScriptBlock(b, invocation, signal) {
        const outer = useTypeMembers(session.typeData);
        try {
          return await bound.runner.invokeScriptBlock(b, invocation, signal);
        } finally {
          useTypeMembers(outer);
        }
      },
    });
  }

  async run(text: string, options: RunOptions = {}): Promise<RunResult> {
    // Member lookups see this session's type data while it runs (a thread job's shell has its own, as in pwsh).
    const outer = useTypeMembers(this.session.typeData);
    try {
      return await this.#runInput(text, options);
    } finally {
      useTypeMembers(outer);
    }
  }

  async #runInput(text: string, options: RunOptions): Promise<RunResult> {
    // A blank input is not recorded (pwsh's console does not even run it).
    if (!options.addToHistory || text.trim() === '') {
      this.session.historyId = ++this.#runs;
      return this.#run(text, options);
    }
    // $MyInvocation.HistoryId is the id the entry will get (pwsh's GetNextHistoryId).
    const history = this.session.history;
    this.session.historyId = history.nextId;
    ++this.#runs;
    history.begin(stripDocumentationPrompts(text));
    let status: PipelineStateName | undefined = 'Failed';
    try {
      const result = await this.#run(text, options);
      // Input that ends inside a statement is not recorded (pwsh's IncompleteParseException).
      status = result.incomplete && !result.stopped ? undefined : options.signal?.aborted ? 'Stopped' : result.stopped ? 'Failed' : 'Completed';
      return result;
    } finally {
      history.end(status);
    }
  }

  async #run(text: string, options: RunOptions): Promise<RunResult> {
    // The console's echo is the line as highlighted on the screen; the file gets its text.
    if (options.echo !== undefined && transcripts(this.session).length) recordInTranscript(this.session, stripAnsi(options.echo) + '\n');
    const source = stripDocumentationPrompts(text);
    const cached = this.#lastParse;
    this.#lastParse = undefined;
    const parsed = options.file === undefined && cached?.source === source ? cached.parsed : parseScript(source, options.file);
    const map = new SourceMap(source, options.file);
    defineScriptVariables(this.session, source, options.file);
    // $args of the top level: the script's arguments, else an empty array (pwsh resets it for every input).
    if (!options.scriptArgs) this.session.defineVariable('args', []);
    if (options.file === undefined) {
      this.#defineLastTokens();
      this.#previousInput = parsed;
    }
    if (parsed.errors.length && parsed.incomplete && options.file === undefined && incompleteAtEnd(source, parsed)) {
      // Input that ends inside a statement (an open quote, bracket, a trailing operator): pwsh -c and a
      // script on stdin print nothing for it (the console asks for the next line instead and never runs it).
      this.#executor.setLastSuccess(false);
      return { success: false, incomplete: true };
    }
    if (parsed.errors.length) {
      const e = parsed.errors[0]!;
      if (e.span.start > source.length) {
        // An extent past the end of the script (pwsh's end-of-input token, one past it: `$a ? 1`'s
        // missing ':'): pwsh 7.6.10 -File prints nothing for it and exits 1.
        this.#executor.setLastSuccess(false);
        return { success: false, incomplete: parsed.incomplete, stopped: true };
      }
      const record = new ErrorRecord({
        message: e.message,
        errorId: e.errorId,
        category: 'ParserError',
        exceptionType: 'ParseException',
        isParseError: true,
        extent: map.extent(e.span),
      });
      this.#executor.addToErrorHistory(record);
      this.#executor.host.write('error', this.#executor.render(record));
      this.#executor.setLastSuccess(false);
      return { success: false, incomplete: parsed.incomplete, stopped: true };
    }
    const signal = options.signal ?? new AbortController().signal;
    const block = parsed.script.block;
    if (!block) {
      if (options.scriptArgs) this.session.setVariable('args', [...options.scriptArgs]);
      return this.#executor.runStatements(parsed.script.statements, map, signal);
    }
    const unmet = options.file ? unmetRequirement(block.requires, options.file, undefined, moduleAvailability(this.session)) : undefined;
    if (unmet) {
      this.#executor.addToErrorHistory(unmet);
      this.host.write('error', this.#executor.render(unmet));
      this.#executor.setLastSuccess(false);
      return { success: false, stopped: true };
    }
    if (options.file && block.requires.length) {
      await importRequiredModules(this.session, block.requires, this.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner, signal);
    }
    return this.#executor.runScript(block, map, signal, options.scriptArgs);
  }
}

/**
 * The first object `prompt` writes, as its .NET ToString() (pwsh's ExecuteCommandAndGetResultAsString
 * takes the base object's, and a custom object's is empty), in a child scope so nothing of it stays;
 * an error it raises is caught, and its non-terminating errors go to $Error only.
 */
const PROMPT_SCRIPT =
  '& { try { $first = @(prompt 2>$null)[0]; if ($null -ne $first -and $first -isnot [System.Management.Automation.PSCustomObject]) { $first.ToString() } } catch { } }';
let promptScript: ReturnType<typeof parseScript> | undefined;

const keepsLastTokens = (text: string): boolean => text === '$^' || text === '$$';

/** A token as `$^`/`$$` hold it: its text, a quoted string's without its quotes (pwsh's StringToken.Value). */
function tokenValue(tokens: TokenStream, i: number): string {
  const text = tokens.text(i);
  if (tokens.kind(i) !== 'string') return text;
  const here = /^@(['"\u2018-\u201e])\r?\n([\s\S]*?)\r?\n\1@$/.exec(text);
  if (here) return here[2]!;
  const inner = text.slice(1, -1);
  return /^['\u2018-\u201b]/.test(text) ? inner.replace(/(['\u2018-\u201b])\1/g, '$1') : inner;
}

/** Errors whose rule reads on across line breaks (statement lists, strings, comments) up to the end of the input. */
const READS_TO_END = new Set(['MissingEndCurlyBrace', 'MissingEndParenthesisInSubexpression', 'TerminatorExpectedAtEndOfString', 'MissingTerminatorMultiLineComment', 'MissingColonInTernaryExpression']);

/**
 * Whether pwsh treats a parse failure as incomplete input (IncompleteParseException): the parser met the
 * end of the input where it needed more. Rules that read across line breaks always do; the others (an
 * operator, `=`, `(` without its operand) only when no line break follows the last token: `1 +` and a
 * newline is a ParserError in pwsh -c, `1 + ` is incomplete (pwsh 7.6.10).
 */
function incompleteAtEnd(text: string, parsed: ReturnType<typeof parseScript>): boolean {
  if (READS_TO_END.has(parsed.errors[0]!.errorId)) return true;
  // Where pwsh detected it: after the last token read, or after the error's own extent when that is
  // on the same line (`$x.` and `$a[` fail past the operator their rule had not recorded as a token).
  const stopped = parsed.stoppedAfter ?? text.length;
  const end = parsed.errors[0]!.span.end;
  const at = end > stopped && !/[\r\n]/.test(text.slice(stopped, end)) ? end : stopped;
  return onlyBlanksAndCommentsAfter(text, at);
}

/**
 * Input that stopped inside an open `{`, `@{`, `@(` or `$(`: pwsh reports that group's missing closer as
 * incomplete input too, whatever error came first, and PSReadLine continues when any error is
 * incomplete (`@(1,` and a line break asks for the next line; `(1 +` and a line break does not).
 */
function insideStatementGroup(text: string, tokens: TokenStream): boolean {
  const open: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind(i) !== 'operator') continue;
    const token = text.slice(tokens.start(i), tokens.end(i));
    if (token === '{' || token === '@{' || token === '@(' || token === '$(' || token === '(') open.push(token);
    else if (token === '}' || token === ')') open.pop();
  }
  return open.some((token) => token !== '(');
}

function definePreferenceVariables(session: Session): void {
  const constant = { constant: true, readOnly: true };
  session.defineVariable('true', true, constant);
  session.defineVariable('false', false, constant);
  session.defineVariable('null', null, constant);
  session.defineVariable('?', true, { readOnly: true });
  session.defineVariable('Error', new ArrayList(), { readOnly: true });
  const pref = (name: string, value: string) =>
    session.defineVariable(name, new EnumValue(ACTION_PREFERENCE, value), {
      constrain: (v) => {
        const e = toEnum(v, ACTION_PREFERENCE);
        if (e.name === 'Suspend') {
          throw new ConversionError(SuspendActionPreferenceReserved());
        }
        return e;
      },
    });
  pref('ErrorActionPreference', 'Continue');
  pref('WarningPreference', 'Continue');
  pref('VerbosePreference', 'SilentlyContinue');
  pref('DebugPreference', 'SilentlyContinue');
  pref('InformationPreference', 'SilentlyContinue');
  pref('ProgressPreference', 'Continue');
  session.defineVariable('ErrorView', new EnumValue(ERROR_VIEW, 'ConciseView'), { constrain: (v) => toEnum(v, ERROR_VIEW) });
  session.defineVariable('ConfirmPreference', new EnumValue(CONFIRM_IMPACT, 'High'), { constrain: (v) => toEnum(v, CONFIRM_IMPACT) });
  session.defineVariable('WhatIfPreference', false);
  session.defineVariable('PSDefaultParameterValues', new DefaultParameterDictionary(), { constrain: toDefaultParameterDictionary });
  // The encoding pwsh 7 sends to native programs: UTF-8 (spo runs none; scripts read and set it).
  session.defineVariable('OutputEncoding', utf8());
  session.defineVariable('FormatEnumerationLimit', 4, { constrain: (v) => toInt(v) });
  session.defineVariable('MaximumHistoryCount', 4096, { constrain: validHistoryCount, description: 'Maximum number of history objects to retain in a session' });
  session.defineVariable('HOME', process.env.HOME ?? process.env.USERPROFILE ?? '', { readOnly: true, allScope: true });
  session.defineVariable('PID', process.pid, { readOnly: true });
  session.defineVariable('IsLinux', process.platform === 'linux', constant);
  session.defineVariable('IsMacOS', process.platform === 'darwin', constant);
  session.defineVariable('IsWindows', process.platform === 'win32', constant);
  session.defineVariable('IsCoreCLR', true, constant);
  session.defineVariable('PSEdition', 'Core', { readOnly: true });
  session.defineVariable('NestedPromptLevel', 0);
  // The invariant culture, as pwsh runs here (its name is empty).
  session.defineVariable('PSCulture', '', { readOnly: true });
  session.defineVariable('PSUICulture', '', { readOnly: true });
}

/**
 * $MaximumHistoryCount's [ValidateRange(1, 32767)]: each element must convert to a number in range; the
 * value is kept as given (`'5'` stays a string), as pwsh keeps it.
 */
function validHistoryCount(value: unknown): unknown {
  const v = unwrap(value);
  for (const item of Array.isArray(v) ? v : [v]) {
    const element = unwrap(item);
    let n: number | undefined;
    try {
      n = element === null || element === undefined ? undefined : toInt(element);
    } catch {
      n = undefined;
    }
    if (n === undefined || n < 1 || n > 32767) {
      throw new VariableValidationError('MaximumHistoryCount', element === null || element === undefined ? '$null' : toPSString(element));
    }
  }
  return value;
}

